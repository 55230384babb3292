// Identities between tables (spec §4.2, §4.4, §4.5) as data. A term names a table, a row key
// (`{code}` stands for each classification code the tables share) and a column key; a missing
// table skips the rule (missing tables are reported on their own).
import type { Severity } from './types';

export interface CrossTerm {
  table: string;
  /** Row key; `c{code}` / `exp_c{code}` in rules checked per code. */
  row: string;
  /** Column key; default: the block's only amount column. */
  col?: string;
  sign?: 1 | -1;
  /** Summed over every recognised table of this id (one 绩效 form per project, P09). */
  every?: true;
}

export interface CrossRuleSpec {
  id: string;
  description: string;
  severity: Severity;
  left: CrossTerm[];
  right: CrossTerm[];
  /** 'le': left ≤ right, a plausibility check (spec tolerance class W, +0.01). Default 'eq'. */
  relation?: 'eq' | 'le';
  /** Checked once per code found in the tables named: 类 codes only (3), or every code. */
  perCode?: 'category' | 'all';
}

const t = (table: string, row: string, col?: string, sign?: -1): CrossTerm => ({ table, row, ...(col ? { col } : {}), ...(sign ? { sign } : {}) });

/** 决算 between tables, spec §4.2. */
export const FINAL_CROSS_RULES: CrossRuleSpec[] = [
  { id: 'D08', severity: 'error', description: '本年收入合计：收入支出决算总表 = 收入决算表', left: [t('T01', 'inc_year')], right: [t('T02', 'total', 'c_total')] },
  { id: 'D09', severity: 'error', description: '财政拨款收入：总表三项财政拨款 = 收入决算表', left: [t('T01', 'inc_gpb'), t('T01', 'inc_gf'), t('T01', 'inc_soc')], right: [t('T02', 'total', 'c_fin')] },
  ...([['inc_sup', 'c_sup'], ['inc_biz', 'c_biz'], ['inc_op', 'c_op'], ['inc_aff', 'c_aff'], ['inc_oth', 'c_oth']] as const).map(
    ([row, col]): CrossRuleSpec => ({ id: 'D09', severity: 'error', description: '各项收入：收入支出决算总表 = 收入决算表', left: [t('T01', row)], right: [t('T02', 'total', col)] }),
  ),
  { id: 'D12', severity: 'error', description: '本年支出合计：收入支出决算总表 = 支出决算表', left: [t('T01', 'exp_year')], right: [t('T03', 'total', 'e_total')] },
  { id: 'D13', severity: 'error', perCode: 'category', description: '各类支出：收入支出决算总表 = 支出决算表', left: [t('T01', 'exp_c{code}')], right: [t('T03', 'c{code}', 'e_total')] },
  ...([['f_inc_gpb', 'inc_gpb'], ['f_inc_gf', 'inc_gf'], ['f_inc_soc', 'inc_soc']] as const).map(
    ([row, src]): CrossRuleSpec => ({ id: 'D19', severity: 'error', description: '财政拨款收入：财政拨款收入支出决算总表 = 收入支出决算总表', left: [t('T04', row, 'L_amt')], right: [t('T01', src)] }),
  ),
  { id: 'D20', severity: 'error', description: '财政拨款本年收入：财政拨款收入支出决算总表 = 收入决算表', left: [t('T04', 'f_inc_year', 'L_amt')], right: [t('T02', 'total', 'c_fin')] },
  { id: 'D21', severity: 'error', description: '一般公共预算财政拨款支出：财政拨款总表 = 一般公共预算财政拨款支出决算表', left: [t('T04', 'f_exp_year', 'gpb')], right: [t('T05', 'total', 'e_total')] },
  { id: 'D22', severity: 'error', description: '政府性基金预算财政拨款支出：财政拨款总表 = 政府性基金表', left: [t('T04', 'f_exp_year', 'gf')], right: [t('T08', 'total', 'e_total')] },
  { id: 'D23', severity: 'error', description: '国有资本经营预算财政拨款支出：财政拨款总表 = 国有资本经营表', left: [t('T04', 'f_exp_year', 'soc')], right: [t('T09b', 'total', 'e_total')] },
  { id: 'D23', severity: 'error', description: '国有资本经营预算财政拨款支出：财政拨款总表 = 国有资本经营表', left: [t('T04', 'f_exp_year', 'soc')], right: [t('T09a', 'total', 'e_total')] },
  { id: 'D24', severity: 'error', description: '政府性基金年初结转：财政拨款总表 = 政府性基金表', left: [t('T04', 'f_bcf_gf', 'L_amt')], right: [t('T08', 'total', 'bcf')] },
  { id: 'D24', severity: 'error', description: '政府性基金年末结转：财政拨款总表 = 政府性基金表', left: [t('T04', 'f_ecf', 'gf')], right: [t('T08', 'total', 'ecf')] },
  { id: 'D24', severity: 'error', description: '政府性基金收入：收入支出决算总表 = 政府性基金表', left: [t('T01', 'inc_gf')], right: [t('T08', 'total', 'inc')] },
  { id: 'D24', severity: 'error', description: '国有资本经营年初结转：财政拨款总表 = 国有资本经营表', left: [t('T04', 'f_bcf_soc', 'L_amt')], right: [t('T09a', 'total', 'bcf')] },
  { id: 'D24', severity: 'error', description: '国有资本经营年末结转：财政拨款总表 = 国有资本经营表', left: [t('T04', 'f_ecf', 'soc')], right: [t('T09a', 'total', 'ecf')] },
  { id: 'D24', severity: 'error', description: '国有资本经营收入：收入支出决算总表 = 国有资本经营表', left: [t('T01', 'inc_soc')], right: [t('T09a', 'total', 'inc')] },
  { id: 'D25', severity: 'error', perCode: 'category', description: '各类一般公共预算财政拨款支出：财政拨款总表 = 一般公共预算财政拨款支出决算表', left: [t('T04', 'f_exp_c{code}', 'gpb')], right: [t('T05', 'c{code}', 'e_total')] },
  { id: 'D25', severity: 'error', perCode: 'category', description: '各类政府性基金预算财政拨款支出：财政拨款总表 = 政府性基金表', left: [t('T04', 'f_exp_c{code}', 'gf')], right: [t('T08', 'c{code}', 'e_total')] },
  { id: 'D25', severity: 'error', perCode: 'category', description: '各类国有资本经营预算财政拨款支出：财政拨款总表 = 国有资本经营表', left: [t('T04', 'f_exp_c{code}', 'soc')], right: [t('T09b', 'c{code}', 'e_total')] },
  { id: 'D27', severity: 'error', description: '基本支出 = 人员经费合计 + 公用经费合计', left: [t('T05', 'total', 'e_basic')], right: [t('T06', 'per_total', 'per_amt'), t('T06', 'pub_total', 'pub_amt')] },
  { id: 'D30', severity: 'warn', relation: 'le', perCode: 'all', description: '财政拨款支出不超过该科目的总支出', left: [t('T05', 'c{code}', 'e_total'), t('T08', 'c{code}', 'e_total'), t('T09b', 'c{code}', 'e_total')], right: [t('T03', 'c{code}', 'e_total')] },
  { id: 'D30', severity: 'warn', relation: 'le', perCode: 'all', description: '财政拨款基本支出不超过该科目的基本支出', left: [t('T05', 'c{code}', 'e_basic')], right: [t('T03', 'c{code}', 'e_basic')] },
  { id: 'D30', severity: 'warn', relation: 'le', perCode: 'all', description: '财政拨款项目支出不超过该科目的项目支出与上缴上级支出', left: [t('T05', 'c{code}', 'e_proj')], right: [t('T03', 'c{code}', 'e_proj'), t('T03', 'c{code}', 'e_up')] },
  { id: 'D31', severity: 'warn', relation: 'le', perCode: 'all', description: '财政拨款收入不超过该科目的收入合计', left: [t('T02', 'c{code}', 'c_fin')], right: [t('T02', 'c{code}', 'c_total')] },
  ...([['c30217', 'recep_act'], ['c30212', 'abroad_act'], ['c30231', 'car_run_act']] as const).map(
    ([row, col]): CrossRuleSpec => ({ id: 'D33', severity: 'warn', relation: 'le', description: '基本支出中的“三公”经费科目不超过“三公”经费决算数', left: [t('T06', row, 'pub_amt')], right: [t('T07', 'sangong', col)] }),
  ),
  { id: 'D33', severity: 'warn', relation: 'le', description: '基本支出中的公务用车购置不超过“三公”经费决算数', left: [t('T06', 'c31013', 'pub_amt')], right: [t('T07', 'sangong', 'car_buy_act')] },
  { id: 'D38', severity: 'error', description: '一般公共预算财政拨款支出决算明细表合计 = 一般公共预算财政拨款支出决算表合计', left: [t('SC07', 'total', 'e_total')], right: [t('T05', 'total', 'e_total')] },
  { id: 'D38', severity: 'error', description: '项目支出决算表合计 = 一般公共预算财政拨款项目支出', left: [t('SC09', 'total', 'e_proj')], right: [t('T05', 'total', 'e_proj')] },
  { id: 'D38', severity: 'error', description: '财政拨款支出决算明细表合计 = 财政拨款本年支出合计', left: [t('SC05', 'total', 'e_total')], right: [t('T04', 'f_exp_year', 'tot')] },
];

