// Checks of the 绩效 form rules on points and texts (spec §4.5 P03, P04, P08): Σ权重 = 100,
// 0 ≤ 得分 ≤ 权重, the 预算执行 score, and the 偏差原因 a large deviation needs. Points are read as
// typed (never converted); blank, dash and text cells are skipped, never violations.
import type Decimal from 'decimal.js';
import { D, ZERO } from './amount';
import type { CellLocation, Finding } from './findings';
import type { ModelCell, TableModel } from './recognise';
import { formatWan, rowLabel } from './operands';
import type { BoundRuleSpec, ConstantRuleSpec, ExplainRuleSpec, FormRuleSpec, ScoreRuleSpec, TableSpec } from './spec/types';

/** A typed number (points, amounts of a ratio), or null: blank, dash, text, error. */
export function numberOf(cell: ModelCell | undefined): Decimal | null {
  const p = cell?.parsed;
  return p?.kind === 'number' && !p.dash ? p.value : null;
}

/** A maximum printed in text, e.g. 「数量指标(6)」 → 6 (form D's 二级指标（分值）). */
function maxOf(cell: ModelCell | undefined): Decimal | null {
  const n = numberOf(cell);
  if (n || cell?.parsed.kind !== 'text') return n;
  const m = /[(（]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]\s*$/.exec(cell.parsed.text);
  return m ? new D(m[1]) : null;
}

const show = (x: Decimal) => x.toDecimalPlaces(2).toString();
const signed = (x: Decimal) => (x.isNegative() ? `−${show(x.abs())}` : show(x));
const at = (model: TableModel, cells: Array<ModelCell | undefined>): CellLocation[] =>
  cells.filter((c): c is ModelCell => !!c).map((c) => ({ sheet: model.sheet, address: c.address }));
const rowsOf = (model: TableModel, rows: string[]) => rows.flatMap((r) => model.groups[r] ?? (model.rows[r] ? [r] : []));
const nameOf = (rule: { description: string }) => rule.description.split(/\s*[=≤]\s*/).filter((s) => !/^\d+$/.test(s))[0] ?? rule.description;

function checkConstant(model: TableModel, title: string, rule: ConstantRuleSpec): Finding[] {
  const cells = rule.terms.flatMap((t) => ('group' in t ? model.groups[t.group] ?? [] : [t.row]).map((row) => model.cells[`${row}.${t.col}`]));
  const typed = cells.filter((c) => numberOf(c) !== null);
  if (typed.length === 0) return [];
  const total = typed.reduce((acc, c) => acc.plus(numberOf(c)!), ZERO);
  const diff = total.minus(rule.value);
  if (diff.isZero()) return [];
  return [{
    rule: rule.id, severity: rule.severity, cells: at(model, typed),
    message: `${title}·${nameOf(rule)} ${show(total)} ≠ ${rule.value}，相差 ${signed(diff)}`,
    expected: String(rule.value), actual: show(total), difference: show(diff),
  }];
}

