// B06 一般公共预算基本支出表 (…基本支出明细表（按经济分类）), spec §2.6 [K]: 部门预算支出
// 经济分类 类/款 rows (§6.3) × 合计 | 人员经费 | 公用经费. Identities: §4.4 B11. Data only.
import type { TableSpec } from '../spec/types';

const AMOUNTS = ['b_total', 'b_staff', 'b_public'];

export const B06: TableSpec = {
  id: 'B06',
  kind: 'budget',
  title: '一般公共预算基本支出表',
  titleAliases: [
    '一般公共预算基本支出明细表（按经济分类）', '一般公共预算基本支出明细表',
    '一般公共预算基本支出部门预算经济分类预算表', '一般公共预算基本支出预算表',
  ],
  columns: [
    { key: 'code', kind: 'code', width: 14 },
    { key: 'name', kind: 'name', width: 30 },
    ...AMOUNTS.map((key) => ({ key, kind: 'amount' as const, width: 15 })),
  ],
  header: [
    {
      cells: [
        { text: '部门预算支出经济分类科目', from: 'code', to: 'name' },
        { text: '本年一般公共预算基本支出', from: 'b_total', to: 'b_public' },
      ],
    },
    {
      cells: [
        { text: '科目编码', from: 'code' },
        { text: '科目名称', from: 'name' },
        { text: '合计', from: 'b_total' },
        { text: '人员经费', from: 'b_staff' },
        { text: '公用经费', from: 'b_public' },
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
        { codeRegion: true, classification: 'economic', group: 'econRows', codeColumn: 'code', nameColumn: 'name', blankRows: 10 },
      ],
      tail: [],
    },
  ],
  rules: [
    {
      id: 'B11', type: 'rowSum', fill: true, severity: 'error', rows: 'all',
      description: '合计 = 人员经费 + 公用经费',
      target: 'b_total',
      terms: [{ col: 'b_staff' }, { col: 'b_public' }],
    },
    {
      id: 'B11', type: 'hierarchy', fill: true, severity: 'error', group: 'econRows', total: 'total', columns: AMOUNTS,
      description: '合计及各类 = 其下一级科目之和（合计为Σ类，类为Σ款）',
    },
  ],
};