/** 预算 between tables, spec §4.4. */
export const BUDGET_CROSS_RULES: CrossRuleSpec[] = [
  ...([['r_gpb', 'b_inc_gpb'], ['r_gf', 'b_inc_gf'], ['r_soc', 'b_inc_soc'], ['r_fz', 'b_inc_fz'], ['r_biz', 'b_inc_biz'], ['r_op', 'b_inc_op'], ['r_sup', 'b_inc_sup'], ['r_aff', 'b_inc_aff'], ['r_oth', 'b_inc_oth']] as const).map(
    ([col, row]): CrossRuleSpec => ({ id: 'B03', severity: 'error', description: '各项收入：部门收入总表 = 部门收支总表', left: [t('B02', 'total', col)], right: [t('B01', row)] }),
  ),
  { id: 'B02', severity: 'error', description: '部门收入总表合计 = 部门收支总表收入总计 − 使用非财政拨款结余', left: [t('B02', 'total', 'r_total')], right: [t('B01', 'b_inc_total'), t('B01', 'b_inc_nfs', undefined, -1)] },
  { id: 'B04', severity: 'error', description: '部门支出总表合计 = 部门收支总表本年支出合计', left: [t('B03', 'total', 'e_total')], right: [t('B01', 'b_exp_year')] },
  { id: 'B05', severity: 'error', perCode: 'category', description: '各类支出：部门收支总表 = 部门支出总表', left: [t('B01', 'b_exp_c{code}')], right: [t('B03', 'c{code}', 'e_total')] },
  ...([['f_inc_gpb', 'b_inc_gpb'], ['f_inc_gf', 'b_inc_gf'], ['f_inc_soc', 'b_inc_soc']] as const).map(
    ([row, src]): CrossRuleSpec => ({ id: 'B07', severity: 'error', description: '财政拨款收入：财政拨款收支总表 = 部门收支总表', left: [t('B04', row, 'L_amt')], right: [t('B01', src)] }),
  ),
  { id: 'B08', severity: 'error', description: '一般公共预算支出：财政拨款收支总表 = 一般公共预算支出表', left: [t('B04', 'f_exp_year', 'R_gpb')], right: [t('B05', 'total', 'c_total')] },
  { id: 'B08', severity: 'error', description: '政府性基金预算支出：财政拨款收支总表 = 政府性基金预算支出表', left: [t('B04', 'f_exp_year', 'R_gf')], right: [t('B08', 'total', 'x_total')] },
  { id: 'B08', severity: 'error', description: '国有资本经营预算支出：财政拨款收支总表 = 国有资本经营预算支出表', left: [t('B04', 'f_exp_year', 'R_soc')], right: [t('B09', 'total', 'x_total')] },
  { id: 'B08', severity: 'error', perCode: 'category', description: '各类一般公共预算支出：财政拨款收支总表 = 一般公共预算支出表', left: [t('B04', 'f_exp_c{code}', 'R_gpb')], right: [t('B05', 'c{code}', 'c_total')] },
  { id: 'B10', severity: 'error', description: '一般公共预算基本支出：一般公共预算支出表 = 基本支出表', left: [t('B05', 'total', 'c_basic')], right: [t('B06', 'total', 'b_total')] },
  { id: 'B13', severity: 'error', description: '一般公共预算项目支出：项目支出表合计 = 一般公共预算支出表', left: [t('B10', 'total', 'j_total')], right: [t('B05', 'total', 'c_proj')] },
  { id: 'B15', severity: 'warn', relation: 'le', description: '财政拨款基本支出不超过部门基本支出', left: [t('B05', 'total', 'c_basic')], right: [t('B03', 'total', 'e_basic')] },
  { id: 'B15', severity: 'warn', relation: 'le', description: '财政拨款项目支出不超过部门项目支出', left: [t('B05', 'total', 'c_proj')], right: [t('B03', 'total', 'e_proj')] },
];