function checkBound(model: TableModel, title: string, rule: BoundRuleSpec, spec: TableSpec): Finding[] {
  const out: Finding[] = [];
  // The indicator part comes last: its header names the column where parts share it.
  const headerOf = (k: string) => spec.blocks.flatMap((b) => b.section?.header.flatMap((h) => h.cells) ?? []).reverse().find((c) => c.from === k && c.text)?.text;
  const colName = (k: string) => { const t = headerOf(k) ?? k; return t.includes('分值') ? '分值' : t.replace(/[（(].*$/, ''); };
  const name = nameOf(rule).replace(/^0\s*/, '') || colName(rule.col);
  for (const row of rowsOf(model, rule.rows)) {
    const cell = model.cells[`${row}.${rule.col}`];
    const v = numberOf(cell);
    if (v === null) continue;
    const where = `${title}·${rowLabel(model, row) || row}`;
    if (rule.min !== undefined && v.lt(rule.min)) {
      out.push({ rule: rule.id, severity: rule.severity, cells: at(model, [cell]), message: `${where}：${name} ${signed(v)} 小于 ${rule.min}，相差 ${signed(v.minus(rule.min))}`, expected: String(rule.min), actual: show(v), difference: show(v.minus(rule.min)) });
      continue;
    }
    const maxCell = rule.maxCol ? model.cells[`${row}.${rule.maxCol}`] : undefined;
    const max = maxOf(maxCell);
    if (max === null || v.lte(max)) continue;
    out.push({
      rule: rule.id, severity: rule.severity, cells: at(model, [cell, maxCell]),
      message: `${where}：${name} ${show(v)} 超过${colName(rule.maxCol!)} ${show(max)}，超出 ${show(v.minus(max))}`,
      expected: show(max), actual: show(v), difference: show(v.minus(max)),
    });
  }
  return out;
}

function checkScore(model: TableModel, title: string, rule: ScoreRuleSpec): Finding[] {
  const cell = (ref: { row: string; col?: string }) => model.cells[`${ref.row}.${ref.col}`];
  const [target, part, whole, weightCell] = [rule.target, rule.part, rule.whole, rule.weight].map(cell);
  const score = numberOf(target);
  const spent = numberOf(part) ?? (part?.parsed.kind === 'blank' ? ZERO : null);
  const budget = numberOf(whole);
  if (score === null || spent === null || budget === null || budget.isZero()) return [];
  const weight = numberOf(weightCell) ?? new D(rule.fullMarks);
  const rate = spent.div(budget);
  const expected = weight.mul(D.min(rate, 1));
  const decimals = target!.parsed.kind === 'number' ? target!.parsed.decimals : 0;
  const diff = score.minus(expected);
  // A score printed with d decimals stands for ± half a unit of its last decimal.
  if (diff.abs().lte(new D(5).mul(new D(10).pow(-(decimals + 1))))) return [];
  return [{
    rule: rule.id, severity: rule.severity, cells: at(model, [target, part, whole, weightCell]),
    message: `${title}·${rowLabel(model, rule.target.row)}：${nameOf(rule)} 表中为 ${show(score)}，按 ${show(weight)} × min(${formatWan(spent)} ÷ ${formatWan(budget)}, 1) 计算应为 ${expected.toFixed(2)}，相差 ${signed(diff)}`,
    expected: expected.toFixed(2), actual: show(score), difference: diff.toFixed(2),
  }];
}

function checkExplain(model: TableModel, title: string, rule: ExplainRuleSpec): Finding[] {
  const out: Finding[] = [];
  for (const row of rowsOf(model, rule.rows)) {
    const [b, a, reason] = [rule.budget, rule.actual, rule.reason].map((c) => model.cells[`${row}.${c}`]);
    const budget = numberOf(b);
    const actual = numberOf(a);
    if (budget === null || actual === null || budget.isZero()) continue;
    const deviation = actual.minus(budget).div(budget).mul(100);
    if (deviation.abs().lt(rule.threshold)) continue;
    const explained = reason && reason.parsed.kind !== 'blank' && !(reason.parsed.kind === 'number' && reason.parsed.dash);
    if (explained) continue;
    out.push({
      rule: rule.id, severity: rule.severity, cells: at(model, [a, b, reason]),
      message: `${title}·${rowLabel(model, row)}：偏差率 ${signed(deviation.toDecimalPlaces(2))}%（全年执行数 ${actual.toFixed(2)} − 全年预算数 ${budget.toFixed(2)} = ${signed(actual.minus(budget))}），达 ${rule.threshold}% 以上，但未填写偏差原因分析`,
      expected: `|偏差率| < ${rule.threshold}% 或填写原因`, actual: deviation.toFixed(2), difference: actual.minus(budget).toFixed(2),
    });
  }
  return out;
}

export function isFormRule(rule: { type: string }): rule is FormRuleSpec {
  return rule.type === 'constant' || rule.type === 'bound' || rule.type === 'score' || rule.type === 'explain';
}

/** Findings of one 绩效 form rule on a model (its listed parts read, formRows.ts). */
export function checkFormRule(model: TableModel, spec: TableSpec, rule: FormRuleSpec): Finding[] {
  const title = model.title ?? spec.title;
  switch (rule.type) {
    case 'constant': return checkConstant(model, title, rule);
    case 'bound': return checkBound(model, title, rule, spec);
    case 'score': return checkScore(model, title, rule);
    case 'explain': return checkExplain(model, title, rule);
  }
}
