// Recognition: finds a spec's table on a sheet by its labels, not by fixed positions, and
// returns the typed model (row key × column key → cell). Works on sheets we did not write.
import { address } from './a1';
import { parseCell, type ParsedCell } from './cellValue';
import type { Unit } from './amount';
import type { Finding } from './findings';
import { normaliseLabel } from './labels';
import { departmentCategories } from './catalog/departmentCategories';
import type { BlockSpec, CategoryVariant, CodeRegionSpec, TableSpec } from './spec/types';
import type { CellValue, SheetSnapshot } from '../workbook/port';

export interface ModelCell {
  row: string;
  col: string;
  address: string;
  value: CellValue;
  formula: string | null;
  parsed: ParsedCell;
  numberFormat: string | null;
}

export interface TableModel {
  table: string;
  sheet: string;
  title: string | null;
  unit: Unit | null;
  /** `${rowKey}.${colKey}` → cell. */
  cells: Record<string, ModelCell>;
  /** Row key → the label cell it was recognised by. */
  rows: Record<string, { address: string; label: string }>;
  groups: Record<string, string[]>;
  findings: Finding[];
}

const CATEGORY_VARIANTS: CategoryVariant[] = ['full2024', 'shanghai2024', 'layout2019'];

export function readUnit(sheet: SheetSnapshot, maxRows = 8): Unit | null {
  for (let r = 0; r < Math.min(maxRows, sheet.rowCount); r++) {
    for (const v of sheet.values[r]) {
      if (typeof v !== 'string') continue;
      const m = /单位[:：]\s*(万元|元)/.exec(v.replace(/\s+/g, ''));
      if (m) return m[1] === '万元' ? 'wan' : 'yuan';
    }
  }
  return null;
}

export function findTitle(sheet: SheetSnapshot, spec: TableSpec, maxRows = 5): string | null {
  const wanted = [spec.title, ...(spec.titleAliases ?? [])].map(normaliseLabel);
  for (let r = 0; r < Math.min(maxRows, sheet.rowCount); r++) {
    for (const v of sheet.values[r]) {
      if (typeof v === 'string' && wanted.some((w) => normaliseLabel(v).includes(w))) return v.trim();
    }
  }
  return null;
}

/**
 * How well a sheet's title names this table: the length of the longest of the spec's titles
 * found in the first rows (so 财政拨款收入支出决算总表 beats 收入支出决算总表), 0 when none is.
 */
export function titleScore(sheet: SheetSnapshot, spec: TableSpec, maxRows = 5): number {
  const wanted = [spec.title, ...(spec.titleAliases ?? [])].map(normaliseLabel);
  let best = 0;
  for (let r = 0; r < Math.min(maxRows, sheet.rowCount); r++) {
    for (const v of sheet.values[r]) {
      if (typeof v !== 'string') continue;
      const t = normaliseLabel(v);
      for (const w of wanted) if (t.includes(w)) best = Math.max(best, w.length);
    }
  }
  return best;
}

interface Candidate {
  key: string;
  labels: string[];
  group?: string;
}

function candidates(spec: TableSpec): Map<string, Candidate[]> {
  const byBlock = new Map<string, Candidate[]>();
  for (const b of spec.blocks) {
    const list: Candidate[] = [];
    for (const item of b.head) {
      if ('categoryRows' in item) {
        const seen = new Set<string>();
        for (const v of CATEGORY_VARIANTS)
          for (const c of departmentCategories(v)) {
            if (seen.has(c.code)) continue;
            seen.add(c.code);
            list.push({ key: item.keyPrefix + c.code, labels: [c.label, c.name], group: item.group });
          }
      } else if ('key' in item) list.push({ key: item.key, labels: [item.label, ...(item.aliases ?? [])] });
    }
    for (const t of b.tail) list.push({ key: t.key, labels: [t.label, ...(t.aliases ?? [])] });
    byBlock.set(b.id, list);
  }
  return byBlock;
}

