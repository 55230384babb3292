// A small formula engine for the browser preview, so that a machine without Excel still
// shows computed totals. It covers the functions the add-in writes (spec: SUM, SUMIFS,
// SUMPRODUCT, IF, IFERROR, ROUND, ABS) plus the text helpers their formulas use. Numbers are
// decimal.js, so ROUND is half-up like Excel. Tests use LibreOffice, never this engine.
import type Decimal from 'decimal.js';
import { D } from '../domain/amount';
import { parseRange } from '../domain/a1';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../workbook/port';

type Err = { error: string };
type Scalar = Decimal | string | boolean | null | Err;
type Matrix = Scalar[][];
type Value = Scalar | Matrix;

const isErr = (v: unknown): v is Err => typeof v === 'object' && v !== null && 'error' in v;
const isMatrix = (v: Value): v is Matrix => Array.isArray(v);
const isDec = (v: unknown): v is Decimal => v instanceof D;

// ---- tokenizer ----
type Tok = { t: 'num' | 'str' | 'ref' | 'name' | 'op' | '(' | ')' | ',' ; v: string };
const REF = /^(?:'((?:[^']|'')+)'|([^\s'!(),+\-*/&=<>^:"]+))?!?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?/;

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '"') {
      let j = i + 1; let s = '';
      while (j < src.length) { if (src[j] === '"') { if (src[j + 1] === '"') { s += '"'; j += 2; continue; } break; } s += src[j++]; }
      out.push({ t: 'str', v: s }); i = j + 1; continue;
    }
    const num = /^\d+(\.\d+)?([eE][+-]?\d+)?|^\.\d+/.exec(src.slice(i));
    if (num && !/^[A-Za-z]/.test(src.slice(i + num[0].length))) { out.push({ t: 'num', v: num[0] }); i += num[0].length; continue; }
    const ref = REF.exec(src.slice(i));
    if (ref && (src.slice(i, i + ref[0].length).includes('!') || /^\$?[A-Za-z]{1,3}\$?\d+/.test(ref[0])) && src[i + ref[0].length] !== '(') {
      out.push({ t: 'ref', v: ref[0] }); i += ref[0].length; continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i));
    if (name) { out.push({ t: 'name', v: name[0].toUpperCase() }); i += name[0].length; continue; }
    const op = /^(<>|<=|>=|[-+*/^&=<>%])/.exec(src.slice(i));
    if (op) { out.push({ t: 'op', v: op[0] }); i += op[0].length; continue; }
    if (c === '(' || c === ')' || c === ',') { out.push({ t: c, v: c }); i++; continue; }
    throw new Error(`无法解析公式：${src}`);
  }
  return out;
}

// ---- parser (precedence climbing) to an AST ----
type Node =
  | { k: 'lit'; v: Scalar }
  | { k: 'ref'; sheet: string | null; range: string }
  | { k: 'call'; name: string; args: Node[] }
  | { k: 'un'; op: string; a: Node }
  | { k: 'bin'; op: string; a: Node; b: Node };

const PREC: Record<string, number> = { '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4, '^': 5 };

function parse(tokens: Tok[]): Node {
  let p = 0;
  const peek = () => tokens[p];
  const expr = (min: number): Node => {
    let left = unary();
    for (;;) {
      const t = peek();
      if (!t || t.t !== 'op' || PREC[t.v] === undefined || PREC[t.v] < min) return left;
      p++;
      const right = expr(PREC[t.v] + (t.v === '^' ? 0 : 1));
      left = { k: 'bin', op: t.v, a: left, b: right };
    }
  };
  const unary = (): Node => {
    const t = peek();
    if (t?.t === 'op' && (t.v === '-' || t.v === '+')) { p++; return { k: 'un', op: t.v, a: unary() }; }
    let n = primary();
    while (peek()?.t === 'op' && peek().v === '%') { p++; n = { k: 'bin', op: '/', a: n, b: { k: 'lit', v: new D(100) } }; }
    return n;
  };
  const primary = (): Node => {
    const t = tokens[p++];
    if (!t) throw new Error('公式不完整');
    if (t.t === 'num') return { k: 'lit', v: new D(t.v) };
    if (t.t === 'str') return { k: 'lit', v: t.v };
    if (t.t === 'ref') {
      const bang = t.v.lastIndexOf('!');
      const sheet = bang < 0 ? null : t.v.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
      return { k: 'ref', sheet, range: t.v.slice(bang + 1).replace(/\$/g, '') };
    }
    if (t.t === '(') { const e = expr(0); p++; return e; }
    if (t.t === 'name') {
      if (t.v === 'TRUE' || t.v === 'FALSE') return { k: 'lit', v: t.v === 'TRUE' };
      const args: Node[] = [];
      if (peek()?.t !== '(') return { k: 'lit', v: { error: '#NAME?' } };
      p++;
      if (peek()?.t === ')') { p++; return { k: 'call', name: t.v, args }; }
      for (;;) { args.push(expr(0)); const s = tokens[p++]; if (!s || s.t === ')') break; }
      return { k: 'call', name: t.v, args };
    }
    throw new Error(`无法解析公式记号 ${t.v}`);
  };
  return expr(0);
}

// ---- evaluation ----
function toNumber(v: Scalar): Decimal | Err {
  if (isErr(v)) return v;
  if (isDec(v)) return v;
  if (v === null || v === '') return new D(0);
  if (typeof v === 'boolean') return new D(v ? 1 : 0);
  const s = String(v).trim();
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s) ? new D(s) : { error: '#VALUE!' };
}
const toText = (v: Scalar): string => (v === null ? '' : isDec(v) ? v.toString() : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : isErr(v) ? v.error : v);
const truthy = (v: Scalar): boolean => (isDec(v) ? !v.isZero() : typeof v === 'boolean' ? v : typeof v === 'string' ? v.toUpperCase() === 'TRUE' : false);
const flat = (v: Value): Scalar[] => (isMatrix(v) ? v.flat() : [v]);
const scalar = (v: Value): Scalar => (isMatrix(v) ? v[0]?.[0] ?? null : v);

