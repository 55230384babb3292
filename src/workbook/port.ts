// The one seam between the domain and a spreadsheet host. Domain code plans writes as
// data (WritePlan); adapters (Office.js, ExcelJS, in-memory) only read and apply.

export type CellValue = string | number | boolean | null;

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/** A sheet's used range, anchored at A1 (row r, column c ↦ values[r-1][c-1]). */
export interface SheetSnapshot {
  name: string;
  visibility: SheetVisibility;
  rowCount: number;
  colCount: number;
  values: CellValue[][];
  /** The formula text with a leading "=" where the cell holds a formula, else null. */
  formulas: (string | null)[][];
  numberFormats: (string | null)[][];
  /** Merged areas, e.g. "A1:F1". */
  merges: string[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export interface CellStyle {
  bold?: boolean;
  fontSize?: number;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  border?: boolean;
  /** Background colour as #RRGGBB. */
  fill?: string;
}

/** One cell to write. `value` and `formula` are exclusive; either may be absent (format only). */
export interface CellWrite {
  address: string;
  /**
   * Empty the cell (content and number format) before the rest of this write: undo of a
   * write into a blank cell, so the cell is as if never written.
   */
  clear?: boolean;
  value?: CellValue;
  /** With the leading "="; English function names, A1 references. */
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
}

export interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, 1-based inclusive. */
  repeatRows?: [number, number];
}

export interface SheetPlan {
  name: string;
  /** Create the sheet when it does not exist (appended after the last sheet). */
  create?: boolean;
  visibility?: SheetVisibility;
  cells: CellWrite[];
  merges?: string[];
  /** Merged areas to split first (a table that grows over its old footer). */
  unmerges?: string[];
  /** Column widths in characters, keyed by 1-based column number. */
  columnWidths?: Record<number, number>;
  /** Freeze panes: rows above and columns left of the split stay visible. */
  freeze?: { rows: number; cols: number };
  print?: PrintSetup;
}

export interface WritePlan {
  /** What the user asked for, in Chinese (shown in previews and undo lists). */
  description: string;
  sheets: SheetPlan[];
  /** Sheets to delete after the writes (undo of an action that created them). */
  deleteSheets?: string[];
}

export interface ApplyReport {
  sheetsCreated: string[];
  cellsWritten: number;
}

export interface WorkbookPort {
  readonly kind: 'excel' | 'xlsx' | 'memory';
  /** Every sheet's used range with values, formulas and number formats. */
  read(): Promise<WorkbookSnapshot>;
  /** Applies a whole plan in one batch. */
  apply(plan: WritePlan): Promise<ApplyReport>;
  /** Selects a range (and activates its sheet) so the user sees the cells a finding is about. */
  select(sheet: string, range: string): Promise<void>;
}
