// Recognition: finds a spec's table on a sheet by its labels, not by fixed positions, and
// returns the typed model (row key × column key → cell). Works on sheets we did not write.
import { address } from './a1';
import type { ParsedCell } from './cellValue';
import { cellText, isColNoRow, putCell } from './sheetCells';
import { recogniseListBlock } from './recogniseList';
import type { Unit } from './amount';
import type { Finding } from './findings';
import { normaliseLabel } from './labels';
import { departmentCategories } from './catalog/departmentCategories';
import type { BlockSpec, CategoryVariant, CodeRegionSpec, FixedRowSpec, TableSpec } from './spec/types';
import { headerPaths, locateColumns, modelColumns } from './columns';
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

const WANTED = new WeakMap<TableSpec, string[]>();
/** The spec's own title first, then its aliases, normalised once per spec. */
function wantedTitles(spec: TableSpec): string[] {
  let w = WANTED.get(spec);
  if (!w) WANTED.set(spec, (w = [spec.title, ...(spec.titleAliases ?? [])].map(normaliseLabel)));
  return w;
}

const TOP_TEXTS = new WeakMap<SheetSnapshot, Array<{ raw: string; text: string }>>();
/** The texts of the first five rows, normalised once per sheet (every spec is tried on it). */
function topTexts(sheet: SheetSnapshot): Array<{ raw: string; text: string }> {
  let out = TOP_TEXTS.get(sheet);
  if (!out) {
    out = [];
    for (let r = 0; r < Math.min(5, sheet.rowCount); r++) for (const v of sheet.values[r]) if (typeof v === 'string') out.push({ raw: v, text: normaliseLabel(v) });
    TOP_TEXTS.set(sheet, out);
  }
  return out;
}

export function findTitle(sheet: SheetSnapshot, spec: TableSpec): string | null {
  const wanted = wantedTitles(spec);
  const hit = topTexts(sheet).find((t) => wanted.some((w) => t.text.includes(w)));
  return hit ? hit.raw.trim() : null;
}

/**
 * How well a sheet's title names this table: the length of the longest of the spec's titles
 * found in the first rows (so 财政拨款收入支出决算总表 beats 收入支出决算总表), 0 when none is;
 * half a point more when it is the spec's own title rather than an alias.
 */
