// Draft 出错说明 for 警告-level findings: the written explanation 久其 asks for when a
// 提示性审核 fails and the figures are nevertheless right. The user completes the reason.
import type { Finding } from './findings';

const REASONS: Record<string, string> = {
  D30: '该科目的财政拨款支出大于本单位该科目的总支出，原因是____（如：支出功能分类调整、跨科目列支已报财政部门同意）',
  D31: '该科目的财政拨款收入大于该科目的收入合计，原因是____',
  D33: '基本支出中的“三公”经费科目金额大于“三公”经费决算数，原因是____（如：部分支出按规定不属于“三公”经费统计口径）',
  D43: '本年年初结转和结余与上年年末结转和结余不一致，原因是____（如：上年决算批复后调整、单位划转）',
  B15: '财政拨款支出大于部门支出，原因是____',
  CODE_NAME: '科目名称与科目表不一致，原因是____（如：沿用财政部门下发模板中的名称）',
  CODE_ORDER: '科目未按编码顺序排列，原因是____',
  CODE_PARENT: '缺少上级科目行，原因是____',
  NEGATIVE: '金额为负数，原因是____（如：收回以前年度支出、冲减上年多列支出）',
  UNIT_MISSING: '表中未注明金额单位，本表金额单位为万元',
};

/** The draft 出错说明 of a finding, or null for findings that must be corrected, not explained. */
export function draftExplanation(f: Finding): string | null {
  if (f.severity !== 'warn') return null;
  const reason = REASONS[f.rule] ?? '差异原因是____';
  return `关于「${f.message}」的说明：经核对，${reason}，数据真实、准确。`;
}
