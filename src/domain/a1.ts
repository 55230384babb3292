// A1 addresses. Rows and columns are 1-based here, as in every spreadsheet UI.

const LETTERS: string[] = [];

export function columnLetter(col: number): string {
  // Every model cell is addressed on every check: the letters of the first columns are kept.
  if (col > 0 && col <= 256) return (LETTERS[col] ??= letters(col));
  return letters(col);
}

function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function address(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetter(col)}$${row}` : `${columnLetter(col)}${row}`;
}

export function parseAddress(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`无效的单元格地址：${a1}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseRange(ref: string): Box {
  const [a, b] = ref.split(':');
  const p = parseAddress(a);
  const q = b ? parseAddress(b) : p;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** parseRange for text from a workbook (merges, names): null instead of an exception. */
export function tryParseRange(ref: string): Box | null {
  try {
    return parseRange(ref);
  } catch {
    return null;
  }
}

export function rangeAddress(box: Box): string {
  const a = address(box.top, box.left);
  const b = address(box.bottom, box.right);
  return a === b ? a : `${a}:${b}`;
}

/** Sheet name quoted for a formula reference ('收入支出决算总表'!C5). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The areas of a multi-area reference such as "C7,C9:C12" (how a finding's cells are selected). */
export function parseAreas(ref: string): Box[] {
  return ref.split(',').map((a) => parseRange(a.trim()));
}
