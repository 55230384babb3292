// Form D YYYY年部门整体支出绩效自评表 (Hunan 2020, seed 002; scored), spec §3.4 and §4.5.
// Data only. Same title as form C (PC), hence its own id and aliases. Parts, stacked:
// 部门（单位）名称 (header), 整体支出规模（万元）, 年度总体目标, 分解目标自评 with its 总分 row.
// The parts reuse the same physical columns, so the keys are generic (c1…c9):
//   资金: (c1 part label) | c2 label | c3 全年预算数 | c4 全年执行数 | c5 执行率
//   指标: (c1 part label) | c2 一级指标 | c3 权重 | c4 二级指标（分值） | c5 三级指标 |
//         c6 年度指标值 | c7 全年完成值 | c8 自评得分 | c9 偏差及原因分析
// 权重 and 自评得分 are plain numbers; they are kind 'amount' so that they get a number format
// and the 总分 row can sum them. The seed prints no 整体支出 row; it is added as the first
// row so that 财政拨款 + 其他资金 = 基本支出 + 项目支出 = 整体支出 (§3.4, P06) has a cell.
import type { RuleSpec, TableSpec } from '../spec/types';

const AMOUNTS: Array<[string, string]> = [['c3', '全年预算数'], ['c4', '全年执行数']];

