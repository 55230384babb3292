// Runs the identities between tables (spec/crossRules.ts) over the recognised tables of a
// workbook, in 万元 whatever each table's unit, with the interval model of spec §0.2.
import type Decimal from 'decimal.js';
import { D, ZERO } from './amount';
import { compareSum, VERDICT_LABEL, type Operand } from './compare';
import type { CellLocation, Finding } from './findings';
import { cellAt, columnLabel, decimalString, formatWan, rowLabel, type ValueReader } from './operands';
import type { TableModel } from './recognise';
import { CROSS_RULES, PREVIOUS_YEAR_RULES, type CrossRuleSpec, type CrossTerm } from './spec/crossRules';
import type { TableSpec } from './spec/types';

export interface FoundTable {
  spec: TableSpec;
  model: TableModel;
}

interface Side {
  operands: Array<Operand & { sign?: 1 | -1 }>;
  cells: CellLocation[];
  label: string;
  yuan: boolean;
}

function defaultColumn(spec: TableSpec, row: string): string | undefined {
  const block = spec.blocks.find((b) => b.tail.some((r) => r.key === row) || b.head.some((h) => ('key' in h && h.key === row) || ('keyPrefix' in h && row.startsWith(h.keyPrefix))));
  return block?.amountColumns[0];
}

function termLabel(found: FoundTable, row: string, col: string): string {
  const { spec, model } = found;
  const single = spec.blocks.every((b) => b.amountColumns.length === 1);
  const name = rowLabel(model, row) || spec.title;
  return single ? name : `${name}·${partColumnLabel(spec, row, col)}`;
}

/** A column's header; in a stacked part of a 绩效 form, the part's own (全年执行数, not c4). */
function partColumnLabel(spec: TableSpec, row: string, col: string): string {
  const label = columnLabel(spec, col);
  if (label !== col) return label;
  const block = spec.blocks.find((b) => [...b.head, ...b.tail].some((h) => 'key' in h && h.key === row));
  const cell = block?.section?.header.flatMap((h) => h.cells).find((c) => c.from === col && c.text);
  return cell ? cell.text.replace(/[（(].*[）)]$/, '') : col;
}

/**
 * One side of an identity. A row a per-code rule names but the table does not print counts
 * as 0; a fixed row that is missing makes the rule inapplicable (null).
 */
function side(terms: CrossTerm[], code: string | null, tables: Map<string, FoundTable>, reader: ValueReader): Side | null {
  const out: Side = { operands: [], cells: [], label: '', yuan: false };
  const parts: Part[] = [];
  for (const term of terms) {
    const found = tables.get(term.table);
    if (!found) {
      if (code !== null) continue;
      return null;
    }
    const row = code === null ? term.row : term.row.replace('{code}', code);
    const col = term.col ?? defaultColumn(found.spec, row);
    const cell = col ? cellAt(found.model, row, col) : undefined;
    if (!cell) {
      if (code !== null) continue;
      return null;
    }
    const op = reader.operand(found.model, cell);
    out.operands.push({ value: op.value, decimals: op.decimals, scaled: op.scaled, sign: term.sign });
    out.cells.push({ sheet: found.model.sheet, address: cell.address });
    out.yuan ||= found.model.unit === 'yuan';
    parts.push({ sign: term.sign ?? 1, table: term.table, found, row, col: col! });
  }
  // Per code, terms a table prints as 0 only lengthen the message (T08/T09 rows of a code).
  const keep = out.operands.map((o, i) => code === null || !o.value.isZero() || i === 0);
  if (code !== null && out.operands.some((o) => !o.value.isZero())) keep.forEach((_, i) => (keep[i] = !out.operands[i].value.isZero()));
  const pick = <T>(xs: T[]) => xs.filter((_, i) => keep[i]);
  const kept = pick(parts);
  // Labels are built only for the few identities that become findings.
  Object.defineProperty(out, 'label', { get: () => joinLabels(kept) });
  out.operands = pick(out.operands);
  out.cells = pick(out.cells);
  return out;
}

