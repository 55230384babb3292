// The domain's own computation of formula cells with decimal.js: the expected values that
// a spreadsheet engine (LibreOffice in tests) must reproduce.
import type Decimal from 'decimal.js';
import { D, ZERO, roundHalfUp } from './amount';
import { tableFormulas, type PlannedFormula } from './formulas';
import type { TableLayout } from './spec/layout';

/** Computes every formula cell from input amounts (address → value; missing = 0), in dependency order. */
export function computeFormulas(formulas: PlannedFormula[], inputs: Record<string, Decimal>): Record<string, Decimal> {
  const byAddress = new Map(formulas.map((f) => [f.address, f]));
  const values: Record<string, Decimal> = {};
  const visiting = new Set<string>();
  const value = (a: string): Decimal => {
    if (values[a]) return values[a];
    const f = byAddress.get(a);
    if (!f) return inputs[a] ?? ZERO;
    if (visiting.has(a)) throw new Error(`公式存在循环引用：${a}`);
    visiting.add(a);
    let v: Decimal;
    if (f.meaning.kind === 'sum') {
      v = f.meaning.terms.reduce<Decimal>((acc, t) => (t.sign === -1 ? acc.minus(value(t.address)) : acc.plus(value(t.address))), ZERO);
    } else {
      const whole = value(f.meaning.whole);
      v = whole.isZero() ? new D(0) : roundHalfUp(value(f.meaning.part).div(whole).mul(100), 2);
    }
    visiting.delete(a);
    values[a] = v;
    return v;
  };
  for (const f of formulas) value(f.address);
  return values;
}

export function computeTable(layout: TableLayout, inputs: Record<string, Decimal>): Record<string, Decimal> {
  return computeFormulas(tableFormulas(layout), inputs);
}
