// Formula fill on recognised tables (inserted by us or exported by the finance software):
// the spec's fill rules, laid over the rows and columns recognition found, written only into
// empty or formula cells. Typed values the fill would replace are listed, not overwritten.
import { parseAddress } from './a1';
import { recogniseWorkbook } from './checks';
import { tableFormulas } from './formulas';
import { guardPlan, type Conflict } from './guard';
import { functionParent, economicParent } from './catalog';
import type { TableModel } from './recognise';
import type { LaidRow, TableLayout } from './spec/layout';
import type { LayoutOptions, TableSpec } from './spec/types';
import type { CellWrite, SheetPlan, WorkbookSnapshot, WritePlan } from '../workbook/port';
import { readMetadata } from './metadata';
import { planRefresh } from './refresh';
import { linkFormulas, type PlacedTable } from './links';

const NEUTRAL_OPTIONS: LayoutOptions = { rowNumbers: false, categoryVariant: 'full2024', zeroDisplay: 'blank' };

/**
 * A layout whose rows and columns are where recognition found them, so that the same
 * formula builders serve tables we did not lay out. Null when a column is not where the
 * spec needs it on every row (a layout recognition does not fully understand).
 */
export function layoutFromModel(model: TableModel, spec: TableSpec): TableLayout | null {
  const colIndex: Record<string, number> = {};
  for (const cell of Object.values(model.cells)) {
    const c = parseAddress(cell.address).col;
    if (colIndex[cell.col] !== undefined && colIndex[cell.col] !== c) return null;
    colIndex[cell.col] = c;
  }
  // The code column of a coded block is where its rows were recognised (their label cells).
  for (const b of spec.blocks) {
    for (const h of b.head) {
      if (!('codeRegion' in h)) continue;
      const key = model.groups[h.group]?.[0];
      if (key) colIndex[h.codeColumn] = parseAddress(model.rows[key].address).col;
    }
  }
  const blockOfRow = (key: string) =>
    spec.blocks.find((b) => [...b.head, ...b.tail].some((h) => ('key' in h ? h.key === key : model.groups[h.group]?.includes(key))))!;
  const codes = new Set(Object.keys(model.rows).filter((k) => /^c\d+$/.test(k)).map((k) => k.slice(1)));
  const rows: LaidRow[] = Object.entries(model.rows).map(([key, r]) => {
    const block = blockOfRow(key);
    const group = Object.entries(model.groups).find(([, keys]) => keys.includes(key))?.[0];
    const prefix = block.head.find((h) => 'categoryRows' in h && key.startsWith(h.keyPrefix));
    const code = /^c\d+$/.test(key) ? key.slice(1) : prefix && 'keyPrefix' in prefix ? key.slice(prefix.keyPrefix.length) : undefined;
    const leaf = code ? ![...codes].some((o) => o !== code && o.startsWith(code)) : undefined;
    return { key, label: r.label, aliases: [], block: block.id, row: parseAddress(r.address).row, ...(code ? { code } : {}), ...(group ? { group } : {}), ...(leaf !== undefined ? { leaf } : {}) };
  });
  rows.sort((a, b) => a.row - b.row);
  const rowByKey = Object.fromEntries(rows.map((r) => [r.key, r]));
  const groups: Record<string, string[]> = {};
  for (const r of rows) if (r.group) (groups[r.group] ??= []).push(r.key);
  const top = Math.min(...rows.map((r) => r.row));
  const bottom = Math.max(...rows.map((r) => r.row));
  return {
    spec, options: NEUTRAL_OPTIONS, columns: [], colIndex, lastCol: Math.max(...Object.values(colIndex)),
    titleRow: 1, infoRow: 1, yearRow: null, headerTop: top, headerBottom: top - 1, header: [], bodyTop: top, bodyBottom: bottom,
    rows, rowByKey, groups, blocks: spec.blocks, footerRow: null, emptyNoteRow: null,
  };
}

/** 类/款 rows a coded table lacks: each 项 needs its 款 and 类 rows for the hierarchy to hold. */
export function missingParents(model: TableModel, spec: TableSpec): string[] {
  const codes = new Set(Object.keys(model.rows).filter((k) => /^c\d+$/.test(k)).map((k) => k.slice(1)));
  const economic = spec.blocks.some((b) => b.head.some((h) => 'codeRegion' in h && h.classification === 'economic'));
  const parent = economic ? economicParent : functionParent;
  const missing = new Set<string>();
  for (const c of codes) for (let p = parent(c); p; p = parent(p)) if (!codes.has(p)) missing.add(p);
  return [...missing].sort();
}

