// Runs the identities of every recognised table over a workbook snapshot and reports
// findings in plain Chinese, rounding-aware (尾差 is 提示, never 错误).
import { compareSum, VERDICT_LABEL, type Comparison, type Operand } from './compare';
import type { CellLocation, Finding } from './findings';
import { META_SHEET, readMetadata } from './metadata';
import { profile } from './spec/profiles';
import { recogniseTable, titleScore, type ModelCell, type TableModel } from './recognise';
import { codeAndValueChecks } from './codeChecks';
import { crossCheck } from './crossChecks';
import { columnLabel, decimalString, formatWan, rowLabel, valueReader, type ValueReader } from './operands';
import type { BlockSpec, RuleSpec, Severity, TableSpec, TermSpec } from './spec/types';
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
      const cell = model.cells[`${row}.${col}`];
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

/** The block a row belongs to: by its key, its key prefix, or (coded rows) the model's group. */
function blockOfRow(spec: TableSpec, row: string, model?: TableModel): BlockSpec | undefined {
  const cache = model ? (BLOCK_OF_ROW.get(model) ?? BLOCK_OF_ROW.set(model, new Map()).get(model)!) : undefined;
  if (cache?.has(row)) return cache.get(row);
  const group = model && Object.keys(model.groups).find((g) => model.groups[g].includes(row));
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

/** One concrete identity: left = right over cells of the model, reported with `where`. */
function checkIdentity(model: TableModel, spec: TableSpec, rule: RuleSpec, leftTerms: TermSpec[], rightTerms: TermSpec[], findings: Finding[], reader: ValueReader, where?: string, named?: [string, string]): void {
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

export function checkTable(model: TableModel, spec: TableSpec, reader: ValueReader = valueReader()): Finding[] {
  const findings = reader.findings;
  if (!model.unit) {
    findings.push({ rule: 'UNIT_MISSING', severity: 'warn', message: `${model.title ?? model.sheet}未注明金额单位（应为「金额单位：万元」），按万元核对`, cells: [{ sheet: model.sheet, address: 'A1' }] });
  }
  for (const rule of spec.rules) {
    if (rule.type === 'sum') checkIdentity(model, spec, rule, [rule.target], rule.terms, findings, reader);
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

/** The tables a workbook should hold: those of the profile the add-in inserted, if any. */
function expectedTables(snapshot: WorkbookSnapshot): string[] {
  const inserted = readMetadata(snapshot).tables;
  const p = inserted.length ? profile(inserted[0].profile) : undefined;
  return p ? p.tables.filter((t) => TABLES[t]) : [];
}

/**
 * Runs every check on a workbook: each recognised table's own identities, the identities
 * between tables, and with `previous` (last year's workbook) the carry-over continuity.
 */
export function runChecks(snapshot: WorkbookSnapshot, expected: string[] = expectedTables(snapshot), previous?: WorkbookSnapshot): CheckReport {
  const report: CheckReport = { tables: [], missing: [], findings: [] };
  const found = recogniseWorkbook(snapshot);
  const reader = valueReader(report.findings);
  for (const { spec, model } of found) {
    report.tables.push({ table: spec.id, title: model.title ?? spec.title, sheet: model.sheet, unit: model.unit });
    checkTable(model, spec, reader);
  }
  const units = new Set(found.map((f) => f.model.unit ?? 'wan'));
  if (units.size > 1) {
    const list = found.map((f) => `${f.model.title ?? f.spec.title}（${f.model.unit === 'yuan' ? '元' : '万元'}）`).join('、');
    report.findings.push({
      rule: 'UNIT_MIXED', severity: 'error',
      message: `各表金额单位不一致：${list}。表间核对已把元换算为万元，但公开前请统一为万元（可用「元→万元」转换）`,
      cells: found.map((f) => ({ sheet: f.model.sheet, address: 'A1' })),
    });
  }
  report.findings.push(...codeAndValueChecks(found, snapshot, reader));
  report.findings.push(...crossCheck(found, reader, undefined, previous ? recogniseWorkbook(previous) : []));
  // Missing tables are reported against the set the user publishes (a profile), if given.
  report.missing = expected.filter((id) => !found.some((f) => f.spec.id === id));
  return report;
}
