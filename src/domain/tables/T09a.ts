// T09a 国有资本经营预算财政拨款收入支出决算表, spec §1.9: the T08 layout and formulas (D35).
// Data only. Footer and empty-table note: Shanghai 2024 template (shared/peer-samples).
import type { TableSpec } from '../spec/types';
import { fundTable } from './T08';

export const T09a: TableSpec = fundTable(
  {
    id: 'T09a',
    title: '国有资本经营预算财政拨款收入支出决算表',
    footer: '注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。',
    emptyNote: '说明：{dept}本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。',
  },
  'D35',
);