export interface FillReport {
  plan: WritePlan;
  conflicts: Conflict[];
  tables: Array<{ table: string; title: string; sheet: string; formulas: number; missingParents: string[]; addedRows?: string[] }>;
  /** Recognised tables whose layout the fill cannot address yet, with the reason. */
  skipped: Array<{ table: string; sheet: string; reason: string }>;
}

/**
 * Plans the formulas of every recognised table. With `links`, cells that restate another
 * table (spec `links`) also get formulas reading that table.
 */
export function planFill(snapshot: WorkbookSnapshot, overwrite = false, links = false): FillReport {
  const report: FillReport = { plan: { description: '填充公式', sheets: [] }, conflicts: [], tables: [], skipped: [] };
  const ours = new Set(readMetadata(snapshot).tables.map((t) => t.sheet));
  const found = recogniseWorkbook(snapshot);

  // 1. Coded tables the add-in inserted are re-laid with their 款/类 rows (refresh.ts);
  //    every table's final layout is known before links between tables are planned.
  const placed: Record<string, PlacedTable> = {};
  const refreshed = new Map<string, { sheet: SheetPlan; added: string[] }>();
  for (const { spec, model } of found) {
    const coded = spec.blocks.some((b) => b.head.some((h) => 'codeRegion' in h && h.classification !== 'none'));
    let layout = layoutFromModel(model, spec);
    if (coded && ours.has(model.sheet)) {
      const r = planRefresh(snapshot, model.sheet);
      if (r.sheet && r.layout) {
        refreshed.set(model.sheet, { sheet: r.sheet, added: r.added });
        layout = r.layout;
      } else if (r.blocked.length) {
        const where = r.blocked.map((b) => `${b.address}（${String(b.existing)}）`).join('、');
        report.skipped.push({ table: spec.id, sheet: model.sheet, reason: `「${spec.title}」有无法归位的手填内容 ${where}，为免丢失数据未作整理` });
        layout = null;
      }
    }
    if (layout && !placed[spec.id]) placed[spec.id] = { sheet: model.sheet, layout };
  }

  // 2. Formulas (and links) of every other recognised table, guarded against typed values.
  const extra: SheetPlan[] = [];
  for (const { spec, model } of found) {
    const r = refreshed.get(model.sheet);
    if (r) {
      const linked = links && placed[spec.id] ? linkFormulas(placed[spec.id], placed) : [];
      const cells = new Map(r.sheet.cells.map((c) => [c.address, c]));
      for (const f of linked) cells.set(f.address, { ...cells.get(f.address), address: f.address, formula: f.formula });
      extra.push({ ...r.sheet, cells: [...cells.values()] });
      const formulas = [...cells.values()].filter((c) => c.formula).length;
      report.tables.push({ table: spec.id, title: model.title ?? spec.title, sheet: model.sheet, formulas, missingParents: [], addedRows: r.added });
      continue;
    }
    if (report.skipped.some((x) => x.sheet === model.sheet)) continue;
    const layout = layoutFromModel(model, spec);
    const formulas = layout ? tableFormulas(layout, true) : [];
    const linked = links && layout ? linkFormulas({ sheet: model.sheet, layout }, placed) : [];
    if (!layout || formulas.length + linked.length === 0) {
      report.skipped.push({ table: spec.id, sheet: model.sheet, reason: `「${spec.title}」的版式暂不支持自动填充公式` });
      continue;
    }
    const byAddress = new Map([...formulas, ...linked].map((f) => [f.address, f]));
    const cells: CellWrite[] = [...byAddress.values()].map((f) => ({ address: f.address, formula: f.formula }));
    report.plan.sheets.push({ name: model.sheet, cells });
    report.tables.push({ table: spec.id, title: model.title ?? spec.title, sheet: model.sheet, formulas: cells.length, missingParents: missingParents(model, spec) });
  }
  const guarded = guardPlan(report.plan, snapshot, overwrite);
  report.plan = { ...guarded.plan, sheets: [...guarded.plan.sheets, ...extra] };
  report.conflicts = guarded.conflicts;
  return report;
}
