// SC07 一般公共预算财政拨款支出决算明细表 (Sichuan 表七), spec §1.10. Data only.
// Note: layout UNVERIFIED [K]. This is the spec's default: rows = 部门预算支出经济分类 类
// (301/302/303/307/309/310/312/399, printed even when zero) and their 款, columns
// 合计 | 基本支出 | 项目支出. The alternative (功能分类 rows × one column per 经济分类 类) is
// equally plausible; confirm against one real Sichuan file before shipping.
import type { TableSpec } from '../spec/types';

/** The 经济分类 类 of the default Sichuan 明细表 layout (spec §1.10). */
export const SC_DETAIL_CLASSES = ['301', '302', '303', '307', '309', '310', '312', '399'];

/** The default 明细表 layout, shared by SC05 (all 财政拨款) and SC07 (一般公共预算). */
export function detailTable(base: Pick<TableSpec, 'id' | 'title'> & Partial<TableSpec>): TableSpec {
  const amounts = ['e_total', 'e_basic', 'e_proj'];
  return {
    kind: 'finalAccounts',
    columns: [
      { key: 'code', kind: 'code', width: 14 },
      { key: 'name', kind: 'name', width: 30 },
      ...amounts.map((key) => ({ key, kind: 'amount' as const, width: 14 })),
    ],
    header: [
      {
        cells: [
          { text: '项目', from: 'code', to: 'name' },
          { text: '合计', from: 'e_total', rows: 2 },
          { text: '基本支出', from: 'e_basic', rows: 2 },
          { text: '项目支出', from: 'e_proj', rows: 2 },
        ],
      },
      { cells: [{ text: '经济分类科目编码', from: 'code' }, { text: '科目名称', from: 'name' }] },
    ],
    blocks: [
      {
        id: 'main',
        labelColumn: 'code',
        amountColumns: amounts,
        head: [
          { key: 'total', label: '合计', total: true },
          { codeRegion: true, classification: 'economic', group: 'econRows', codeColumn: 'code', nameColumn: 'name', blankRows: 0, fixedCodes: SC_DETAIL_CLASSES },
        ],
        tail: [],
      },
    ],
    rules: [
      {
        id: 'D38', type: 'rowSum', fill: true, severity: 'error', rows: 'all',
        description: '合计 = 基本支出 + 项目支出',
        target: 'e_total',
        terms: [{ col: 'e_basic' }, { col: 'e_proj' }],
      },
      {
        id: 'D38', type: 'hierarchy', fill: true, severity: 'error', group: 'econRows', total: 'total', columns: amounts,
        description: '合计、各类 = 其下一级科目（类、款）之和',
      },
    ],
    ...base,
  };
}

export const SC07: TableSpec = detailTable({ id: 'SC07', title: '一般公共预算财政拨款支出决算明细表', note: '版式未经核实：公开材料只见到表名，此为规范的默认版式，使用前请与当地下发的模板核对。' });
