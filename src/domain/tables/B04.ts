// B04 财政拨款收支总表, spec §2.4 [K]: 收入 (本年收入 and 上年结转, each with its three funds)
// beside 支出 (本年支出, the 类 rows, 结转下年) in 合计 | 一般公共预算 | 政府性基金预算 |
// 国有资本经营预算. Identities: §4.4 B06. Data only.
import type { RuleSpec, TableSpec } from '../spec/types';

const FUNDS = ['R_gpb', 'R_gf', 'R_soc'];
const EXP_COLUMNS = ['R_total', ...FUNDS];
const FUND_NAME: Record<string, string> = { R_total: '合计', R_gpb: '一般公共预算', R_gf: '政府性基金预算', R_soc: '国有资本经营预算' };
const INCOME_ROW: Record<string, [string, string]> = { R_gpb: ['f_inc_gpb', 'f_bcf_gpb'], R_gf: ['f_inc_gf', 'f_bcf_gf'], R_soc: ['f_inc_soc', 'f_bcf_soc'] };

const perColumn: RuleSpec[] = EXP_COLUMNS.flatMap((col): RuleSpec[] => [
  {
    id: 'B06', type: 'sum', fill: true, severity: 'error',
    description: `本年支出（${FUND_NAME[col]}） = 各功能分类（类）支出之和`,
    target: { row: 'f_exp_year', col },
    terms: [{ group: 'classRows', col }],
  },
  {
    id: 'B06', type: 'sum', fill: true, severity: 'error',
    description: `支出总计（${FUND_NAME[col]}） = 本年支出 + 结转下年`,
    target: { row: 'f_exp_total', col },
    terms: [{ row: 'f_exp_year', col }, { row: 'f_ecf', col }],
  },
]);

const perFund: RuleSpec[] = FUNDS.map((col): RuleSpec => ({
  id: 'B06', type: 'equal', severity: 'error',
  description: `${FUND_NAME[col]}本年收入 + 上年结转 = ${FUND_NAME[col]}本年支出 + 结转下年`,
  left: [{ row: INCOME_ROW[col][0] }, { row: INCOME_ROW[col][1] }],
  right: [{ row: 'f_exp_year', col }, { row: 'f_ecf', col }],
}));

export const B04: TableSpec = {
  id: 'B04',
  kind: 'budget',
  title: '财政拨款收支总表',
  titleAliases: ['财政拨款收支预算总表'],
  columns: [
    { key: 'L_item', kind: 'label', width: 30 },
    { key: 'L_amt', kind: 'amount', width: 15 },
    { key: 'R_item', kind: 'label', width: 30 },
    ...EXP_COLUMNS.map((key) => ({ key, kind: 'amount' as const, width: 15 })),
  ],
  labels: { amountLabel: '预算数' },
  header: [
    {
      cells: [
        { text: '收入', from: 'L_item', to: 'L_amt' },
        { text: '支出', from: 'R_item', to: 'R_soc' },
      ],
    },
    {
      cells: [
        { text: '项目', from: 'L_item', rows: 2 },
        { text: '{amountLabel}', from: 'L_amt', rows: 2 },
        { text: '项目', from: 'R_item', rows: 2 },
        { text: '{amountLabel}', from: 'R_total', to: 'R_soc' },
      ],
    },
    { cells: EXP_COLUMNS.map((from) => ({ text: FUND_NAME[from], from })) },
  ],
  blocks: [
    {
      id: 'income',
      labelColumn: 'L_item',
      amountColumns: ['L_amt'],
      head: [
        { key: 'f_inc_year', label: '一、本年收入' },
        { key: 'f_inc_gpb', label: '（一）一般公共预算拨款', aliases: ['（一）一般公共预算拨款收入'] },
        { key: 'f_inc_gf', label: '（二）政府性基金预算拨款', aliases: ['（二）政府性基金预算拨款收入'] },
        { key: 'f_inc_soc', label: '（三）国有资本经营预算拨款', aliases: ['（三）国有资本经营预算拨款收入'] },
        { key: 'f_bcf', label: '二、上年结转', aliases: ['上年结转结余', '上年结转和结余'] },
        { key: 'f_bcf_gpb', label: '（一）一般公共预算拨款' },
        { key: 'f_bcf_gf', label: '（二）政府性基金预算拨款' },
        { key: 'f_bcf_soc', label: '（三）国有资本经营预算拨款' },
      ],
      tail: [{ key: 'f_inc_total', label: '收入总计' }],
    },
    {
      id: 'expenditure',
      labelColumn: 'R_item',
      amountColumns: EXP_COLUMNS,
      head: [
        { key: 'f_exp_year', label: '一、本年支出' },
        { categoryRows: true, keyPrefix: 'f_exp_c', group: 'classRows' },
      ],
      tail: [
        { key: 'f_ecf', label: '二、结转下年' },
        { key: 'f_exp_total', label: '支出总计' },
      ],
    },
  ],
  rules: [
    // Listed first so that its formula wins in every 支出 row, 本年支出 and 支出总计 included;
    // the column sums of those rows' 合计 cells are then checks.
    {
      id: 'B06', type: 'rowSum', fill: true, severity: 'error', rows: 'expenditure',
      description: '合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算',
      target: 'R_total',
      terms: FUNDS.map((col) => ({ col })),
    },
    {
      id: 'B06', type: 'sum', fill: true, severity: 'error',
      description: '本年收入 = 一般公共预算拨款 + 政府性基金预算拨款 + 国有资本经营预算拨款',
      target: { row: 'f_inc_year' },
      terms: [{ row: 'f_inc_gpb' }, { row: 'f_inc_gf' }, { row: 'f_inc_soc' }],
    },
    {
      id: 'B06', type: 'sum', fill: true, severity: 'error',
      description: '上年结转 = 一般公共预算拨款 + 政府性基金预算拨款 + 国有资本经营预算拨款',
      target: { row: 'f_bcf' },
      terms: [{ row: 'f_bcf_gpb' }, { row: 'f_bcf_gf' }, { row: 'f_bcf_soc' }],
    },
    {
      id: 'B06', type: 'sum', fill: true, severity: 'error',
      description: '收入总计 = 本年收入 + 上年结转',
      target: { row: 'f_inc_total' },
      terms: [{ row: 'f_inc_year' }, { row: 'f_bcf' }],
    },
    ...perColumn,
    {
      id: 'B06', type: 'equal', severity: 'error',
      description: '收入总计 = 支出总计（合计）',
      left: [{ row: 'f_inc_total' }],
      right: [{ row: 'f_exp_total', col: 'R_total' }],
    },
    ...perFund,
  ],
};
