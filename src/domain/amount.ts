// Money and rates. Every amount is a decimal.js Decimal; no float arithmetic on amounts.
import Decimal from 'decimal.js';

// A private constructor so global config changes elsewhere cannot alter rounding here.
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

export type Unit = 'yuan' | 'wan';
export const UNIT_LABEL: Record<Unit, string> = { yuan: '元', wan: '万元' };
const YUAN_PER_WAN = new D(10000);

export const ZERO = new D(0);

export function dec(x: Decimal.Value): Decimal {
  return new D(x);
}

/** Half-up rounding (四舍五入) to `dp` decimals, as Excel's ROUND does. */
export function roundHalfUp(x: Decimal, dp = 2): Decimal {
  return new D(x).toDecimalPlaces(dp, Decimal.ROUND_HALF_UP);
}

/** Converts between 元 and 万元 exactly (no rounding). */
export function convertUnit(x: Decimal, from: Unit, to: Unit): Decimal {
  if (from === to) return new D(x);
  return from === 'yuan' ? new D(x).div(YUAN_PER_WAN) : new D(x).mul(YUAN_PER_WAN);
}

export function sum(xs: readonly Decimal[]): Decimal {
  return xs.reduce<Decimal>((a, b) => a.plus(b), ZERO);
}

/** part / whole × 100, or null when the denominator is zero (no rate can be stated). */
export function percentOf(part: Decimal, whole: Decimal): Decimal | null {
  if (new D(whole).isZero()) return null;
  return new D(part).div(whole).mul(100);
}

/** Growth rate against last year: (cur − prev) / prev × 100; null when prev is 0. */
export function growthRate(current: Decimal, previous: Decimal): Decimal | null {
  return percentOf(new D(current).minus(previous), previous);
}

/** Fixed-decimal text with thousands separators, e.g. 2,946.25 (half-up). */
export function formatAmount(x: Decimal, dp = 2, thousands = true): string {
  const s = roundHalfUp(x, dp).toFixed(dp);
  if (!thousands) return s;
  const [int, frac] = s.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (frac !== undefined ? '.' + frac : '');
}
