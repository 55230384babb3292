// T02 收入决算表 (公开02表), spec §1.2. Data only.
import type { TableSpec } from '../spec/types';

const AMOUNTS = ['c_total', 'c_fin', 'c_sup', 'c_biz', 'c_op', 'c_aff', 'c_oth'];

export const T02: TableSpec = {
  id: 'T02',
  kind: 'finalAccounts',
  title: '收入决算表',
  publicNo: '公开02表',
  titleAliases: ['部门收入决算表'],
  columns: [
    { key: 'code', kind: 'code', width: 14 },
    { key: 'name', kind: 'name', width: 30 },
    ...AMOUNTS.map((key) => ({ key, kind: 'amount' as const, width: 14 })),
  ],
  header: [
    {
      cells: [
        { text: '项目', from: 'code', to: 'name' },
        { text: '本年收入合计', from: 'c_total', rows: 2 },
        { text: '财政拨款收入', from: 'c_fin', rows: 2 },
        { text: '上级补助收入', from: 'c_sup', rows: 2 },
        { text: '事业收入', from: 'c_biz', rows: 2 },
        { text: '经营收入', from: 'c_op', rows: 2 },
        { text: '附属单位上缴收入', from: 'c_aff', rows: 2 },
        { text: '其他收入', from: 'c_oth', rows: 2 },
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
      id: 'D06', type: 'rowSum', fill: true, severity: 'error', rows: 'all',
      description: '本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入',
      target: 'c_total',
      terms: ['c_fin', 'c_sup', 'c_biz', 'c_op', 'c_aff', 'c_oth'].map((col) => ({ col })),
    },
    {
      id: 'D07', type: 'hierarchy', fill: true, severity: 'error', group: 'codeRows', total: 'total', columns: AMOUNTS,
      description: '合计、各类、各款 = 其下一级科目（类、款、项）之和',
    },
  ],
  footer: '注：本表反映部门本年度取得的各项收入情况。',
};
