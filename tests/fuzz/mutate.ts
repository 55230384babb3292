// A generator of damaged workbooks for fuzzing: from a real base workbook, random text numbers,
// blanks, dashes, full-width digits, merged cells, error values, inserted and deleted rows,
// swapped columns, huge and negative numbers, 元 headers, emptied or dropped sheets and very
// long labels. Deterministic for a seed (mulberry32), so a CI failure can be replayed.
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/workbook/port';

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const FULL_WIDTH = (s: string) => s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function clone(s: WorkbookSnapshot): WorkbookSnapshot {
  return JSON.parse(JSON.stringify(s)) as WorkbookSnapshot;
}

function randomCell(r: Rand, s: SheetSnapshot): [number, number] {
  return [Math.floor(r() * Math.max(1, s.rowCount)), Math.floor(r() * Math.max(1, s.colCount))];
}

function setRow(s: SheetSnapshot, at: number, values: CellValue[] | null, remove: boolean): void {
  const blank = () => Array.from({ length: s.colCount }, () => null);
  for (const grid of [s.values, s.formulas, s.numberFormats] as unknown[][][]) {
    if (remove) grid.splice(at, 1);
    else grid.splice(at, 0, grid === s.values && values ? values : blank());
  }
  s.rowCount = s.values.length;
}

export const MUTATIONS: Record<string, (r: Rand, wb: WorkbookSnapshot, s: SheetSnapshot) => void> = {
  textNumber(r, _wb, s) {
    const [i, j] = randomCell(r, s);
    const v = s.values[i]?.[j];
    if (typeof v === 'number') s.values[i][j] = pick(r, [v.toLocaleString('en-US', { minimumFractionDigits: 2 }), ` ${v} `, FULL_WIDTH(String(v)), `${v}万元`]);
  },
  blank(r, _wb, s) {
    const [i, j] = randomCell(r, s);
    if (s.values[i]) s.values[i][j] = pick(r, [null, '', ' ', '—', '-', '–', '0.00']);
  },
  errorValue(r, _wb, s) {
    const [i, j] = randomCell(r, s);
    if (s.values[i]) s.values[i][j] = pick(r, ['#REF!', '#DIV/0!', '#VALUE!', '#N/A', '#NAME?']);
  },
  merge(r, _wb, s) {
    const [i, j] = randomCell(r, s);
    const col = String.fromCharCode(65 + Math.min(j, 24));
    s.merges.push(`${col}${i + 1}:${String.fromCharCode(col.charCodeAt(0) + 1)}${i + 1 + Math.floor(r() * 3)}`);
    if (r() < 0.1) s.merges.push(pick(r, ['A0:B2', 'ZZ:1', '', 'A1:']));
  },
  insertRow(r, _wb, s) {
    setRow(s, Math.floor(r() * s.rowCount), pick(r, [null, Array.from({ length: s.colCount }, () => pick(r, ['合计', '201', 12.5, null, '小计']))]), false);
  },
  deleteRow(r, _wb, s) {
    if (s.rowCount > 1) setRow(s, Math.floor(r() * s.rowCount), null, true);
  },
  swapColumns(r, _wb, s) {
    const a = Math.floor(r() * s.colCount);
    const b = Math.floor(r() * s.colCount);
    for (const grid of [s.values, s.formulas, s.numberFormats] as unknown[][][]) for (const row of grid) [row[a], row[b]] = [row[b], row[a]];
  },
  extremeNumber(r, _wb, s) {
    const [i, j] = randomCell(r, s);
    if (s.values[i]) s.values[i][j] = pick(r, [1e21, -1e21, -0.005, 1e-12, Number.MAX_SAFE_INTEGER, -123456789.987654, 0.1 + 0.2]);
  },
  yuanHeader(r, _wb, s) {
    for (const row of s.values.slice(0, 5)) for (let j = 0; j < row.length; j++) if (typeof row[j] === 'string' && /单位/.test(row[j] as string)) row[j] = pick(r, ['金额单位：元', '单位：元', '单位：千元', '单位:']);
  },
  emptySheet(_r, _wb, s) {
    s.values = [];
    s.formulas = [];
    s.numberFormats = [];
    s.rowCount = 0;
    s.merges = [];
  },
  dropSheet(r, wb) {
    if (wb.sheets.length > 1) wb.sheets.splice(Math.floor(r() * wb.sheets.length), 1);
  },
  longLabel(r, _wb, s) {
    const [i, j] = randomCell(r, s);
    if (s.values[i]) s.values[i][j] = pick(r, ['合计'.repeat(2000), '<img src=x onerror=alert(1)>', '=HYPERLINK("http://x")', '\u0000\u202e合计', '一、'.repeat(500)]);
  },
  formulaText(r, _wb, s) {
    const [i, j] = randomCell(r, s);
    if (s.formulas[i]) s.formulas[i][j] = pick(r, ['=SUM(', '=1/0', '=A1', '=SUMPRODUCT((LEFT($A$1:$A$9,3)="201")*C1:C9)']);
  },
};

const NAMES = Object.keys(MUTATIONS);

/** The i-th workbook of the corpus: a base with 1–6 random mutations. */
export function mutated(bases: WorkbookSnapshot[], seed: number, i: number): { workbook: WorkbookSnapshot; applied: string[] } {
  const r = prng(seed * 100003 + i);
  const workbook = clone(pick(r, bases));
  const applied: string[] = [];
  const n = 1 + Math.floor(r() * 6);
  for (let k = 0; k < n && workbook.sheets.length; k++) {
    const name = pick(r, NAMES);
    MUTATIONS[name](r, workbook, pick(r, workbook.sheets));
    applied.push(name);
  }
  return { workbook, applied };
}
