// B11 项目支出绩效目标表, spec §2.10, §3.5 (seed 004 form E [SEED]) and §3.6 [K], as a list:
// the project (项目名称, 项目资金: 年度资金总额 | 其中：财政拨款 | 其他资金, 年度绩效目标) beside
// its indicator rows (一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据).
// The printed form stacks the project header above the indicators; the format has no stacked
// regions, so the project sits in the first row, left of the indicators. Only the header holds
// amounts: 年度资金总额 = 财政拨款 + 其他资金 (§4.5 P01, forms E/G). Data only.
import type { TableSpec } from '../spec/types';

const FUNDS = ['f_total', 'f_fin', 'f_oth'];
const INDICATORS: Array<[string, string]> = [
  ['lvl1', '一级指标'], ['lvl2', '二级指标'], ['lvl3', '三级指标'],
  ['desc', '绩效指标描述'], ['value', '指标值'], ['basis', '指标值确定依据'],
];

export const B11: TableSpec = {
  id: 'B11',
  kind: 'budget',
  title: '项目支出绩效目标表',
  titleAliases: ['项目绩效目标表', '项目支出绩效目标申报表', '部门预算项目支出绩效目标表'],
  columns: [
    { key: 'proj', kind: 'name', width: 28 },
    ...FUNDS.map((key) => ({ key, kind: 'amount' as const, width: 14 })),
    { key: 'goal', kind: 'text', width: 30 },
    ...INDICATORS.map(([key]) => ({ key, kind: 'text' as const, width: key === 'desc' || key === 'basis' ? 24 : 14 })),
  ],
  header: [
    {
      cells: [
        { text: '项目名称', from: 'proj', rows: 2 },
        { text: '项目资金', from: 'f_total', to: 'f_oth' },
        { text: '年度绩效目标', from: 'goal', rows: 2 },
        { text: '年度绩效指标', from: 'lvl1', to: 'basis' },
      ],
    },
    {
      cells: [
        { text: '年度资金总额', from: 'f_total' },
        { text: '其中：财政拨款', from: 'f_fin' },
        { text: '其他资金', from: 'f_oth' },
        ...INDICATORS.map(([from, text]) => ({ text, from })),
      ],
    },
  ],
  blocks: [
    {
      id: 'project',
      labelColumn: 'proj',
      amountColumns: FUNDS,
      head: [{ codeRegion: true, classification: 'none', group: 'projectRows', codeColumn: 'proj', nameColumn: 'proj', blankRows: 1 }],
      tail: [],
    },
    {
      id: 'indicators',
      labelColumn: 'lvl1',
      amountColumns: [],
      head: [{ codeRegion: true, classification: 'none', group: 'indicatorRows', codeColumn: 'lvl1', nameColumn: 'lvl3', blankRows: 12 }],
      tail: [],
    },
  ],
  rules: [
    {
      id: 'P01', type: 'rowSum', fill: true, severity: 'error', rows: 'projectRows',
      description: '年度资金总额 = 财政拨款 + 其他资金',
      target: 'f_total',
      terms: [{ col: 'f_fin' }, { col: 'f_oth' }],
    },
  ],
};
