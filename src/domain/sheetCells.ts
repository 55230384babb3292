// Small readers shared by the recognisers: a sheet cell into the table model, and the 栏次 row.
import { address } from './a1';
import { parseCell } from './cellValue';
import type { TableModel } from './recognise';
import type { CellValue, SheetSnapshot } from '../workbook/port';

export function cellText(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** Writes the model cell of row `key` × column `col` from sheet row r, column c (0-based). */
export function putCell(model: TableModel, sheet: SheetSnapshot, key: string, col: string, r: number, c: number): void {
  const value = sheet.values[r]?.[c] ?? null;
  model.cells[`${key}.${col}`] = {
    row: key, col, address: address(r + 1, c + 1), value,
    formula: sheet.formulas[r]?.[c] ?? null, parsed: parseCell(value), numberFormat: sheet.numberFormats[r]?.[c] ?? null,
  };
}

/** The 栏次 row numbers its columns 1, 2, 3 …; a data row of whole 元 amounts is not one. */
export function isColNoRow(sheet: SheetSnapshot, r: number): boolean {
  const vs = (sheet.values[r] ?? []).map(cellText).filter((v) => v !== '' && v !== '栏次');
  return vs.length > 0 && vs.every((v, i) => v === String(i + 1));
}
