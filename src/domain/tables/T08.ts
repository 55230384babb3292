// T08 政府性基金预算财政拨款收入支出决算表 (公开08表), spec §1.8. Data only.
// Footer and empty-table note: Shanghai 2024 template (shared/peer-samples).
import type { TableSpec } from '../spec/types';

const AMOUNTS = ['bcf', 'inc', 'e_total', 'e_basic', 'e_proj', 'ecf'];

/**
 * The fund table layout of T08, shared by T09a (spec §1.9: identical layout and formulas):
 * 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本支出 | 项目支出) | 年末结转和结余, 合计 + 类/款/项.
 */
export function fundTable(base: Pick<TableSpec, 'id' | 'title'> & Partial<TableSpec>, ruleId: string): TableSpec {
  return {
    kind: 'finalAccounts',
    columns: [
      { key: 'code', kind: 'code', width: 14 },
      { key: 'name', kind: 'name', width: 30 },
      ...AMOUNTS.map((key) => ({ key, kind: 'amount' as const, width: 14 })),
    ],
    header: [
      {
        cells: [
          { text: '项目', from: 'code', to: 'name' },
          { text: '年初结转和结余', from: 'bcf', rows: 2 },
          { text: '本年收入', from: 'inc', rows: 2 },
          { text: '本年支出', from: 'e_total', to: 'e_proj' },
          { text: '年末结转和结余', from: 'ecf', rows: 2 },
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
        id: ruleId, type: 'rowSum', fill: true, severity: 'error', rows: 'all',
        description: '本年支出小计 = 基本支出 + 项目支出',
        target: 'e_total',
        terms: [{ col: 'e_basic' }, { col: 'e_proj' }],
      },
      {
        // 年末结转和结余 is reported data: checked in every row, never written.
        id: ruleId, type: 'rowSum', fill: false, severity: 'error', rows: 'all',
        description: '年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出小计',
        target: 'ecf',
        terms: [{ col: 'bcf' }, { col: 'inc' }, { col: 'e_total', sign: -1 }],
      },
      {
        id: ruleId, type: 'hierarchy', fill: true, severity: 'error', group: 'codeRows', total: 'total', columns: AMOUNTS,
        description: '合计、各类、各款 = 其下一级科目（类、款、项）之和',
      },
    ],
    ...base,
  };
}

export const T08: TableSpec = fundTable(
  {
    id: 'T08',
    title: '政府性基金预算财政拨款收入支出决算表',
    publicNo: '公开08表',
    footer: '注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。',
    emptyNote: '说明：{dept}本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。',
  },
  'D34',
);
