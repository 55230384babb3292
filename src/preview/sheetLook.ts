// Cell looks (bold, alignment, header fill, borders, widths) for the preview grid. Snapshots carry
// values only, so the preview reads them from the ExcelJS workbook it owns.
import type ExcelJS from 'exceljs';

export interface CellLook {
  bold?: boolean;
  /** A title font (14 pt and up), e.g. the table name in row 1. */
  large?: boolean;
  align?: 'left' | 'center' | 'right';
  filled?: boolean;
  border?: boolean;
  wrap?: boolean;
}

export interface SheetLook {
  cell(row: number, col: number): CellLook;
  /** Width in Excel character units, when the sheet sets one. */
  columnWidth(col: number): number | undefined;
}

export const NO_LOOK: SheetLook = { cell: () => ({}), columnWidth: () => undefined };

const ALIGN: Record<string, CellLook['align']> = { left: 'left', center: 'center', centerContinuous: 'center', right: 'right' };

export function xlsxLook(workbook: ExcelJS.Workbook, sheetName: string): SheetLook {
  const ws = workbook.getWorksheet(sheetName);
  if (!ws) return NO_LOOK;
  return {
    cell(row, col) {
      // findCell, not getCell: reading must not create cells in the user's workbook.
      const c = ws.findCell(row, col);
      if (!c) return {};
      const fill = c.fill as ExcelJS.FillPattern | undefined;
      return {
        bold: c.font?.bold === true,
        large: (c.font?.size ?? 0) >= 14,
        align: ALIGN[c.alignment?.horizontal ?? ''],
        filled: fill?.type === 'pattern' && fill.pattern === 'solid',
        border: !!(c.border?.top || c.border?.bottom || c.border?.left || c.border?.right),
        wrap: c.alignment?.wrapText === true,
      };
    },
    columnWidth(col) {
      // `columns` (not getColumn) for the same reason.
      return (ws.columns as ExcelJS.Column[] | null)?.[col - 1]?.width ?? undefined;
    },
  };
}
