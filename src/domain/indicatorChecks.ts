// P10 (spec §3.0, §4.5): each indicator row of a 绩效 form names its 一级/二级 指标 from the
// common vocabulary, states its 指标值 as operator + number + unit or in words (定性), and
// a 完成值 in the same unit meets the operator, or the row says why not (偏差原因).
import type Decimal from 'decimal.js';
import { D } from './amount';
import { toHalfWidth } from './cellValue';
import type { Finding } from './findings';
import type { ModelCell, TableModel } from './recognise';
import type { TableSpec } from './spec/types';

/** §3.0: 一级指标 → its 二级指标, with the names seeds 000/004 use (项目完成指标, 效果指标). */
const VOCABULARY: Record<string, string[]> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '满意度指标'],
  满意度指标: ['服务对象满意度指标', '满意度指标'],
  投入管理指标: ['预算编审管理', '预算执行管理', '部门结转结余资金管理', '预算绩效管理', '预决算信息公开管理', '财政监督管理', '政府采购管理', '资产管理'],
};
const ALIASES: Record<string, string> = { 项目完成指标: '产出指标', 效果指标: '效益指标' };

/** A name as compared: half-width, no spaces, no 「(6)」 points, no trailing 指标 (社会效益 = 社会效益指标). */
const key = (s: string) => toHalfWidth(s).replace(/\s+/g, '').replace(/[(（][^)）]*[)）]$/, '').replace(/指标$/, '');
const LEVEL1 = new Map(Object.keys(VOCABULARY).map((k) => [key(k), k]));
for (const [alias, k] of Object.entries(ALIASES)) LEVEL1.set(key(alias), k);
const LEVEL2 = new Set(Object.values(VOCABULARY).flat().map(key));

type Operator = '≥' | '≤' | '>' | '<' | '=';
const OPERATORS: Record<string, Operator> = { '≥': '≥', '>=': '≥', '≤': '≤', '<=': '≤', '>': '>', '<': '<', '=': '=' };

export type Target =
  | { kind: 'quantity'; op: Operator | null; value: Decimal; unit: string }
  | { kind: 'words' }
  | { kind: 'invalid' };

const text = (c: ModelCell | undefined): string => {
  const v = c?.value;
  if (v === null || v === undefined) return '';
  // A number shown as a percentage (0.95 with 0%) is 95%.
  if (typeof v === 'number' && (c?.numberFormat ?? '').includes('%')) return `${new D(v).mul(100).toString()}%`;
  return toHalfWidth(String(v)).trim();
};

/**
 * 指标值 / 完成值 split into operator, number and unit (spec §3.0 regex); words are 定性. An
 * operator (in the text or the 指标性质 column) without a number cannot be read: invalid.
 */
export function parseTarget(raw: string, operator = '', unit = ''): Target {
  const op = toHalfWidth(operator).replace(/\s+/g, '');
  if (op === '定性') return { kind: 'words' };
  if (op && !OPERATORS[op]) return { kind: 'invalid' };
  const m = /^(>=|<=|≥|≤|>|<|=)?\s*(\d+(?:\.\d+)?)\s*(.*)$/.exec(toHalfWidth(raw).trim());
  if (!m) return op || /^(>=|<=|≥|≤|>|<|=)/.test(raw.trim()) ? { kind: 'invalid' } : { kind: 'words' };
  return { kind: 'quantity', op: OPERATORS[m[1] ?? ''] ?? OPERATORS[op] ?? null, value: new D(m[2]), unit: (m[3] || unit).replace(/\s+/g, '') };
}

function meets(actual: Decimal, op: Operator | null, target: Decimal): boolean {
  switch (op) {
    case '≥': return actual.gte(target);
    case '≤': return actual.lte(target);
    case '>': return actual.gt(target);
    case '<': return actual.lt(target);
    default: return actual.eq(target);
  }
}

/** P10 findings of one form's indicator rows (read by formRows.ts). */
export function indicatorFindings(model: TableModel, spec: TableSpec): Finding[] {
  const cols = spec.indicators;
  if (!cols) return [];
  const out: Finding[] = [];
  const title = model.title ?? spec.title;
  const cell = (row: string, col?: string) => (col ? model.cells[`${row}.${col}`] : undefined);
  let level1 = '';
  let level2 = '';
  for (const row of model.groups.indicatorRows ?? []) {
    // Merged 一级/二级 cells print their name in the first row only: it carries down.
    const l1 = text(cell(row, cols.level1));
    const l2 = text(cell(row, cols.level2));
    if (l1) level1 = l1;
    if (l2 || l1) level2 = l2;
    const name = model.rows[row]?.label || level2 || level1;
    const where = `${title}·${[level1, level2.replace(/[(（][^)）]*[)）]$/, ''), model.rows[row]?.label].filter(Boolean).join('·')}`;
    const warn = (message: string, cells: Array<ModelCell | undefined>, extra: Partial<Finding> = {}) =>
      out.push({ rule: 'P10', severity: 'warn', message, cells: cells.filter((c): c is ModelCell => !!c).map((c) => ({ sheet: model.sheet, address: c.address })), ...extra });
    if (l1 && !LEVEL1.has(key(l1))) warn(`${where}：一级指标「${l1}」不在指标体系中（应为产出指标、效益指标、满意度指标等）`, [cell(row, cols.level1)]);
    if (l2 && !LEVEL2.has(key(l2))) warn(`${where}：二级指标「${l2}」不在指标体系中（如数量指标、质量指标、时效指标、成本指标、社会效益指标等）`, [cell(row, cols.level2)]);
    const targetCell = cell(row, cols.target);
    const raw = text(targetCell);
    const opText = text(cell(row, cols.operator));
    if (!raw) continue;
    const unit = text(cell(row, cols.unit));
    const target = parseTarget(raw, opText, unit);
    if (target.kind === 'invalid') {
      warn(`${where}：指标值「${opText}${raw}」无法读作“符号 + 数值 + 单位”，定量指标请写成如「≥95%」，定性指标请注明「定性」`, [cell(row, cols.operator), targetCell]);
      continue;
    }
    const actualCell = cell(row, cols.actual);
    const actualRaw = text(actualCell);
    if (target.kind !== 'quantity' || !actualRaw) continue;
    const actual = parseTarget(actualRaw, '', unit);
    // Different units (指标值 in 元/人 but 完成值 99%) cannot be compared.
    if (actual.kind !== 'quantity' || actual.unit !== target.unit || meets(actual.value, target.op, target.value)) continue;
    const reasonCell = cell(row, cols.reason);
    if (text(reasonCell)) continue;
    const diff = actual.value.minus(target.value);
    const shown = `${target.op ?? ''}${target.value.toString()}${target.unit}`;
    warn(
      `${where || name}：完成值 ${actual.value.toString()}${actual.unit} 未达到指标值 ${shown}，相差 ${diff.isNegative() ? '−' : ''}${diff.abs().toString()}${target.unit}${cols.reason ? '，且未填写偏差原因' : ''}`,
      [targetCell, actualCell, reasonCell],
      { expected: shown, actual: `${actual.value.toString()}${actual.unit}`, difference: diff.toString() },
    );
  }
  return out;
}

/** P10 over every recognised 绩效 form. */
export function indicatorChecks(found: Array<{ spec: TableSpec; model: TableModel }>): Finding[] {
  return found.flatMap(({ spec, model }) => (spec.kind === 'performance' ? indicatorFindings(model, spec) : []));
}