export const PD: TableSpec = {
  id: 'PD',
  kind: 'performance',
  title: '部门整体支出绩效自评表',
  titleAliases: ['部门（单位）整体支出绩效自评表', '部门整体支出绩效自评表（评分）'],
  columns: [
    { key: 'c1', kind: 'label', width: 12 }, // part label
    { key: 'c2', kind: 'label', width: 22 }, // fund label / 一级指标
    { key: 'c3', kind: 'amount', width: 13 }, // 全年预算数 / 权重 (a plain number)
    { key: 'c4', kind: 'amount', width: 16 }, // 全年执行数 / 二级指标（分值）
    { key: 'c5', kind: 'percent', width: 18 }, // 执行率 / 三级指标
    { key: 'c6', kind: 'text', width: 14 }, // 年度指标值
    { key: 'c7', kind: 'text', width: 14 }, // 全年完成值
    { key: 'c8', kind: 'amount', width: 10 }, // 自评得分 (a plain number)
    { key: 'c9', kind: 'text', width: 22 }, // 偏差及原因分析
  ],
  header: [{ cells: [{ text: '部门（单位）名称', from: 'c1', to: 'c2' }, { text: '', from: 'c3', to: 'c9' }] }],
  blocks: [
    {
      id: 'budget',
      section: {
        header: [{
          cells: [
            { text: '整体支出规模（万元）', from: 'c1', to: 'c2' },
            ...AMOUNTS.map(([from, text]) => ({ text, from })),
            { text: '执行率（%）', from: 'c5' },
            { text: '', from: 'c6', to: 'c9' },
          ],
        }],
      },
      labelColumn: 'c2',
      amountColumns: AMOUNTS.map(([k]) => k),
      head: [
        { key: 'total', label: '整体支出', aliases: ['合计'], total: true },
        { key: 'fin', label: '资金来源：（1）财政拨款', aliases: ['财政拨款'] },
        { key: 'oth', label: '（2）其他资金', aliases: ['其他资金'] },
        { key: 'basic', label: '资金结构：（1）基本支出', aliases: ['基本支出'] },
        { key: 'proj', label: '（2）项目支出', aliases: ['项目支出'] },
      ],
      tail: [],
    },
    {
      id: 'goal',
      section: {
        header: [{
          cells: [
            { text: '年度总体目标', from: 'c1', to: 'c2' },
            { text: '年初设定目标', from: 'c3', to: 'c5' },
            { text: '全年完成情况', from: 'c6', to: 'c9' },
          ],
        }],
      },
      labelColumn: 'c2',
      amountColumns: [],
      head: [{ codeRegion: true, classification: 'none', group: 'goalRows', codeColumn: 'c2', nameColumn: 'c2', blankRows: 1 }],
      tail: [],
    },
    {
      id: 'indicators',
      section: {
        header: [{
          cells: [
            { text: '分解目标自评', from: 'c1' },
            { text: '一级指标', from: 'c2' },
            { text: '权重', from: 'c3' },
            { text: '二级指标（分值）', from: 'c4' },
            { text: '三级指标', from: 'c5' },
            { text: '年度指标值', from: 'c6' },
            { text: '全年完成值', from: 'c7' },
            { text: '自评得分', from: 'c8' },
            { text: '偏差及原因分析', from: 'c9' },
          ],
        }],
      },
      labelColumn: 'c2',
      amountColumns: ['c3', 'c8'],
      // Seed 002 has 16 二级指标 (8 投入管理 + 4 产出 + 4 效益), one row each at least.
      head: [{ codeRegion: true, classification: 'none', group: 'indicatorRows', codeColumn: 'c2', nameColumn: 'c5', blankRows: 16 }],
      tail: [{ key: 'score', label: '总分', total: true }],
    },
  ],
  rules: [
    ...AMOUNTS.map(([col, name]): RuleSpec => ({
      id: 'P06', type: 'sum', fill: true, severity: 'error',
      description: `整体支出（${name}） = 财政拨款 + 其他资金`,
      target: { row: 'total', col },
      terms: [{ row: 'fin', col }, { row: 'oth', col }],
    })),
    ...AMOUNTS.map(([col, name]): RuleSpec => ({
      id: 'P06', type: 'equal', severity: 'error',
      description: `基本支出 + 项目支出（${name}） = 整体支出`,
      left: [{ row: 'basic', col }, { row: 'proj', col }],
      right: [{ row: 'total', col }],
    })),
    ...['total', 'fin', 'oth'].map((row): RuleSpec => ({
      id: 'P02', type: 'share', fill: true, severity: 'error',
      description: '执行率 = 全年执行数 / 全年预算数 × 100',
      target: { row, col: 'c5' },
      part: { row, col: 'c4' },
      whole: { row, col: 'c3' },
    })),
    {
      id: 'P05', type: 'sum', fill: true, severity: 'error',
      description: '总分权重 = Σ一级指标权重',
      target: { row: 'score', col: 'c3' },
      terms: [{ group: 'indicatorRows', col: 'c3' }],
    },
    {
      id: 'P04', type: 'sum', fill: true, severity: 'error',
      description: '总分 = Σ自评得分',
      target: { row: 'score', col: 'c8' },
      terms: [{ group: 'indicatorRows', col: 'c8' }],
    },
    // Checks only (never written): the constants and bounds of §3.4.
    {
      id: 'P05', type: 'constant', severity: 'error', value: 100,
      description: '一级指标权重合计 = 100',
      terms: [{ group: 'indicatorRows', col: 'c3' }],
    },
    {
      id: 'P04', type: 'bound', severity: 'error', rows: ['indicatorRows'], col: 'c8', min: 0, maxCol: 'c4',
      description: '0 ≤ 自评得分 ≤ 分值',
    },
  ],
  indicators: { level1: 'c2', level2: 'c4', target: 'c6', actual: 'c7', reason: 'c9' },
  note: '湖南式评分自评表：一级指标 投入管理 30、产出 25、效益 45，权重合计应为 100；二级指标分值写在「二级指标（分值）」中，如「数量指标(6)」；「自评得分 ≤ 分值」按其中的分值核对，二级分值之和与一级权重的关系本表不自动检查。每个一级指标的权重只填在其第一行。「整体支出」行为本助手所加（原表未印），用于核对资金来源与资金结构。',
  footer: '注：上述产出指标和效益指标既可以按照重点任务完成情况分别填列，也可以依据所有重点任务归纳提炼综合指标。',
};
