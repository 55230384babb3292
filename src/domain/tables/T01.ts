// T01 收入支出决算总表 (公开01表), spec §1.1. Data only.
import type { TableSpec } from '../spec/types';

export const T01: TableSpec = {
  id: 'T01',
  kind: 'finalAccounts',
  title: '收入支出决算总表',
  publicNo: '公开01表',
  titleAliases: ['收入支出决算总表（财决01表）', '部门收入支出决算总表'],
  columns: [
    { key: 'L_item', kind: 'label', width: 34 },
    { key: 'L_row', kind: 'rowNo', width: 6, rowNumbersOnly: true },
    { key: 'L_amt', kind: 'amount', width: 16 },
    { key: 'R_item', kind: 'label', width: 34 },
    { key: 'R_row', kind: 'rowNo', width: 6, rowNumbersOnly: true },
    { key: 'R_amt', kind: 'amount', width: 16 },
  ],
  labels: { amountLabel: '金额' },
  header: [
    {
      cells: [
        { text: '收入', from: 'L_item', to: 'L_amt' },
        { text: '支出', from: 'R_item', to: 'R_amt' },
      ],
    },
    {
      cells: [
        { text: '项目', from: 'L_item' },
        { text: '行次', from: 'L_row' },
        { text: '{amountLabel}', from: 'L_amt' },
        { text: '项目', from: 'R_item' },
        { text: '行次', from: 'R_row' },
        { text: '{amountLabel}', from: 'R_amt' },
      ],
    },
    {
      colNoRow: true,
      cells: [
        { text: '栏次', from: 'L_item' },
        { text: '', from: 'L_row' },
        { text: '1', from: 'L_amt' },
        { text: '栏次', from: 'R_item' },
        { text: '', from: 'R_row' },
        { text: '2', from: 'R_amt' },
      ],
    },
  ],
  blocks: [
    {
      id: 'income',
      labelColumn: 'L_item',
      rowNoColumn: 'L_row',
      amountColumns: ['L_amt'],
      head: [
        { key: 'inc_gpb', label: '一、一般公共预算财政拨款收入' },
        { key: 'inc_gf', label: '二、政府性基金预算财政拨款收入' },
        { key: 'inc_soc', label: '三、国有资本经营预算财政拨款收入' },
        { key: 'inc_sup', label: '四、上级补助收入' },
        { key: 'inc_biz', label: '五、事业收入' },
        { key: 'inc_op', label: '六、经营收入' },
        { key: 'inc_aff', label: '七、附属单位上缴收入' },
        { key: 'inc_oth', label: '八、其他收入' },
      ],
      tail: [
        { key: 'inc_year', label: '本年收入合计' },
        { key: 'inc_nfs', label: '使用非财政拨款结余', aliases: ['使用非财政拨款结余（含专用结余）'] },
        { key: 'inc_bcf', label: '年初结转和结余' },
        { key: 'inc_total', label: '总计', aliases: ['收入总计'] },
      ],
    },
    {
      id: 'expenditure',
      labelColumn: 'R_item',
      rowNoColumn: 'R_row',
      amountColumns: ['R_amt'],
      head: [{ categoryRows: true, keyPrefix: 'exp_c', group: 'classRows' }],
      tail: [
        { key: 'exp_year', label: '本年支出合计' },
        { key: 'exp_alloc', label: '结余分配' },
        { key: 'exp_ecf', label: '年末结转和结余' },
        { key: 'exp_total', label: '总计', aliases: ['支出总计'] },
      ],
    },
  ],
  rules: [
    {
      id: 'D01', type: 'sum', fill: true, severity: 'error',
      description: '本年收入合计 = 八项收入之和',
      target: { row: 'inc_year' },
      terms: ['inc_gpb', 'inc_gf', 'inc_soc', 'inc_sup', 'inc_biz', 'inc_op', 'inc_aff', 'inc_oth'].map((row) => ({ row })),
    },
    {
      id: 'D02', type: 'sum', fill: true, severity: 'error',
      description: '收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余',
      target: { row: 'inc_total' },
      terms: [{ row: 'inc_year' }, { row: 'inc_nfs' }, { row: 'inc_bcf' }],
    },
    {
      id: 'D03', type: 'sum', fill: true, severity: 'error',
      description: '本年支出合计 = 各功能分类（类）支出之和',
      target: { row: 'exp_year' },
      terms: [{ group: 'classRows' }],
    },
    {
      id: 'D04', type: 'sum', fill: true, severity: 'error',
      description: '支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余',
      target: { row: 'exp_total' },
      terms: [{ row: 'exp_year' }, { row: 'exp_alloc' }, { row: 'exp_ecf' }],
    },
    {
      id: 'D05', type: 'equal', severity: 'error',
      description: '收入总计 = 支出总计',
      left: [{ row: 'inc_total' }],
      right: [{ row: 'exp_total' }],
    },
  ],
  links: [
    { id: 'D13', description: '各类支出 = 支出决算表中该类的本年支出合计', target: { group: 'classRows' }, source: { table: 'T03', col: 'e_total' } },
  ],
  footer: '注：本表反映部门本年度的总收支和年末结转结余情况。',
};
