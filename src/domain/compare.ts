// Rounding-aware comparison with the interval model of spec §0.2 (XBRL Calculations 1.1):
// a value shown with d decimals stands for the interval v ± 0.5·10^-d.
import type Decimal from 'decimal.js';
import { D, ZERO } from './amount';

export type Verdict = 'consistent' | 'roundingDifference' | 'inconsistent';
export const VERDICT_LABEL: Record<Verdict, string> = {
  consistent: '一致',
  roundingDifference: '尾差',
  inconsistent: '不一致',
};

/** A reported value and the number of decimals it is shown with. */
export interface Operand {
  value: Decimal;
  decimals: number;
  /** value × 10^decimals when that is a safe integer: lets exact identities skip Decimal math. */
  scaled?: number;
}

/** The scaled integer of a value shown with `decimals` places, if it is one. */
export function scaledOf(value: Decimal, decimals: number): number | undefined {
  const s = value.mul(TEN_POWERS[decimals] ??= new D(10).pow(decimals));
  return s.isInteger() && s.abs().lte(Number.MAX_SAFE_INTEGER) ? s.toNumber() : undefined;
}
const TEN_POWERS: Decimal[] = [];

/**
 * True when total = Σ terms exactly, decided in integers: the common case of a table that adds
 * up. Undefined when the operands do not share their decimals or are not scaled integers.
 */
export function addsUpExactly(total: Operand, terms: ReadonlyArray<Operand & { sign?: 1 | -1 }>): boolean | undefined {
  if (total.scaled === undefined) return undefined;
  let sum = 0;
  for (const t of terms) {
    if (t.scaled === undefined || t.decimals !== total.decimals) return undefined;
    sum += t.sign === -1 ? -t.scaled : t.scaled;
  }
  return Number.isSafeInteger(sum) ? sum === total.scaled : undefined;
}

export interface Comparison {
  verdict: Verdict;
  expected: Decimal; // the sum of the terms (or the other side)
  actual: Decimal; // the reported total
  difference: Decimal; // actual − expected
  tolerance: Decimal; // largest difference rounding alone can explain
}

export interface CompareOptions {
  /** Tables produced with 舍位平衡 must add up exactly: any difference is inconsistent. */
  exact?: boolean;
  /** Upper bound of a rounding difference (spec §0.2 caps it at 0.05 万元). */
  cap?: Decimal;
}

const DEFAULT_CAP = new D('0.05');

const HALF_WIDTHS: Decimal[] = [];

/** Half a unit of the last shown decimal: 0.005 for 2 decimals. */
export function halfWidth(decimals: number): Decimal {
  const d = Math.max(0, decimals);
  return (HALF_WIDTHS[d] ??= new D(5).mul(new D(10).pow(-(d + 1))));
}

/**
 * Compares a reported total with the sum of reported terms (signs allow balances such
 * as a + b − c). A difference within half a unit of the coarsest shown decimal is
 * 一致; one the operands' rounding intervals can absorb is 尾差; anything else 不一致.
 */
export function compareSum(
  total: Operand,
  terms: ReadonlyArray<Operand & { sign?: 1 | -1 }>,
  options: CompareOptions = {},
): Comparison {
  if (addsUpExactly(total, terms) === true) return { verdict: 'consistent', expected: total.value, actual: total.value, difference: ZERO, tolerance: ZERO };
  let expected = ZERO;
  // Tolerance: Σ half-widths, summed per decimals count (most operands share one).
  const perDecimals = new Map<number, number>([[total.decimals, 1]]);
  let coarsest = total.decimals;
  for (const t of terms) {
    expected = t.sign === -1 ? expected.minus(t.value) : expected.plus(t.value);
    perDecimals.set(t.decimals, (perDecimals.get(t.decimals) ?? 0) + 1);
    if (t.decimals < coarsest) coarsest = t.decimals;
  }
  let tolerance = ZERO;
  for (const [d, n] of perDecimals) tolerance = tolerance.plus(halfWidth(d).mul(n));
  const cap = options.cap ?? DEFAULT_CAP;
  if (tolerance.gt(cap)) tolerance = new D(cap);
  const difference = new D(total.value).minus(expected);
  const abs = difference.abs();
  let verdict: Verdict;
  if (abs.isZero() || (!options.exact && abs.lt(halfWidth(coarsest)))) verdict = 'consistent';
  else if (!options.exact && abs.lte(tolerance)) verdict = 'roundingDifference';
  else verdict = 'inconsistent';
  return { verdict, expected, actual: new D(total.value), difference, tolerance };
}

/** The same figure shown in two places (copy identity, spec §0.2 first row). */
export function compareCopy(a: Operand, b: Operand, options: CompareOptions = {}): Comparison {
  return compareSum(a, [b], options);
}

/**
 * A printed percentage against the computed one: tolerance 0.01 pp for 2 decimals,
 * 0.05 pp for 1 decimal, 0.5 pp for an integer (spec §0.2).
 */
export function comparePercent(printed: Operand, computed: Decimal): Comparison {
  const tolerance = printed.decimals >= 2 ? new D('0.01') : printed.decimals === 1 ? new D('0.05') : new D('0.5');
  const difference = new D(printed.value).minus(computed);
  const abs = difference.abs();
  const verdict: Verdict = abs.lt(halfWidth(printed.decimals))
    ? 'consistent'
    : abs.lte(tolerance)
      ? 'roundingDifference'
      : 'inconsistent';
  return { verdict, expected: new D(computed), actual: new D(printed.value), difference, tolerance };
}
