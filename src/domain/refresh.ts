// Refreshing an inserted coded table: the user types 项 rows (code and amounts) into the
// template; the add-in re-lays the table with every 款 and 类 row the codes need, named from
// the catalog and in code order, carrying every typed amount to its code's new row.
// Nothing typed is dropped: a typed value that has no place in the new layout stops the plan.
import { address, parseAddress, tryParseRange } from './a1';
import type { Conflict } from './guard';
import { planTable, type HeaderInfo } from './insert';
import { readMetadata } from './metadata';
import { recogniseTable } from './recognise';
import { layoutTable, type TableLayout } from './spec/layout';
import { profile as findProfile } from './spec/profiles';
import { tableSpec } from './tables';
import type { CellValue, CellWrite, SheetPlan, WorkbookSnapshot } from '../workbook/port';

export interface RefreshResult {
  sheet: SheetPlan | null;
  /** The table's layout after the refresh (null when nothing is planned). */
  layout: TableLayout | null;
  /** 款/类 codes added. */
  added: string[];
  /** Typed values that could not be placed; when any, `sheet` is null and nothing is written. */
  blocked: Conflict[];
}

const hasValue = (v: CellValue) => v !== null && v !== '';

export function planRefresh(snapshot: WorkbookSnapshot, sheetName: string, info: HeaderInfo = {}): RefreshResult {
  const meta = readMetadata(snapshot).tables.find((t) => t.sheet === sheetName);
  const spec = meta && tableSpec(meta.table);
  const p = meta && findProfile(meta.profile);
  const sheet = snapshot.sheets.find((s) => s.name === sheetName);
  if (!meta || !spec || !p || !sheet) return { sheet: null, layout: null, added: [], blocked: [] };
  const model = recogniseTable(sheet, spec);
  const groups = spec.blocks.flatMap((b) => b.head.flatMap((h) => ('codeRegion' in h && h.classification !== 'none' ? [h.group] : [])));
  if (!model || groups.length === 0) return { sheet: null, layout: null, added: [], blocked: [] };

  const codes: Record<string, string[]> = {};
  for (const g of groups) codes[g] = (model.groups[g] ?? []).map((k) => k.slice(1));
  const before = new Set(Object.values(codes).flat());
  const layout = layoutTable(spec, p.layout, { codes, year: p.year });
  const plan = planTable(layout, sheetName, { year: p.year, ...info });

  // Typed (non-formula) amounts of the old table, by row key and column.
  const typed = Object.values(model.cells).filter((c) => !c.formula && hasValue(c.value));
  const formulaCells = new Set(plan.cells.filter((c) => c.formula).map((c) => c.address));
  const blocked: Conflict[] = [];
  const carried: CellWrite[] = [];
  for (const c of typed) {
    const row = layout.rowByKey[c.row];
    const col = layout.colIndex[c.col];
    const target = row && col ? address(row.row, col) : null;
    if (!target || formulaCells.has(target)) {
      blocked.push({ sheet: sheetName, address: c.address, existing: c.value, planned: target ? '公式' : '（新版式中没有此行）' });
      continue;
    }
    carried.push({ address: target, value: c.value });
  }
  // Anything else typed inside the old table's body that recognition did not place.
  const known = new Set(Object.values(model.cells).map((c) => c.address));
  const oldRows = Object.values(model.rows).map((r) => parseAddress(r.address).row);
  const top = Math.min(...oldRows);
  const bottom = sheet.rowCount; // typed rows may sit anywhere below, among the blank template rows
  const amountCols = new Set(Object.values(model.cells).map((c) => parseAddress(c.address).col));
  for (let r = top; r <= bottom; r++) {
    for (const c of amountCols) {
      const a = address(r, c);
      if (!known.has(a) && hasValue(sheet.values[r - 1]?.[c - 1] ?? null) && !sheet.formulas[r - 1]?.[c - 1]) {
        blocked.push({ sheet: sheetName, address: a, existing: sheet.values[r - 1][c - 1], planned: '（该行没有科目编码）' });
      }
    }
  }
  if (blocked.length) return { sheet: null, layout: null, added: [], blocked };

  // What the old table itself holds: header rows, recognised rows (code, name and amounts),
  // its formulas and its footer. Only these may be rewritten or cleared.
  const ours = (r: number, c: number): boolean => {
    if (r <= layout.headerBottom || sheet.formulas[r - 1]?.[c - 1]) return true;
    if (oldRows.includes(r)) return true;
    const v = sheet.values[r - 1]?.[c - 1];
    return v === spec.footer;
  };
  const newBottom = Math.max(layout.emptyNoteRow ?? 0, layout.footerRow ?? 0, layout.bodyBottom);
  const clears: CellWrite[] = [];
  for (let r = newBottom + 1; r <= sheet.rowCount; r++) {
    for (let c = 1; c <= sheet.colCount; c++) {
      if ((hasValue(sheet.values[r - 1][c - 1]) || sheet.formulas[r - 1][c - 1]) && ours(r, c)) clears.push({ address: address(r, c), value: null });
    }
  }
  // The grown table must not land on the user's own content (a signature line below the table).
  for (const w of plan.cells) {
    if (w.value === undefined && w.formula === undefined) continue;
    const { row, col } = parseAddress(w.address);
    const v = sheet.values[row - 1]?.[col - 1] ?? null;
    if (hasValue(v) && !ours(row, col) && v !== w.value) blocked.push({ sheet: sheetName, address: w.address, existing: v, planned: w.formula ?? String(w.value ?? '') });
  }
  if (blocked.length) return { sheet: null, layout: null, added: [], blocked };
  const byAddress = new Map(plan.cells.map((c) => [c.address, c]));
  for (const w of carried) byAddress.set(w.address, { ...byAddress.get(w.address), ...w });
  // Input cells the new layout leaves empty must be emptied (their old content moved elsewhere).
  for (const row of layout.rows) {
    for (const col of spec.blocks.find((b) => b.id === row.block)!.amountColumns) {
      const a = address(row.row, layout.colIndex[col]);
      const w = byAddress.get(a);
      if (w && w.formula === undefined && w.value === undefined) byAddress.set(a, { ...w, value: null });
    }
  }
  // Names the catalog does not know stay as the user typed them.
  for (const row of layout.rows) {
    if (!row.code || row.label) continue;
    const old = model.rows[row.key]?.label;
    const region = spec.blocks.find((b) => b.id === row.block)!.head.find((h) => 'codeRegion' in h && h.group === row.group);
    if (old && old !== row.code && region && 'codeRegion' in region) byAddress.set(address(row.row, layout.colIndex[region.nameColumn]), { address: address(row.row, layout.colIndex[region.nameColumn]), value: old });
  }
  // Old merges below the header (footer rows the table now grows over) are split first.
  const unmerges = sheet.merges.filter((m) => (tryParseRange(m)?.top ?? 0) > layout.headerBottom);
  const added = Object.values(codes).flat().length ? layout.rows.filter((r) => r.code && !before.has(r.code)).map((r) => r.code!) : [];
  return { sheet: { ...plan, create: false, unmerges, cells: [...byAddress.values(), ...clears] }, layout, added, blocked };
}
