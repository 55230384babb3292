// Runs the identities of every recognised table over a workbook snapshot and reports
// findings in plain Chinese, rounding-aware (尾差 is 提示, never 错误).
import { compareSum, comparePercent, VERDICT_LABEL, type Comparison, type Operand } from './compare';
import type { CellLocation, Finding } from './findings';
import { META_SHEET, readMetadata } from './metadata';
import { PROFILES, profile } from './spec/profiles';
import { recogniseTable, titleScore, type ModelCell, type TableModel } from './recognise';
import { codeAndValueChecks } from './codeChecks';
import { unitFindingsOf } from './units';
import { crossCheck } from './crossChecks';
import { checkFormRule, isFormRule } from './formChecks';
import { withFormRows } from './formRows';
import { indicatorChecks } from './indicatorChecks';
import { cellAt, columnLabel, decimalString, formatWan, rowLabel, valueReader, type ValueReader } from './operands';
import type { BlockSpec, ProfileSpec, RuleSpec, Severity, ShareRuleSpec, TableSpec, TermSpec } from './spec/types';
import { TABLES } from './tables';
import type { WorkbookSnapshot } from '../workbook/port';

export interface CheckReport {
  tables: Array<{ table: string; title: string; sheet: string; unit: 'yuan' | 'wan' | null }>;
  missing: string[];
  findings: Finding[];
}

interface Resolved {
  operand: Operand & { sign?: 1 | -1 };
  cell: ModelCell;
}

/** Resolves terms to operands; unreadable cells become findings and count as 0. */
function resolve(model: TableModel, spec: TableSpec, terms: TermSpec[], reader: ValueReader): Resolved[] | null {
  const out: Resolved[] = [];
  for (const t of terms) {
    const rows = 'group' in t ? model.groups[t.group] ?? [] : [t.row];
    for (const row of rows) {
      const col = t.col ?? blockOfRow(spec, row, model)?.amountColumns[0];
      const cell = col === undefined ? undefined : cellAt(model, row, col);
      if (!cell) {
        if ('group' in t) continue; // a class row this layout does not print
        return null;
      }
      const op = reader.operand(model, cell);
      out.push({ operand: { value: op.value, decimals: op.decimals, scaled: op.scaled, sign: t.sign }, cell });
    }
  }
  return out;
}

const BLOCK_OF_ROW = new WeakMap<TableModel, Map<string, BlockSpec | undefined>>();
const GROUP_OF_ROW = new WeakMap<TableModel, Map<string, string>>();

/** The group a row is in (a reverse index, built once per model: groups hold hundreds of rows). */
function groupOf(model: TableModel, row: string): string | undefined {
  let index = GROUP_OF_ROW.get(model);
  if (!index) {
    index = new Map();
    for (const [g, rows] of Object.entries(model.groups)) for (const r of rows) if (!index.has(r)) index.set(r, g);
    GROUP_OF_ROW.set(model, index);
  }
  return index.get(row);
}

/** The block a row belongs to: by its key, its key prefix, or (coded rows) the model's group. */
function blockOfRow(spec: TableSpec, row: string, model?: TableModel): BlockSpec | undefined {
  const cache = model ? (BLOCK_OF_ROW.get(model) ?? BLOCK_OF_ROW.set(model, new Map()).get(model)!) : undefined;
  if (cache?.has(row)) return cache.get(row);
  const group = model && groupOf(model, row);
  const block = spec.blocks.find((b) =>
    b.tail.some((r) => r.key === row) ||
    b.head.some((h) => ('key' in h ? h.key === row : 'keyPrefix' in h ? row.startsWith(h.keyPrefix) : h.group === row || h.group === group)));
  cache?.set(row, block);
  return block;
}

function sides(description: string): [string, string] {
  const [l, r] = description.split(/\s*=\s*/);
  return [l ?? description, r ?? ''];
}

function findingOf(rule: RuleSpec, model: TableModel, c: Comparison, cells: CellLocation[], where?: string, named?: [string, string]): Finding | null {
  if (c.verdict === 'consistent') return null;
  const severity: Severity = c.verdict === 'roundingDifference' ? 'info' : rule.severity;
  const [lhs, rhs] = named ?? sides(rule.description);
  const title = model.title ?? model.sheet;
  const diff = formatWan(c.difference);
  return {
    rule: rule.id,
    severity,
    message: `${title}·${where && !named ? `${where}：` : ''}${lhs} ${formatWan(c.actual)} ≠ ${rhs} ${formatWan(c.expected)}，相差 ${diff}（${VERDICT_LABEL[c.verdict]}）${unitNote(model)}`,
    cells,
    expected: decimalString(c.expected),
    actual: decimalString(c.actual),
    difference: decimalString(c.difference),
  };
}

