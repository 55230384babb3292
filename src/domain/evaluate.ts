// The domain's own computation of formula cells with decimal.js: the expected values that
// a spreadsheet engine (LibreOffice in tests) must reproduce.
import type Decimal from 'decimal.js';
import { D, ZERO, roundHalfUp } from './amount';
import { fillRules } from './formulas';
import { cellAddress, expandTerms, type TableLayout } from './spec/layout';

/**
 * Computes every fill-rule target from input amounts (address → value; missing = 0).
 * Rules may depend on each other's targets; they are resolved in dependency order.
 */
export function computeTable(layout: TableLayout, inputs: Record<string, Decimal>): Record<string, Decimal> {
  const rules = fillRules(layout.spec.rules);
  const values: Record<string, Decimal> = {};
  const targets = new Set(rules.map((r) => cellAddress(layout, r.target)));
  const get = (a: string): Decimal => values[a] ?? (targets.has(a) ? (null as unknown as Decimal) : inputs[a] ?? ZERO);
  let pending = [...rules];
  while (pending.length > 0) {
    const next: typeof pending = [];
    for (const rule of pending) {
      const deps =
        rule.type === 'sum'
          ? expandTerms(layout, rule.terms).map((t) => ({ a: cellAddress(layout, t), sign: t.sign }))
          : [{ a: cellAddress(layout, rule.part), sign: 1 as const }, { a: cellAddress(layout, rule.whole), sign: 1 as const }];
      if (deps.some((d) => get(d.a) === null)) {
        next.push(rule);
        continue;
      }
      const target = cellAddress(layout, rule.target);
      if (rule.type === 'sum') {
        values[target] = deps.reduce<Decimal>((acc, d) => (d.sign === -1 ? acc.minus(get(d.a)) : acc.plus(get(d.a))), ZERO);
      } else {
        const whole = get(deps[1].a);
        values[target] = whole.isZero() ? new D(0) : roundHalfUp(get(deps[0].a).div(whole).mul(100), 2);
      }
    }
    if (next.length === pending.length) throw new Error(`表 ${layout.spec.id} 的公式规则存在循环引用`);
    pending = next;
  }
  return values;
}
