// T07 财政拨款“三公”经费支出决算表 (公开07表), spec §1.7. Data only.
// One data row; 12 amount columns in the Shanghai order, 预算数/决算数 pairs per item
// (header and footer as in the Shanghai 2024 template, shared/peer-samples).
import type { HeaderCellSpec, RuleSpec, TableSpec } from '../spec/types';

/** The six items, each a 预算数 (`_bud`) and a 决算数 (`_act`) column. Keys as in spec §1.11 sangong.*. */
const ITEMS = ['total', 'abroad', 'car', 'car_buy', 'car_run', 'recep'] as const;
const SIDES = [
  { suffix: '_bud', name: '预算数' },
  { suffix: '_act', name: '决算数' },
] as const;
const COLUMNS = ITEMS.flatMap((item) => SIDES.map((s) => `${item}${s.suffix}`));

const pair = (item: string, text: string, rows?: number): HeaderCellSpec => ({
  text, from: `${item}_bud`, to: `${item}_act`, ...(rows ? { rows } : {}),
});

/** The 三公 table layout, shared by T07 and Sichuan's 政府性基金 split (SC12). */
export function sangongTable(base: Pick<TableSpec, 'id' | 'title'> & Partial<TableSpec>, band: string): TableSpec {
  const rules: RuleSpec[] = SIDES.flatMap((s): RuleSpec[] => [
    {
      id: 'D32', type: 'sum', fill: true, severity: 'error',
      description: `“三公”经费合计（${s.name}） = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费`,
      target: { row: 'sangong', col: `total${s.suffix}` },
      terms: ['abroad', 'car', 'recep'].map((item) => ({ row: 'sangong', col: `${item}${s.suffix}` })),
    },
    {
      id: 'D32', type: 'sum', fill: true, severity: 'error',
      description: `公务用车购置及运行维护费小计（${s.name}） = 公务用车购置费 + 公务用车运行维护费`,
      target: { row: 'sangong', col: `car${s.suffix}` },
      terms: ['car_buy', 'car_run'].map((item) => ({ row: 'sangong', col: `${item}${s.suffix}` })),
    },
  ]);
  return {
    kind: 'finalAccounts',
    columns: COLUMNS.map((key) => ({ key, kind: 'amount' as const, width: 11 })),
    header: [
      { cells: [{ text: band, from: 'total_bud', to: 'recep_act' }] },
      {
        cells: [
          pair('total', '合计', 2),
          pair('abroad', '因公出国（境）费', 2),
          { text: '公务用车购置及运行维护费', from: 'car_bud', to: 'car_run_act' },
          pair('recep', '公务接待费', 2),
        ],
      },
      { cells: [pair('car', '小计'), pair('car_buy', '公务用车购置费'), pair('car_run', '公务用车运行维护费')] },
      { cells: COLUMNS.map((from, i) => ({ text: SIDES[i % 2].name, from })) },
      { colNoRow: true, cells: COLUMNS.map((from, i) => ({ text: String(i + 1), from })) },
    ],
    blocks: [
      {
        id: 'main',
        // The table has no label column: the row's (empty) label sits in the 合计·预算数 cell,
        // which holds a formula.
        labelColumn: 'total_bud',
        amountColumns: COLUMNS,
        head: [{ key: 'sangong', label: '' }],
        tail: [],
      },
    ],
    rules,
    ...base,
  };
}

export const T07: TableSpec = sangongTable(
  {
    id: 'T07',
    title: '财政拨款“三公”经费支出决算表',
    publicNo: '公开07表',
    titleAliases: ['一般公共预算财政拨款“三公”经费支出决算表', '财政拨款“三公”经费支出决算', '“三公”经费支出决算表'],
    footer: '注：本表反映部门本年度“三公”经费支出预决算情况。',
  },
  '财政拨款“三公”经费',
);
