// Form B 部门预算项目支出绩效自评表（YYYY年度） (Sichuan 2024, seed 001), spec §3.2 and §4.5.
// Data only. Parts, stacked: 项目名称 (header) and the 基本情况 rows, 预算执行情况（10分）,
// 绩效指标（90分） with its 合计 row, then 评价结论 / 存在问题 / 改进措施. The parts reuse the same
// physical columns, so the keys are generic (c1…c10):
//   预算执行情况: (c1 part label) | c2 资金来源 | c4 年初预算 | c5 全年预算数 | c6 预算执行数 |
//                c7 预算执行率 | c8 权重 | c9 得分 | c10 原因
//   绩效指标:    c1 一级 | c2 二级 | c3 三级 | c4 指标性质 | c5 指标值 | c6 度量单位 | c7 完成值 |
//                c8 权重 | c9 得分 | c10 偏差原因
// 全年预算数 is not printed on the seed form, but 预算执行率 must use it (§3.2): it is a normal
// column here. 权重 and 得分 are plain numbers; they are kind 'amount' so that they get a number
// format and sample values, and so the 合计 row can sum them.
import type { RuleSpec, TableSpec } from '../spec/types';

const FUNDS = ['b_fin', 'b_sfm', 'b_unit', 'b_oth'];
const BUDGET_COLS: Array<[string, string]> = [['c4', '年初预算'], ['c5', '全年预算数'], ['c6', '预算执行数']];
const SCORE_COLS: Array<[string, string]> = [['c8', '权重'], ['c9', '得分']];

