// Profiles: the table set of one year and region (spec §0.6, §2.0). Data only.
import type { ProfileSpec } from './types';

const CENTRAL_FINAL = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09b'];
const BUDGET = ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11'];

export const PROFILES: readonly ProfileSpec[] = [
  {
    id: 'central-final-2024', name: '中央部门决算公开（2024年度，公开01–09表）', region: 'central', kind: 'finalAccounts', year: 2024,
    layout: { rowNumbers: true, categoryVariant: 'full2024', zeroDisplay: 'blank' },
    tables: CENTRAL_FINAL,
  },
  {
    id: 'sichuan-final-2024', name: '四川省部门决算公开（2024年度，13张表）', region: 'sichuan', kind: 'finalAccounts', year: 2024,
    layout: { rowNumbers: false, categoryVariant: 'full2024', labels: { amountLabel: '决算数' }, zeroDisplay: 'blank' },
    tables: ['T01', 'T02', 'T03', 'T04', 'SC05', 'T05', 'SC07', 'T06', 'SC09', 'T08', 'T09a', 'T09b', 'T07'],
  },
  {
    id: 'sichuan-final-2020', name: '四川省部门决算公开（2020年度，14张表）', region: 'sichuan', kind: 'finalAccounts', year: 2020,
    layout: { rowNumbers: false, categoryVariant: 'full2024', labels: { amountLabel: '决算数' }, zeroDisplay: 'blank' },
    tables: ['T01', 'T02', 'T03', 'T04', 'SC05', 'T05', 'SC07', 'T06', 'SC09', 'T07', 'T08', 'SC12', 'T09a', 'T09b'],
  },
  {
    id: 'shanghai-final-2024', name: '上海市部门决算公开（2024年度，九张表）', region: 'shanghai', kind: 'finalAccounts', year: 2024,
    layout: { rowNumbers: false, categoryVariant: 'shanghai2024', labels: { amountLabel: '决算数' }, zeroDisplay: 'blank', totalRow: 'bottom' },
    tables: ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09a'],
  },
  {
    id: 'central-budget-2025', name: '部门预算公开（2025年度，财政部参考格式）', region: 'central', kind: 'budget', year: 2025,
    layout: { rowNumbers: false, categoryVariant: 'full2024', labels: { amountLabel: '预算数' }, zeroDisplay: 'blank' },
    tables: BUDGET,
  },
  {
    id: 'hebei-budget-2020', name: '河北省县级部门预算公开（2020年度）', region: 'hebei', kind: 'budget', year: 2020,
    layout: { rowNumbers: false, categoryVariant: 'layout2019', labels: { amountLabel: '预算数' }, zeroDisplay: 'blank' },
    tables: BUDGET,
  },
  {
    id: 'sichuan-performance-2024', name: '绩效自评表（四川 2024 等）', region: 'sichuan', kind: 'performance', year: 2024,
    layout: { rowNumbers: false, categoryVariant: 'full2024', labels: { amountLabel: '决算数' }, zeroDisplay: 'blank' },
    tables: ['PA', 'PB', 'PC', 'PD', 'PE'],
  },
];

export function profile(id: string): ProfileSpec | undefined {
  return PROFILES.find((p) => p.id === id);
}
