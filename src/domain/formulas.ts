// Spreadsheet formulas for fill rules. Only functions Excel, WPS and LibreOffice compute
// identically (SUM, SUMPRODUCT, IF, ROUND, LEN, LEFT); no volatile functions, no structured
// references. Each formula carries its meaning (signed terms), from which evaluate.ts
// computes the expected value independently of any spreadsheet engine.
import { address, columnLetter, parseAddress, rangeAddress } from './a1';
import { cellAddress, expandTerms, type LaidRow, type TableLayout } from './spec/layout';
import type { HierarchyRuleSpec, RowSumRuleSpec, RuleSpec, ShareRuleSpec, SumRuleSpec } from './spec/types';

export interface Term {
  address: string;
  sign: 1 | -1;
}

export interface PlannedFormula {
  rule: string;
  address: string;
  formula: string;
  /** What the formula computes: Σ signed terms, or a share part/whole × 100. */
  meaning: { kind: 'sum'; terms: Term[] } | { kind: 'share'; part: string; whole: string };
}

/** =SUM(C5:C12) for a contiguous run, =SUM(C5,C9) otherwise, =SUM(…)-SUM(…) with signs. */
export function sumFormula(terms: Term[]): string {
  if (terms.length === 0) return '=0';
  if (terms.every((a) => a.sign === 1)) {
    const pos = terms.map((a) => parseAddress(a.address));
    const sameRow = pos.every((p) => p.row === pos[0].row) && pos.every((p, i) => i === 0 || p.col === pos[i - 1].col + 1);
    const sameCol = pos.every((p) => p.col === pos[0].col) && pos.every((p, i) => i === 0 || p.row === pos[i - 1].row + 1);
    if ((sameRow || sameCol) && pos.length > 1) {
      const last = pos[pos.length - 1];
      return `=SUM(${rangeAddress({ top: pos[0].row, bottom: last.row, left: pos[0].col, right: last.col })})`;
    }
    return `=SUM(${terms.map((a) => a.address).join(',')})`;
  }
  // SUM treats text and blanks as 0, unlike "+", so a stray "—" cannot turn a total into #VALUE!.
  const plus = terms.filter((a) => a.sign === 1).map((a) => a.address);
  const minus = terms.filter((a) => a.sign === -1).map((a) => a.address);
  return `=${plus.length ? `SUM(${plus.join(',')})` : '0'}-SUM(${minus.join(',')})`;
}

/** Share in percent points, two decimals, 0 when the denominator is 0 (never #DIV/0!). */
export function shareFormula(part: string, whole: string): string {
  return `=IF(SUM(${whole})=0,0,ROUND(SUM(${part})/SUM(${whole})*100,2))`;
}

function sumRule(layout: TableLayout, rule: SumRuleSpec): PlannedFormula {
  const terms = expandTerms(layout, rule.terms).map((t) => ({ address: cellAddress(layout, t), sign: t.sign }));
  return { rule: rule.id, address: cellAddress(layout, rule.target), formula: sumFormula(terms), meaning: { kind: 'sum', terms } };
}

function shareRule(layout: TableLayout, rule: ShareRuleSpec): PlannedFormula {
  const part = cellAddress(layout, rule.part);
  const whole = cellAddress(layout, rule.whole);
  return { rule: rule.id, address: cellAddress(layout, rule.target), formula: shareFormula(part, whole), meaning: { kind: 'share', part, whole } };
}

function rowsOf(layout: TableLayout, rows: string): LaidRow[] {
  return rows === 'all' ? layout.rows : layout.rows.filter((r) => r.group === rows || r.block === rows);
}

function rowSumRule(layout: TableLayout, rule: RowSumRuleSpec): PlannedFormula[] {
  return rowsOf(layout, rule.rows).map((row) => {
    const terms = rule.terms.map((t) => ({ address: address(row.row, layout.colIndex[t.col]), sign: t.sign ?? 1 }));
    return { rule: rule.id, address: address(row.row, layout.colIndex[rule.target]), formula: sumFormula(terms), meaning: { kind: 'sum' as const, terms } };
  });
}

