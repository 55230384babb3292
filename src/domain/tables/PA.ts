// Form A 项目绩效目标完成情况表 (Sichuan 2020, seed 000), spec §3.1 and §4.5. Data only.
// One form per project, stacked in parts: 项目名称 (header) and 预算单位, then 预算执行情况(万元),
// 年度目标完成情况, 绩效指标完成情况. The parts reuse the same physical columns, so the keys are
// generic (c1…c6); column c1 holds each part's vertical label, printed in the part's header.
import type { RuleSpec, TableSpec } from '../spec/types';

/** 预算数 | 执行数 (amount columns of the 预算执行情况 part). */
const AMOUNTS: Array<[string, string]> = [['c3', '预算数'], ['c4', '执行数']];

export const PA: TableSpec = {
  id: 'PA',
  kind: 'performance',
  title: '项目绩效目标完成情况表',
  titleAliases: ['项目绩效目标完成情况'],
  columns: [
    { key: 'c1', kind: 'label', width: 16 }, // part label / 预算单位
    { key: 'c2', kind: 'label', width: 18 }, // fund-source label / 一级指标
    { key: 'c3', kind: 'amount', width: 18 }, // 预算数 / 预期目标 / 二级指标
    { key: 'c4', kind: 'amount', width: 22 }, // 执行数 / 三级指标
    { key: 'c5', kind: 'percent', width: 24 }, // 完成预算（%） / 实际完成目标 / 预期指标值
    { key: 'c6', kind: 'text', width: 24 }, // 实际完成指标值
  ],
  header: [{ cells: [{ text: '项目名称', from: 'c1' }, { text: '', from: 'c2', to: 'c6' }] }],
  blocks: [
    {
      id: 'info',
      labelColumn: 'c1',
      amountColumns: [],
      head: [{ key: 'unit', label: '预算单位' }],
      tail: [],
    },
    {
      id: 'budget',
      section: {
        header: [{
          cells: [
            { text: '预算执行情况(万元)', from: 'c1', to: 'c2' },
            ...AMOUNTS.map(([from, text]) => ({ text, from })),
            { text: '完成预算（%）', from: 'c5' },
            { text: '', from: 'c6' },
          ],
        }],
      },
      labelColumn: 'c2',
      amountColumns: AMOUNTS.map(([k]) => k),
      head: [
        { key: 'total', label: '合计', aliases: ['预算数', '执行数'], total: true },
        { key: 'fin', label: '其中-财政拨款', aliases: ['其中：财政拨款', '财政拨款'] },
        { key: 'oth', label: '其它资金', aliases: ['其他资金'] },
      ],
      tail: [],
    },
    {
      id: 'goal',
      section: {
        header: [{
          cells: [
            { text: '年度目标完成情况', from: 'c1', to: 'c2' },
            { text: '预期目标', from: 'c3', to: 'c4' },
            { text: '实际完成目标', from: 'c5', to: 'c6' },
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
            { text: '绩效指标完成情况', from: 'c1' },
            { text: '一级指标', from: 'c2' },
            { text: '二级指标', from: 'c3' },
            { text: '三级指标', from: 'c4' },
            { text: '预期指标值(包含数字及文字描述)', from: 'c5' },
            { text: '实际完成指标值(包含数字及文字描述)', from: 'c6' },
          ],
        }],
      },
      labelColumn: 'c2',
      amountColumns: [],
      head: [{ codeRegion: true, classification: 'none', group: 'indicatorRows', codeColumn: 'c2', nameColumn: 'c4', blankRows: 10 }],
      tail: [],
    },
  ],
  rules: [
    ...AMOUNTS.map(([col, name]): RuleSpec => ({
      id: 'P01', type: 'sum', fill: true, severity: 'error',
      description: `${name}合计 = 财政拨款 + 其它资金`,
      target: { row: 'total', col },
      terms: [{ row: 'fin', col }, { row: 'oth', col }],
    })),
    ...['total', 'fin', 'oth'].map((row): RuleSpec => ({
      id: 'P02', type: 'share', fill: true, severity: 'error',
      description: '完成预算（%） = 执行数 / 预算数 × 100',
      target: { row, col: 'c5' },
      part: { row, col: 'c4' },
      whole: { row, col: 'c3' },
    })),
  ],
  indicators: { level1: 'c2', level2: 'c3', target: 'c5', actual: 'c6' },
  note: '一张表对应一个项目。「完成预算（%）」列为执行数/预算数（规范 §3.1），原表未印此列；绩效指标行请按一级/二级指标（项目完成指标、效益指标、满意度指标）逐行填写，不够可插入行。',
};
