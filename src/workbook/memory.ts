// In-memory workbook: the adapter for tests and for the browser preview.
import { address, parseAddress, parseAreas, parseRange } from '../domain/a1';
import type {
  ApplyReport, CellStyle, CellValue, PrintSetup, SheetSnapshot, SheetVisibility, WorkbookPort, WorkbookSnapshot, WritePlan,
} from './port';

export interface MemoryCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
  style?: CellStyle;
}

export interface MemorySheet {
  name: string;
  visibility: SheetVisibility;
  cells: Map<string, MemoryCell>; // key: A1 address
  merges: string[];
  columnWidths: Record<number, number>;
  freeze?: { rows: number; cols: number };
  print?: PrintSetup;
}

/** Computes formula results in place; the preview plugs in a formula engine, tests may not. */
export type Recalculate = (sheets: MemorySheet[]) => void;

export class MemoryWorkbook implements WorkbookPort {
  readonly kind = 'memory' as const;
  readonly sheets: MemorySheet[] = [];
  selection: { sheet: string; range: string } | null = null;
  /** Counts batches, so tests can see one user action = one apply. */
  applyCount = 0;
  private listeners = new Set<() => void>();

  constructor(private readonly recalculate?: Recalculate) {}

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string): MemorySheet {
    const existing = this.sheet(name);
    if (existing) return existing;
    const s: MemorySheet = { name, visibility: 'visible', cells: new Map(), merges: [], columnWidths: {} };
    this.sheets.push(s);
    return s;
  }

  /** Direct cell entry, as a user typing (tests and the preview grid). */
  setCell(sheetName: string, a1: string, input: CellValue): void {
    const s = this.addSheet(sheetName);
    const key = address(parseAddress(a1).row, parseAddress(a1).col);
    const prev = s.cells.get(key);
    const isFormula = typeof input === 'string' && input.startsWith('=') && input.length > 1;
    s.cells.set(key, {
      value: isFormula ? null : input,
      formula: isFormula ? (input as string) : null,
      numberFormat: prev?.numberFormat ?? null,
      style: prev?.style,
    });
    this.changed();
  }

  getCell(sheetName: string, a1: string): MemoryCell | undefined {
    const p = parseAddress(a1);
    return this.sheet(sheetName)?.cells.get(address(p.row, p.col));
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.recalculate?.(this.sheets);
    for (const l of this.listeners) l();
  }

  async read(): Promise<WorkbookSnapshot> {
    return { sheets: this.sheets.map(snapshotOf) };
  }

  async apply(plan: WritePlan): Promise<ApplyReport> {
    this.applyCount++;
    const created: string[] = [];
    let written = 0;
    for (const sp of plan.sheets) {
      let s = this.sheet(sp.name);
      if (!s) {
        if (!sp.create) throw new Error(`工作表「${sp.name}」不存在`);
        s = this.addSheet(sp.name);
        created.push(sp.name);
      }
      if (sp.visibility) s.visibility = sp.visibility;
      for (const w of sp.cells) {
        const p = parseAddress(w.address);
        const key = address(p.row, p.col);
        if (w.clear) s.cells.delete(key);
        if (w.clear && w.value === undefined && w.formula === undefined && w.numberFormat === undefined && !w.style) continue;
        const cell = s.cells.get(key) ?? { value: null, formula: null, numberFormat: null };
        if (w.formula !== undefined) {
          cell.formula = w.formula;
          cell.value = null;
        } else if (w.value !== undefined) {
          cell.value = w.value;
          cell.formula = null;
        }
        if (w.numberFormat !== undefined) cell.numberFormat = w.numberFormat;
        if (w.style) cell.style = { ...cell.style, ...w.style };
        s.cells.set(key, cell);
        written++;
      }
      const sheet = s;
      sheet.merges = sheet.merges.filter((m) => !(sp.unmerges ?? []).includes(m));
      for (const m of sp.merges ?? []) if (!sheet.merges.includes(m)) sheet.merges.push(m);
      Object.assign(s.columnWidths, sp.columnWidths ?? {});
      if (sp.freeze) s.freeze = sp.freeze;
      if (sp.print) s.print = sp.print;
    }
    for (const name of plan.deleteSheets ?? []) {
      const i = this.sheets.findIndex((x) => x.name === name);
      if (i >= 0) this.sheets.splice(i, 1);
    }
    this.changed();
    return { sheetsCreated: created, cellsWritten: written };
  }

  async select(sheet: string, range: string): Promise<void> {
    parseAreas(range); // validates
    this.selection = { sheet, range };
    for (const l of this.listeners) l();
  }
}

export function snapshotOf(s: MemorySheet): SheetSnapshot {
  let rows = 0;
  let cols = 0;
  for (const key of s.cells.keys()) {
    const p = parseAddress(key);
    rows = Math.max(rows, p.row);
    cols = Math.max(cols, p.col);
  }
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    values.push(new Array<CellValue>(cols).fill(null));
    formulas.push(new Array<string | null>(cols).fill(null));
    numberFormats.push(new Array<string | null>(cols).fill(null));
  }
  for (const [key, c] of s.cells) {
    const p = parseAddress(key);
    values[p.row - 1][p.col - 1] = c.value;
    formulas[p.row - 1][p.col - 1] = c.formula;
    numberFormats[p.row - 1][p.col - 1] = c.numberFormat;
  }
  return { name: s.name, visibility: s.visibility, rowCount: rows, colCount: cols, values, formulas, numberFormats, merges: [...s.merges] };
}
