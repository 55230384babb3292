// T09b 国有资本经营预算财政拨款支出决算表 (central 公开09表 2021+; Sichuan 表十四/十二),
// spec §1.9 [K]. Data only. Not a Shanghai table, so no 「注：本表反映…」 footer.
import type { TableSpec } from '../spec/types';

const AMOUNTS = ['e_total', 'e_basic', 'e_proj'];

export const T09b: TableSpec = {
  id: 'T09b',
  kind: 'finalAccounts',
  title: '国有资本经营预算财政拨款支出决算表',
  publicNo: '公开09表',
  columns: [
    { key: 'code', kind: 'code', width: 14 },
    { key: 'name', kind: 'name', width: 30 },
    ...AMOUNTS.map((key) => ({ key, kind: 'amount' as const, width: 14 })),
  ],
  header: [
    {
      cells: [
        { text: '项目', from: 'code', to: 'name' },
        { text: '本年支出', from: 'e_total', to: 'e_proj' },
      ],
    },
    {
      cells: [
        { text: '科目编码', from: 'code' },
        { text: '科目名称', from: 'name' },
        { text: '合计', from: 'e_total' },
        { text: '基本支出', from: 'e_basic' },
        { text: '项目支出', from: 'e_proj' },
      ],
    },
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
      id: 'D35', type: 'rowSum', fill: true, severity: 'error', rows: 'all',
      description: '合计 = 基本支出 + 项目支出',
      target: 'e_total',
      terms: [{ col: 'e_basic' }, { col: 'e_proj' }],
    },
    {
      id: 'D35', type: 'hierarchy', fill: true, severity: 'error', group: 'codeRows', total: 'total', columns: AMOUNTS,
      description: '合计、各类、各款 = 其下一级科目（类、款、项）之和',
    },
  ],
  emptyNote: '说明：{dept}本年度没有国有资本经营预算财政拨款支出，故本表无数据。',
};
