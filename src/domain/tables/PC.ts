// Form C 部门整体支出绩效自评表 (Sichuan 2024, seed 001; a monitoring-style form), spec §3.3
// and §4.5. Data only. Parts, stacked: 部门名称 (header), 预算执行情况监控 (总体资金情况),
// 年度主要任务完成情况监控, 绩效目标完成情况监控. The parts reuse the same physical columns,
// so the keys are generic (c1…c7):
//   资金:  (c1 part label) | c2 label | c3 全年预算数 | c4 全年执行数 | c5 偏差原因分析 | c6–c7 拟采取的措施
//   任务:  (c1 part label) | c2 任务名称 | c3–c4 年初主要内容 | c5–c7 截止监控节点完成进度
//   指标:  c1 一级 | c2 二级 | c3 三级 | c4 年初目标值 | c5 全年预计完成情况 | c6 偏差原因分析 | c7 拟采取的措施
import type { RuleSpec, TableSpec } from '../spec/types';

const AMOUNTS: Array<[string, string]> = [['c3', '全年预算数'], ['c4', '全年执行数']];

export const PC: TableSpec = {
  id: 'PC',
  kind: 'performance',
  title: '部门整体支出绩效自评表',
  titleAliases: ['部门整体支出绩效监控表', '部门整体支出绩效自评表（监控）'],
  columns: [
    { key: 'c1', kind: 'label', width: 16 }, // part label / 一级指标
    { key: 'c2', kind: 'label', width: 18 }, // fund label / 任务名称 / 二级指标
    { key: 'c3', kind: 'amount', width: 16 }, // 全年预算数 / 年初主要内容 / 三级指标
    { key: 'c4', kind: 'amount', width: 16 }, // 全年执行数 / 年初目标值
    { key: 'c5', kind: 'text', width: 24 }, // 偏差原因分析 / 完成进度 / 全年预计完成情况
    { key: 'c6', kind: 'text', width: 22 },
    { key: 'c7', kind: 'text', width: 22 },
  ],
  header: [{ cells: [{ text: '部门名称', from: 'c1' }, { text: '', from: 'c2', to: 'c7' }] }],
  blocks: [
    {
      id: 'budget',
      section: {
        header: [
          { cells: [{ text: '预算执行情况监控', from: 'c1', to: 'c7' }] },
          {
            cells: [
              { text: '总体资金情况（万元）', from: 'c1', to: 'c2' },
              ...AMOUNTS.map(([from, text]) => ({ text, from })),
              { text: '偏差原因分析（偏差率在20%以上需填写）', from: 'c5' },
              { text: '拟采取的措施', from: 'c6', to: 'c7' },
            ],
          },
        ],
      },
      labelColumn: 'c2',
      amountColumns: AMOUNTS.map(([k]) => k),
      head: [
        { key: 'total', label: '年度预算总额', aliases: ['年度预算总额：'], total: true },
        { key: 'basic', label: '其中：基本支出', aliases: ['基本支出'] },
        { key: 'proj', label: '项目支出' },
      ],
      tail: [],
    },
    {
      id: 'tasks',
      section: {
        header: [
          { cells: [{ text: '年度主要任务完成情况监控', from: 'c1', to: 'c7' }] },
          {
            cells: [
              { text: '年度主要任务完成情况', from: 'c1' },
              { text: '任务名称', from: 'c2' },
              { text: '年初主要内容', from: 'c3', to: 'c4' },
              { text: '截止监控节点完成进度', from: 'c5', to: 'c7' },
            ],
          },
        ],
      },
      labelColumn: 'c2',
      amountColumns: [],
      head: [{ codeRegion: true, classification: 'none', group: 'taskRows', codeColumn: 'c2', nameColumn: 'c2', blankRows: 5 }],
      tail: [],
    },
    {
      id: 'indicators',
      section: {
        header: [
          { cells: [{ text: '绩效目标完成情况监控', from: 'c1', to: 'c7' }] },
          {
            cells: [
              { text: '一级指标', from: 'c1' },
              { text: '二级指标', from: 'c2' },
              { text: '三级指标', from: 'c3' },
              { text: '年初目标值', from: 'c4' },
              { text: '全年预计完成情况', from: 'c5' },
              { text: '偏差原因分析（偏差率在20%以上）', from: 'c6' },
              { text: '拟采取的措施', from: 'c7' },
            ],
          },
        ],
      },
      labelColumn: 'c1',
      amountColumns: [],
      head: [{ codeRegion: true, classification: 'none', group: 'indicatorRows', codeColumn: 'c1', nameColumn: 'c3', blankRows: 10 }],
      tail: [],
    },
  ],
  rules: [
    ...AMOUNTS.map(([col, name]): RuleSpec => ({
      id: 'P06', type: 'sum', fill: true, severity: 'error',
      description: `年度预算总额（${name}） = 基本支出 + 项目支出`,
      target: { row: 'total', col },
      terms: [{ row: 'basic', col }, { row: 'proj', col }],
    })),
    {
      id: 'P08', type: 'explain', severity: 'error', rows: ['total', 'basic', 'proj'], budget: 'c3', actual: 'c4', reason: 'c5', threshold: 20,
      description: '偏差率达 20% 以上须填写偏差原因分析',
    },
  ],
  indicators: { level1: 'c1', level2: 'c2', target: 'c4', actual: 'c5', reason: 'c6' },
  note: '四川 2024 监控式自评表。偏差率（全年执行数−全年预算数）/全年预算数 达 20% 以上时须填写偏差原因分析；全年执行数应与支出决算表合计一致（两表在同一工作簿时核对）。',
};
