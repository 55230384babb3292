// Link formulas between tables: a cell that restates another table reads it, e.g.
// T01's 一般公共服务支出 =SUMIFS('支出决算表'!$C$8:$C$30,'支出决算表'!$A$8:$A$30,"201").
import { address, columnLetter, quoteSheet } from './a1';
import { cellAddress, expandTerms, type TableLayout } from './spec/layout';
import type { PlannedFormula } from './formulas';

export interface PlacedTable {
  sheet: string;
  layout: TableLayout;
}

export function linkFormulas(target: PlacedTable, tables: Record<string, PlacedTable>): PlannedFormula[] {
  const out: PlannedFormula[] = [];
  for (const link of target.layout.spec.links ?? []) {
    const src = tables[link.source.table];
    if (!src || src.layout.colIndex[link.source.col] === undefined) continue;
    const sheet = quoteSheet(src.sheet);
    if (link.source.row) {
      const from = src.layout.rowByKey[link.source.row];
      if (!from || !('row' in link.target)) continue;
      out.push({
        rule: link.id,
        address: cellAddress(target.layout, link.target),
        formula: `=${sheet}!${address(from.row, src.layout.colIndex[link.source.col])}`,
        meaning: { kind: 'sum', terms: [] },
      });
      continue;
    }
    const coded = src.layout.rows.filter((r) => r.code);
    const region = src.layout.blocks.flatMap((b) => b.head).find((h) => 'codeRegion' in h);
    if (coded.length === 0 || !region || !('codeRegion' in region)) continue;
    const top = Math.min(...coded.map((r) => r.row));
    const bottom = Math.max(...coded.map((r) => r.row));
    const col = (c: number) => `${sheet}!$${columnLetter(c)}$${top}:$${columnLetter(c)}$${bottom}`;
    const amounts = col(src.layout.colIndex[link.source.col]);
    const codes = col(src.layout.colIndex[region.codeColumn]);
    for (const t of expandTerms(target.layout, [link.target])) {
      const code = target.layout.rowByKey[t.row]?.code;
      if (!code) continue;
      out.push({ rule: link.id, address: cellAddress(target.layout, t), formula: `=SUMIFS(${amounts},${codes},"${code}")`, meaning: { kind: 'sum', terms: [] } });
    }
  }
  return out;
}
