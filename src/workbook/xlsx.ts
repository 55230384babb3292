// ExcelJS adapter: .xlsx files on disk (CLI) or in the browser (preview "open file").
import ExcelJS from 'exceljs';
import { parseRange } from '../domain/a1';
import type {
  ApplyReport, CellStyle, CellValue, SheetSnapshot, SheetVisibility, WorkbookPort, WorkbookSnapshot, WritePlan,
} from './port';

export class XlsxWorkbook implements WorkbookPort {
  readonly kind = 'xlsx' as const;

  constructor(readonly workbook: ExcelJS.Workbook = new ExcelJS.Workbook()) {}

  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as ArrayBuffer);
    return new XlsxWorkbook(wb);
  }

  static async fromFile(path: string): Promise<XlsxWorkbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return new XlsxWorkbook(wb);
  }

  async toBuffer(): Promise<Uint8Array> {
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }

  async save(path: string): Promise<void> {
    await this.workbook.xlsx.writeFile(path);
  }

  async read(): Promise<WorkbookSnapshot> {
    return { sheets: this.workbook.worksheets.map(snapshotOfWorksheet) };
  }

  async apply(plan: WritePlan): Promise<ApplyReport> {
    const created: string[] = [];
    let written = 0;
    for (const sp of plan.sheets) {
      let ws = this.workbook.getWorksheet(sp.name);
      if (!ws) {
        if (!sp.create) throw new Error(`工作表「${sp.name}」不存在`);
        ws = this.workbook.addWorksheet(sp.name);
        created.push(sp.name);
      }
      if (sp.visibility) ws.state = sp.visibility;
      // Split first: unmerging clears the cells that were covered, which the writes then fill.
      for (const m of sp.unmerges ?? []) if (mergesOf(ws).includes(m)) ws.unMergeCells(m);
      for (const w of sp.cells) {
        const cell = ws.getCell(w.address);
        // A cell covered by a merge holds nothing of its own; ExcelJS would write its master.
        if (cell.isMerged && cell.master !== cell && (w.value ?? null) === null && !w.formula) {
          if (w.numberFormat !== undefined) cell.numFmt = w.numberFormat;
          written++;
          continue;
        }
        if (w.clear) {
          cell.value = null;
          const { numFmt: _gone, ...style } = cell.style ?? {};
          cell.style = style as ExcelJS.Style;
        }
        if (w.formula !== undefined) cell.value = { formula: w.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
        else if (w.value !== undefined) cell.value = w.value;
        if (w.numberFormat !== undefined) cell.numFmt = w.numberFormat;
        if (w.style) applyStyle(cell, w.style);
        written++;
      }
      const existing = new Set<string>(mergesOf(ws));
      for (const m of sp.merges ?? []) if (!existing.has(m)) ws.mergeCells(m);
      for (const [col, width] of Object.entries(sp.columnWidths ?? {})) ws.getColumn(Number(col)).width = width;
      if (sp.freeze) ws.views = [{ state: 'frozen', xSplit: sp.freeze.cols, ySplit: sp.freeze.rows }];
      if (sp.print) {
        ws.pageSetup.paperSize = 9; // A4
        ws.pageSetup.orientation = sp.print.orientation;
        if (sp.print.fitToWidth) {
          ws.pageSetup.fitToPage = true;
          ws.pageSetup.fitToWidth = 1;
          ws.pageSetup.fitToHeight = 0;
        }
        if (sp.print.repeatRows) ws.pageSetup.printTitlesRow = `${sp.print.repeatRows[0]}:${sp.print.repeatRows[1]}`;
      }
    }
    for (const name of plan.deleteSheets ?? []) {
      const ws = this.workbook.getWorksheet(name);
      if (ws) this.workbook.removeWorksheet(ws.id);
    }
    // Our formulas carry no cached results: ask Excel/WPS/LibreOffice to compute on open.
    this.workbook.calcProperties.fullCalcOnLoad = true;
    return { sheetsCreated: created, cellsWritten: written };
  }

  async select(sheet: string, range: string): Promise<void> {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) throw new Error(`工作表「${sheet}」不存在`);
    const index = this.workbook.worksheets.indexOf(ws);
    this.workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: index, visibility: 'visible' }];
    ws.views = [{ ...(ws.views[0] ?? {}), activeCell: range.split(/[:,]/)[0] } as ExcelJS.WorksheetView];
  }
}

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  if (s.bold !== undefined || s.fontSize !== undefined) {
    cell.font = { ...(cell.font ?? {}), ...(s.bold !== undefined ? { bold: s.bold } : {}), ...(s.fontSize ? { size: s.fontSize } : {}) };
  }
  if (s.hAlign || s.vAlign || s.wrap !== undefined) {
    cell.alignment = {
      ...(cell.alignment ?? {}),
      ...(s.hAlign ? { horizontal: s.hAlign } : {}),
      ...(s.vAlign ? { vertical: s.vAlign } : {}),
      ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}),
    };
  }
  if (s.border) {
    const thin = { style: 'thin' } as ExcelJS.Border;
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + s.fill.replace('#', '').toUpperCase() } };
}

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  const model = ws.model as unknown as { merges?: string[] };
  return model.merges ?? [];
}

/** Text of a rich-text or hyperlink value, the cached result of a formula, or the error code. */
function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (v === '') return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('error' in v) return v.error as string;
    if ('hyperlink' in v) return String((v as ExcelJS.CellHyperlinkValue).text ?? '');
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      // ExcelJS omits a result of 0 in the object; callers read cell.result instead (see snapshot).
      if (r === undefined) return null;
      return plainValue(r as ExcelJS.CellValue);
    }
  }
  return String(v);
}

export function snapshotOfWorksheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  let rows = 0;
  let cols = 0;
  const put = (r: number, c: number, v: CellValue, f: string | null, nf: string | null) => {
    while (values.length < r) {
      values.push([]);
      formulas.push([]);
      numberFormats.push([]);
    }
    values[r - 1][c - 1] = v;
    formulas[r - 1][c - 1] = f;
    numberFormats[r - 1][c - 1] = nf;
    rows = Math.max(rows, r);
    cols = Math.max(cols, c);
  };
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return; // merged slaves mirror the master's value
      const raw = cell.value;
      let formula: string | null = null;
      let value: CellValue;
      if (raw && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw)) {
        const text = cell.formula;
        formula = text ? '=' + text : null;
        const result = (cell as unknown as { result: ExcelJS.CellValue }).result;
        value = result === undefined ? null : plainValue(result);
      } else {
        value = plainValue(raw);
      }
      put(r, c, value, formula, cell.numFmt ?? null);
    });
  });
  for (const m of mergesOf(ws)) {
    const b = parseRange(m);
    rows = Math.max(rows, b.bottom);
    cols = Math.max(cols, b.right);
  }
  for (let r = 0; r < rows; r++) {
    values[r] = values[r] ?? [];
    formulas[r] = formulas[r] ?? [];
    numberFormats[r] = numberFormats[r] ?? [];
    for (let c = 0; c < cols; c++) {
      if (values[r][c] === undefined) values[r][c] = null;
      if (formulas[r][c] === undefined) formulas[r][c] = null;
      if (numberFormats[r][c] === undefined) numberFormats[r][c] = null;
    }
  }
  const visibility: SheetVisibility = ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible';
  return { name: ws.name, visibility, rowCount: rows, colCount: cols, values, formulas, numberFormats, merges: mergesOf(ws) };
}