/** Recognises a block-layout table (such as T01) on a sheet; null when its labels are not there. */
export function recogniseTable(sheet: SheetSnapshot, spec: TableSpec): TableModel | null {
  const text = (r: number, c: number): string | null => {
    const v = sheet.values[r]?.[c];
    return typeof v === 'string' && v.trim() ? normaliseLabel(v) : null;
  };
  const byBlock = candidates(spec);
  const model: TableModel = {
    table: spec.id, sheet: sheet.name, title: findTitle(sheet, spec), unit: readUnit(sheet), cells: {}, rows: {}, groups: {}, findings: [],
  };
  const usedLabelCols: number[] = [];
  let matched = 0;
  for (const block of spec.blocks) {
    if (block.head.some((h) => 'codeRegion' in h)) {
      matched += recogniseCodedBlock(sheet, spec, block, model, usedLabelCols);
      continue;
    }
    const cands = byBlock.get(block.id)!;
    const wanted = new Map<string, Candidate>();
    for (const c of cands) for (const l of c.labels) wanted.set(normaliseLabel(l), c);
    // The label column is the one (not taken by an earlier block) holding most of this block's labels.
    let best = -1;
    let bestHits = 0;
    for (let c = 0; c < sheet.colCount; c++) {
      if (usedLabelCols.includes(c)) continue;
      let hits = 0;
      for (let r = 0; r < sheet.rowCount; r++) {
        const t = text(r, c);
        if (t && wanted.has(t)) hits++;
      }
      if (hits > bestHits) {
        best = c;
        bestHits = hits;
      }
    }
    if (best < 0 || bestHits < 2) continue;
    usedLabelCols.push(best);
    const rowsOfKey = new Map<string, number>();
    for (let r = 0; r < sheet.rowCount; r++) {
      const t = text(r, best);
      const cand = t ? wanted.get(t) : undefined;
      if (!cand || rowsOfKey.has(cand.key)) continue;
      rowsOfKey.set(cand.key, r);
      model.rows[cand.key] = { address: address(r + 1, best + 1), label: String(sheet.values[r][best]).trim() };
      if (cand.group) (model.groups[cand.group] ??= []).push(cand.key);
      matched++;
    }
    const amountCol = findAmountColumn(sheet, best, [...rowsOfKey.values()]);
    if (amountCol < 0) continue;
    const colKey = block.amountColumns[0];
    for (const [key, r] of rowsOfKey) {
      const value = sheet.values[r][amountCol] ?? null;
      model.cells[`${key}.${colKey}`] = {
        row: key, col: colKey, address: address(r + 1, amountCol + 1), value,
        formula: sheet.formulas[r]?.[amountCol] ?? null, parsed: parseCell(value), numberFormat: sheet.numberFormats[r]?.[amountCol] ?? null,
      };
    }
  }
  // An empty template has few labels: its title is then enough.
  return matched >= 3 || (model.title !== null && matched >= 1) ? model : null;
}

function cellText(v: CellValue): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** A function (2xx) or economic (3xx/5xx) code as printed: 3, 5 or 7 digits, possibly "201 29 01". */
function codeOf(v: CellValue): string | null {
  const t = cellText(v).replace(/\s+/g, '');
  return /^[235]\d{2}(\d{2}(\d{2})?)?$/.test(t) ? t : null;
}

/**
 * Recognises a block of coded rows (T02, T03, T05 …): the code column is the one holding
 * most codes; amount columns are found by their header text above the first code row.
 */