/** 绩效 forms against the 决算 tables, spec §4.5 (when both are in one workbook). */
export const PERFORMANCE_CROSS_RULES: CrossRuleSpec[] = [
  ...(['PC', 'PD'] as const).flatMap((form) => ([['total', 'e_total', '总额'], ['basic', 'e_basic', '基本支出'], ['proj', 'e_proj', '项目支出']] as const).map(
    ([row, col, name]): CrossRuleSpec => ({ id: 'P07', severity: 'warn', description: `部门整体支出全年执行数（${name}） = 支出决算表合计`, left: [t(form, row, 'c4')], right: [t('T03', 'total', col)] }),
  )),
  {
    id: 'P09', severity: 'warn', relation: 'le', description: '各项目自评表执行数之和不超过支出决算表的项目支出与上缴上级支出',
    left: [{ ...t('PA', 'total', 'c4'), every: true }, { ...t('PB', 'b_total', 'c6'), every: true }],
    right: [t('T03', 'total', 'e_proj'), t('T03', 'total', 'e_up')],
  },
];

export const CROSS_RULES: CrossRuleSpec[] = [...FINAL_CROSS_RULES, ...BUDGET_CROSS_RULES, ...PERFORMANCE_CROSS_RULES];

/** Carry-over continuity with last year's workbook (spec §4.2 D43); its tables are `T01@prev` …. */
export const PREVIOUS_YEAR_RULES: CrossRuleSpec[] = [
  { id: 'D43', severity: 'warn', description: '本年年初结转和结余 = 上年年末结转和结余', left: [t('T01', 'inc_bcf')], right: [t('T01@prev', 'exp_ecf')] },
  ...([['f_bcf_gpb', 'gpb'], ['f_bcf_gf', 'gf'], ['f_bcf_soc', 'soc']] as const).map(
    ([row, col]): CrossRuleSpec => ({ id: 'D43', severity: 'warn', description: '本年年初财政拨款结转和结余 = 上年年末财政拨款结转和结余', left: [t('T04', row, 'L_amt')], right: [t('T04@prev', 'f_ecf', col)] }),
  ),
];
