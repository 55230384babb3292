// The text fields of a 绩效 form's listed parts (indicator rows, tasks, goals) read for the
// checks: recognition finds the rows; each part's columns are found here by its own header row
// (一级指标 | 二级指标 | …), so every field (指标值, 完成值, 偏差原因) is a model cell, not only
// the amounts. The cells rules name as texts (P08's 偏差原因分析) are added to the fixed rows likewise.
import { parseAddress } from './a1';
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

/**
 * Recognition reads a part's rows (recogniseList) with the columns the amount rules need; the
 * form rules also read its text fields (指标值, 完成值, 偏差原因), added here to a copy of the model.
 */
function addParts({ spec, model }: Found, sheet: SheetSnapshot): TableModel {
  const out: TableModel = { ...model, cells: { ...model.cells }, rows: { ...model.rows } };
  for (const block of spec.blocks) {
    const region = block.head.find((h): h is CodeRegionSpec => 'codeRegion' in h && h.classification === 'none');
    if (!region || !block.section) continue;
    const keys = [...(model.groups[region.group] ?? []), ...block.tail.map((t) => t.key)].filter((k) => model.rows[k]);
    if (keys.length === 0) continue;
    const rowOf = (key: string) => parseAddress(model.rows[key].address).row - 1;
    const first = Math.min(...keys.map(rowOf));
    // The part's header lies just above its first row (a 栏次 row may come between).
    const r0 = headerRow(sheet, block, first - 4, first);
    if (r0 < 0) continue;
    const cols = partColumns(sheet, spec, block, r0);
    for (const key of keys) {
      for (const [col, c] of Object.entries(cols)) if (!out.cells[`${key}.${col}`]) putCell(out, sheet, key, col, rowOf(key), c);
      // Findings name an indicator by its own name (三级指标), found by this part's header.
      const name = out.cells[`${key}.${region.nameColumn}`]?.value;
      if (!block.tail.some((t) => t.key === key) && name !== null && name !== undefined && String(name).trim()) out.rows[key] = { ...out.rows[key], label: String(name).trim() };
    }
  }
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
