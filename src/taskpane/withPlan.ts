// A snapshot as it would read after a plan's values were written, without touching the
// workbook: the 说明 tab drafts from it so typed, not yet saved reasons show in the draft.
import { parseAddress } from '../domain/a1';
import type { SheetSnapshot, WorkbookSnapshot, WritePlan } from '../workbook/port';

function blankSheet(name: string): SheetSnapshot {
  return { name, visibility: 'visible', rowCount: 0, colCount: 0, values: [], formulas: [], numberFormats: [], merges: [] };
}

export function withPlan(snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const sheets = snapshot.sheets.map((s) => s);
  for (const sp of plan.sheets) {
    let i = sheets.findIndex((s) => s.name === sp.name);
    if (i < 0) {
      if (!sp.create) continue;
      sheets.push(blankSheet(sp.name));
      i = sheets.length - 1;
    }
    const src = sheets[i];
    const sheet: SheetSnapshot = {
      ...src,
      values: src.values.map((r) => [...r]),
      formulas: src.formulas.map((r) => [...r]),
      numberFormats: src.numberFormats.map((r) => [...r]),
    };
    for (const c of sp.cells) {
      if (c.value === undefined && c.formula === undefined) continue;
      const { row, col } = parseAddress(c.address);
      while (sheet.values.length < row) sheet.values.push([]);
      while (sheet.formulas.length < row) sheet.formulas.push([]);
      while (sheet.numberFormats.length < row) sheet.numberFormats.push([]);
      sheet.rowCount = Math.max(sheet.rowCount, row);
      sheet.colCount = Math.max(sheet.colCount, col);
      sheet.values[row - 1][col - 1] = c.formula !== undefined ? null : (c.value ?? null);
      sheet.formulas[row - 1][col - 1] = c.formula ?? null;
    }
    // Rectangular again: every row as wide as the used range, holes as null.
    for (const grid of [sheet.values, sheet.formulas, sheet.numberFormats] as Array<unknown[][]>) {
      for (const r of grid) for (let c = 0; c < sheet.colCount; c++) if (r[c] === undefined) r[c] = null;
    }
    sheets[i] = sheet;
  }
  return { sheets };
}
