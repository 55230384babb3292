// 撤销本次操作: Excel's own undo does not cover add-in writes, so before applying a plan we keep
// the exact prior state of everything it touches (pure data), and undo is one more plan that
// puts that state back: values and formulas of every written cell, number formats, merges,
// and the deletion of sheets the action created. Column widths, styles, freeze panes and print
// settings of sheets that already existed are not restored (no action changes them there).
import { address as cellAddress, parseAddress, parseRange } from './a1';
import type { CellValue, CellWrite, WorkbookSnapshot, WritePlan } from '../workbook/port';

export interface PriorCell {
  address: string;
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
}

export interface UndoSnapshot {
  /** What is undone, in Chinese (the plan's description). */
  description: string;
  /** Sheets the action created: undo deletes them. */
  createdSheets: string[];
  sheets: Array<{ name: string; cells: PriorCell[]; mergesAdded: string[]; mergesRemoved: string[] }>;
}

/** The prior state of every cell, merge and sheet `plan` touches, read from `before`. */
export function captureUndo(before: WorkbookSnapshot, plan: WritePlan): UndoSnapshot {
  const undo: UndoSnapshot = { description: plan.description, createdSheets: [], sheets: [] };
  for (const sp of plan.sheets) {
    const s = before.sheets.find((x) => x.name === sp.name);
    if (!s) {
      if (!undo.createdSheets.includes(sp.name)) undo.createdSheets.push(sp.name);
      continue;
    }
    let entry = undo.sheets.find((x) => x.name === sp.name);
    if (!entry) {
      entry = { name: sp.name, cells: [], mergesAdded: [], mergesRemoved: [] };
      undo.sheets.push(entry);
    }
    const seen = new Set(entry.cells.map((c) => c.address));
    // A new merge empties the cells it covers (Excel keeps only the top-left one): keep them too.
    const covered = (sp.merges ?? []).filter((m) => !s.merges.includes(m)).flatMap((m) => {
      const b = parseRange(m);
      const out: string[] = [];
      for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out.push(cellAddress(r, c));
      return out;
    });
    for (const a of [...sp.cells.map((w) => w.address), ...covered]) {
      const p = parseAddress(a);
      const address = a.replace(/\$/g, '').toUpperCase();
      if (seen.has(address)) continue;
      seen.add(address);
      entry.cells.push({
        address,
        value: s.values[p.row - 1]?.[p.col - 1] ?? null,
        formula: s.formulas[p.row - 1]?.[p.col - 1] ?? null,
        numberFormat: s.numberFormats[p.row - 1]?.[p.col - 1] ?? null,
      });
    }
    for (const m of sp.merges ?? []) if (!s.merges.includes(m) && !entry.mergesAdded.includes(m)) entry.mergesAdded.push(m);
    for (const m of sp.unmerges ?? []) if (s.merges.includes(m) && !entry.mergesRemoved.includes(m)) entry.mergesRemoved.push(m);
  }
  return undo;
}

/** The plan that restores the snapshot. */
export function planUndo(undo: UndoSnapshot): WritePlan {
  return {
    description: `撤销：${undo.description}`,
    sheets: undo.sheets.map((s) => ({
      name: s.name,
      unmerges: s.mergesAdded,
      merges: s.mergesRemoved,
      cells: s.cells.map((c): CellWrite => ({
        address: c.address,
        clear: true,
        ...(c.formula ? { formula: c.formula } : c.value !== null ? { value: c.value } : {}),
        ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
      })),
    })),
    deleteSheets: undo.createdSheets,
  };
}