function recogniseCodedBlock(sheet: SheetSnapshot, spec: TableSpec, block: BlockSpec, model: TableModel, used: number[]): number {
  const region = block.head.find((h): h is CodeRegionSpec => 'codeRegion' in h)!;
  if (region.classification === 'none') return 0;
  let codeCol = -1;
  let most = 0;
  for (let c = 0; c < sheet.colCount; c++) {
    if (used.includes(c)) continue;
    let n = 0;
    for (let r = 0; r < sheet.rowCount; r++) if (codeOf(sheet.values[r][c])) n++;
    if (n > most) {
      most = n;
      codeCol = c;
    }
  }
  if (codeCol < 0) {
    // An empty template has no codes yet: take the column holding its 合计 label.
    const labels = [...block.head, ...block.tail].flatMap((i) => ('key' in i ? [i.label, ...(i.aliases ?? [])] : [])).map(normaliseLabel);
    for (let c = 0; c < sheet.colCount && codeCol < 0; c++) {
      if (used.includes(c)) continue;
      for (let r = 0; r < sheet.rowCount; r++) if (labels.includes(normaliseLabel(cellText(sheet.values[r][c] ?? null)))) codeCol = c;
    }
    if (codeCol < 0) return 0;
  }
  used.push(codeCol);
  const codeRows: Array<[number, string]> = [];
  for (let r = 0; r < sheet.rowCount; r++) {
    const code = codeOf(sheet.values[r][codeCol]);
    if (code) codeRows.push([r, code]);
  }
  // Fixed rows of the block (合计) by label, in the code or name column.
  const fixedRows: Array<[number, string, string]> = [];
  for (const item of [...block.head, ...block.tail]) {
    if (!('key' in item)) continue;
    const labels = [item.label, ...(item.aliases ?? [])].map(normaliseLabel);
    for (let r = 0; r < sheet.rowCount; r++) {
      const hit = [codeCol, codeCol + 1].find((c) => labels.includes(normaliseLabel(cellText(sheet.values[r][c] ?? null))));
      if (hit !== undefined) {
        fixedRows.push([r, item.key, cellText(sheet.values[r][hit])]);
        break;
      }
    }
  }
  if (codeRows.length === 0 && fixedRows.length === 0) return 0;
  const firstData = Math.min(...codeRows.map(([r]) => r), ...fixedRows.map(([r]) => r));
  const labels = { ...(spec.labels ?? {}) };
  const headerText = new Map<string, string>();
  for (const h of spec.header) for (const cell of h.cells) headerText.set(cell.from, normaliseLabel(cell.text.replace(/\{(\w+)\}/g, (m, k: string) => labels[k] ?? m)));
  const taken = new Set<number>();
  const columnOf: Record<string, number> = {};
  block.amountColumns.forEach((key, i) => {
    const want = headerText.get(key);
    let found = -1;
    for (let c = codeCol + 1; c < sheet.colCount && found < 0; c++) {
      if (taken.has(c)) continue;
      for (let r = 0; r < firstData; r++) if (want && normaliseLabel(cellText(sheet.values[r][c])) === want) found = c;
    }
    // Without a matching header, columns follow the code and name columns in spec order.
    if (found < 0) found = codeCol + 2 + i;
    taken.add(found);
    columnOf[key] = found;
  });
  const put = (r: number, key: string, label: string, group?: string) => {
    model.rows[key] = { address: address(r + 1, codeCol + 1), label };
    if (group) (model.groups[group] ??= []).push(key);
    for (const col of block.amountColumns) {
      const c = columnOf[col];
      const value = sheet.values[r]?.[c] ?? null;
      model.cells[`${key}.${col}`] = {
        row: key, col, address: address(r + 1, c + 1), value,
        formula: sheet.formulas[r]?.[c] ?? null, parsed: parseCell(value), numberFormat: sheet.numberFormats[r]?.[c] ?? null,
      };
    }
  };
  for (const [r, key, label] of fixedRows) put(r, key, label);
  for (const [r, code] of codeRows) put(r, `c${code}`, cellText(sheet.values[r][codeCol + 1] ?? null) || code, region.group);
  return codeRows.length + fixedRows.length;
}

/**
 * The amount column of a block: the first column right of the labels that is not a 行次
 * column (header "行次", or small sequential integers) and not another label column.
 */
function findAmountColumn(sheet: SheetSnapshot, labelCol: number, rows: number[]): number {
  const top = Math.min(...rows);
  for (let c = labelCol + 1; c < sheet.colCount; c++) {
    let header = '';
    for (let r = 0; r < top; r++) {
      const v = sheet.values[r][c];
      if (typeof v === 'string') header += v;
    }
    if (/行次/.test(header)) continue;
    const ints = rows.map((r) => sheet.values[r][c]).filter((v) => typeof v === 'number');
    const sequential = ints.length > 2 && ints.every((v, i) => i === 0 || (v as number) === (ints[i - 1] as number) + 1);
    if (sequential) continue;
    if (/金额|决算数|预算数|执行数|合计/.test(header) || rows.some((r) => sheet.formulas[r][c] || typeof sheet.values[r][c] === 'number')) return c;
    if (rows.every((r) => sheet.values[r][c] === null)) return c; // an empty template
  }
  return -1;
}
