// Display text of a cell value under its Excel number format, for the preview grid.
// Amounts go through decimal.js (half-up, like Excel's display), never Number#toFixed.
import { dec, formatAmount } from '../domain/amount';
import type { CellValue } from '../workbook/port';

/** Splits a format into its sections at unquoted semicolons. */
function sections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Decimals and grouping a numeric section asks for (`#,##0.00` → 2, grouped). */
function shape(section: string): { decimals: number; grouped: boolean; percent: boolean } {
  const plain = section.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  const frac = /\.([0#?]+)/.exec(plain);
  return { decimals: frac ? frac[1].length : 0, grouped: plain.includes(','), percent: plain.includes('%') };
}

/** Excel's 常规 (General): up to 15 significant digits, no float noise. */
function general(v: number): string {
  return dec(v).toSignificantDigits(15).toString();
}

export function formatValue(value: CellValue, numberFormat: string | null): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '#NUM!';
  const fmt = numberFormat?.trim() ?? '';
  if (!fmt || /^general$/i.test(fmt) || fmt === '@' || !/[0#?]/.test(fmt)) return general(value);
  const parts = sections(fmt);
  let section = parts[0];
  let signed = true; // the first section of a one-section format shows the minus itself
  if (value < 0 && parts.length > 1) {
    section = parts[1];
    signed = false;
  } else if (value === 0 && parts.length > 2) {
    section = parts[2];
  }
  if (!/[0#?]/.test(section)) return section.replace(/"([^"]*)"/g, '$1'); // e.g. the empty zero section: blank
  const { decimals, grouped, percent } = shape(section);
  let x = dec(value);
  if (!signed) x = x.abs();
  if (percent) x = x.mul(100);
  const text = formatAmount(x, decimals, grouped);
  const body = text + (percent ? '%' : '');
  if (signed || value >= 0) return body;
  // The negative section prints its own sign: "-#,##0.00" or the accountants' "(#,##0.00)".
  if (section.includes('(')) return `(${body})`;
  return (section.includes('-') ? '-' : '') + body;
}
