// Office.js adapter: the only module that touches `Excel.*`. One plan = one Excel.run with
// at most two context.sync() calls (one to learn which sheets exist, one to write).
import { columnLetter, parseAddress, parseRange, rangeAddress, type Box } from '../domain/a1';
import type { ApplyReport, CellStyle, CellValue, CellWrite, SheetSnapshot, SheetVisibility, WorkbookPort, WorkbookSnapshot, WritePlan } from './port';

/** The part of the Office.js surface we use; the real `Excel` object satisfies it. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

const VISIBILITY: Record<SheetVisibility, string> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };

/**
 * Which ExcelApi version the host supports. The manifest requires 1.4 (Office 2016 with
 * updates); newer niceties (calculation suspension 1.6, freeze panes 1.7, page layout 1.9)
 * are applied only where available, so older desktops still get the tables and formulas.
 */
export type ApiSupport = (version: string) => boolean;

export class OfficeWorkbook implements WorkbookPort {
  readonly kind = 'excel' as const;

  constructor(
    private readonly excel: ExcelHost,
    private readonly supports: ApiSupport = () => true,
  ) {}

  async read(): Promise<WorkbookSnapshot> {
    return this.excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await context.sync();
      const ranges = sheets.items.map((ws) => {
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('address,values,formulas,numberFormat');
        return used;
      });
      await context.sync();
      return {
        sheets: sheets.items.map((ws, i) => snapshotFromRange(ws.name, visibilityOf(ws.visibility), ranges[i])),
      };
    });
  }

  async apply(plan: WritePlan): Promise<ApplyReport> {
    return this.excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const probes = plan.sheets.map((sp) => sheets.getItemOrNullObject(sp.name));
      const doomed = (plan.deleteSheets ?? []).map((name) => sheets.getItemOrNullObject(name));
      [...probes, ...doomed].forEach((p) => p.load('name'));
      await context.sync();

      if (this.supports('1.6')) context.application.suspendApiCalculationUntilNextSync();
      const created: string[] = [];
      let written = 0;
      plan.sheets.forEach((sp, i) => {
        let ws = probes[i];
        if (ws.isNullObject) {
          if (!sp.create) throw new Error(`工作表「${sp.name}」不存在`);
          ws = sheets.add(sp.name);
          created.push(sp.name);
        }
        if (sp.visibility) ws.visibility = VISIBILITY[sp.visibility] as Excel.SheetVisibility;
        for (const m of sp.unmerges ?? []) ws.getRange(m).unmerge();
        written += writeCells(ws, sp.cells);
        for (const m of sp.merges ?? []) ws.getRange(m).merge(false);
        for (const [col, width] of Object.entries(sp.columnWidths ?? {})) {
          // Excel measures column width in points; ~7 pt per CJK-aware character unit.
          const letter = columnLetter(Number(col));
          ws.getRange(`${letter}:${letter}`).format.columnWidth = width * 7;
        }
        if (sp.freeze && this.supports('1.7')) {
          if (sp.freeze.rows > 0) ws.freezePanes.freezeRows(sp.freeze.rows);
          if (sp.freeze.cols > 0) ws.freezePanes.freezeColumns(sp.freeze.cols);
        }
        if (sp.print && this.supports('1.9')) {
          const layout = ws.pageLayout;
          layout.orientation = (sp.print.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
          layout.paperSize = 'A4' as Excel.PaperType;
          if (sp.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
          if (sp.print.repeatRows) layout.setPrintTitleRows(`$${sp.print.repeatRows[0]}:$${sp.print.repeatRows[1]}`);
        }
      });
      for (const ws of doomed) if (!ws.isNullObject) ws.delete();
      await context.sync();
      return { sheetsCreated: created, cellsWritten: written };
    });
  }

  async select(sheet: string, range: string): Promise<void> {
    await this.excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      // Several areas (a finding's operands) need ExcelApi 1.9; older hosts get the first one.
      if (range.includes(',') && this.supports('1.9')) ws.getRanges(range).select();
      else ws.getRange(range.split(',')[0]).select();
      await context.sync();
    });
  }
}

/**
 * Writes a sheet's cells as one 2-D block per property over their bounding box: `null`
 * entries leave the other cells untouched (Office.js semantics), so no per-cell calls.
 */
