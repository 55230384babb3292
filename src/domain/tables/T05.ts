// T05 一般公共预算财政拨款支出决算表 (公开05表), spec §1.5. Data only.
// Central header (本年支出 band, 小计); the 合计 row goes last where the profile says
// totalRow 'bottom' (Shanghai). Footer: Shanghai 2024 template (shared/peer-samples).
import type { TableSpec } from '../spec/types';

const AMOUNTS = ['e_total', 'e_basic', 'e_proj'];

export const T05: TableSpec = {
  id: 'T05',
  kind: 'finalAccounts',
  title: '一般公共预算财政拨款支出决算表',
  publicNo: '公开05表',
  titleAliases: ['一般公共预算支出决算表'],
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
        { text: '支出功能分类科目编码', from: 'code' },
        { text: '科目名称', from: 'name' },
        { text: '小计', from: 'e_total' },
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
      id: 'D26', type: 'rowSum', fill: true, severity: 'error', rows: 'all',
      description: '合计 = 基本支出 + 项目支出',
      target: 'e_total',
      terms: [{ col: 'e_basic' }, { col: 'e_proj' }],
    },
    {
      id: 'D26', type: 'hierarchy', fill: true, severity: 'error', group: 'codeRows', total: 'total', columns: AMOUNTS,
      description: '合计、各类、各款 = 其下一级科目（类、款、项）之和',
    },
  ],
  footer: '注：本表反映部门本年度一般公共预算财政拨款支出情况。',
};
