// B09 国有资本经营预算支出表, spec §2.8 [K]: the layout of B08 for 国有资本经营预算 funds.
import type { TableSpec } from '../spec/types';
import { fundBudgetTable } from './B08';

export const B09: TableSpec = fundBudgetTable('B09', '国有资本经营', [
  '国有资本经营预算（预算）支出表', '国有资本经营预算支出功能分类预算表', '国有资本经营预算支出预算表', '国有资本经营预算财政拨款支出表',
]);
