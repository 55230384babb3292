// SC12 政府性基金预算财政拨款“三公”经费支出决算表 (Sichuan 2020 表十二), spec §1.7 and §1.10.
// Data only. Layout: the T07 layout ("same layout", spec §1.7); unverified against a real
// Sichuan file [K] — confirm before shipping.
import type { TableSpec } from '../spec/types';
import { sangongTable } from './T07';

export const SC12: TableSpec = sangongTable(
  {
    id: 'SC12',
    title: '政府性基金预算财政拨款“三公”经费支出决算表',
    emptyNote: '说明：{dept}本年度没有使用政府性基金预算财政拨款安排的“三公”经费支出，故本表无数据。',
  },
  '政府性基金预算财政拨款“三公”经费',
);