/** Values of 元 tables are checked and reported in 万元. */
export function unitNote(model: TableModel): string {
  return model.unit === 'yuan' ? '（原表单位为元，已换算为万元）' : '';
}

/**
 * Most identities hold to the cent: decide those in integers, without building operands.
 * False means "not decided here" (a difference, mixed decimals, a cell that is not a number).
 */
function addsUpFast(model: TableModel, spec: TableSpec, leftTerms: TermSpec[], rightTerms: TermSpec[], reader: ValueReader): boolean {
  let sum = 0;
  let decimals = -1;
  let count = 0;
  for (const [terms, side] of [[leftTerms, 1], [rightTerms, -1]] as const) {
    for (const t of terms) {
      const rows = 'group' in t ? model.groups[t.group] ?? [] : [t.row];
      for (const row of rows) {
        const col = t.col ?? blockOfRow(spec, row, model)?.amountColumns[0];
        const cell = col === undefined ? undefined : cellAt(model, row, col);
        if (!cell) {
          if ('group' in t) continue;
          return false;
        }
        if (cell.parsed.kind !== 'number' && cell.parsed.kind !== 'blank') return false; // reported by the full path
        const op = reader.operand(model, cell);
        if (op.scaled === undefined || (decimals >= 0 && op.decimals !== decimals)) return false;
        decimals = op.decimals;
        sum += side * (t.sign === -1 ? -op.scaled : op.scaled);
        count++;
      }
    }
  }
  return count > 1 && Number.isSafeInteger(sum) && sum === 0;
}

/** One concrete identity: left = right over cells of the model, reported with `where`. */
function checkIdentity(model: TableModel, spec: TableSpec, rule: RuleSpec, leftTerms: TermSpec[], rightTerms: TermSpec[], findings: Finding[], reader: ValueReader, where?: string, named?: [string, string]): void {
  if (addsUpFast(model, spec, leftTerms, rightTerms, reader)) return;
  const left = resolve(model, spec, leftTerms, reader);
  const right = resolve(model, spec, rightTerms, reader);
  if (!left || !right || left.length === 0) return;
  // a + b = c + d is checked as a = c + d − b, so every operand widens the tolerance once.
  const flip = (x?: 1 | -1): 1 | -1 => (x === -1 ? 1 : -1);
  const terms = [...right.map((r) => r.operand), ...left.slice(1).map((r) => ({ ...r.operand, sign: flip(r.operand.sign) }))];
  const c = compareSum(left[0].operand, terms);
  const cells = [...left, ...right].map((r) => ({ sheet: model.sheet, address: r.cell.address }));
  const f = findingOf(rule, model, c, cells, where, named);
  if (f) findings.push(f);
}

/** Rows a row-sum rule applies to: all rows, a group, or a block's rows. */
function rowSumRows(model: TableModel, spec: TableSpec, rows: string): string[] {
  if (rows === 'all') return Object.keys(model.rows);
  if (model.groups[rows]) return model.groups[rows];
  return Object.keys(model.rows).filter((k) => blockOfRow(spec, k, model)?.id === rows);
}

/**
 * The printed percentage in a share cell, in percent points: "99.78%" text, 99.78 typed, or
 * 0.9978 in a cell formatted with %. Null for a blank cell (nothing printed, nothing to check).
 */
function printedPercent(cell: ModelCell): Operand | null {
  const p = cell.parsed;
  if (p.kind === 'percent') return { value: p.value, decimals: p.decimals };
  if (p.kind !== 'number') return null;
  const fmt = cell.numberFormat ?? '';
  if (fmt.includes('%')) {
    const m = /0\.(0+)%/.exec(fmt);
    return { value: p.value.mul(100), decimals: m ? m[1].length : 0 };
  }
  return { value: p.value, decimals: Math.min(shownDecimalsOf(cell), 4) };
}

