// 元 ↔ 万元 with 舍位平衡 (spec §0.1): every amount of the recognised tables is converted and
// rounded half-up to two decimals, then input cells are moved by whole cents so that every
// identity that held before (subtotals, totals, balances, restated figures across tables)
// holds exactly after. Totals written as formulas stay formulas; typed totals get the sum of
// their adjusted parts. The result is a WritePlan plus the list of moved cells.
import { UNIT_TEXT, unitCell, unitFindingsOf } from './units';
import type Decimal from 'decimal.js';
import { convertUnit, D, formatAmount, roundHalfUp, UNIT_LABEL, type Unit } from './amount';
import { recogniseWorkbook } from './checks';
import type { Finding } from './findings';
import type { ModelCell, TableModel } from './recognise';
import { balanceRounding, type BalanceSum } from './roundBalance';
import { CROSS_RULES, type CrossTerm } from './spec/crossRules';
import type { TableSpec, TermSpec } from './spec/types';
import type { CellWrite, SheetSnapshot, WorkbookSnapshot, WritePlan } from '../workbook/port';

export interface ConvertAdjustment {
  table: string;
  sheet: string;
  address: string;
  label: string;
  /**
   * 'input' a typed figure; 'total' a typed total set to the sum of its parts; 'restated' a
   * typed figure set to the same figure in another table; 'formula' what a formula will show.
   */
  kind: 'input' | 'total' | 'restated' | 'formula';
  /** In the source unit, two decimals. */
  source: string;
  /** Plain half-up rounding in the target unit. */
  rounded: string;
  /** After balancing. */
  adjusted: string;
}

export interface ConvertResult {
  from: Unit;
  to: Unit;
  plan: WritePlan;
  tables: Array<{ table: string; title: string; sheet: string; cells: number; unitCell: string | null }>;
  skipped: Array<{ table: string; sheet: string; reason: string }>;
  adjustments: ConvertAdjustment[];
  /** Identities that did not hold in the source, cells left as converted, and any total that could not be balanced. */
  notes: string[];
  /** False when some identity could not be made exact (see notes). */
  balanced: boolean;
  /** `${sheet}!${address}` → the figure every converted amount cell shows afterwards (formulas included). */
  values: Record<string, number>;
}

export const AMOUNT_FORMAT = '#,##0.00';

/** The header cell stating the unit (「金额单位：元」) in a sheet's first rows. */



interface Node {
  id: string;
  table: string;
  sheet: string;
  cell: ModelCell;
  label: string;
  /** The typed figure in the source unit; null for a formula. */
  typed: Decimal | null;
  /** Typed content this conversion rewrites (not blanks, dashes or text). */
  writes: boolean;
}

type Terms = Array<[string, number]>;

/** The block a row belongs to; coded rows (c30101) by the group recognition put them in. */
function blockOfRow(spec: TableSpec, row: string, model?: TableModel) {
  const group = model && Object.keys(model.groups).find((g) => model.groups[g].includes(row));
  return spec.blocks.find((b) => b.tail.some((r) => r.key === row) || b.head.some((h) => ('key' in h ? h.key === row : 'keyPrefix' in h ? row.startsWith(h.keyPrefix) : h.group === row || h.group === group)));
}

const COLUMN_LABELS = new WeakMap<TableSpec, Map<string, string>>();

function columnLabel(spec: TableSpec, col: string): string {
  const cache = COLUMN_LABELS.get(spec) ?? COLUMN_LABELS.set(spec, new Map()).get(spec)!;
  const known = cache.get(col);
  if (known !== undefined) return known;
  const label = headerLabel(spec, col);
  cache.set(col, label);
  return label;
}

function headerLabel(spec: TableSpec, col: string): string {
  const cells = spec.header.flatMap((h) => h.cells.filter((c) => c.from === col && c.text && !/^\d+$/.test(c.text)));
  return cells.length ? cells[cells.length - 1].text.replace(/\{(\w+)\}/g, (m, k: string) => spec.labels?.[k] ?? '金额') : col;
}

const codeOfKey = (key: string) => /c(\d{3,7})$/.exec(key)?.[1];