interface Part {
  sign: 1 | -1;
  table: string;
  found: FoundTable;
  row: string;
  col: string;
}

/** 「表·行+行−表·行」: a table's title is printed once for consecutive terms of it. */
function joinLabels(parts: Part[]): string {
  return parts
    .map((p, i) => `${i === 0 ? (p.sign === -1 ? '−' : '') : p.sign === -1 ? '−' : '+'}${i > 0 && parts[i - 1].table === p.table ? '' : `${p.found.model.title ?? p.found.spec.title}·`}${termLabel(p.found, p.row, p.col)}`)
    .join('');
}

function total(s: Side): Decimal {
  return s.operands.reduce((acc, o) => acc.plus(o.sign === -1 ? new D(o.value).neg() : o.value), ZERO);
}

/** Codes a per-code rule runs over: those the named tables print (类 only, or all). */
function codesOf(rule: CrossRuleSpec, tables: Map<string, FoundTable>): string[] {
  const codes = new Set<string>();
  for (const term of [...rule.left, ...rule.right]) {
    const found = tables.get(term.table);
    if (!found) continue;
    const prefix = term.row.replace('{code}', '');
    for (const key of Object.keys(found.model.rows)) {
      if (!key.startsWith(prefix)) continue;
      const code = key.slice(prefix.length);
      if (/^\d+$/.test(code) && (rule.perCode === 'all' || code.length === 3)) codes.add(code);
    }
  }
  return [...codes].sort();
}

/**
 * The common case in integers, before any operand or label is built: the identity holds to
 * the cent (eq), or left stays within right + 0.01 (le). False: not decided here.
 */
function holdsFast(rule: CrossRuleSpec, code: string | null, tables: Map<string, FoundTable>, reader: ValueReader): boolean {
  let sum = 0;
  let decimals = -1;
  for (const [terms, side] of [[rule.left, 1], [rule.right, -1]] as const) {
    let n = 0;
    for (const term of terms) {
      const found = tables.get(term.table);
      if (!found) {
        if (code === null) return true; // inapplicable: nothing to report
        continue;
      }
      const row = code === null ? term.row : term.row.replace('{code}', code);
      const col = term.col ?? defaultColumn(found.spec, row);
      const cell = col ? cellAt(found.model, row, col) : undefined;
      if (!cell) {
        if (code === null) return true;
        continue;
      }
      if (cell.parsed.kind !== 'number' && cell.parsed.kind !== 'blank') return false;
      const op = reader.operand(found.model, cell);
      if (op.scaled === undefined || (decimals >= 0 && op.decimals !== decimals)) return false;
      decimals = op.decimals;
      sum += side * (term.sign === -1 ? -op.scaled : op.scaled);
      n++;
    }
    if (n === 0) return true; // one side absent: the rule does not apply
  }
  if (!Number.isSafeInteger(sum)) return false;
  if (rule.relation === 'le') return decimals === 2 && sum <= 1; // ≤ right + 0.01
  return sum === 0;
}

