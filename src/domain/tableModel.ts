// The model a layout implies (what insertion writes), in the same shape recognition returns,
// so that "insert, then read back" can be compared key by key.
import { cellAddress, type TableLayout } from './spec/layout';
import { tableFormulas } from './formulas';

export interface ModelShape {
  table: string;
  /** `${rowKey}.${colKey}` → { address, formula }. */
  cells: Record<string, { address: string; formula: string | null }>;
  groups: Record<string, string[]>;
}

export function layoutModel(layout: TableLayout): ModelShape {
  const formulas = new Map(tableFormulas(layout).map((f) => [f.address, f.formula]));
  const cells: ModelShape['cells'] = {};
  for (const row of layout.rows) {
    if (!row.label && !row.code && !row.group) continue; // a blank alignment row holds nothing
    const block = layout.blocks.find((b) => b.id === row.block)!;
    for (const col of block.amountColumns) {
      const a = cellAddress(layout, { row: row.key, col });
      cells[`${row.key}.${col}`] = { address: a, formula: formulas.get(a) ?? null };
    }
  }
  return { table: layout.spec.id, cells, groups: layout.groups };
}