function map2(a: Value, b: Value, f: (x: Scalar, y: Scalar) => Scalar): Value {
  if (!isMatrix(a) && !isMatrix(b)) return f(a, b);
  const A = isMatrix(a) ? a : null;
  const B = isMatrix(b) ? b : null;
  const rows = Math.max(A?.length ?? 1, B?.length ?? 1);
  const cols = Math.max(A?.[0]?.length ?? 1, B?.[0]?.length ?? 1);
  // A blank cell is null, not missing: only an index outside the smaller array is #N/A.
  const at = (m: Matrix | null, v: Value, r: number, c: number): Scalar => {
    if (!m) return v as Scalar;
    const row = m[m.length === 1 ? 0 : r];
    const k = m[0].length === 1 ? 0 : c;
    return row && k < row.length ? row[k] : { error: '#N/A' };
  };
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(at(A, a, r, c), at(B, b, r, c))));
}
const map1 = (a: Value, f: (x: Scalar) => Scalar): Value => (isMatrix(a) ? a.map((row) => row.map(f)) : f(a));

function compare(x: Scalar, y: Scalar): number {
  const nx = isDec(x) || x === null ? toNumber(x) : null;
  const ny = isDec(y) || y === null ? toNumber(y) : null;
  if (nx && ny && !isErr(nx) && !isErr(ny)) return nx.cmp(ny);
  return toText(x).toUpperCase().localeCompare(toText(y).toUpperCase());
}

function arith(op: string, x: Scalar, y: Scalar): Scalar {
  if (op === '&') return isErr(x) ? x : isErr(y) ? y : toText(x) + toText(y);
  if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
    if (isErr(x)) return x;
    if (isErr(y)) return y;
    const c = compare(x, y);
    return { '=': c === 0, '<>': c !== 0, '<': c < 0, '>': c > 0, '<=': c <= 0, '>=': c >= 0 }[op]!;
  }
  const a = toNumber(x);
  const b = toNumber(y);
  if (isErr(a)) return a;
  if (isErr(b)) return b;
  switch (op) {
    case '+': return a.plus(b);
    case '-': return a.minus(b);
    case '*': return a.mul(b);
    case '/': return b.isZero() ? { error: '#DIV/0!' } : a.div(b);
    default: return a.pow(b);
  }
}

