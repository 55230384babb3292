// Spreadsheet formulas for fill rules. Only functions Excel, WPS and LibreOffice compute
// identically (SUM, IF, ROUND, ABS…); no volatile functions, no structured references.
import { parseAddress, rangeAddress } from './a1';
import { cellAddress, expandTerms, type TableLayout } from './spec/layout';
import type { RuleSpec, ShareRuleSpec, SumRuleSpec } from './spec/types';

export interface PlannedFormula {
  rule: string;
  address: string;
  formula: string;
}

/** =SUM(C5:C12) for a contiguous column run, =SUM(C5,C9) otherwise, and + / − with signs. */
export function sumFormula(addresses: Array<{ address: string; sign: 1 | -1 }>): string {
  if (addresses.length === 0) return '=0';
  if (addresses.every((a) => a.sign === 1)) {
    const pos = addresses.map((a) => parseAddress(a.address));
    const sameCol = pos.every((p) => p.col === pos[0].col);
    const contiguous = sameCol && pos.every((p, i) => i === 0 || p.row === pos[i - 1].row + 1);
    if (contiguous && pos.length > 1) {
      return `=SUM(${rangeAddress({ top: pos[0].row, bottom: pos[pos.length - 1].row, left: pos[0].col, right: pos[0].col })})`;
    }
    return `=SUM(${addresses.map((a) => a.address).join(',')})`;
  }
  // SUM treats text and blanks as 0, unlike "+", so a stray "—" cannot turn a total into #VALUE!.
  const plus = addresses.filter((a) => a.sign === 1).map((a) => a.address);
  const minus = addresses.filter((a) => a.sign === -1).map((a) => a.address);
  return `=${plus.length ? `SUM(${plus.join(',')})` : '0'}-SUM(${minus.join(',')})`;
}

/** Share in percent points, two decimals, 0 when the denominator is 0 (never #DIV/0!). */
export function shareFormula(part: string, whole: string): string {
  return `=IF(SUM(${whole})=0,0,ROUND(SUM(${part})/SUM(${whole})*100,2))`;
}

export function ruleFormula(layout: TableLayout, rule: SumRuleSpec | ShareRuleSpec): PlannedFormula {
  if (rule.type === 'sum') {
    const terms = expandTerms(layout, rule.terms).map((t) => ({ address: cellAddress(layout, t), sign: t.sign }));
    return { rule: rule.id, address: cellAddress(layout, rule.target), formula: sumFormula(terms) };
  }
  return {
    rule: rule.id,
    address: cellAddress(layout, rule.target),
    formula: shareFormula(cellAddress(layout, rule.part), cellAddress(layout, rule.whole)),
  };
}

export function fillRules(rules: RuleSpec[]): Array<SumRuleSpec | ShareRuleSpec> {
  return rules.filter((r): r is SumRuleSpec | ShareRuleSpec => r.type !== 'equal' && r.fill);
}

/** Every formula a table's fill rules write. */
export function tableFormulas(layout: TableLayout): PlannedFormula[] {
  return fillRules(layout.spec.rules).map((r) => ruleFormula(layout, r));
}
