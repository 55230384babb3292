// SC05 财政拨款支出决算明细表 (Sichuan 表五), spec §1.10. Data only.
// Note: layout UNVERIFIED [K]. The spec's default, as SC07 but covering all 财政拨款
// (一般公共预算 + 政府性基金 + 国有资本经营): rows = 部门预算支出经济分类 类/款, columns
// 合计 | 基本支出 | 项目支出. Confirm against one real Sichuan file before shipping.
import type { TableSpec } from '../spec/types';
import { detailTable } from './SC07';

export const SC05: TableSpec = detailTable({ id: 'SC05', title: '财政拨款支出决算明细表', note: '版式未经核实：公开材料只见到表名，此为规范的默认版式，使用前请与当地下发的模板核对。' });
