// Form E 项目绩效目标表 (Hebei 2020 budget, seed 004; ex-ante), spec §3.5 and §4.5, with the
// 项目名称 | 主管部门 | 实施单位 | 项目资金（万元） | 年度绩效目标 head of the Sichuan/central
// equivalents [K]. Data only. Parts, stacked: 项目名称 (header) with 主管部门 and 实施单位,
// 项目资金（万元）, 年度绩效目标, then the indicator list. The parts reuse the same physical
// columns, so the keys are generic (c1…c6):
//   资金: (c1 part label) | c2 label | c3 金额
//   指标: c1 一级指标 | c2 二级指标 | c3 三级指标 | c4 绩效指标描述 | c5 指标值 | c6 指标值确定依据
// B11 is the same content as a one-line list for the budget profiles.
import type { TableSpec } from '../spec/types';

export const PE: TableSpec = {
  id: 'PE',
  kind: 'performance',
  title: '项目绩效目标表',
  titleAliases: ['绩效目标表', '项目支出绩效目标表（单项目）'],
  columns: [
    { key: 'c1', kind: 'label', width: 16 }, // part label / 一级指标
    { key: 'c2', kind: 'label', width: 18 }, // fund label / 二级指标
    { key: 'c3', kind: 'amount', width: 22 }, // 金额 / 三级指标
    { key: 'c4', kind: 'text', width: 26 }, // 绩效指标描述
    { key: 'c5', kind: 'text', width: 14 }, // 指标值
    { key: 'c6', kind: 'text', width: 22 }, // 指标值确定依据
  ],
  header: [{ cells: [{ text: '项目名称', from: 'c1' }, { text: '', from: 'c2', to: 'c6' }] }],
  blocks: [
    {
      id: 'info',
      labelColumn: 'c1',
      amountColumns: [],
      head: [
        { key: 'dept', label: '主管部门' },
        { key: 'impl', label: '实施单位' },
      ],
      tail: [],
    },
    {
      id: 'funds',
      section: {
        header: [{
          cells: [
            { text: '项目资金（万元）', from: 'c1', to: 'c2' },
            { text: '金额', from: 'c3' },
            { text: '', from: 'c4', to: 'c6' },
          ],
        }],
      },
      labelColumn: 'c2',
      amountColumns: ['c3'],
      head: [
        { key: 'total', label: '年度资金总额', aliases: ['年度资金总额：'], total: true },
        { key: 'fin', label: '其中：财政拨款', aliases: ['财政拨款'] },
        { key: 'oth', label: '其他资金' },
      ],
      tail: [],
    },
    {
      id: 'goal',
      section: { header: [] },
      labelColumn: 'c1',
      amountColumns: [],
      head: [{ key: 'goal', label: '年度绩效目标', aliases: ['绩效目标'] }],
      tail: [],
    },
    {
      id: 'indicators',
      section: {
        header: [{
          cells: [
            { text: '一级指标', from: 'c1' },
            { text: '二级指标', from: 'c2' },
            { text: '三级指标', from: 'c3' },
            { text: '绩效指标描述', from: 'c4' },
            { text: '指标值', from: 'c5' },
            { text: '指标值确定依据', from: 'c6' },
          ],
        }],
      },
      labelColumn: 'c1',
      amountColumns: [],
      head: [{ codeRegion: true, classification: 'none', group: 'indicatorRows', codeColumn: 'c1', nameColumn: 'c3', blankRows: 10 }],
      tail: [],
    },
  ],
  rules: [
    {
      id: 'P01', type: 'sum', fill: true, severity: 'error',
      description: '年度资金总额 = 财政拨款 + 其他资金',
      target: { row: 'total', col: 'c3' },
      terms: [{ row: 'fin', col: 'c3' }, { row: 'oth', col: 'c3' }],
    },
  ],
  indicators: { level1: 'c1', level2: 'c2', target: 'c5' },
  note: '一张表对应一个项目（河北 2020 式，表头按四川/中央格式补充项目名称、主管部门、实施单位与项目资金）。指标行请按一级/二级指标（产出指标、效益指标、满意度指标）逐行填写，不够可插入行。',
};
