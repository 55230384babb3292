// B05 一般公共预算支出表, spec §2.5 [K], central variant with comparison columns:
// <上年>执行数 (小计 | 基本支出 | 项目支出) | <本年>预算数 (same) | <本年>预算数为<上年>执行数的%.
// Identities: §4.4 B09; the ratio column follows §0.3 / §2.12. Data only.
import type { TableSpec } from '../spec/types';

const PREV = ['p_total', 'p_basic', 'p_proj'];
const CUR = ['c_total', 'c_basic', 'c_proj'];
const SUBHEAD = ['小计', '基本支出', '项目支出'];

export const B05: TableSpec = {
  id: 'B05',
  kind: 'budget',
  title: '一般公共预算支出表',
  titleAliases: ['一般公共预算支出功能分类预算表', '一般公共预算财政拨款支出表', '一般公共预算支出预算表'],
  columns: [
    { key: 'code', kind: 'code', width: 14 },
    { key: 'name', kind: 'name', width: 30 },
    ...[...PREV, ...CUR].map((key) => ({ key, kind: 'amount' as const, width: 14 })),
    { key: 'ratio', kind: 'percent', width: 14 },
  ],
  // Profiles may name the years, e.g. { prevLabel: '2024年执行数', curLabel: '2025年预算数' }.
  labels: { prevLabel: '上年执行数', curLabel: '本年预算数' },
  header: [
    {
      cells: [
        { text: '项目', from: 'code', to: 'name' },
        { text: '{prevLabel}', from: 'p_total', to: 'p_proj' },
        { text: '{curLabel}', from: 'c_total', to: 'c_proj' },
        { text: '{curLabel}为{prevLabel}的%', from: 'ratio', rows: 2 },
      ],
    },
    {
      cells: [
        { text: '科目编码', from: 'code' },
        { text: '科目名称', from: 'name' },
        ...PREV.map((from, i) => ({ text: SUBHEAD[i], from })),
        ...CUR.map((from, i) => ({ text: SUBHEAD[i], from })),
      ],
    },
  ],
  blocks: [
    {
      id: 'main',
      labelColumn: 'code',
      amountColumns: [...PREV, ...CUR, 'ratio'],
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
      description: '上年执行数小计 = 基本支出 + 项目支出',
      target: 'p_total',
      terms: [{ col: 'p_basic' }, { col: 'p_proj' }],
    },
    {
      id: 'B09', type: 'rowSum', fill: true, severity: 'error', rows: 'all',
      description: '本年预算数小计 = 基本支出 + 项目支出',
      target: 'c_total',
      terms: [{ col: 'c_basic' }, { col: 'c_proj' }],
    },
    {
      id: 'B09', type: 'hierarchy', fill: true, severity: 'error', group: 'codeRows', total: 'total', columns: [...PREV, ...CUR],
      description: '合计及各类、款 = 其下一级科目之和（合计为Σ类，类为Σ款，款为Σ项）',
    },
    {
      id: 'B09', type: 'share', fill: true, severity: 'error',
      description: '本年预算数为上年执行数的% = 本年预算数小计 / 上年执行数小计 × 100',
      target: { row: 'total', col: 'ratio' },
      part: { row: 'total', col: 'c_total' },
      whole: { row: 'total', col: 'p_total' },
    },
  ],
};