const shownDecimalsOf = (cell: ModelCell) => (cell.parsed.kind === 'number' ? Math.max(cell.parsed.decimals, /0\.(0+)/.exec(cell.numberFormat ?? '')?.[1].length ?? 0) : 2);

/** target = part / whole × 100 (执行率, 占比), with the percentage tolerance of spec §0.2. */
function checkShare(model: TableModel, spec: TableSpec, rule: ShareRuleSpec, findings: Finding[], reader: ValueReader): void {
  const colOf = (ref: { row: string; col?: string }) => ref.col ?? blockOfRow(spec, ref.row, model)?.amountColumns[0];
  const cell = (ref: { row: string; col?: string }) => model.cells[`${ref.row}.${colOf(ref)}`];
  const target = cell(rule.target);
  const part = cell(rule.part);
  const whole = cell(rule.whole);
  if (!target || !part || !whole) return;
  const printed = printedPercent(target);
  if (!printed) return;
  const w = reader.operand(model, whole).value;
  const pv = reader.operand(model, part).value;
  const where = `${model.title ?? spec.title}·${rowLabel(model, rule.target.row)}`;
  const cells = [target, part, whole].map((c) => ({ sheet: model.sheet, address: c.address }));
  if (w.isZero()) {
    if (!printed.value.isZero()) findings.push({ rule: rule.id, severity: 'warn', cells, message: `${where}：分母为 0，比率应留空或为 0，表中为 ${printed.value.toFixed(printed.decimals)}%` });
    return;
  }
  const computed = pv.div(w).mul(100);
  const c = comparePercent(printed, computed);
  if (c.verdict === 'consistent') return;
  findings.push({
    rule: rule.id, severity: c.verdict === 'roundingDifference' ? 'info' : rule.severity, cells,
    message: `${where}：${rule.description.split(/\s*=\s*/)[0]} 表中为 ${printed.value.toFixed(printed.decimals)}%，按 ${formatWan(pv)} ÷ ${formatWan(w)} 计算应为 ${computed.toFixed(2)}%（${VERDICT_LABEL[c.verdict]}）`,
    expected: computed.toFixed(2), actual: printed.value.toFixed(printed.decimals), difference: printed.value.minus(computed).toFixed(2),
  });
}

export function checkTable(model: TableModel, spec: TableSpec, reader: ValueReader = valueReader()): Finding[] {
  const findings = reader.findings;
  if (!model.unit) {
    findings.push({ rule: 'UNIT_MISSING', severity: 'warn', message: `${model.title ?? model.sheet}未注明金额单位（应为「金额单位：万元」），按万元核对`, cells: [{ sheet: model.sheet, address: 'A1' }] });
  }
  for (const rule of spec.rules) {
    if (isFormRule(rule)) findings.push(...checkFormRule(model, spec, rule));
    else if (rule.type === 'share') checkShare(model, spec, rule, findings, reader);
    else if (rule.type === 'sum') checkIdentity(model, spec, rule, [rule.target], rule.terms, findings, reader);
    else if (rule.type === 'equal') checkIdentity(model, spec, rule, rule.left, rule.right, findings, reader);
    else if (rule.type === 'rowSum') {
      for (const row of rowSumRows(model, spec, rule.rows)) {
        if (!model.cells[`${row}.${rule.target}`]) continue;
        checkIdentity(model, spec, rule, [{ row, col: rule.target }], rule.terms.map((t) => ({ row, col: t.col, sign: t.sign })), findings, reader, rowLabel(model, row));
      }
    } else if (rule.type === 'hierarchy') {
      const keys = model.groups[rule.group] ?? [];
      const codes = keys.filter((k) => /^c\d+$/.test(k)).map((k) => k.slice(1));
      // Children by parent once per rule (not per column): 类 → its 款, 款 → its 项.
      const present = new Set(codes);
      const children = new Map<string, string[]>();
      for (const c of codes) {
        if (c.length === 3) continue;
        const parent = c.slice(0, c.length - 2);
        if (present.has(parent) || c.length === 5) children.set(parent, [...(children.get(parent) ?? []), c]);
      }
      const categories = codes.filter((c) => c.length === 3);
      for (const col of rule.columns) {
        const colName = columnLabel(spec, col);
        for (const [code, kids] of children) {
          if (!model.rows[`c${code}`]) continue;
          const where = `${code} ${rowLabel(model, `c${code}`)}·${colName}`;
          checkIdentity(model, spec, rule, [{ row: `c${code}`, col }], kids.map((c) => ({ row: `c${c}`, col })), findings, reader, where, [where, code.length === 3 ? '其下各款之和' : '其下各项之和']);
        }
        if (rule.total && model.rows[rule.total] && categories.length) {
          const where = `${rowLabel(model, rule.total)}·${colName}`;
          checkIdentity(model, spec, rule, [{ row: rule.total, col }], categories.map((c) => ({ row: `c${c}`, col })), findings, reader, where, [where, '各类之和']);
        }
      }
    }
  }
  return findings;
}