export function titleScore(sheet: SheetSnapshot, spec: TableSpec): number {
  const wanted = wantedTitles(spec);
  let best = 0;
  for (const { text } of topTexts(sheet)) {
    // A spec's own title beats the same words as another spec's alias (项目绩效目标表: PE, not B11).
    for (let i = 0; i < wanted.length; i++) if (text.includes(wanted[i])) best = Math.max(best, wanted[i].length + (i === 0 ? 0.5 : 0));
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

// Specs are constant data and every sheet is tried against several: build their lookups once.
const CANDIDATES = new WeakMap<TableSpec, Map<string, Candidate[]>>();
function candidatesOf(spec: TableSpec): Map<string, Candidate[]> {
  let c = CANDIDATES.get(spec);
  if (!c) CANDIDATES.set(spec, (c = candidates(spec)));
  return c;
}

const WANTED_LABELS = new WeakMap<BlockSpec, Map<string, Candidate[]>>();
/** Normalised label → the block's rows it names; a label may name several rows (T04's 一般公共预算财政拨款 under 本年收入 and under 年初结转), in order. */
function wantedLabels(block: BlockSpec, cands: Candidate[]): Map<string, Candidate[]> {
  let wanted = WANTED_LABELS.get(block);
  if (!wanted) {
    wanted = new Map();
    for (const c of cands) for (const l of new Set(c.labels.map(normaliseLabel))) wanted.set(l, [...(wanted.get(l) ?? []), c]);
    WANTED_LABELS.set(block, wanted);
  }
  return wanted;
}

/** Recognises a block-layout table (such as T01) on a sheet; null when its labels are not there. */
export function recogniseTable(sheet: SheetSnapshot, spec: TableSpec): TableModel | null {
  const text = (r: number, c: number): string | null => {
    const v = sheet.values[r]?.[c];
    return typeof v === 'string' && v.trim() ? normaliseLabel(v) : null;
  };
  const byBlock = candidatesOf(spec);
  const model: TableModel = {
    table: spec.id, sheet: sheet.name, title: findTitle(sheet, spec), unit: readUnit(sheet), cells: {}, rows: {}, groups: {}, findings: [],
  };
  const usedLabelCols: number[] = [];
  let matched = 0;
  for (const block of spec.blocks) {
    const region = block.head.find((h): h is CodeRegionSpec => 'codeRegion' in h);
    if (region?.classification === 'none') {
      matched += recogniseListBlock(sheet, spec, block, region, model);
      continue;
    }
    if (region) {
      matched += recogniseCodedBlock(sheet, spec, block, model, usedLabelCols);
      continue;
    }
    if ([...block.head, ...block.tail].every((i) => 'key' in i && !i.label)) {
      matched += recogniseHeaderRow(sheet, spec, block, model);
      continue;
    }
    const cands = byBlock.get(block.id)!;
    const wanted = wantedLabels(block, cands);
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
    if (best < 0 || (bestHits < 2 && !(model.title && bestHits === cands.length))) continue;
    usedLabelCols.push(best);
    const rowsOfKey = new Map<string, number>();
    for (let r = 0; r < sheet.rowCount; r++) {
      const t = text(r, best);
      const cand = t ? wanted.get(t)?.find((c) => !rowsOfKey.has(c.key)) : undefined;
      if (!cand) continue;
      rowsOfKey.set(cand.key, r);
      model.rows[cand.key] = { address: address(r + 1, best + 1), label: String(sheet.values[r][best]).trim() };
      if (cand.group) (model.groups[cand.group] ??= []).push(cand.key);
      matched++;
    }
    const dataRows = [...rowsOfKey.values()];
    const cols = modelColumns(spec, block);
    // A stacked part (the 绩效 forms) names its columns in its own header.
    const paths = block.section ? headerPaths(spec, block.section.header) : undefined;
    const columnOf = locateColumns(sheet, spec, cols, best, Math.min(...dataRows), dataRows, paths);
    for (const [key, r] of rowsOfKey) for (const col of cols) putCell(model, sheet, key, col, r, columnOf[col]);
  }
  // An empty template has few labels: its title is then enough.
  return matched >= 3 || (model.title !== null && matched >= 1) ? model : null;
}

/** A function (2xx) or economic (3xx/5xx) code as printed: 3, 5 or 7 digits, possibly "201 29 01". */
function codeOf(v: CellValue): string | null {
  const t = cellText(v).replace(/\s+/g, '');
  return /^[235]\d{2}(\d{2}(\d{2})?)?$/.test(t) ? t : null;
}

/** A 款 or 项 segment of a split code (类 | 款 | 项 columns): "06", or 6 stored as a number. */
function segmentOf(v: CellValue): string | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v < 100 ? String(v).padStart(2, '0') : null;
  const t = cellText(v);
  return /^\d{2}$/.test(t) ? t : null;
}

/** Which codes belong to a block: its classification, and for fixed lists (T06) their 类. */
function codeFilter(region: CodeRegionSpec): (code: string) => boolean {
  const classes = region.fixedCodes ? new Set(region.fixedCodes.map((c) => c.slice(0, 3))) : null;
  const first = region.classification === 'function' ? /^2/ : /^[35]/;
  return (code) => first.test(code) && (!classes || classes.has(code.slice(0, 3)));
}

interface CodeColumn {
  col: number;
  /** Codes split over 类 | 款 | 项 columns. */
  split: boolean;
  nameCol: number;
  rows: Array<[number, string]>;
}

/** Reads the codes of column c, joining split 类|款|项 segments (a blank 类 cell repeats the one above). */
function readCodes(sheet: SheetSnapshot, c: number, split: boolean, accept: (code: string) => boolean): Array<[number, string]> {
  const rows: Array<[number, string]> = [];
  let cls = '';
  let kuan = '';
  for (let r = 0; r < sheet.rowCount; r++) {
    const row = sheet.values[r] ?? [];
    if (!split) {
      const code = codeOf(row[c] ?? null);
      if (code && accept(code)) rows.push([r, code]);
      continue;
    }
    const head = codeOf(row[c] ?? null);
    const k = segmentOf(row[c + 1] ?? null);
    const x = segmentOf(row[c + 2] ?? null);
    if (head && head.length === 3) {
      cls = head;
      kuan = '';
    } else if (head) {
      continue;
    } else if (!cls || !k) {
      if (!k && !x) cls = cellText(row[c] ?? null) ? '' : cls; // a label such as 合计 ends the run
      continue;
    }
    if (k) kuan = k;
    const code = x ? cls + kuan + x : k ? cls + k : cls;
    if (accept(code)) rows.push([r, code]);
  }
  return rows;
}

/** The column holding most of the block's codes, whole or split over 类|款|项. */
function findCodeColumn(sheet: SheetSnapshot, region: CodeRegionSpec, used: number[]): CodeColumn | null {
  const accept = codeFilter(region);
  let best: CodeColumn | null = null;
  for (let c = 0; c < sheet.colCount; c++) {
    if (used.includes(c)) continue;
    // Only a column holding some code of this block can be its code column (a cheap first pass).
    let any = false;
    for (let r = 0; r < sheet.rowCount && !any; r++) {
      const code = codeOf(sheet.values[r]?.[c] ?? null);
      any = code !== null && accept(code);
    }
    if (!any) continue;
    let segments = 0;
    for (let r = 0; r < sheet.rowCount; r++) {
      const head = sheet.values[r]?.[c] ?? null;
      if (segmentOf(sheet.values[r]?.[c + 1] ?? null) && (cellText(head) === '' || codeOf(head)?.length === 3)) segments++;
    }
    const split = segments >= 1 && readCodes(sheet, c, true, accept).some(([, code]) => code.length > 3);
    const rows = readCodes(sheet, c, split, accept);
    // 类|款|项 (function codes) or 类|款 (economic codes): the name follows the last segment.
    let width = 1;
    if (split) width = rows.some(([r]) => segmentOf(sheet.values[r]?.[c + 2] ?? null)) ? 3 : 2;
    if (rows.length > (best?.rows.length ?? 0)) best = { col: c, split, nameCol: c + width, rows };
  }
  return best;
}

/**
 * Recognises a block of coded rows (T02, T03, T05 …): the code column is the one holding
 * most codes (split 类|款|项 columns are joined); amount columns are found by their header
 * text above the first code row.
 */
function recogniseCodedBlock(sheet: SheetSnapshot, spec: TableSpec, block: BlockSpec, model: TableModel, used: number[]): number {
  const region = block.head.find((h): h is CodeRegionSpec => 'codeRegion' in h)!;
  const labels = [...block.head, ...block.tail].flatMap((i) => ('key' in i ? [i.label, ...(i.aliases ?? [])] : [])).map(normaliseLabel).filter(Boolean);
  let found = findCodeColumn(sheet, region, used);
  if (!found) {
    // An empty template has no codes yet: take the column holding its 合计 label.
    for (let c = 0; c < sheet.colCount && !found; c++) {
      if (used.includes(c)) continue;
      for (let r = 0; r < sheet.rowCount; r++) if (labels.includes(normaliseLabel(cellText(sheet.values[r]?.[c] ?? null)))) found = { col: c, split: false, nameCol: c + 1, rows: [] };
    }
    if (!found) return 0;
  }
  const { col: codeCol, nameCol, rows: codeRows } = found;
  used.push(codeCol);
  // Fixed rows of the block (合计) by label, in the code, segment or name columns.
  const fixedRows: Array<[number, string, string]> = [];
  for (const item of [...block.head, ...block.tail]) {
    if (!('key' in item) || !item.label) continue;
    const want = [item.label, ...(item.aliases ?? [])].map(normaliseLabel);
    for (let r = 0; r < sheet.rowCount; r++) {
      let hit = -1;
      for (let c = codeCol; c <= nameCol && hit < 0; c++) if (want.includes(normaliseLabel(cellText(sheet.values[r]?.[c] ?? null)))) hit = c;
      if (hit >= 0) {
        fixedRows.push([r, item.key, cellText(sheet.values[r][hit])]);
        break;
      }
    }
  }
  if (codeRows.length === 0 && fixedRows.length === 0) return 0;
  const dataRows = [...codeRows.map(([r]) => r), ...fixedRows.map(([r]) => r)];
  const cols = modelColumns(spec, block);
  const columnOf = locateColumns(sheet, spec, cols, nameCol, Math.min(...dataRows), dataRows);
  const put = (r: number, key: string, label: string, group?: string) => {
    model.rows[key] = { address: address(r + 1, codeCol + 1), label };
    if (group) (model.groups[group] ??= []).push(key);
    for (const col of cols) putCell(model, sheet, key, col, r, columnOf[col]);
  };
  for (const [r, key, label] of fixedRows) put(r, key, label);
  for (const [r, code] of codeRows) {
    if (model.rows[`c${code}`]) continue; // a code printed twice: the first row counts
    put(r, `c${code}`, cellText(sheet.values[r][nameCol] ?? null) || code, region.group);
  }
  return codeRows.length + fixedRows.length;
}

/**
 * A block of one unlabelled row under a header (T07's 三公 row): the data row is the first
 * row below the header that is not the 栏次 row.
 */
function recogniseHeaderRow(sheet: SheetSnapshot, spec: TableSpec, block: BlockSpec, model: TableModel): number {
  const lowest = new Set([...headerPaths(spec).values()].map((p) => p[p.length - 1]).filter(Boolean));
  let headerEnd = -1;
  let hits = 0;
  for (let r = 0; r < Math.min(sheet.rowCount, 20); r++) {
    const n = (sheet.values[r] ?? []).filter((v) => typeof v === 'string' && lowest.has(normaliseLabel(v))).length;
    if (n >= 2) {
      headerEnd = r;
      hits = Math.max(hits, n);
    }
  }
  if (headerEnd < 0 || (hits < 3 && !model.title)) return 0;
  let data = headerEnd + 1;
  while (data < sheet.rowCount && isColNoRow(sheet, data)) data++;
  if (data >= sheet.rowCount) return 0;
  const cols = modelColumns(spec, block);
  const columnOf = locateColumns(sheet, spec, cols, -1, data, [data]);
  const key = [...block.head, ...block.tail].find((i): i is FixedRowSpec => 'key' in i)!.key;
  model.rows[key] = { address: address(data + 1, columnOf[block.amountColumns[0]] + 1), label: '' };
  for (const col of cols) putCell(model, sheet, key, col, data, columnOf[col]);
  return hits;
}
