// Locates a table's amount columns on a sheet by their header text, so that exports with
// extra, missing or renamed columns are read correctly. A column is known by its header path
// (e.g. 公务用车购置及运行维护费 › 小计 › 决算数); where no header matches, columns follow
// each other in spec order, skipping 行次 and label columns.
import { normaliseLabel } from './labels';
import type { BlockSpec, HeaderRowSpec, TableSpec } from './spec/types';
import type { SheetSnapshot } from '../workbook/port';
import { tryParseRange, type Box } from './a1';

/** Normalised header texts above each column key, top to bottom (placeholders filled, 栏次 rows left out). */
export function headerPaths(spec: TableSpec, header: HeaderRowSpec[] = spec.header): Map<string, string[]> {
  const keys = spec.columns.map((c) => c.key);
  const labels = spec.labels ?? {};
  const paths = new Map<string, string[]>(keys.map((k) => [k, []]));
  for (const row of header) {
    if (row.colNoRow) continue;
    for (const cell of row.cells) {
      const text = normaliseLabel(cell.text.replace(/\{(\w+)\}/g, (m, k: string) => labels[k] ?? m));
      if (!text || /^\d+$/.test(text)) continue;
      const from = keys.indexOf(cell.from);
      const to = cell.to ? keys.indexOf(cell.to) : from;
      for (let i = from; i <= to && i >= 0; i++) paths.get(keys[i])!.push(text);
    }
  }
  return paths;
}

const MERGES = new WeakMap<SheetSnapshot, Box[]>();

/** A sheet's merged areas, parsed once; a malformed merge in a user file is ignored. */
function mergeBoxes(sheet: SheetSnapshot): Box[] {
  let boxes = MERGES.get(sheet);
  if (!boxes) MERGES.set(sheet, (boxes = sheet.merges.map(tryParseRange).filter((b): b is Box => b !== null)));
  return boxes;
}

/** The header texts a sheet shows above row `bottom` in column c, merged areas included. */
export function sheetHeaderTexts(sheet: SheetSnapshot, bottom: number, col: number): Set<string> {
  const out = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.trim()) out.add(normaliseLabel(v));
  };
  for (let r = 0; r < bottom; r++) add(sheet.values[r]?.[col]);
  for (const range of mergeBoxes(sheet)) {
    if ( range.top - 1 >= bottom || col + 1 < range.left || col + 1 > range.right) continue;
    add(sheet.values[range.top - 1]?.[range.left - 1]);
  }
  return out;
}

/** A column that is not an amount column: 行次/栏次 numbers, or labels and names. */
function skippable(sheet: SheetSnapshot, col: number, bottom: number, dataRows: number[]): boolean {
  const header = [...sheetHeaderTexts(sheet, bottom, col)].join('');
  if (/行次|栏次/.test(header)) return true;
  const ints = dataRows.map((r) => sheet.values[r]?.[col]).filter((v) => typeof v === 'number');
  if (ints.length > 2 && ints.every((v, i) => i === 0 || (v as number) === (ints[i - 1] as number) + 1)) return true;
  const texts = dataRows.filter((r) => {
    const v = sheet.values[r]?.[col];
    return typeof v === 'string' && v.trim() !== '' && !/^[\d,.\s—–-]+$/.test(v.trim());
  });
  return texts.length > dataRows.length / 2;
}

/**
 * Column index of each key, left to right after `after`: the column whose header path matches
 * best (its lowest text counts double, so 决算数 under 合计 beats 合计 alone), else the next
 * column that can hold amounts.
 * `bottom` is the first data row; `dataRows` are the rows amounts are read from; `paths` are
 * the header texts to match (a stacked section's own header instead of the table's).
 */
export function locateColumns(
  sheet: SheetSnapshot, spec: TableSpec, keys: string[], after: number, bottom: number, dataRows: number[],
  paths?: Map<string, string[]>,
): Record<string, number> {
  // Stacked parts share physical columns under their own headers: read the part's header.
  if (!paths) {
    const part = spec.blocks.find((b) => b.section && b.amountColumns.length > 0 && b.amountColumns.every((k) => keys.includes(k)));
    paths = headerPaths(spec, part?.section?.header ?? spec.header);
  }
  const texts: Array<Set<string>> = [];
  for (let c = 0; c < sheet.colCount; c++) texts.push(sheetHeaderTexts(sheet, bottom, c));
  const out: Record<string, number> = {};
  let prev = after;
  for (const key of keys) {
    const path = paths.get(key) ?? [];
    const lowest = path[path.length - 1];
    let best = -1;
    let bestScore = 0;
    for (let c = prev + 1; c < sheet.colCount; c++) {
      const t = texts[c];
      const score = (lowest && t.has(lowest) ? 2 : 0) + path.slice(0, -1).filter((p) => t.has(p)).length;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best < 0) {
      best = prev + 1;
      while (best < sheet.colCount - 1 && skippable(sheet, best, bottom, dataRows)) best++;
    }
    out[key] = best;
    prev = best;
  }
  return out;
}

/**
 * The columns a block's model holds: its amount columns and the rate columns its share rules
 * write (执行率, 占比), in the order they stand in the table.
 */
export function modelColumns(spec: TableSpec, block: BlockSpec): string[] {
  const rates = new Set(spec.rules.flatMap((r) => (r.type === 'share' && r.target.col && !block.amountColumns.includes(r.target.col) && spec.columns.some((c) => c.key === r.target.col && c.kind === 'percent') ? [r.target.col] : [])));
  // A rate column belongs to the block whose amount columns its rule reads.
  for (const r of spec.rules) if (r.type === 'share' && r.target.col && rates.has(r.target.col) && !block.amountColumns.includes(r.part.col ?? '')) rates.delete(r.target.col);
  const keys = new Set([...block.amountColumns, ...rates]);
  return spec.columns.map((c) => c.key).filter((k) => keys.has(k));
}
