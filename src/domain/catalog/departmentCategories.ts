// The 类 rows T01/T04 print on the expenditure side (spec §1.0): fixed code order, every row
// printed even when zero, ordinals renumbered for each layout.
import { FUNCTION_CLASSES, nameIn } from './functionClass';

export type DepartmentLayout = 'full2024' | 'shanghai2024' | 'layout2019';

/** The 26 rows of the 2024 普陀 sample [SRC]. */
const FULL_2024 = [
  '201', '202', '203', '204', '205', '206', '207', '208', '210', '211', '212', '213', '214',
  '215', '216', '217', '219', '220', '221', '222', '223', '224', '229', '231', '232', '234',
];

const LAYOUT_CODES: Record<DepartmentLayout, readonly string[]> = {
  full2024: FULL_2024,
  // 2024 Shanghai template [SRC]: no 债务还本/付息, so 234 becomes 二十四.
  shanghai2024: FULL_2024.filter((c) => c !== '231' && c !== '232'),
  // Older (2019) central layouts omit 国有资本经营预算支出 and 抗疫特别国债 [K; 南漳 2019 行次].
  layout2019: FULL_2024.filter((c) => c !== '223' && c !== '234'),
};

export const DEPARTMENT_LAYOUTS = Object.keys(LAYOUT_CODES) as DepartmentLayout[];

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 14 → 十四, 20 → 二十, 26 → 二十六 (1–99). */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`ordinal out of range: ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones];
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + DIGITS[ones];
}

export interface DepartmentCategoryRow {
  code: string;
  name: string;
  /** As printed: ordinal + '、' + name. */
  label: string;
}

/**
 * Rows of the layout in print order. With `year`, names are those of that year's 科目表
 * (e.g. 文化体育与传媒支出 before 2019); without it, current names.
 */
export function departmentCategories(layout: DepartmentLayout, year?: number): DepartmentCategoryRow[] {
  return LAYOUT_CODES[layout].map((code, i) => {
    const entry = FUNCTION_CLASSES.find((e) => e.code === code);
    if (!entry) throw new Error(`layout ${layout} lists unknown class ${code}`);
    const name = nameIn(entry, year);
    return { code, name, label: `${chineseOrdinal(i + 1)}、${name}` };
  });
}
