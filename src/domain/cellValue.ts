// Parsing of raw spreadsheet cell values into typed values. Never throws.
import type Decimal from 'decimal.js';
import { D } from './amount';

export type RawCell = string | number | boolean | null | undefined;

export type ParsedCell =
  | { kind: 'blank' }
  /** `decimals` is the precision the value is written with (for the interval model). */
  | { kind: 'number'; value: Decimal; decimals: number; fromText: boolean; dash?: boolean }
  | { kind: 'percent'; value: Decimal; decimals: number } // value in percent points (12.5 for "12.5%")
  | { kind: 'error'; code: string; message: string }
  | { kind: 'text'; text: string };

const ERROR_MESSAGES: Record<string, string> = {
  '#REF!': '引用无效（#REF!），通常是删除了被公式引用的行、列或工作表',
  '#DIV/0!': '除数为零（#DIV/0!）',
  '#VALUE!': '值的类型错误（#VALUE!），可能把文字当成了数字参与计算',
  '#NAME?': '公式中有无法识别的名称（#NAME?）',
  '#N/A': '找不到引用的值（#N/A）',
  '#NUM!': '数值无效（#NUM!）',
  '#NULL!': '区域交集为空（#NULL!）',
  '#SPILL!': '动态数组溢出（#SPILL!）',
  '#CALC!': '计算错误（#CALC!）',
  '#GETTING_DATA': '数据尚未加载完毕',
};

/** Dashes and placeholders that published tables use for zero. */
const ZERO_MARKS = new Set(['-', '—', '——', '–', '－', '―', '/', '0', '无']);

/** Full-width digits, signs, separators and spaces to ASCII. */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[，]/g, ',')
    .replace(/[。]/g, '.');
}

function scaleOfNumber(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const s = String(n);
  if (s.includes('e') || s.includes('E')) return new D(n).decimalPlaces();
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/**
 * A number typed in a cell. Its Decimal is made on first use: checks mostly compare scaled
 * integers (operands.ts), and a workbook of thousands of cells is re-read on every check.
 */
class TypedNumber {
  readonly kind = 'number' as const;
  readonly fromText = false;
  private decimal?: Decimal;
  private places?: number;
  constructor(private readonly n: number) {}
  get value(): Decimal {
    return (this.decimal ??= new D(this.n));
  }
  get decimals(): number {
    return (this.places ??= scaleOfNumber(this.n));
  }
}

export function errorMessage(code: string): string {
  return ERROR_MESSAGES[code] ?? `单元格含错误值 ${code}`;
}

export function isErrorCode(s: string): boolean {
  return /^#(REF!|DIV\/0!|VALUE!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|UNKNOWN!|CONNECT!|BUSY!|EXTERNAL!)$/.test(s);
}

/**
 * Parses one cell. Numbers keep their decimal text (decimal.js from the shortest
 * round-trip string, so 0.1 stays 0.1); text numbers may carry thousands separators,
 * full-width digits, spaces, a leading ¥ or a trailing 元/万元; dashes mean zero.
 */
export function parseCell(raw: RawCell): ParsedCell {
  if (raw === null || raw === undefined) return { kind: 'blank' };
  if (typeof raw === 'boolean') return { kind: 'text', text: raw ? 'TRUE' : 'FALSE' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { kind: 'error', code: '#NUM!', message: errorMessage('#NUM!') };
    return new TypedNumber(raw);
  }
  const original = String(raw);
  const s = toHalfWidth(original).replace(/\s+/g, '');
  if (s === '') return { kind: 'blank' };
  if (isErrorCode(s.toUpperCase())) {
    const code = s.toUpperCase();
    return { kind: 'error', code, message: errorMessage(code) };
  }
  if (ZERO_MARKS.has(original.trim()) || ZERO_MARKS.has(s)) {
    return { kind: 'number', value: new D(0), decimals: 0, fromText: true, dash: s !== '0' };
  }
  const m = /^([+-]?)[¥￥$]?([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(%|％|万元|元)?$/.exec(s);
  if (m) {
    const sign = m[1] === '-' || m[2] === '-' ? '-' : '';
    const digits = m[3].replace(/,/g, '');
    const frac = digits.indexOf('.');
    const decimals = frac < 0 ? 0 : digits.length - frac - 1;
    const value = new D(sign + digits);
    if (m[4] === '%' || m[4] === '％') return { kind: 'percent', value, decimals };
    return { kind: 'number', value, decimals, fromText: true };
  }
  // Accounting negatives: (1,234.50)
  const paren = /^\(((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\)$/.exec(s);
  if (paren) {
    const digits = paren[1].replace(/,/g, '');
    const frac = digits.indexOf('.');
    return { kind: 'number', value: new D('-' + digits), decimals: frac < 0 ? 0 : digits.length - frac - 1, fromText: true };
  }
  return { kind: 'text', text: original.trim() };
}
