// The listed parts of a 绩效 form (indicator rows, tasks, goals) that recognition leaves out,
// read for the checks: each part lies below its own header row (一级指标 | 二级指标 | …) down to
// its tail row (合计, 总分) or the next part. Its columns are found by that header's texts, so
// every field (指标值, 完成值, 偏差原因) is a model cell, not only the amounts. The cells rules
// name as texts (P08's 偏差原因分析) are added to the fixed rows likewise.
import { address, parseAddress } from './a1';
import { putCell } from './sheetCells';
import { normaliseLabel } from './labels';
import type { TableModel } from './recognise';
import type { BlockSpec, CodeRegionSpec, TableSpec } from './spec/types';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../workbook/port';

interface Found {
  spec: TableSpec;
  model: TableModel;
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : normaliseLabel(String(v)));

/** A part's header cells (its lowest header row), by column key. */
function headerTexts(block: BlockSpec): Array<[string, string]> {
  const rows = block.section?.header ?? [];
  const last = rows[rows.length - 1];
  return (last?.cells ?? []).filter((c) => c.text).map((c) => [c.from, normaliseLabel(c.text)]);
}

/** The sheet row (0-based, from `from`) holding most of the part's header texts; −1 if none holds two. */
function headerRow(sheet: SheetSnapshot, block: BlockSpec, from: number, to = sheet.rowCount): number {
  const wanted = new Set(headerTexts(block).map(([, t]) => t));
  let best = -1;
  let bestHits = 1;
  for (let r = Math.max(0, from); r < Math.min(to, sheet.rowCount); r++) {
    const hits = new Set((sheet.values[r] ?? []).map(text).filter((t) => wanted.has(t))).size;
    if (hits > bestHits) {
      best = r;
      bestHits = hits;
    }
  }
  return best;
}

/**
 * Sheet column (0-based) of every spec column for a part whose header is row r: by the
 * header text where it is printed, else at the spec's distance from the nearest one found.
 */
function partColumns(sheet: SheetSnapshot, spec: TableSpec, block: BlockSpec, r: number): Record<string, number> {
  const keys = spec.columns.map((c) => c.key);
  const found: Record<string, number> = {};
  const row = (sheet.values[r] ?? []).map(text);
  let after = -1;
  for (const [key, t] of headerTexts(block)) {
    const c = row.findIndex((x, i) => i > after && x === t);
    if (c >= 0) found[key] = after = c;
  }
  const anchors = Object.keys(found);
  if (anchors.length === 0) return {};
  const out: Record<string, number> = {};
  for (const key of keys) {
    if (found[key] !== undefined) {
      out[key] = found[key];
      continue;
    }
    const i = keys.indexOf(key);
    const near = anchors.reduce((a, b) => (Math.abs(keys.indexOf(b) - i) < Math.abs(keys.indexOf(a) - i) ? b : a));
    const c = found[near] + i - keys.indexOf(near);
    if (c >= 0) out[key] = c;
  }
  return out;
}

const END = /^(注|说明)[:：]|负责人[:：]/;

/** Reads the uncoded parts of one form into a copy of its model. */
function addParts({ spec, model }: Found, sheet: SheetSnapshot): TableModel {
  const out: TableModel = { ...model, cells: { ...model.cells }, rows: { ...model.rows }, groups: { ...model.groups } };
  let from = 0;
  spec.blocks.forEach((block, i) => {
    const region = block.head.find((h): h is CodeRegionSpec => 'codeRegion' in h && h.classification === 'none');
    const recognised = Object.entries(model.rows).filter(([k]) => spec.blocks.find((b) => [...b.head, ...b.tail].some((h) => 'key' in h && h.key === k))?.id === block.id);
    if (!region || !block.section) {
      // A part recognition read: later parts lie below it.
      for (const [, r] of recognised) from = Math.max(from, parseAddress(r.address).row);
      return;
    }
    const r0 = headerRow(sheet, block, from);
    if (r0 < 0) return;
    const cols = partColumns(sheet, spec, block, r0);
    const later = spec.blocks.slice(i + 1);
    const stops = new Set([
      ...later.flatMap((b) => [...b.head, ...b.tail].flatMap((h) => ('key' in h && h.label ? [h.label, ...(h.aliases ?? [])] : []))),
      ...later.flatMap((b) => (b.section?.header ?? []).flatMap((h) => h.cells.map((c) => c.text))),
    ].filter(Boolean).map(normaliseLabel));
    const tails = new Map(block.tail.flatMap((t) => [t.label, ...(t.aliases ?? [])].map((l) => [normaliseLabel(l), t.key] as const)));
    const span = Object.values(cols);
    const [left, right] = [Math.min(...span), Math.max(...span)];
    const keys: string[] = [];
    let r = r0 + 1;
    for (; r < sheet.rowCount; r++) {
      const texts = (sheet.values[r] ?? []).slice(left, right + 1).map(text);
      if (texts.some((t) => stops.has(t) || END.test(t))) break;
      const tail = texts.map((t) => tails.get(t)).find(Boolean);
      if (tail) {
        out.rows[tail] = { address: address(r + 1, left + 1), label: (sheet.values[r] ?? []).map((v) => (v === null ? '' : String(v).trim())).find((v) => tails.has(normaliseLabel(v))) ?? tail };
        for (const [col, c] of Object.entries(cols)) putCell(out, sheet, tail, col, r, c);
        r++;
        break;
      }
      if (texts.every((t) => t === '')) continue;
      const key = `${region.group}_${keys.length + 1}`;
      keys.push(key);
      const name = sheet.values[r]?.[cols[region.nameColumn]];
      out.rows[key] = { address: address(r + 1, cols[region.codeColumn] + 1), label: name === null || name === undefined ? '' : String(name).trim() };
      for (const [col, c] of Object.entries(cols)) putCell(out, sheet, key, col, r, c);
    }
    if (keys.length) out.groups[region.group] = keys;
    from = r;
  });
  return out;
}

/** Text cells rules read on fixed rows (P08's 偏差原因分析), located by their part's header. */
function addRuleTexts({ spec }: Found, model: TableModel, sheet: SheetSnapshot): void {
  for (const rule of spec.rules) {
    if (rule.type !== 'explain') continue;
    for (const row of rule.rows) {
      const anchor = model.cells[`${row}.${rule.actual}`];
      if (!anchor || model.cells[`${row}.${rule.reason}`]) continue;
      const block = spec.blocks.find((b) => b.head.some((h) => 'key' in h && h.key === row));
      const at = parseAddress(anchor.address);
      const r0 = block ? headerRow(sheet, block, at.row - 5, at.row - 1) : -1;
      const cols = block && r0 >= 0 ? partColumns(sheet, spec, block, r0) : {};
      const keys = spec.columns.map((c) => c.key);
      const c = cols[rule.reason] ?? at.col - 1 + keys.indexOf(rule.reason) - keys.indexOf(rule.actual);
      putCell(model, sheet, row, rule.reason, at.row - 1, c);
    }
  }
}

/** The 绩效 forms of a recognition with their listed parts read; other tables as they are. */
export function withFormRows(found: Found[], snapshot: WorkbookSnapshot): Found[] {
  return found.map((f) => {
    if (f.spec.kind !== 'performance') return f;
    const sheet = snapshot.sheets.find((s) => s.name === f.model.sheet);
    if (!sheet) return f;
    const model = addParts(f, sheet);
    addRuleTexts(f, model, sheet);
    return { spec: f.spec, model };
  });
}
