// A fast, read-only .xlsx reader for checking many files (`check <folder>`): it unzips and scans
// the sheet XML for what the checks need (values, formulas, number formats, merges, sheet
// names and states) instead of building ExcelJS's full object model. The result has the same
// shape as XlsxWorkbook.read() (tests/xlsxRead.test.ts compares them on real files).
import { strFromU8, unzipSync } from 'fflate';
import { columnNumber } from '../domain/a1';
import type { CellValue, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from './port';

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITY[e] ?? m);
}

// One compiled pattern per attribute name: attr runs several times for every cell of every file.
const ATTR = new Map<string, RegExp>();
function attr(tag: string, name: string): string | null {
  let re = ATTR.get(name);
  if (!re) ATTR.set(name, (re = new RegExp(`\\s${name}="([^"]*)"`)));
  const m = re.exec(tag);
  return m ? decode(m[1]) : null;
}

/** All <t> texts of a string item (plain or rich text runs), phonetic runs left out. */
function textOf(xml: string): string {
  let out = '';
  for (const m of xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t\s*\/>/g)) out += decode(m[1] ?? '');
  return out;
}

// Built-in number formats (ECMA-376 §18.8.30) the tables use; others fall back to General.
const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 49: '@',
};

function numberFormats(styles: string | undefined): Array<string | null> {
  if (!styles) return [];
  const custom = new Map<number, string>();
  // Backslash escapes (LibreOffice writes \-) read as the character, as ExcelJS does.
  for (const m of styles.matchAll(/<numFmt\b[^>]*\/?>/g)) custom.set(Number(attr(m[0], 'numFmtId')), (attr(m[0], 'formatCode') ?? '').replace(/\\(.)/g, '$1'));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b[^>]*\/?>/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    // As ExcelJS: a custom code as written (LibreOffice even defines "General"), built-in 0 none.
    return custom.get(id) ?? (id === 0 ? null : BUILTIN_FORMATS[id] ?? null);
  });
}

/** A shared formula's text moved from its master cell to another (relative references shift). */
function shiftFormula(f: string, dr: number, dc: number): string {
  return f.replace(/("[^"]*")|(?<![A-Za-z_\d.!$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g, (m, str: string | undefined, cAbs: string, col: string, rAbs: string, row: string) => {
    if (str) return str;
    const c = cAbs ? col : letters(columnNumber(col) + dc);
    const r = rAbs ? row : String(Number(row) + dr);
    return `${cAbs}${c}${rAbs}${r}`;
  });
}

function letters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function readSheet(name: string, visibility: SheetVisibility, xml: string, strings: string[], formats: Array<string | null>): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const fmts: (string | null)[][] = [];
  let rows = 0;
  let cols = 0;
  const shared = new Map<string, { text: string; row: number; col: number }>();
  const data = /<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>/.exec(xml)?.[1] ?? '';
  for (const m of data.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const tag = ` ${m[1]}`;
    const body = m[2] ?? '';
    const ref = attr(tag, 'r');
    if (!ref) continue;
    const p = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!p) continue;
    const r = Number(p[2]);
    const c = columnNumber(p[1]);
    const type = attr(tag, 't');
    const style = Number(attr(tag, 's') ?? 0);
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    let value: CellValue = null;
    if (type === 's') value = v === undefined ? null : strings[Number(v)] ?? null;
    else if (type === 'inlineStr') value = textOf(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
    else if (type === 'str' || type === 'e') value = v === undefined ? null : decode(v);
    else if (type === 'b') value = v === undefined ? null : v === '1';
    else if (v !== undefined) value = Number(v);
    if (value === '') value = null;
    let formula: string | null = null;
    const f = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
    if (f) {
      const text = f[2] !== undefined ? decode(f[2]) : '';
      const si = attr(` ${f[1]}`, 'si');
      if (attr(` ${f[1]}`, 't') === 'shared' && si !== null) {
        if (text) shared.set(si, { text, row: r, col: c });
        const master = shared.get(si);
        formula = master ? '=' + (text || shiftFormula(master.text, r - master.row, c - master.col)) : null;
      } else if (text) formula = '=' + text;
    }
    const fmt = formats[style] ?? null;
    if (value === null && formula === null) continue; // a styled empty cell is empty (as in ExcelJS)
    while (values.length < r) {
      values.push([]);
      formulas.push([]);
      fmts.push([]);
    }
    values[r - 1][c - 1] = value;
    formulas[r - 1][c - 1] = formula;
    fmts[r - 1][c - 1] = fmt;
    rows = Math.max(rows, r);
    cols = Math.max(cols, c);
  }
  const merges = [...xml.matchAll(/<mergeCell\b[^>]*ref="([^"]+)"/g)].map((x) => x[1]);
  for (const ref of merges) {
    const [, end] = ref.split(':');
    const q = end ? /^([A-Z]+)(\d+)$/.exec(end) : null;
    if (q) {
      rows = Math.max(rows, Number(q[2]));
      cols = Math.max(cols, columnNumber(q[1]));
    }
  }
  // Merged areas show their first cell's value only, as in ExcelJS's snapshot.
  for (const ref of merges) {
    const [a, b] = ref.split(':');
    const s = /^([A-Z]+)(\d+)$/.exec(a);
    const e = b ? /^([A-Z]+)(\d+)$/.exec(b) : null;
    if (!s || !e) continue;
    for (let r = Number(s[2]); r <= Number(e[2]); r++)
      for (let c = columnNumber(s[1]); c <= columnNumber(e[1]); c++) {
        if (r === Number(s[2]) && c === columnNumber(s[1])) continue;
        if (values[r - 1]) values[r - 1][c - 1] = null;
        if (formulas[r - 1]) formulas[r - 1][c - 1] = null;
      }
  }
  for (let r = 0; r < rows; r++) {
    values[r] = values[r] ?? [];
    formulas[r] = formulas[r] ?? [];
    fmts[r] = fmts[r] ?? [];
    for (let c = 0; c < cols; c++) {
      if (values[r][c] === undefined) values[r][c] = null;
      if (formulas[r][c] === undefined) formulas[r][c] = null;
      if (fmts[r][c] === undefined) fmts[r][c] = null;
    }
  }
  return { name, visibility, rowCount: rows, colCount: cols, values, formulas, numberFormats: fmts, merges };
}

/** The workbook's sheets as a snapshot, in tab order. Throws a Chinese message on a non-.xlsx file. */
export function readXlsxSnapshot(bytes: Uint8Array): WorkbookSnapshot {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new Error('不是有效的 .xlsx 文件（无法解压）');
  }
  const text = (path: string): string | undefined => (files[path] ? strFromU8(files[path]) : undefined);
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new Error('不是有效的 .xlsx 文件（缺少 xl/workbook.xml）');
  const rels = new Map<string, string>();
  for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) rels.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const strings = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]));
  const formats = numberFormats(text('xl/styles.xml'));
  const sheets: SheetSnapshot[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*\/?>/g)) {
    const name = attr(m[0], 'name') ?? '';
    const state = attr(m[0], 'state');
    const target = rels.get(attr(m[0], 'r:id') ?? '');
    const xml = target ? text(target) : undefined;
    if (xml === undefined) continue; // a chart sheet or a broken link
    const visibility: SheetVisibility = state === 'hidden' || state === 'veryHidden' ? state : 'visible';
    sheets.push(readSheet(name, visibility, xml, strings, formats));
  }
  return { sheets };
}
