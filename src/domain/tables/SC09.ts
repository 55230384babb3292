// SC09 一般公共预算财政拨款项目支出决算表 (Sichuan 表九), spec §1.10. Data only.
// Note: layout UNVERIFIED [K]. The spec's default: rows = 部门预算支出经济分类 类/款 of
// 项目支出 (the 类 of the Sichuan 明细表 printed even when zero), one 决算数 column.
// The alternative is the 3-block layout of T06; confirm against a real Sichuan file.
import type { TableSpec } from '../spec/types';
import { SC_DETAIL_CLASSES } from './SC07';

export const SC09: TableSpec = {
  id: 'SC09',
  kind: 'finalAccounts',
  title: '一般公共预算财政拨款项目支出决算表',
  note: '版式未经核实：公开材料只见到表名，此为规范的默认版式，使用前请与当地下发的模板核对。',
  columns: [
    { key: 'code', kind: 'code', width: 14 },
    { key: 'name', kind: 'name', width: 30 },
    { key: 'e_proj', kind: 'amount', width: 16 },
  ],
  labels: { amountLabel: '决算数' },
  header: [
    { cells: [{ text: '项目', from: 'code', to: 'name' }, { text: '{amountLabel}', from: 'e_proj', rows: 2 }] },
    { cells: [{ text: '经济分类科目编码', from: 'code' }, { text: '科目名称', from: 'name' }] },
  ],
  blocks: [
    {
      id: 'main',
      labelColumn: 'code',
      amountColumns: ['e_proj'],
      head: [
        { key: 'total', label: '合计', total: true },
        { codeRegion: true, classification: 'economic', group: 'econRows', codeColumn: 'code', nameColumn: 'name', blankRows: 0, fixedCodes: SC_DETAIL_CLASSES },
      ],
      tail: [],
    },
  ],
  rules: [
    {
      id: 'D38', type: 'hierarchy', fill: true, severity: 'error', group: 'econRows', total: 'total', columns: ['e_proj'],
      description: '合计、各类 = 其下一级科目（类、款）之和',
    },
  ],
};