/** Plans the conversion of every recognised table in `from` units (the other unit of `to`). */
export function planConvert(snapshot: WorkbookSnapshot, to: Unit): ConvertResult {
  const from: Unit = to === 'wan' ? 'yuan' : 'wan';
  const result: ConvertResult = { from, to, plan: { description: `金额单位${UNIT_LABEL[from]}→${UNIT_LABEL[to]}（舍位平衡）`, sheets: [] }, tables: [], skipped: [], adjustments: [], notes: [], balanced: true, values: {} };
  const found: Array<{ spec: TableSpec; model: TableModel }> = [];
  for (const f of recogniseWorkbook(snapshot)) {
    const why =
      f.spec.kind === 'performance' ? '绩效表不在转换范围内'
      : f.model.unit === to ? `已是${UNIT_LABEL[to]}`
      : f.model.unit === null ? `未注明金额单位（表头应有「金额单位：${UNIT_LABEL[from]}」），未转换`
      : null;
    if (why) result.skipped.push({ table: f.spec.id, sheet: f.model.sheet, reason: `${f.model.title ?? f.spec.title}：${why}` });
    else found.push(f);
  }

  // 1. Every amount cell of the tables to convert.
  const nodes = new Map<string, Node>();
  const at = new Map<string, string>(); // `${tableIndex}:${row}.${col}` → node id
  found.forEach(({ spec, model }, t) => {
    const amount = new Set(spec.columns.filter((c) => c.kind === 'amount').map((c) => c.key));
    const single = spec.blocks.every((b) => b.amountColumns.length === 1);
    for (const [key, cell] of Object.entries(model.cells)) {
      if (!amount.has(cell.col)) continue;
      const id = `${model.sheet}!${cell.address}`;
      if (nodes.has(id)) continue; // one cell recognised under two rows: keep the first, drop the doubt
      const row = (model.rows[cell.row]?.label ?? cell.row).trim();
      const label = single ? row : `${row}·${columnLabel(spec, cell.col)}`;
      const p = cell.parsed;
      const typed = cell.formula ? null : p.kind === 'number' ? p.value : new D(0);
      if (!cell.formula && (p.kind === 'text' || p.kind === 'error' || p.kind === 'percent')) result.notes.push(`${model.sheet}!${cell.address}（${label}）不是金额，按 0 处理，未改动`);
      nodes.set(id, { id, table: spec.id, sheet: model.sheet, cell, label, typed, writes: !cell.formula && p.kind === 'number' && !p.dash });
      at.set(`${t}:${key}`, id);
    }
  });

  // 2. Identities: definitions (a total = signed sum of cells) and balances (left = right).
  const defs = new Map<string, Terms>();
  const balances: Array<{ name: string; left: Terms; right: Terms; parts?: boolean }> = [];
  const reaches = (from: string, target: string, seen = new Set<string>()): boolean => {
    if (from === target) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return (defs.get(from) ?? []).some(([id]) => reaches(id, target, seen));
  };
  const define = (name: string, target: string, terms: Terms) => {
    if (terms.length === 0) return;
    if (defs.has(target) || terms.some(([id]) => reaches(id, target))) balances.push({ name, left: [[target, 1]], right: terms, parts: true });
    else defs.set(target, terms);
  };
  found.forEach(({ spec, model }, t) => {
    const cellOf = (row: string, col?: string) => at.get(`${t}:${row}.${col ?? blockOfRow(spec, row, model)?.amountColumns[0]}`);
    const resolve = (terms: TermSpec[]): Terms | null => {
      const out: Terms = [];
      for (const term of terms) {
        const rows = 'group' in term ? model.groups[term.group] ?? [] : [term.row];
        for (const row of rows) {
          const id = cellOf(row, term.col);
          if (id) out.push([id, term.sign ?? 1]);
          else if (!('group' in term)) return null;
        }
      }
      return out;
    };
    const name = (desc: string) => `${model.title ?? spec.title}·${desc}`;
    for (const rule of spec.rules) {
      if (rule.type === 'sum') {
        const target = resolve([rule.target]);
        const terms = resolve(rule.terms);
        if (target?.length && terms) define(name(rule.description), target[0][0], terms);
      } else if (rule.type === 'equal') {
        const left = resolve(rule.left);
        const right = resolve(rule.right);
        if (left?.length && right?.length) balances.push({ name: name(rule.description), left, right });
      } else if (rule.type === 'rowSum') {
        const rows = rule.rows === 'all' ? Object.keys(model.rows) : model.groups[rule.rows] ?? Object.keys(model.rows).filter((k) => blockOfRow(spec, k, model)?.id === rule.rows);
        for (const row of rows) {
          const target = cellOf(row, rule.target);
          const terms = resolve(rule.terms.map((x) => ({ row, col: x.col, sign: x.sign })));
          if (target && terms) define(name(`${model.rows[row]?.label ?? row}·${rule.description}`), target, terms);
        }
      } else if (rule.type === 'hierarchy') {
        const codes = (model.groups[rule.group] ?? []).filter((k) => /^c\d+$/.test(k)).map((k) => k.slice(1));
        for (const col of rule.columns) {
          for (const code of codes) {
            const children = codes.filter((c) => c.length === (code.length === 3 ? 5 : 7) && c.startsWith(code));
            const target = cellOf(`c${code}`, col);
            const terms = resolve(children.map((c) => ({ row: `c${c}`, col })));
            if (children.length && target && terms) define(name(`${code}·${columnLabel(spec, col)} = 其下各${code.length === 3 ? '款' : '项'}之和`), target, terms);
          }
          const total = rule.total ? cellOf(rule.total, col) : undefined;
          const terms = resolve(codes.filter((c) => c.length === 3).map((c) => ({ row: `c${c}`, col })));
          if (total && terms?.length) define(name(`合计·${columnLabel(spec, col)} = 各类之和`), total, terms);
        }
      }
    }
  });

  // 3. Figures restated in another table: declared links (T01 各类支出 ← T03 …), then any
  //    figure that occurs exactly once in each of two tables with the same value.
  const copy = (a: string, b: string, why: string) => {
    if (a === b) return;
    if (!defs.has(a) && !reaches(b, a)) defs.set(a, [[b, 1]]);
    else if (!defs.has(b) && !reaches(a, b)) defs.set(b, [[a, 1]]);
    else balances.push({ name: why, left: [[a, 1]], right: [[b, 1]] });
  };
  found.forEach(({ spec, model }, t) => {
    for (const link of spec.links ?? []) {
      const s = found.findIndex((f) => f.spec.id === link.source.table);
      if (s < 0) continue;
      const rows = 'group' in link.target ? model.groups[link.target.group] ?? [] : [link.target.row];
      for (const row of rows) {
        const source = link.source.row ?? (codeOfKey(row) ? `c${codeOfKey(row)}` : undefined);
        const a = at.get(`${t}:${row}.${link.target.col ?? blockOfRow(spec, row, model)?.amountColumns[0]}`);
        const b = source ? at.get(`${s}:${source}.${link.source.col}`) : undefined;
        if (a && b) copy(a, b, `${model.title ?? spec.title}·${link.description}`);
      }
    }
  });

  // Identities between tables (spec §4.2, §4.4): a single restated figure is a copy, others balances.
  const tableIndex = new Map(found.map((f, i) => [f.spec.id, i]));
  for (const rule of CROSS_RULES) {
    if ((rule.relation ?? 'eq') !== 'eq') continue;
    const named = [...rule.left, ...rule.right].map((x) => x.table);
    if (named.some((id) => !tableIndex.has(id))) continue;
    const codes = !rule.perCode ? [null]
      : [...new Set(named.flatMap((id) => Object.keys(found[tableIndex.get(id)!].model.rows).map(codeOfKey).filter((c): c is string => !!c)))]
          .filter((c) => rule.perCode === 'all' || c.length === 3);
    for (const code of codes) {
      const side = (terms: CrossTerm[]): Terms | null => {
        const out: Terms = [];
        for (const x of terms) {
          const f = found[tableIndex.get(x.table)!];
          const row = code ? x.row.replace('{code}', code) : x.row;
          const id = at.get(`${tableIndex.get(x.table)}:${row}.${x.col ?? blockOfRow(f.spec, row, f.model)?.amountColumns[0]}`);
          if (!id) return null;
          out.push([id, x.sign ?? 1]);
        }
        return out;
      };
      const left = side(rule.left);
      const right = side(rule.right);
      if (!left || !right) continue;
      if (left.length === 1 && right.length === 1 && left[0][1] === 1 && right[0][1] === 1) copy(left[0][0], right[0][0], rule.description);
      else balances.push({ name: rule.description, left, right });
    }
  }

  // Exact values in target cents: typed leaves converted; totals as the sum of their parts,
  // children first, so that a typed total which did not equal its parts in the source (or a
  // restated figure that differs) keeps its own figure and stays out of the balancing.
  const factor = convertUnit(new D(100), from, to);
  const leafExact = (n: Node): Decimal => {
    if (n.typed) return n.typed.mul(factor);
    const v = n.cell.parsed; // a formula we do not model: its cached result, converted
    return v.kind === 'number' ? v.value.mul(factor) : new D(0);
  };
  const exacts = new Map<string, Decimal>();
  const exactOfNode = (id: string): Decimal => {
    const known = exacts.get(id);
    if (known) return known;
    const n = nodes.get(id)!;
    const terms = defs.get(id);
    let v = terms ? terms.reduce((a, [t, sign]) => a.plus(exactOfNode(t).mul(sign)), new D(0)) : leafExact(n);
    if (terms && n.typed && !n.typed.mul(factor).eq(v)) {
      const diff = n.typed.mul(factor).minus(v);
      defs.delete(id);
      result.notes.push(`${n.sheet}!${n.cell.address}（${n.label}）${n.typed.toFixed(2)} 与其明细之和（或他表中的同一数）相差 ${formatAmount(convertUnit(diff.div(100), to, from))}${UNIT_LABEL[from]}，原表本身不平，按原值换算，未参与平衡`);
      v = leafExact(n);
    }
    exacts.set(id, v);
    return v;
  };
  for (const id of nodes.keys()) exactOfNode(id);

  // Same figure, once in each of two tables: a restatement (e.g. 财政拨款总表 ← 总表). Equal
  // figures by construction, so the exact values above stay as they are.
  const byTable = new Map<string, Map<string, string[]>>();
  for (const [id, n] of nodes) {
    const v = exacts.get(id)!;
    if (v.isZero()) continue;
    const values = byTable.get(n.table) ?? new Map<string, string[]>();
    values.set(v.toString(), [...(values.get(v.toString()) ?? []), id]);
    byTable.set(n.table, values);
  }
  const tablesWith = [...byTable];
  tablesWith.forEach(([ta, va], i) => {
    for (const [tb, vb] of tablesWith.slice(i + 1)) {
      if (ta === tb) continue;
      for (const [v, ids] of va) {
        const other = vb.get(v) ?? [];
        const key = (id: string) => `${nodes.get(id)!.cell.row}.${nodes.get(id)!.cell.col}`;
        // Unique in both tables, or the same row and column (T05 restating T03 line by line).
        const pairs = ids.length === 1 && other.length === 1 ? [[ids[0], other[0]]] : ids.flatMap((a) => other.filter((b) => key(a) === key(b)).map((b) => [a, b]));
        for (const [a, b] of pairs) copy(a, b, `${nodes.get(a)!.label} = ${nodes.get(b)!.label}`);
      }
    }
  });

  const forms = new Map<string, Map<string, number>>();
  const formOf = (id: string): Map<string, number> => {
    const known = forms.get(id);
    if (known) return known;
    const terms = defs.get(id);
    const form = new Map<string, number>();
    if (!terms) form.set(id, 1);
    else for (const [t, sign] of terms) for (const [leaf, c] of formOf(t)) form.set(leaf, (form.get(leaf) ?? 0) + sign * c);
    for (const [leaf, c] of form) if (c === 0) form.delete(leaf);
    forms.set(id, form);
    return form;
  };
  const exactOf = (form: Map<string, number>) => [...form].reduce((a, [leaf, c]) => a.plus(leafExact(nodes.get(leaf)!).mul(c)), new D(0));

  // 4. Balance: leaves on floor/ceiling, totals within a cent, grand totals natural, balances exact.
  // Grand totals (parts of nothing) keep their natural rounding.
  const isTerm = new Set([...defs.values(), ...balances.filter((b) => b.parts).map((b) => b.right)].flatMap((terms) => terms.map(([id]) => id)));
  const sums: BalanceSum[] = [];
  for (const id of defs.keys()) sums.push({ id, form: formOf(id), mode: isTerm.has(id) ? 'range' : 'natural' });
  for (const b of balances) {
    const form = new Map<string, number>();
    for (const [side, sign] of [[b.left, 1], [b.right, -1]] as const)
      for (const [id, s] of side) for (const [leaf, c] of formOf(id)) form.set(leaf, (form.get(leaf) ?? 0) + sign * s * c);
    for (const [leaf, c] of form) if (c === 0) form.delete(leaf);
    if (form.size === 0) continue;
    const gap = exactOf(form);
    if (!gap.isZero()) {
      result.notes.push(`${b.name}：原表本身相差 ${formatAmount(convertUnit(gap.div(100), to, from))}${UNIT_LABEL[from]}，未作为平衡条件`);
      continue;
    }
    sums.push({ id: `balance:${b.name}`, form, mode: 'zero' });
  }
  const leaves = new Map<string, Decimal>();
  for (const [id, n] of nodes) if (!defs.has(id)) leaves.set(id, leafExact(n));
  const solved = balanceRounding(leaves, sums);
  for (const id of solved.unresolved) {
    result.balanced = false;
    result.notes.push(id.startsWith('balance:') ? `${id.slice(8)}：未能做到完全相等，请人工核对` : `${nodes.get(id)!.sheet}!${nodes.get(id)!.cell.address}（${nodes.get(id)!.label}）未能与明细完全平衡，请人工核对`);
  }

  // 5. The plan: converted figures, number formats, unit labels; and the list of moved cells.
  const valueOf = (id: string) => [...formOf(id)].reduce((a, [leaf, c]) => a + c * solved.values.get(leaf)!, 0);
  for (const { spec, model } of found) {
    const sheet = snapshot.sheets.find((s) => s.name === model.sheet)!;
    const cells: CellWrite[] = [];
    let count = 0;
    for (const n of nodes.values()) {
      if (n.sheet !== model.sheet) continue;
      const cents = valueOf(n.id);
      result.values[n.id] = cents / 100;
      const exact = exacts.get(n.id)!;
      const fmt = /0\.00(?!0)/.test(n.cell.numberFormat ?? '') ? undefined : AMOUNT_FORMAT;
      if (n.writes) {
        cells.push({ address: n.cell.address, value: cents / 100, ...(fmt ? { numberFormat: fmt } : {}) });
        count++;
      } else if (n.cell.formula && fmt) cells.push({ address: n.cell.address, numberFormat: fmt });
      if (!n.writes && !n.cell.formula) continue;
      const rounded = roundHalfUp(exact.div(100), 2);
      if (!rounded.eq(new D(cents).div(100))) {
        result.adjustments.push({
          table: n.table, sheet: n.sheet, address: n.cell.address, label: n.label,
          kind: n.cell.formula ? 'formula' : !defs.has(n.id) ? 'input' : defs.get(n.id)!.length === 1 && defs.get(n.id)![0][1] === 1 ? 'restated' : 'total',
          source: formatAmount(convertUnit(exact, to, from).div(100)), rounded: formatAmount(rounded), adjusted: formatAmount(new D(cents).div(100)),
        });
      }
    }
    const unit = unitCell(sheet);
    if (unit) cells.push({ address: unit.address, value: unit.text.replace(UNIT_TEXT, (_m, head: string) => head + UNIT_LABEL[to]) });
    result.plan.sheets.push({ name: model.sheet, cells });
    result.tables.push({ table: spec.id, title: model.title ?? spec.title, sheet: model.sheet, cells: count, unitCell: unit?.address ?? null });
  }
  return result;
}

export { unitCell };

/** UNIT_MIXED findings of a workbook (runChecks reports them too). */
export function unitFindings(snapshot: WorkbookSnapshot, found = recogniseWorkbook(snapshot)): Finding[] {
  return unitFindingsOf(snapshot, found);
}
