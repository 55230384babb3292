// Checks on the coded rows and amounts of recognised tables that are not identities: unknown
// or misnamed 科目 (catalog with year aliases), 类/款/项 order and parentage, negative amounts,
// and the empty-table note of the fund tables (D36).
import { checkFunctionName, lookupEconomic, lookupFunction } from './catalog';
import type { Finding } from './findings';
import type { ValueReader } from './operands';
import type { TableModel } from './recognise';
import type { CodeRegionSpec, TableSpec } from './spec/types';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/port';

interface Found {
  spec: TableSpec;
  model: TableModel;
}

/** The report year printed in a sheet's first rows (「2024年度」), if any. */
export function sheetYear(sheet: SheetSnapshot | undefined): number | undefined {
  for (const row of sheet?.values.slice(0, 5) ?? []) {
    for (const v of row) {
      const m = typeof v === 'string' ? /(20\d{2})\s*年/.exec(v) : null;
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}

function regions(spec: TableSpec): CodeRegionSpec[] {
  // Uncoded lists (projects, indicators) have no codes to check.
  return spec.blocks.flatMap((b) => b.head.filter((h): h is CodeRegionSpec => 'codeRegion' in h && h.classification !== 'none'));
}

function codeFindings({ spec, model }: Found, year: number | undefined): Finding[] {
  const out: Finding[] = [];
  const title = model.title ?? spec.title;
  for (const region of regions(spec)) {
    const keys = model.groups[region.group] ?? [];
    const codes = keys.map((k) => k.slice(1));
    const at = (code: string) => [{ sheet: model.sheet, address: model.rows[`c${code}`].address }];
    for (const code of codes) {
      const name = model.rows[`c${code}`].label;
      if (region.classification === 'function') {
        const check = checkFunctionName(code, name === code ? '' : name, year);
        if (check.status === 'unknownCode') {
          // The catalog holds every 类 but not every 款 and 项: an unknown 款/项 is only noted.
          const classKnown = lookupFunction(code.slice(0, 3), year) !== null;
          out.push({ rule: 'CODE_UNKNOWN', severity: classKnown ? 'info' : 'error', message: `${title}·${check.message}${classKnown ? '（科目表未收录此款、项，请与当年科目表核对）' : ''}`, cells: at(code) });
        } else if (check.status !== 'ok' && name !== code) {
          out.push({ rule: 'CODE_NAME', severity: 'warn', message: `${title}·${check.message}`, cells: at(code) });
        }
      } else if (region.classification === 'economic' && !lookupEconomic(code)) {
        out.push({ rule: 'CODE_UNKNOWN', severity: 'warn', message: `${title}·经济分类科目 ${code} 不在部门预算支出经济分类科目表中，请核对编码`, cells: at(code) });
      }
    }
    // Order: codes ascend down the table (类 before its 款 before its 项).
    for (let i = 1; i < codes.length; i++) {
      if (codes[i] < codes[i - 1]) {
        out.push({ rule: 'CODE_ORDER', severity: 'warn', message: `${title}·科目 ${codes[i]} 排在 ${codes[i - 1]} 之后，应按科目编码从小到大排列`, cells: at(codes[i]) });
        break;
      }
    }
    // Parentage: where the table prints 类 rows, every 款 and 项 has its parent row.
    if (region.classification === 'function' && codes.some((c) => c.length === 3)) {
      const present = new Set(codes);
      for (const code of codes) {
        const parent = code.length > 3 ? code.slice(0, code.length - 2) : null;
        if (parent && !present.has(parent)) {
          out.push({ rule: 'CODE_PARENT', severity: 'warn', message: `${title}·科目 ${code} 缺少上级科目 ${parent} 的${parent.length === 3 ? '类' : '款'}行，类、款合计不完整`, cells: at(code) });
        }
      }
    }
  }
  return out;
}

/** Rows whose amounts may be negative: 结余分配 (a distribution can be a withdrawal). */
const SIGNED_ROWS = new Set(['exp_alloc']);

function negativeFindings({ spec, model }: Found, reader: ValueReader): Finding[] {
  const out: Finding[] = [];
  for (const cell of Object.values(model.cells)) {
    if (SIGNED_ROWS.has(cell.row)) continue;
    // A typed number is tested as it is (no Decimal needed); a text number by its parsed value.
    const negative = typeof cell.value === 'number' ? cell.value < 0 : cell.parsed.kind === 'number' && cell.parsed.value.isNegative();
    if (!negative) continue;
    const v = reader.operand(model, cell).value;
    out.push({
      rule: 'NEGATIVE', severity: 'warn', cells: [{ sheet: model.sheet, address: cell.address }],
      message: `${model.title ?? spec.title}·${model.rows[cell.row]?.label || cell.row} 为负数 ${v.toFixed(2)}，公开表金额一般不应为负，请核对`,
    });
  }
  return out;
}

const FUND_TABLES = new Set(['T08', 'T09a', 'T09b', 'B08', 'B09']);
const EMPTY_NOTE = /(没有|无).*(收入|支出|数据)|空表/;

/** D36: a fund table with no amounts must say so under the table. */
function emptyNoteFinding({ spec, model }: Found, sheet: SheetSnapshot | undefined, reader: ValueReader): Finding | null {
  if (!FUND_TABLES.has(spec.id) || !sheet) return null;
  const cells = Object.values(model.cells);
  if (cells.length === 0 || cells.some((c) => !reader.operand(model, c).value.isZero())) return null;
  const title = model.title ?? spec.title;
  const noted = sheet.values.some((row) => row.some((v) => typeof v === 'string' && EMPTY_NOTE.test(v)));
  if (noted) return null;
  return {
    rule: 'D36', severity: 'error', cells: [{ sheet: model.sheet, address: model.rows.total?.address ?? 'A1' }],
    message: `${title}没有数据，但表下没有「本部门没有…收入和支出，故本表无数据」之类的空表说明（公开要求空表也须公开并说明）`,
  };
}

export function codeAndValueChecks(found: Found[], snapshot: WorkbookSnapshot, reader: ValueReader): Finding[] {
  const out: Finding[] = [];
  for (const f of found) {
    const sheet = snapshot.sheets.find((s) => s.name === f.model.sheet);
    out.push(...codeFindings(f, sheetYear(sheet)));
    out.push(...negativeFindings(f, reader));
    const note = emptyNoteFinding(f, sheet, reader);
    if (note) out.push(note);
  }
  return out;
}
