// B01 部门收支总表 (收支预算总表), spec §2.1 [K], Variant A (财政部 / central): the 类 rows
// of §1.0 on the 支出 side. Identities: §4.4 B01. Data only.
import type { TableSpec } from '../spec/types';

export const B01: TableSpec = {
  id: 'B01',
  kind: 'budget',
  title: '部门收支总表',
  titleAliases: ['收支预算总表', '部门收支预算总表', '财务收支预算总表'],
  columns: [
    { key: 'L_item', kind: 'label', width: 34 },
    { key: 'L_amt', kind: 'amount', width: 16 },
    { key: 'R_item', kind: 'label', width: 34 },
    { key: 'R_amt', kind: 'amount', width: 16 },
  ],
  labels: { amountLabel: '预算数' },
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
        { text: '{amountLabel}', from: 'L_amt' },
        { text: '项目', from: 'R_item' },
        { text: '{amountLabel}', from: 'R_amt' },
      ],
    },
  ],
  blocks: [
    {
      id: 'income',
      labelColumn: 'L_item',
      amountColumns: ['L_amt'],
      head: [
        { key: 'b_inc_gpb', label: '一、一般公共预算拨款收入', aliases: ['一、一般公共预算拨款'] },
        { key: 'b_inc_gf', label: '二、政府性基金预算拨款收入', aliases: ['二、政府性基金预算拨款'] },
        { key: 'b_inc_soc', label: '三、国有资本经营预算拨款收入', aliases: ['三、国有资本经营预算拨款'] },
        { key: 'b_inc_fz', label: '四、财政专户管理资金收入', aliases: ['四、财政专户核拨收入', '四、财政专户管理资金', '四、教育收费'] },
        { key: 'b_inc_biz', label: '五、事业收入' },
        { key: 'b_inc_op', label: '六、事业单位经营收入' },
        { key: 'b_inc_sup', label: '七、上级补助收入' },
        { key: 'b_inc_aff', label: '八、附属单位上缴收入' },
        { key: 'b_inc_oth', label: '九、其他收入' },
      ],
      tail: [
        { key: 'b_inc_year', label: '本年收入合计' },
        { key: 'b_inc_nfs', label: '使用非财政拨款结余', aliases: ['用事业基金弥补收支差额'] },
        { key: 'b_inc_bcf', label: '上年结转', aliases: ['上年结转结余', '上年结转和结余'] },
        { key: 'b_inc_total', label: '收入总计' },
      ],
    },
    {
      id: 'expenditure',
      labelColumn: 'R_item',
      amountColumns: ['R_amt'],
      head: [{ categoryRows: true, keyPrefix: 'b_exp_c', group: 'classRows' }],
      tail: [
        { key: 'b_exp_year', label: '本年支出合计' },
        // A blank row beside 使用非财政拨款结余, so that 本年支出合计 faces 本年收入合计 and
        // 结转下年 faces 上年结转, as the printed table does (tails are bottom-aligned).
        { key: 'b_exp_pad', label: '' },
        { key: 'b_exp_cf', label: '结转下年' },
        { key: 'b_exp_total', label: '支出总计' },
      ],
    },
  ],
  rules: [
    {
      id: 'B01', type: 'sum', fill: true, severity: 'error',
      description: '本年收入合计 = 各项收入之和',
      target: { row: 'b_inc_year' },
      terms: ['b_inc_gpb', 'b_inc_gf', 'b_inc_soc', 'b_inc_fz', 'b_inc_biz', 'b_inc_op', 'b_inc_sup', 'b_inc_aff', 'b_inc_oth'].map((row) => ({ row })),
    },
    {
      id: 'B01', type: 'sum', fill: true, severity: 'error',
      description: '收入总计 = 本年收入合计 + 使用非财政拨款结余 + 上年结转',
      target: { row: 'b_inc_total' },
      terms: [{ row: 'b_inc_year' }, { row: 'b_inc_nfs' }, { row: 'b_inc_bcf' }],
    },
    {
      id: 'B01', type: 'sum', fill: true, severity: 'error',
      description: '本年支出合计 = 各功能分类（类）支出之和',
      target: { row: 'b_exp_year' },
      terms: [{ group: 'classRows' }],
    },
    {
      id: 'B01', type: 'sum', fill: true, severity: 'error',
      description: '支出总计 = 本年支出合计 + 结转下年',
      target: { row: 'b_exp_total' },
      terms: [{ row: 'b_exp_year' }, { row: 'b_exp_cf' }],
    },
    {
      id: 'B01', type: 'equal', severity: 'error',
      description: '收入总计 = 支出总计',
      left: [{ row: 'b_inc_total' }],
      right: [{ row: 'b_exp_total' }],
    },
  ],
};