function writeCells(ws: Excel.Worksheet, cells: CellWrite[]): number {
  if (cells.length === 0) return 0;
  const pos = cells.map((c) => parseAddress(c.address));
  const box: Box = {
    top: Math.min(...pos.map((p) => p.row)),
    left: Math.min(...pos.map((p) => p.col)),
    bottom: Math.max(...pos.map((p) => p.row)),
    right: Math.max(...pos.map((p) => p.col)),
  };
  const h = box.bottom - box.top + 1;
  const w = box.right - box.left + 1;
  const grid = <T>() => Array.from({ length: h }, () => new Array<T | null>(w).fill(null));
  const formulas = grid<CellValue>();
  const formats = grid<string>();
  let hasContent = false;
  let hasFormat = false;
  const styles = new Map<string, { style: CellStyle; addresses: string[] }>();
  cells.forEach((c, i) => {
    const r = pos[i].row - box.top;
    const k = pos[i].col - box.left;
    if (c.clear) {
      formulas[r][k] = '';
      formats[r][k] = 'General';
      hasContent = true;
      hasFormat = true;
    }
    if (c.formula !== undefined) {
      formulas[r][k] = c.formula;
      hasContent = true;
    } else if (c.value !== undefined) {
      // Text that Excel would read as a formula gets the apostrophe text marker; code cells
      // keep their digits as text because their "@" format is written first.
      formulas[r][k] = c.value === null ? '' : typeof c.value === 'string' && /^[=+\-@]/.test(c.value) ? "'" + c.value : c.value;
      hasContent = true;
    }
    if (c.numberFormat !== undefined) {
      formats[r][k] = c.numberFormat;
      hasFormat = true;
    }
    if (c.style) {
      const key = JSON.stringify(c.style);
      const entry = styles.get(key) ?? { style: c.style, addresses: [] };
      entry.addresses.push(c.address);
      styles.set(key, entry);
    }
  });
  const block = ws.getRange(rangeAddress(box));
  // Formats first, so that text-formatted code cells receive their text as text.
  if (hasFormat) block.numberFormat = formats as string[][];
  if (hasContent) block.formulas = formulas as unknown as string[][];
  for (const { style, addresses } of styles.values()) {
    for (const area of coalesce(addresses)) applyStyle(ws.getRange(area), style);
  }
  return cells.length;
}

/**
 * Merges addresses into rectangles (horizontal runs, then runs stacked over consecutive
 * rows) so that styling costs one call per rectangle, not one per cell.
 */
export function coalesce(addresses: string[]): string[] {
  const byRow = new Map<number, number[]>();
  for (const a of addresses) {
    const p = parseAddress(a);
    byRow.set(p.row, [...(byRow.get(p.row) ?? []), p.col]);
  }
  const runs: Box[] = [];
  for (const [row, cols] of [...byRow].sort((a, b) => a[0] - b[0])) {
    cols.sort((x, y) => x - y);
    let start = cols[0];
    let prev = cols[0];
    for (const c of [...cols.slice(1), Number.NaN]) {
      if (c === prev + 1) {
        prev = c;
        continue;
      }
      const open = runs.find((b) => b.left === start && b.right === prev && b.bottom === row - 1);
      if (open) open.bottom = row;
      else runs.push({ top: row, bottom: row, left: start, right: prev });
      start = c;
      prev = c;
    }
  }
  return runs.map(rangeAddress);
}

function applyStyle(range: Excel.Range, s: CellStyle): void {
  if (s.bold !== undefined) range.format.font.bold = s.bold;
  if (s.fontSize) range.format.font.size = s.fontSize;
  if (s.hAlign) range.format.horizontalAlignment = ({ left: 'Left', center: 'Center', right: 'Right' } as const)[s.hAlign] as Excel.HorizontalAlignment;
  if (s.vAlign) range.format.verticalAlignment = ({ top: 'Top', middle: 'Center', bottom: 'Bottom' } as const)[s.vAlign] as Excel.VerticalAlignment;
  if (s.wrap !== undefined) range.format.wrapText = s.wrap;
  if (s.fill) range.format.fill.color = s.fill;
  if (s.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal']) {
      range.format.borders.getItem(edge as Excel.BorderIndex).style = 'Continuous' as Excel.BorderLineStyle;
    }
  }
}

function visibilityOf(v: string): SheetVisibility {
  return v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : 'visible';
}

/** Pads a used range (which may not start at A1) into an A1-anchored snapshot. */
function snapshotFromRange(name: string, visibility: SheetVisibility, used: Excel.Range): SheetSnapshot {
  if (used.isNullObject) return { name, visibility, rowCount: 0, colCount: 0, values: [], formulas: [], numberFormats: [], merges: [] };
  const ref = used.address.includes('!') ? used.address.split('!').pop()! : used.address;
  const box = parseRange(ref);
  const rows = box.bottom;
  const cols = box.right;
  const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
  used.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = used.formulas[r][c];
      values[box.top - 1 + r][box.left - 1 + c] = v === '' ? null : (v as CellValue);
      formulas[box.top - 1 + r][box.left - 1 + c] = typeof f === 'string' && f.startsWith('=') ? f : null;
      numberFormats[box.top - 1 + r][box.left - 1 + c] = (used.numberFormat[r][c] as string) ?? null;
    }),
  );
  return { name, visibility, rowCount: rows, colCount: cols, values, formulas, numberFormats, merges: [] };
}
