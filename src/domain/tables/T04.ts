// T04 财政拨款收入支出决算总表 (公开04表), spec §1.4. Data only.
// Footer: Shanghai 2024 template (shared/peer-samples, 附件2：部门决算模板.pdf).
import type { RuleSpec, TableSpec } from '../spec/types';

/** The three fiscal funds: amount column on the right, and the rows that feed it on the left. */
const FUNDS = [
  { col: 'gpb', name: '一般公共预算财政拨款', inc: 'f_inc_gpb', bcf: 'f_bcf_gpb' },
  { col: 'gf', name: '政府性基金预算财政拨款', inc: 'f_inc_gf', bcf: 'f_bcf_gf' },
  { col: 'soc', name: '国有资本经营预算财政拨款', inc: 'f_inc_soc', bcf: 'f_bcf_soc' },
] as const;
const RIGHT = ['tot', ...FUNDS.map((f) => f.col)];
const FUND_SUM = FUNDS.map((f) => f.name).join(' + ');

export const T04: TableSpec = {
  id: 'T04',
  kind: 'finalAccounts',
  title: '财政拨款收入支出决算总表',
  publicNo: '公开04表',
  titleAliases: ['财政拨款收支决算总表', '部门财政拨款收入支出决算总表'],
  columns: [
    { key: 'L_item', kind: 'label', width: 30 },
    { key: 'L_row', kind: 'rowNo', width: 6, rowNumbersOnly: true },
    { key: 'L_amt', kind: 'amount', width: 14 },
    { key: 'R_item', kind: 'label', width: 30 },
    { key: 'R_row', kind: 'rowNo', width: 6, rowNumbersOnly: true },
    { key: 'tot', kind: 'amount', width: 14 },
    { key: 'gpb', kind: 'amount', width: 14 },
    { key: 'gf', kind: 'amount', width: 14 },
    { key: 'soc', kind: 'amount', width: 14 },
  ],
  labels: { amountLabel: '金额' },
  header: [
    {
      cells: [
        { text: '收入', from: 'L_item', to: 'L_amt' },
        { text: '支出', from: 'R_item', to: 'soc' },
      ],
    },
    {
      cells: [
        { text: '项目', from: 'L_item' },
        { text: '行次', from: 'L_row' },
        { text: '{amountLabel}', from: 'L_amt' },
        { text: '项目', from: 'R_item' },
        { text: '行次', from: 'R_row' },
        { text: '合计', from: 'tot' },
        ...FUNDS.map((f) => ({ text: f.name, from: f.col })),
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
        ...RIGHT.map((from, i) => ({ text: String(i + 2), from })),
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
        { key: 'f_inc_gpb', label: '一、一般公共预算财政拨款' },
        { key: 'f_inc_gf', label: '二、政府性基金预算财政拨款' },
        { key: 'f_inc_soc', label: '三、国有资本经营预算财政拨款' },
      ],
      tail: [
        { key: 'f_inc_year', label: '本年收入合计' },
        { key: 'f_bcf', label: '年初财政拨款结转和结余' },
        { key: 'f_bcf_gpb', label: '一、一般公共预算财政拨款' },
        { key: 'f_bcf_gf', label: '二、政府性基金预算财政拨款' },
        { key: 'f_bcf_soc', label: '三、国有资本经营预算财政拨款' },
        { key: 'f_inc_total', label: '总计', aliases: ['收入总计'] },
      ],
    },
    {
      id: 'expenditure',
      labelColumn: 'R_item',
      rowNoColumn: 'R_row',
      amountColumns: RIGHT,
      head: [{ categoryRows: true, keyPrefix: 'f_exp_c', group: 'classRows' }],
      tail: [
        { key: 'f_exp_year', label: '本年支出合计' },
        { key: 'f_ecf', label: '年末财政拨款结转和结余' },
        // Blank rows facing 年初结转 一、二、三 on the left (spec §1.4, 行次 61–63).
        { key: 'f_exp_pad1', label: '' },
        { key: 'f_exp_pad2', label: '' },
        { key: 'f_exp_pad3', label: '' },
        { key: 'f_exp_total', label: '总计', aliases: ['支出总计'] },
      ],
    },
  ],
  links: [
    { id: 'D25', description: '各类一般公共预算财政拨款支出 = 一般公共预算财政拨款支出决算表中该类的合计', target: { group: 'classRows', col: 'gpb' }, source: { table: 'T05', col: 'e_total' } },
    { id: 'D25', description: '各类政府性基金预算财政拨款支出 = 政府性基金预算财政拨款收入支出决算表中该类的本年支出小计', target: { group: 'classRows', col: 'gf' }, source: { table: 'T08', col: 'e_total' } },
    { id: 'D25', description: '各类国有资本经营预算财政拨款支出 = 国有资本经营预算财政拨款支出决算表中该类的合计', target: { group: 'classRows', col: 'soc' }, source: { table: 'T09b', col: 'e_total' } },
  ],
  rules: [
    // D15 left side.
    {
      id: 'D15', type: 'sum', fill: true, severity: 'error',
      description: `本年收入合计 = ${FUND_SUM}`,
      target: { row: 'f_inc_year' },
      terms: FUNDS.map((f) => ({ row: f.inc })),
    },
    {
      id: 'D15', type: 'sum', fill: true, severity: 'error',
      description: '年初财政拨款结转和结余 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款结转和结余',
      target: { row: 'f_bcf' },
      terms: FUNDS.map((f) => ({ row: f.bcf })),
    },
    {
      id: 'D15', type: 'sum', fill: true, severity: 'error',
      description: '收入总计 = 本年收入合计 + 年初财政拨款结转和结余',
      target: { row: 'f_inc_total' },
      terms: [{ row: 'f_inc_year' }, { row: 'f_bcf' }],
    },
    // D14 row balance: written in the class rows and 年末; 本年支出合计 and 总计 are column
    // sums (D16) there, so the row balance is only checked in those two rows.
    {
      id: 'D14', type: 'rowSum', fill: true, severity: 'error', rows: 'classRows',
      description: `合计 = ${FUND_SUM}`,
      target: 'tot',
      terms: FUNDS.map((f) => ({ col: f.col })),
    },
    {
      id: 'D14', type: 'sum', fill: true, severity: 'error',
      description: `年末财政拨款结转和结余合计 = ${FUND_SUM}`,
      target: { row: 'f_ecf', col: 'tot' },
      terms: FUNDS.map((f) => ({ row: 'f_ecf', col: f.col })),
    },
    ...(['f_exp_year', 'f_exp_total'] as const).map((row): RuleSpec => ({
      id: 'D14', type: 'equal', severity: 'error',
      description: `${row === 'f_exp_year' ? '本年支出合计' : '支出总计'}（合计栏） = ${FUND_SUM}`,
      left: [{ row, col: 'tot' }],
      right: FUNDS.map((f) => ({ row, col: f.col })),
    })),
    // D16 right side, every column.
    ...RIGHT.map((col): RuleSpec => ({
      id: 'D16', type: 'sum', fill: true, severity: 'error',
      description: `本年支出合计（${col === 'tot' ? '合计' : FUNDS.find((f) => f.col === col)!.name}） = 各功能分类（类）支出之和`,
      target: { row: 'f_exp_year', col },
      terms: [{ group: 'classRows', col }],
    })),
    ...RIGHT.map((col): RuleSpec => ({
      id: 'D16', type: 'sum', fill: true, severity: 'error',
      description: `支出总计（${col === 'tot' ? '合计' : FUNDS.find((f) => f.col === col)!.name}） = 本年支出合计 + 年末财政拨款结转和结余`,
      target: { row: 'f_exp_total', col },
      terms: [{ row: 'f_exp_year', col }, { row: 'f_ecf', col }],
    })),
    {
      id: 'D17', type: 'equal', severity: 'error',
      description: '收入总计 = 支出总计',
      left: [{ row: 'f_inc_total' }],
      right: [{ row: 'f_exp_total', col: 'tot' }],
    },
    ...FUNDS.map((f): RuleSpec => ({
      id: 'D18', type: 'equal', severity: 'error',
      description: `${f.name}本年收入 + 年初结转和结余 = ${f.name}本年支出 + 年末结转和结余`,
      left: [{ row: f.inc }, { row: f.bcf }],
      right: [{ row: 'f_exp_year', col: f.col }, { row: 'f_ecf', col: f.col }],
    })),
  ],
  footer: '注：本表反映部门本年度财政拨款总收支和结转结余情况。',
};
