// The model a layout implies (what insertion writes), in the same shape recognition returns,
// so that "insert, then read back" can be compared key by key.
import { cellAddress, type TableLayout } from './spec/layout';
import { tableFormulas } from './formulas';
import { modelColumns } from './columns';

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
    const block = layout.blocks.find((b) => b.id === row.block)!;
    // A blank alignment row holds nothing; a block of one unlabelled row (T07) is data.
    const unlabelled = [...block.head, ...block.tail].every((i) => 'key' in i && !i.label);
    if (!row.label && !row.code && !row.group && !unlabelled) continue;
    for (const col of modelColumns(layout.spec, block)) {
      const a = cellAddress(layout, { row: row.key, col });
      cells[`${row.key}.${col}`] = { address: a, formula: formulas.get(a) ?? null };
    }
  }
  return { table: layout.spec.id, cells, groups: layout.groups };
}
