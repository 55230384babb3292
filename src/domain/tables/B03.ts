// B03 部门支出总表, spec §2.3 [K]: 功能分类 类/款/项 rows × 合计 and the spending kinds.
// Identities: §4.4 B04 (row balance, hierarchy). Data only.
import type { TableSpec } from '../spec/types';

const PARTS = ['e_basic', 'e_proj', 'e_bizop', 'e_up', 'e_sub'];
const AMOUNTS = ['e_total', ...PARTS];
const HEADS: Record<string, string> = {
  e_total: '合计',
  e_basic: '基本支出',
  e_proj: '项目支出',
  e_bizop: '事业单位经营支出',
  e_up: '上缴上级支出',
  e_sub: '对附属单位补助支出',
};

export const B03: TableSpec = {
  id: 'B03',
  kind: 'budget',
  title: '部门支出总表',
  titleAliases: ['支出预算总表', '部门支出预算总表'],
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
      id: 'B04', type: 'rowSum', fill: true, severity: 'error', rows: 'all',
      description: '合计 = 基本支出 + 项目支出 + 事业单位经营支出 + 上缴上级支出 + 对附属单位补助支出',
      target: 'e_total',
      terms: PARTS.map((col) => ({ col })),
    },
    {
      id: 'B04', type: 'hierarchy', fill: true, severity: 'error', group: 'codeRows', total: 'total', columns: AMOUNTS,
      description: '合计及各类、款 = 其下一级科目之和（合计为Σ类，类为Σ款，款为Σ项）',
    },
  ],
};
