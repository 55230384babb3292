// T03 支出决算表 (公开03表), spec §1.3. Data only.
import type { TableSpec } from '../spec/types';

const AMOUNTS = ['e_total', 'e_basic', 'e_proj', 'e_up', 'e_op', 'e_sub'];

export const T03: TableSpec = {
  id: 'T03',
  kind: 'finalAccounts',
  title: '支出决算表',
  publicNo: '公开03表',
  titleAliases: ['支出决算表（财决04表）', '部门支出决算表'],
  columns: [
    { key: 'code', kind: 'code', width: 14 },
    { key: 'name', kind: 'name', width: 30 },
    ...AMOUNTS.map((key) => ({ key, kind: 'amount' as const, width: 14 })),
  ],
  header: [
    {
      cells: [
        { text: '项目', from: 'code', to: 'name' },
        { text: '本年支出合计', from: 'e_total', rows: 2 },
        { text: '基本支出', from: 'e_basic', rows: 2 },
        { text: '项目支出', from: 'e_proj', rows: 2 },
        { text: '上缴上级支出', from: 'e_up', rows: 2 },
        { text: '经营支出', from: 'e_op', rows: 2 },
        { text: '对附属单位补助支出', from: 'e_sub', rows: 2 },
      ],
    },
    { cells: [{ text: '支出功能分类科目编码', from: 'code' }, { text: '科目名称', from: 'name' }] },
    { colNoRow: true, cells: [{ text: '栏次', from: 'code' }, ...AMOUNTS.map((from, i) => ({ text: String(i + 1), from }))] },
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
      id: 'D10', type: 'rowSum', fill: true, severity: 'error', rows: 'all',
      description: '本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出',
      target: 'e_total',
      terms: ['e_basic', 'e_proj', 'e_up', 'e_op', 'e_sub'].map((col) => ({ col })),
    },
    {
      id: 'D11', type: 'hierarchy', fill: true, severity: 'error', group: 'codeRows', total: 'total', columns: AMOUNTS,
      description: '合计 = Σ类，类 = Σ款，款 = Σ项',
    },
  ],
  footer: '注：本表反映部门本年度各项支出情况。',
};
