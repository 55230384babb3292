// B08 政府性基金预算支出表, spec §2.8 [K]: 功能分类 类/款/项 rows × 本年政府性基金预算支出
// (合计 | 基本支出 | 项目支出). §4.4 gives these in-table identities no id of their own;
// they are identity B09's (that of table B05: 合计 = 基本 + 项目; hierarchy), so they carry it. Data only.
import type { TableSpec } from '../spec/types';

const AMOUNTS = ['x_total', 'x_basic', 'x_proj'];

/** The fund-budget spending table, shared by B08 (政府性基金) and B09 (国有资本经营). */
export function fundBudgetTable(id: string, fund: string, titleAliases: string[]): TableSpec {
  return {
    id,
    kind: 'budget',
    title: `${fund}预算支出表`,
    titleAliases,
    columns: [
      { key: 'code', kind: 'code', width: 14 },
      { key: 'name', kind: 'name', width: 30 },
      ...AMOUNTS.map((key) => ({ key, kind: 'amount' as const, width: 15 })),
    ],
    header: [
      {
        cells: [
          { text: '项目', from: 'code', to: 'name' },
          { text: `本年${fund}预算支出`, from: 'x_total', to: 'x_proj' },
        ],
      },
      {
        cells: [
          { text: '科目编码', from: 'code' },
          { text: '科目名称', from: 'name' },
          { text: '合计', from: 'x_total' },
          { text: '基本支出', from: 'x_basic' },
          { text: '项目支出', from: 'x_proj' },
        ],
      },
    ],
    blocks: [
      {
        id: 'main',
        labelColumn: 'code',
        amountColumns: AMOUNTS,
        head: [
          { key: 'total', label: '合计', total: true },
          { codeRegion: true, classification: 'function', group: 'codeRows', codeColumn: 'code', nameColumn: 'name', blankRows: 10 },
        ],
        tail: [],
      },
    ],
    rules: [
      {
        id: 'B09', type: 'rowSum', fill: true, severity: 'error', rows: 'all',
        description: '合计 = 基本支出 + 项目支出',
        target: 'x_total',
        terms: [{ col: 'x_basic' }, { col: 'x_proj' }],
      },
      {
        id: 'B09', type: 'hierarchy', fill: true, severity: 'error', group: 'codeRows', total: 'total', columns: AMOUNTS,
        description: '合计及各类、款 = 其下一级科目之和（合计为Σ类，类为Σ款，款为Σ项）',
      },
    ],
    emptyNote: `本部门无${fund}预算拨款安排的支出，故本表为空表。`,
  };
}

export const B08: TableSpec = fundBudgetTable('B08', '政府性基金', ['政府性基金预算支出功能分类预算表', '政府性基金预算支出预算表', '政府性基金预算财政拨款支出表']);
