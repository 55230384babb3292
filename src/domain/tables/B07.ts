// B07 一般公共预算“三公”经费支出表, spec §2.7 [K]: one data row, an <上年>预算数 block and a
// <本年>预算数 block of six columns each (合计 | 因公出国（境）费 | 公务用车购置及运行费:
// 小计 | 购置费 | 运行费 | 公务接待费), then the 增减额 / 增减率 columns of the variants that
// print them. Identities: §4.4 B12; growth per §0.3. Data only.
import type { HeaderCellSpec, RuleSpec, TableSpec } from '../spec/types';

const YEARS = [
  { p: 'p', label: '{prevLabel}', name: '上年' },
  { p: 'c', label: '{curLabel}', name: '本年' },
] as const;
const ITEMS = ['total', 'abroad', 'car', 'carBuy', 'carRun', 'recept'];

const yearHead = (p: string): HeaderCellSpec[] => [
  { text: '合计', from: `${p}_total`, rows: 2 },
  { text: '因公出国（境）费', from: `${p}_abroad`, rows: 2 },
  { text: '公务用车购置及运行费', from: `${p}_car`, to: `${p}_carRun` },
  { text: '公务接待费', from: `${p}_recept`, rows: 2 },
];
const carHead = (p: string): HeaderCellSpec[] => [
  { text: '小计', from: `${p}_car` },
  { text: '公务用车购置费', from: `${p}_carBuy` },
  { text: '公务用车运行费', from: `${p}_carRun` },
];

const yearRules: RuleSpec[] = YEARS.flatMap(({ p, name }): RuleSpec[] => [
  {
    id: 'B12', type: 'rowSum', fill: true, severity: 'error', rows: 'all',
    description: `${name}合计 = 因公出国（境）费 + 公务用车购置及运行费小计 + 公务接待费`,
    target: `${p}_total`,
    terms: [{ col: `${p}_abroad` }, { col: `${p}_car` }, { col: `${p}_recept` }],
  },
  {
    id: 'B12', type: 'rowSum', fill: true, severity: 'error', rows: 'all',
    description: `${name}公务用车购置及运行费小计 = 公务用车购置费 + 公务用车运行费`,
    target: `${p}_car`,
    terms: [{ col: `${p}_carBuy` }, { col: `${p}_carRun` }],
  },
]);

const AMOUNTS = [...YEARS.flatMap(({ p }) => ITEMS.map((i) => `${p}_${i}`)), 'd_total', 'd_rate'];

export const B07: TableSpec = {
  id: 'B07',
  kind: 'budget',
  title: '一般公共预算“三公”经费支出表',
  titleAliases: [
    '一般公共预算"三公"经费支出表', '一般公共预算“三公”经费支出预算表', '财政拨款“三公”经费支出表',
    '“三公”经费和机关运行经费预算表', '“三公”经费支出预算表',
  ],
  columns: [
    { key: 'item', kind: 'label', width: 16 },
    ...AMOUNTS.map((key) => ({ key, kind: key === 'd_rate' ? ('percent' as const) : ('amount' as const), width: 13 })),
  ],
  // Profiles may name the years, e.g. { prevLabel: '2024年预算数', curLabel: '2025年预算数' }.
  labels: { prevLabel: '上年预算数', curLabel: '本年预算数' },
  header: [
    {
      cells: [
        { text: '项目', from: 'item', rows: 3 },
        ...YEARS.map(({ p, label }) => ({ text: label, from: `${p}_total`, to: `${p}_recept` })),
        { text: '增减额', from: 'd_total', rows: 3 },
        { text: '增减率（%）', from: 'd_rate', rows: 3 },
      ],
    },
    { cells: YEARS.flatMap(({ p }) => yearHead(p)) },
    { cells: YEARS.flatMap(({ p }) => carHead(p)) },
  ],
  blocks: [
    {
      id: 'main',
      labelColumn: 'item',
      amountColumns: AMOUNTS,
      head: [{ key: 'total', label: '合计', total: true }],
      tail: [],
    },
  ],
  rules: [
    ...yearRules,
    {
      id: 'B12', type: 'sum', fill: true, severity: 'error',
      description: '增减额 = 本年合计 − 上年合计',
      target: { row: 'total', col: 'd_total' },
      terms: [{ row: 'total', col: 'c_total' }, { row: 'total', col: 'p_total', sign: -1 }],
    },
    {
      id: 'B12', type: 'share', fill: true, severity: 'error',
      description: '增减率 = 增减额 / 上年合计 × 100',
      target: { row: 'total', col: 'd_rate' },
      part: { row: 'total', col: 'd_total' },
      whole: { row: 'total', col: 'p_total' },
    },
  ],
};