/**
 * Gives each sheet to the one table it holds: the table its title names most precisely,
 * or, on a sheet without a recognisable title, the table with most recognised rows.
 */
export function recogniseWorkbook(snapshot: WorkbookSnapshot): Array<{ spec: TableSpec; model: TableModel }> {
  const found: Array<{ spec: TableSpec; model: TableModel }> = [];
  for (const sheet of snapshot.sheets) {
    if (sheet.name === META_SHEET || sheet.visibility === 'veryHidden') continue;
    // A sheet titled as one of our tables is that table or nothing: never a look-alike.
    const titles = Object.values(TABLES).map((spec) => ({ spec, title: titleScore(sheet, spec) }));
    const top = Math.max(0, ...titles.map((t) => t.title));
    let best: { spec: TableSpec; model: TableModel; rows: number } | null = null;
    for (const { spec, title } of titles) {
      if (title < top) continue;
      const model = recogniseTable(sheet, spec);
      if (!model) continue;
      const rows = Object.keys(model.rows).length;
      if (!best || rows > best.rows) best = { spec, model, rows };
    }
    if (best) found.push({ spec: best.spec, model: best.model });
  }
  return found;
}

/**
 * The tables a workbook should hold: those of the profile the add-in inserted, else of the
 * profile whose set best matches the tables found (an export of the same kind of disclosure).
 */
function expectedTables(snapshot: WorkbookSnapshot, found: string[]): string[] {
  const inserted = readMetadata(snapshot).tables;
  let p = inserted.length ? profile(inserted[0].profile) : undefined;
  if (!p && found.length >= 3) {
    // Most tables in common; among equals the smallest set (fewest tables reported missing).
    const score = (q: ProfileSpec) => q.tables.filter((t) => found.includes(t)).length;
    p = [...PROFILES].sort((a, b) => score(b) - score(a) || a.tables.length - b.tables.length)[0];
    if (score(p) < 3) p = undefined;
  }
  if (!p) return [];
  const list = p.tables.filter((t) => TABLES[t]);
  // A set with one 国有资本经营 table accepts either of its two forms (T09a 收支 / T09b 支出).
  const t09 = list.filter((t) => t.startsWith('T09'));
  if (t09.length === 1 && found.some((f) => f.startsWith('T09'))) return list.filter((t) => t !== t09[0]);
  return list;
}

/**
 * Runs every check on a workbook: each recognised table's own identities, the identities
 * between tables, and with `previous` (last year's workbook) the carry-over continuity.
 */
export function runChecks(snapshot: WorkbookSnapshot, expectedIds?: string[], previous?: WorkbookSnapshot): CheckReport {
  const report: CheckReport = { tables: [], missing: [], findings: [] };
  const found = recogniseWorkbook(snapshot);
  const expected = expectedIds ?? expectedTables(snapshot, found.map((f) => f.spec.id));
  const reader = valueReader(report.findings);
  // 绩效 forms are checked with the text fields of their listed rows (指标值, 完成值, 偏差原因).
  const checked = withFormRows(found, snapshot);
  for (const { spec, model } of checked) {
    report.tables.push({ table: spec.id, title: model.title ?? spec.title, sheet: model.sheet, unit: model.unit });
    checkTable(model, spec, reader);
  }
  report.findings.push(...unitFindingsOf(snapshot, found));
  report.findings.push(...codeAndValueChecks(found, snapshot, reader));
  report.findings.push(...indicatorChecks(checked));
  report.findings.push(...crossCheck(checked, reader, undefined, previous ? recogniseWorkbook(previous) : []));
  // Missing tables are reported against the set the user publishes (a profile), if given.
  report.missing = expected.filter((id) => !found.some((f) => f.spec.id === id));
  return report;
}