export const PB: TableSpec = {
  id: 'PB',
  kind: 'performance',
  title: '部门预算项目支出绩效自评表',
  titleAliases: ['项目支出绩效自评表', '部门预算项目支出绩效自评'],
  columns: [
    { key: 'c1', kind: 'label', width: 14 }, // part label / 一级指标
    { key: 'c2', kind: 'label', width: 18 }, // fund source / 二级指标
    { key: 'c3', kind: 'text', width: 18 }, // 三级指标
    { key: 'c4', kind: 'amount', width: 13 }, // 年初预算 / 指标性质
    { key: 'c5', kind: 'amount', width: 13 }, // 全年预算数 / 指标值
    { key: 'c6', kind: 'amount', width: 13 }, // 预算执行数 / 度量单位
    { key: 'c7', kind: 'percent', width: 12 }, // 预算执行率 / 完成值
    { key: 'c8', kind: 'amount', width: 9 }, // 权重 (a plain number; 'amount' for its number format)
    { key: 'c9', kind: 'amount', width: 9 }, // 得分 (likewise)
    { key: 'c10', kind: 'text', width: 22 }, // 原因 / 偏差原因
  ],
  header: [{ cells: [{ text: '项目名称', from: 'c1' }, { text: '', from: 'c2', to: 'c10' }] }],
  blocks: [
    {
      id: 'info',
      labelColumn: 'c1',
      amountColumns: [],
      head: [
        { key: 'dept', label: '主管部门' },
        { key: 'impl', label: '实施单位' },
        { key: 'goal', label: '项目年度目标', aliases: ['1.项目年度目标完成情况'] },
        { key: 'goalDone', label: '年度目标完成情况' },
        { key: 'content', label: '项目实施内容及过程概述', aliases: ['2.项目实施内容及过程概述'] },
      ],
      tail: [],
    },
    {
      id: 'budget',
      section: {
        header: [{
          cells: [
            { text: '预算执行情况（10分）', from: 'c1' },
            { text: '年度预算数（万元）', from: 'c2', to: 'c3' },
            ...BUDGET_COLS.map(([from, text]) => ({ text, from })),
            { text: '预算执行率（%）', from: 'c7' },
            ...SCORE_COLS.map(([from, text]) => ({ text, from })),
            { text: '原因', from: 'c10' },
          ],
        }],
      },
      labelColumn: 'c2',
      amountColumns: [...BUDGET_COLS, ...SCORE_COLS].map(([k]) => k),
      head: [
        { key: 'b_total', label: '总额', aliases: ['合计'], total: true },
        { key: 'b_fin', label: '其中：财政资金', aliases: ['财政资金'] },
        { key: 'b_sfm', label: '财政专户管理资金' },
        { key: 'b_unit', label: '单位资金' },
        { key: 'b_oth', label: '其他资金' },
      ],
      tail: [],
    },
    {
      id: 'indicators',
      section: {
        header: [
          { cells: [{ text: '绩效指标（90分）', from: 'c1', to: 'c10' }] },
          {
            cells: [
              { text: '一级指标', from: 'c1' },
              { text: '二级指标', from: 'c2' },
              { text: '三级指标', from: 'c3' },
              { text: '指标性质', from: 'c4' },
              { text: '指标值', from: 'c5' },
              { text: '度量单位', from: 'c6' },
              { text: '完成值', from: 'c7' },
              ...SCORE_COLS.map(([from, text]) => ({ text, from })),
              { text: '偏差原因分析', from: 'c10' },
            ],
          },
        ],
      },
      labelColumn: 'c1',
      amountColumns: SCORE_COLS.map(([k]) => k),
      head: [{ codeRegion: true, classification: 'none', group: 'indicatorRows', codeColumn: 'c1', nameColumn: 'c3', blankRows: 10 }],
      tail: [{ key: 'total', label: '合计', total: true }],
    },
    {
      id: 'conclusion',
      section: { header: [] },
      labelColumn: 'c1',
      amountColumns: [],
      head: [
        { key: 'verdict', label: '评价结论' },
        { key: 'issues', label: '存在问题' },
        { key: 'measures', label: '改进措施' },
      ],
      tail: [],
    },
  ],
  rules: [
    ...BUDGET_COLS.map(([col, name]): RuleSpec => ({
      id: 'P01', type: 'sum', fill: true, severity: 'error',
      description: `总额（${name}） = 财政资金 + 财政专户管理资金 + 单位资金 + 其他资金`,
      target: { row: 'b_total', col },
      terms: FUNDS.map((row) => ({ row, col })),
    })),
    ...['b_total', ...FUNDS].map((row): RuleSpec => ({
      id: 'P02', type: 'share', fill: true, severity: 'error',
      description: '预算执行率 = 预算执行数 / 全年预算数 × 100',
      target: { row, col: 'c7' },
      part: { row, col: 'c6' },
      whole: { row, col: 'c5' },
    })),
    ...SCORE_COLS.map(([col, name]): RuleSpec => ({
      id: 'P04', type: 'sum', fill: true, severity: 'error',
      description: `合计${name} = 预算执行${name} + Σ绩效指标${name}`,
      target: { row: 'total', col },
      terms: [{ row: 'b_total', col }, { group: 'indicatorRows', col }],
    })),
    // Checks only (never written): the constants and bounds of §3.2.
    {
      id: 'P04', type: 'constant', severity: 'error', value: 100,
      description: '权重合计 = 100',
      terms: [{ row: 'b_total', col: 'c8' }, { group: 'indicatorRows', col: 'c8' }],
    },
    {
      id: 'P04', type: 'bound', severity: 'error', rows: ['b_total', 'indicatorRows'], col: 'c9', min: 0, maxCol: 'c8',
      description: '0 ≤ 得分 ≤ 权重',
    },
    {
      id: 'P03', type: 'score', severity: 'warn', fullMarks: 10,
      description: '预算执行得分 = 权重 × min(预算执行数 / 全年预算数, 1)',
      target: { row: 'b_total', col: 'c9' },
      part: { row: 'b_total', col: 'c6' },
      whole: { row: 'b_total', col: 'c5' },
      weight: { row: 'b_total', col: 'c8' },
    },
  ],
  indicators: { level1: 'c1', level2: 'c2', operator: 'c4', target: 'c5', unit: 'c6', actual: 'c7', reason: 'c10' },
  note: '一张表对应一个项目。预算执行率按「全年预算数」计算（规范 §3.2：原表只印年初预算，但执行率须以全年预算为分母）。权重合计应为 100（预算执行 10 + 绩效指标 90），各行得分在 0 与权重之间，预算执行得分 = 10 × min(执行率, 1)。',
  footer: '项目负责人：                    财务负责人：',
};
