// Pure model of the preview grid: which cells to draw, their spans, text and looks.
import { address, parseAreas, parseRange, type Box } from '../domain/a1';
import type { SheetSnapshot } from '../workbook/port';
import { formatValue } from './formatValue';
import { NO_LOOK, type CellLook, type SheetLook } from './sheetLook';

/** Enough for any disclosure table; keeps the page responsive on huge sheets. */
export const MAX_ROWS = 1000;
export const MAX_COLS = 60;
const DEFAULT_WIDTH = 8.43; // Excel's default column width in characters

export interface GridCell extends CellLook {
  address: string;
  text: string;
  numeric: boolean;
  rowSpan: number;
  colSpan: number;
  selected: boolean;
}

export interface GridModel {
  rows: Array<{ row: number; cells: GridCell[] }>;
  colCount: number;
  /** Pixel width per column, from the sheet's character widths. */
  colWidths: number[];
  truncated: boolean;
}

export function charsToPx(chars: number): number {
  return Math.round(chars * 7 + 5);
}

export function buildGrid(sheet: SheetSnapshot, look: SheetLook = NO_LOOK, selection: string | null = null): GridModel {
  const rowCount = Math.min(sheet.rowCount, MAX_ROWS);
  const colCount = Math.min(sheet.colCount, MAX_COLS);
  const sel = selection ? parseAreas(selection) : null;
  const masters = new Map<string, Box>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    const b = parseRange(m);
    masters.set(address(b.top, b.left), b);
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) if (r !== b.top || c !== b.left) covered.add(address(r, c));
  }
  const rows: GridModel['rows'] = [];
  for (let r = 1; r <= rowCount; r++) {
    const cells: GridCell[] = [];
    for (let c = 1; c <= colCount; c++) {
      const a = address(r, c);
      if (covered.has(a)) continue;
      const box = masters.get(a);
      const value = sheet.values[r - 1]?.[c - 1] ?? null;
      const rowSpan = box ? Math.min(box.bottom, rowCount) - r + 1 : 1;
      const colSpan = box ? Math.min(box.right, colCount) - c + 1 : 1;
      const area: Box = { top: r, left: c, bottom: r + rowSpan - 1, right: c + colSpan - 1 };
      cells.push({
        ...look.cell(r, c),
        address: a,
        text: formatValue(value, sheet.numberFormats[r - 1]?.[c - 1] ?? null),
        numeric: typeof value === 'number',
        rowSpan,
        colSpan,
        selected: !!sel && sel.some((b) => overlaps(b, area)),
      });
    }
    rows.push({ row: r, cells });
  }
  const colWidths = Array.from({ length: colCount }, (_, i) => charsToPx(look.columnWidth(i + 1) ?? DEFAULT_WIDTH));
  return { rows, colCount, colWidths, truncated: sheet.rowCount > rowCount || sheet.colCount > colCount };
}

function overlaps(a: Box, b: Box): boolean {
  return a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
}
