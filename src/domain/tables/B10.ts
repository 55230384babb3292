// B10 一般公共预算项目支出表, spec §2.9 [K]: an uncoded list of projects (项目单位 | 项目名称)
// × 合计 | 本年一般公共预算拨款 | 上年结转. §4.4 gives the in-table sums no id of their own; they
// carry B13, the identity on this table's 合计 (= B05 合计.项目支出). Data only.
import type { RuleSpec, TableSpec } from '../spec/types';

const SOURCES = ['j_gpb', 'j_bcf'];
const AMOUNTS = ['j_total', ...SOURCES];
const HEADS: Record<string, string> = { j_total: '合计', j_gpb: '本年一般公共预算拨款', j_bcf: '上年结转' };

const columnTotals: RuleSpec[] = AMOUNTS.map((col): RuleSpec => ({
  id: 'B13', type: 'sum', fill: true, severity: 'error',
  description: `合计行${HEADS[col]} = 各项目${HEADS[col]}之和`,
  target: { row: 'total', col },
  terms: [{ group: 'projRows', col }],
}));

export const B10: TableSpec = {
  id: 'B10',
  kind: 'budget',
  title: '一般公共预算项目支出表',
  titleAliases: ['一般公共预算项目支出预算表', '一般公共预算财政拨款项目支出表'],
  columns: [
    { key: 'unit', kind: 'text', width: 24 },
    { key: 'proj', kind: 'name', width: 34 },
    ...AMOUNTS.map((key) => ({ key, kind: 'amount' as const, width: 15 })),
  ],
  header: [
    {
      cells: [
        { text: '项目单位', from: 'unit', rows: 2 },
        { text: '项目名称', from: 'proj', rows: 2 },
        { text: '本年一般公共预算项目支出', from: 'j_total', to: 'j_bcf' },
      ],
    },
    { cells: AMOUNTS.map((from) => ({ text: HEADS[from], from })) },
  ],
  blocks: [
    {
      id: 'main',
      labelColumn: 'unit',
      amountColumns: AMOUNTS,
      head: [
        { key: 'total', label: '合计', total: true },
        { codeRegion: true, classification: 'none', group: 'projRows', codeColumn: 'unit', nameColumn: 'proj', blankRows: 10 },
      ],
      tail: [],
    },
  ],
  rules: [
    // Listed first: the 合计 row sums the projects; its row balance is then a check.
    ...columnTotals,
    {
      id: 'B13', type: 'rowSum', fill: true, severity: 'error', rows: 'all',
      description: '合计 = 本年一般公共预算拨款 + 上年结转',
      target: 'j_total',
      terms: SOURCES.map((col) => ({ col })),
    },
  ],
};