function checkOne(rule: CrossRuleSpec, code: string | null, tables: Map<string, FoundTable>, reader: ValueReader): Finding | null {
  if (holdsFast(rule, code, tables, reader)) return null;
  const left = side(rule.left, code, tables, reader);
  const right = side(rule.right, code, tables, reader);
  if (!left || !right || left.operands.length === 0 || right.operands.length === 0) return null;
  const cells = [...left.cells, ...right.cells];
  const where = code ? `${code} ` : '';
  const note = left.yuan || right.yuan ? '（元表已换算为万元）' : '';
  if (rule.relation === 'le') {
    const excess = total(left).minus(total(right));
    if (excess.lte('0.01')) return null; // spec §0.2 class W: +0.01 for rounding
    return {
      rule: rule.id, severity: rule.severity, cells,
      message: `${where}${left.label} ${formatWan(total(left))} 大于 ${right.label} ${formatWan(total(right))}，超出 ${formatWan(excess)}（${rule.description}）${note}`,
      expected: decimalString(total(right)), actual: decimalString(total(left)), difference: decimalString(excess),
    };
  }
  // a + b = c + d is checked as a = c + d − b, so every operand widens the tolerance once.
  const [first, ...rest] = left.operands;
  const flip = (x?: 1 | -1): 1 | -1 => (x === -1 ? 1 : -1);
  const c = compareSum({ value: first.sign === -1 ? new D(first.value).neg() : first.value, decimals: first.decimals, scaled: first.scaled === undefined ? undefined : first.sign === -1 ? -first.scaled : first.scaled }, [...right.operands, ...rest.map((o) => ({ ...o, sign: flip(o.sign) }))]);
  if (c.verdict === 'consistent') return null;
  const actual = total(left);
  const expected = total(right);
  return {
    rule: rule.id,
    severity: c.verdict === 'roundingDifference' ? 'info' : rule.severity,
    message: `${where}${left.label} ${formatWan(actual)} ≠ ${right.label} ${formatWan(expected)}，相差 ${formatWan(actual.minus(expected))}（${VERDICT_LABEL[c.verdict]}）${note}`,
    cells,
    expected: decimalString(expected),
    actual: decimalString(actual),
    difference: decimalString(actual.minus(expected)),
  };
}

/**
 * A rule with `every` terms, with one term per recognised table of that id (registered as
 * `PB#1` …, titled with its sheet when there are several); none when no such table exists.
 */
function expandEvery(rule: CrossRuleSpec, found: FoundTable[], tables: Map<string, FoundTable>): CrossRuleSpec[] {
  if (![...rule.left, ...rule.right].some((x) => x.every)) return [rule];
  const expand = (terms: CrossTerm[]) => terms.flatMap((term) => {
    if (!term.every) return [term];
    const all = found.filter((f) => f.spec.id === term.table);
    return all.map((f, i) => {
      const key = `${term.table}#${i + 1}`;
      tables.set(key, all.length > 1 ? { spec: f.spec, model: { ...f.model, title: `${f.model.title ?? f.spec.title}（${f.model.sheet}）` } } : f);
      return { ...term, table: key, every: undefined };
    });
  });
  const left = expand(rule.left);
  const right = expand(rule.right);
  return left.length && right.length ? [{ ...rule, left, right }] : [];
}

/** Findings of every rule between tables; a rule whose tables are not all present is skipped. */
export function crossCheck(found: FoundTable[], reader: ValueReader, rules: CrossRuleSpec[] = CROSS_RULES, previous: FoundTable[] = []): Finding[] {
  const tables = new Map<string, FoundTable>();
  for (const f of found) if (!tables.has(f.spec.id)) tables.set(f.spec.id, f);
  // Last year's tables take part as `T01@prev` …, titled so that messages say which year.
  for (const f of previous) {
    const key = `${f.spec.id}@prev`;
    if (!tables.has(key)) tables.set(key, { spec: f.spec, model: { ...f.model, sheet: `上年工作簿·${f.model.sheet}`, title: `上年${f.model.title ?? f.spec.title}` } });
  }
  if (previous.length) rules = [...rules, ...PREVIOUS_YEAR_RULES];
  rules = rules.flatMap((r) => expandEvery(r, found, tables));
  const findings: Finding[] = [];
  for (const rule of rules) {
    const named = new Set([...rule.left, ...rule.right].map((x) => x.table));
    if (![...named].every((id) => tables.has(id)) && !(rule.perCode && [...named].filter((id) => tables.has(id)).length >= 2)) continue;
    const codes = rule.perCode ? codesOf(rule, tables) : [null];
    for (const code of codes) {
      const f = checkOne(rule, code, tables, reader);
      if (f) findings.push(f);
    }
  }
  return findings;
}
