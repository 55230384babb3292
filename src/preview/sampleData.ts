// The preview's fictional 示例县文化旅游局 2024 决算: every input cell of the central set, made
// up so that every identity within and between the tables holds (the checks find nothing).
// Totals, 类 and 款 rows are left to the inserted formulas. Amounts in 万元.

/** 项 code, 基本支出, 项目支出 (T03; each 项 has one or the other). T05 is the same except 2070199. */
const ITEMS: Array<[code: string, basic: number, proj: number]> = [
  ['2070101', 1386.52, 0],
  ['2070102', 0, 215.3],
  ['2070109', 0, 402.75],
  ['2070199', 0, 96.48],
  ['2080505', 168.24, 0],
  ['2080506', 84.12, 0],
  ['2101101', 72.36, 0],
  ['2210201', 118.8, 0],
];
/** 2070109 is paid 22.75 from the fiscal carry-over; 2070199 has 6.20 of 其他收入. */
const FISCAL_INCOME: Record<string, number> = { '2070109': 380.0, '2070199': 90.28 };
const OTHER_INCOME: Record<string, number> = { '2070199': 6.2 };

export const SAMPLE_CODES: Record<string, string[]> = { codeRows: ITEMS.map(([c]) => c) };

export type SampleEntry = [table: string, row: string, col: string | undefined, value: number];

/** 类 totals, typed into T01 and T04 (which restate T03 and T05). */
const CLASSES_T03: Record<string, number> = { '207': 2101.05, '208': 252.36, '210': 72.36, '221': 118.8 };
const CLASSES_T05: Record<string, number> = { '207': 2094.85, '208': 252.36, '210': 72.36, '221': 118.8 };
/** T05's 项目支出 where it differs from T03's (the part paid from 其他收入). */
const FISCAL_PROJECT: Record<string, number> = { '2070199': 90.28 };

const PERSONNEL: Array<[string, number]> = [
  ['30101', 420.36], ['30102', 380.52], ['30103', 96.4], ['30107', 210.0], ['30108', 168.24],
  ['30109', 84.12], ['30110', 72.36], ['30113', 118.8], ['30302', 24.6],
];
const PUBLIC: Array<[string, number]> = [
  ['30201', 38.2], ['30205', 6.4], ['30206', 22.8], ['30211', 18.64], ['30216', 9.6], ['30217', 1.86],
  ['30228', 28.5], ['30229', 19.8], ['30231', 12.4], ['30239', 64.44], ['31002', 32.0],
];

export const SAMPLE_ENTRIES: SampleEntry[] = [
  // T01: 本年收入 2,521.82 = 2,515.62 + 6.20; 年初结转 49.14; 年末结转 26.39.
  ['T01', 'inc_gpb', undefined, 2515.62],
  ['T01', 'inc_oth', undefined, 6.2],
  ['T01', 'inc_bcf', undefined, 49.14],
  ...Object.entries(CLASSES_T03).map(([c, v]): SampleEntry => ['T01', `exp_c${c}`, undefined, v]),
  ['T01', 'exp_ecf', undefined, 26.39],
  // T02 by 项: financial and other income.
  ...ITEMS.flatMap(([c, b, p]): SampleEntry[] => [
    ['T02', `c${c}`, 'c_fin', FISCAL_INCOME[c] ?? (b || p)],
    ...(OTHER_INCOME[c] ? [['T02', `c${c}`, 'c_oth', OTHER_INCOME[c]] as SampleEntry] : []),
  ]),
  // T03 and T05 by 项.
  ...ITEMS.flatMap(([c, b, p]): SampleEntry[] => [
    ['T03', `c${c}`, 'e_basic', b],
    ['T03', `c${c}`, 'e_proj', p],
    ['T05', `c${c}`, 'e_basic', b],
    ['T05', `c${c}`, 'e_proj', FISCAL_PROJECT[c] ?? p],
  ]),
  // T04: 财政拨款 2,515.62 + 年初 40.00 = 支出 2,538.37 + 年末 17.25.
  ['T04', 'f_inc_gpb', undefined, 2515.62],
  ['T04', 'f_bcf_gpb', undefined, 40.0],
  ...Object.entries(CLASSES_T05).map(([c, v]): SampleEntry => ['T04', `f_exp_c${c}`, 'gpb', v]),
  ['T04', 'f_ecf', 'gpb', 17.25],
  // T06: 人员经费 1,575.40 + 公用经费 254.64 = 基本支出 1,830.04.
  ...PERSONNEL.map(([c, v]): SampleEntry => ['T06', `c${c}`, 'per_amt', v]),
  ...PUBLIC.map(([c, v]): SampleEntry => ['T06', `c${c}`, 'pub_amt', v]),
  // T07: 三公 预算 18.00, 决算 14.26.
  ['T07', 'sangong', 'car_run_bud', 15.0],
  ['T07', 'sangong', 'recep_bud', 3.0],
  ['T07', 'sangong', 'car_run_act', 12.4],
  ['T07', 'sangong', 'recep_act', 1.86],
];