/**
 * 类 and 款 rows sum their direct children by code with SUMPRODUCT over the rows below them,
 * up to and including the next row of the same or a higher level: a range that never holds
 * the formula's own row (no circular reference) and still grows when the user inserts rows
 * at the end of the block. The total sums the 类 rows of the whole region.
 */
function hierarchyRule(layout: TableLayout, rule: HierarchyRuleSpec): PlannedFormula[] {
  const rows = layout.rows.filter((r) => r.group === rule.group && r.code).sort((a, b) => a.row - b.row);
  if (rows.length === 0) return [];
  const block = layout.blocks.find((b) => b.id === rows[0].block)!;
  const region = block.head.find((h) => 'codeRegion' in h && h.group === rule.group);
  const codeCol = region && 'codeRegion' in region ? layout.colIndex[region.codeColumn] : layout.colIndex[block.labelColumn];
  if (codeCol === undefined) throw new Error(`表 ${layout.spec.id} 找不到科目编码列`);
  const top = rows[0].row;
  const bottom = rows[rows.length - 1].row;
  /** A column range with absolute rows (and an absolute column for the code column). */
  const col$ = (c: number, from: number, to: number, absCol: boolean) => {
    const l = (absCol ? '$' : '') + columnLetter(c);
    return `${l}$${from}:${l}$${to}`;
  };
  const out: PlannedFormula[] = [];
  for (const col of rule.columns) {
    const c = layout.colIndex[col];
    rows.forEach((row, i) => {
      if (row.leaf) return;
      const level = row.code!.length;
      const childLen = level === 3 ? 5 : 7;
      const next = rows.slice(i + 1).find((r) => r.code!.length <= level);
      const end = next ? next.row : bottom;
      const codes = col$(codeCol, row.row + 1, end, true);
      const amounts = col$(c, row.row + 1, end, false);
      const children = rows.filter((r) => r.code!.length === childLen && r.code!.startsWith(row.code!));
      out.push({
        rule: rule.id,
        address: address(row.row, c),
        formula: `=SUMPRODUCT((LEN(${codes})=${childLen})*(LEFT(${codes},${level})=${address(row.row, codeCol, true)})*${amounts})`,
        meaning: { kind: 'sum', terms: children.map((r) => ({ address: address(r.row, c), sign: 1 as const })) },
      });
    });
    if (rule.total && layout.rowByKey[rule.total]) {
      const categories = rows.filter((r) => r.code!.length === 3);
      out.push({
        rule: rule.id,
        address: address(layout.rowByKey[rule.total].row, c),
        formula: `=SUMPRODUCT((LEN(${col$(codeCol, top, bottom, true)})=3)*${col$(c, top, bottom, false)})`,
        meaning: { kind: 'sum', terms: categories.map((r) => ({ address: address(r.row, c), sign: 1 as const })) },
      });
    }
  }
  return out;
}

/** Rules that write formulas: balances and the 绩效 checks (constants, bounds) only check. */
export function fillRules(rules: RuleSpec[]): RuleSpec[] {
  return rules.filter((r) => 'fill' in r && r.fill);
}

/**
 * Every formula a table's fill rules write. Hierarchy formulas win over row sums in the
 * same cell (a 类 row's 合计 column is Σ its 款, and the row balance is then a check).
 */
export function tableFormulas(layout: TableLayout, lenient = false): PlannedFormula[] {
  const byAddress = new Map<string, PlannedFormula>();
  const ordered = [...fillRules(layout.spec.rules)].sort((a, b) => Number(b.type === 'hierarchy') - Number(a.type === 'hierarchy'));
  for (const rule of ordered) {
    let planned: PlannedFormula[];
    try {
      planned =
        rule.type === 'sum' ? [sumRule(layout, rule)]
        : rule.type === 'share' ? [shareRule(layout, rule)]
        : rule.type === 'rowSum' ? rowSumRule(layout, rule)
        : rule.type === 'hierarchy' ? hierarchyRule(layout, rule)
        : [];
    } catch (e) {
      // On a recognised table a rule may name a row the sheet does not have: skip that rule.
      if (!lenient) throw e;
      continue;
    }
    for (const f of planned) if (!byAddress.has(f.address)) byAddress.set(f.address, f);
  }
  return [...byAddress.values()];
}