/** Criteria of SUMIFS: "201*", ">0", "<>", exact text or number. */
function matches(v: Scalar, criterion: Scalar): boolean {
  const c = toText(criterion);
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/.exec(c)!;
  const op = m[1] ?? '=';
  const rhs = m[2];
  if (op === '=' && /[*?]/.test(rhs)) {
    const re = new RegExp('^' + rhs.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', 'i');
    return re.test(toText(v));
  }
  const n = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(rhs) ? new D(rhs) : rhs;
  const r = compare(v, n);
  return { '=': r === 0, '<>': r !== 0, '<': r < 0, '>': r > 0, '<=': r <= 0, '>=': r >= 0 }[op]!;
}

export class FormulaEngine {
  private readonly sheets = new Map<string, SheetSnapshot>();
  private readonly cache = new Map<string, Scalar>();
  private readonly visiting = new Set<string>();

  constructor(snapshot: WorkbookSnapshot) {
    for (const s of snapshot.sheets) this.sheets.set(s.name, s);
  }

  /** Computed value of one cell (formula cells evaluated, others as stored). */
  value(sheet: string, row: number, col: number): Scalar {
    const key = `${sheet}!${row},${col}`;
    if (this.cache.has(key)) return this.cache.get(key)!;
    const s = this.sheets.get(sheet);
    if (!s) return { error: '#REF!' };
    const formula = s.formulas[row - 1]?.[col - 1];
    if (!formula) {
      const raw = s.values[row - 1]?.[col - 1] ?? null;
      return typeof raw === 'number' ? new D(raw) : typeof raw === 'string' && /^#/.test(raw) && raw.endsWith('!') ? { error: raw } : raw;
    }
    if (this.visiting.has(key)) return { error: '#循环引用' };
    this.visiting.add(key);
    let result: Scalar;
    try {
      result = scalar(this.evaluate(parse(tokenize(formula.replace(/^=/, ''))), sheet));
    } catch {
      result = { error: '#NAME?' };
    }
    this.visiting.delete(key);
    this.cache.set(key, result);
    return result;
  }

  private evaluate(n: Node, sheet: string): Value {
    switch (n.k) {
      case 'lit': return n.v;
      case 'un': return map1(this.evaluate(n.a, sheet), (x) => { const v = toNumber(x); return isErr(v) || n.op === '+' ? v : v.neg(); });
      case 'bin': return map2(this.evaluate(n.a, sheet), this.evaluate(n.b, sheet), (x, y) => arith(n.op, x, y));
      case 'ref': {
        const target = n.sheet ?? sheet;
        if (!this.sheets.has(target)) return { error: '#REF!' };
        const b = parseRange(n.range);
        if (b.top === b.bottom && b.left === b.right) return this.value(target, b.top, b.left);
        return Array.from({ length: b.bottom - b.top + 1 }, (_, r) => Array.from({ length: b.right - b.left + 1 }, (_, c) => this.value(target, b.top + r, b.left + c)));
      }
      case 'call': return this.call(n.name, n.args, sheet);
    }
  }

  private call(name: string, args: Node[], sheet: string): Value {
    const ev = (i: number) => this.evaluate(args[i], sheet);
    const num = (i: number): Decimal | Err => toNumber(scalar(ev(i)));
    switch (name) {
      case 'SUM': {
        let total = new D(0);
        for (let i = 0; i < args.length; i++) {
          const v = ev(i);
          for (const x of flat(v)) {
            if (isErr(x)) return x;
            if (isDec(x)) total = total.plus(x);
            else if (!isMatrix(v) && (typeof x === 'string' || typeof x === 'boolean')) { const n = toNumber(x); if (isErr(n)) return n; total = total.plus(n); }
          }
        }
        return total;
      }
      case 'SUMPRODUCT': {
        const ms = args.map((_, i) => ev(i));
        let prod: Value = ms[0];
        for (const m of ms.slice(1)) prod = map2(prod, m, (x, y) => arith('*', x, y));
        let total = new D(0);
        for (const x of flat(prod)) { if (isErr(x)) return x; if (isDec(x)) total = total.plus(x); }
        return total;
      }
      case 'SUMIFS': {
        const sumRange = flat(ev(0));
        const pairs: Array<[Scalar[], Scalar]> = [];
        for (let i = 1; i + 1 < args.length; i += 2) pairs.push([flat(ev(i)), scalar(ev(i + 1))]);
        let total = new D(0);
        sumRange.forEach((v, k) => { if (isDec(v) && pairs.every(([r, c]) => matches(r[k] ?? null, c))) total = total.plus(v); });
        return total;
      }
      case 'IF': { const c = scalar(ev(0)); if (isErr(c)) return c; return truthy(c) ? ev(1) : args[2] ? ev(2) : false; }
      case 'IFERROR': { const v = ev(0); return isErr(scalar(v)) ? ev(1) : v; }
      case 'ROUND': { const x = num(0); const d = num(1); if (isErr(x)) return x; if (isErr(d)) return d; return x.toDecimalPlaces(d.toNumber(), D.ROUND_HALF_UP); }
      case 'ABS': return map1(ev(0), (x) => { const v = toNumber(x); return isErr(v) ? v : v.abs(); });
      case 'N': { const v = scalar(ev(0)); return isDec(v) ? v : isErr(v) ? v : new D(0); }
      case 'LEN': return map1(ev(0), (x) => (isErr(x) ? x : new D(toText(x).length)));
      case 'LEFT': { const n = args[1] ? num(1) : new D(1); return map1(ev(0), (x) => (isErr(x) ? x : isErr(n) ? n : toText(x).slice(0, n.toNumber()))); }
      case 'RIGHT': { const n = args[1] ? num(1) : new D(1); return map1(ev(0), (x) => (isErr(x) ? x : isErr(n) ? n : n.isZero() ? '' : toText(x).slice(-n.toNumber()))); }
      case 'AND': return args.every((_, i) => flat(ev(i)).every(truthy));
      case 'OR': return args.some((_, i) => flat(ev(i)).some(truthy));
      case 'NOT': return !truthy(scalar(ev(0)));
      default: return { error: '#NAME?' };
    }
  }
}

/**
 * The snapshot with every formula cell's value computed (numbers as JS numbers for display).
 * With `onlyMissing`, values a spreadsheet already cached are kept and only formula cells
 * without a result (files written by ExcelJS, never opened in Excel) are computed.
 */
export function recalculateSnapshot(snapshot: WorkbookSnapshot, onlyMissing = false): WorkbookSnapshot {
  const engine = new FormulaEngine(snapshot);
  return {
    sheets: snapshot.sheets.map((s) => ({
      ...s,
      values: s.values.map((row, r) =>
        row.map((v, c): CellValue => {
          if (!s.formulas[r][c] || (onlyMissing && v !== null && v !== undefined)) return v;
          const x = engine.value(s.name, r + 1, c + 1);
          return isErr(x) ? x.error : isDec(x) ? x.toNumber() : x;
        }),
      ),
    })),
  };
}

