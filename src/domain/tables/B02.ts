// B02 部门收入总表, spec §2.2 [K]: 功能分类 类/款/项 rows, 上年结转 and the income sources.
// Identities: §4.4 B02 (row balance, hierarchy). Data only.
import type { TableSpec } from '../spec/types';

const SOURCES = ['r_bcf', 'r_gpb', 'r_gf', 'r_soc', 'r_fz', 'r_biz', 'r_op', 'r_sup', 'r_aff', 'r_oth'];
const AMOUNTS = ['r_total', ...SOURCES];
const HEADS: Record<string, string> = {
  r_total: '合计',
  r_bcf: '上年结转',
  r_gpb: '一般公共预算拨款收入',
  r_gf: '政府性基金预算拨款收入',
  r_soc: '国有资本经营预算拨款收入',
  r_fz: '财政专户管理资金收入',
  r_biz: '事业收入',
  r_op: '事业单位经营收入',
  r_sup: '上级补助收入',
  r_aff: '附属单位上缴收入',
  r_oth: '其他收入',
};

export const B02: TableSpec = {
  id: 'B02',
  kind: 'budget',
  title: '部门收入总表',
  titleAliases: ['收入预算总表', '部门收入预算总表'],
  columns: [
    { key: 'code', kind: 'code', width: 14 },
    { key: 'name', kind: 'name', width: 30 },
    ...AMOUNTS.map((key) => ({ key, kind: 'amount' as const, width: 14 })),
  ],
  header: [
    {
      cells: [
        { text: '项目', from: 'code', to: 'name' },
        ...AMOUNTS.map((from) => ({ text: HEADS[from], from, rows: 2 })),
      ],
    },
    { cells: [{ text: '科目编码', from: 'code' }, { text: '科目名称', from: 'name' }] },
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
      id: 'B02', type: 'rowSum', fill: true, severity: 'error', rows: 'all',
      description: '合计 = 上年结转 + 一般公共预算拨款收入 + 政府性基金预算拨款收入 + 国有资本经营预算拨款收入 + 财政专户管理资金收入 + 事业收入 + 事业单位经营收入 + 上级补助收入 + 附属单位上缴收入 + 其他收入',
      target: 'r_total',
      terms: SOURCES.map((col) => ({ col })),
    },
    {
      id: 'B02', type: 'hierarchy', fill: true, severity: 'error', group: 'codeRows', total: 'total', columns: AMOUNTS,
      description: '合计及各类、款 = 其下一级科目之和（合计为Σ类，类为Σ款，款为Σ项）',
    },
  ],
};
