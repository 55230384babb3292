// Reading amounts out of a recognised table for the checks: always in 万元 (spec §0.1: convert
// before any check), with the decimals the cell is shown with, and unreadable cells reported
// once each as findings (counted as 0).
import type Decimal from 'decimal.js';
import { D, formatAmount, ZERO } from './amount';
import { scaledOf, type Operand } from './compare';
import type { CellLocation, Finding } from './findings';
import type { ModelCell, TableModel } from './recognise';
import type { TableSpec } from './spec/types';

/** Decimals a cell is shown with: from its number format, else its own (at least 2 for amounts). */
export function shownDecimals(cell: ModelCell): number {
  const byFormat = formatDecimals(cell.numberFormat ?? '');
  if (byFormat !== null) return byFormat;
  return cell.parsed.kind === 'number' ? Math.max(2, cell.parsed.decimals) : 2;
}

const FORMAT_DECIMALS = new Map<string, number | null>();

/** Decimals a number format shows (#,##0.00 → 2), null for General. */
function formatDecimals(fmt: string): number | null {
  let d = FORMAT_DECIMALS.get(fmt);
  if (d === undefined) {
    const head = fmt.split(';')[0];
    const m = /0\.(0+)/.exec(head);
    d = m ? m[1].length : /^[#,0]+$/.test(head) ? 0 : null;
    FORMAT_DECIMALS.set(fmt, d);
  }
  return d;
}

export function rowLabel(model: TableModel, row: string): string {
  return (model.rows[row]?.label ?? row).trim();
}

/** The printed header of a column (its lowest header cell), for messages. */
const COLUMN_LABELS = new WeakMap<TableSpec, Map<string, string>>();

export function columnLabel(spec: TableSpec, col: string): string {
  let labels = COLUMN_LABELS.get(spec);
  if (!labels) COLUMN_LABELS.set(spec, (labels = new Map()));
  let label = labels.get(col);
  if (label === undefined) labels.set(col, (label = headerLabel(spec, col)));
  return label;
}

function headerLabel(spec: TableSpec, col: string): string {
  const cells = spec.header.flatMap((h) => h.cells.filter((c) => c.from === col && c.text && !/^\d+$/.test(c.text)));
  return cells.length ? cells[cells.length - 1].text.replace(/\{\w+\}/g, '金额') : col;
}

/** Amounts in messages: 2 decimals, more only when a 元 table needs them. */
export function formatWan(x: Decimal): string {
  return formatAmount(x, Math.min(6, Math.max(2, x.decimalPlaces())));
}

const YUAN_DECIMALS = new WeakMap<TableModel, number | null>();

/**
 * The precision a 元 table really carries, in 万元 decimals: a table whose every amount is a
 * whole multiple of 100 元 was rounded to 0.01 万元 (figures restated from 万元), so its
 * rounding differences are those of a 万元 table; otherwise null (its own decimals count).
 */
function yuanDecimals(model: TableModel): number | null {
  let d = YUAN_DECIMALS.get(model);
  if (d === undefined) {
    const values = Object.values(model.cells).flatMap((c) => (c.parsed.kind === 'number' && !c.parsed.value.isZero() ? [c.parsed.value] : []));
    d = values.length > 0 && values.every((v) => v.mod(100).isZero()) ? 2 : null;
    YUAN_DECIMALS.set(model, d);
  }
  return d;
}

export interface ValueReader {
  /** The operand of a cell in 万元, or null for a cell the model does not have. */
  operand(model: TableModel, cell: ModelCell): Operand;
  findings: Finding[];
}

export function valueReader(findings: Finding[] = []): ValueReader {
  const reported = new Set<ModelCell>();
  const seen = new Map<ModelCell, Operand>();
  const once = (cell: ModelCell, f: Finding) => {
    if (!reported.has(cell)) findings.push(f);
    reported.add(cell);
  };
  const raw = (model: TableModel, cell: ModelCell): Decimal => {
    const p = cell.parsed;
    if (p.kind === 'number') return p.value;
    if (p.kind === 'blank') return ZERO;
    const where: CellLocation[] = [{ sheet: model.sheet, address: cell.address }];
    const at = `${model.sheet}!${cell.address}（${rowLabel(model, cell.row)}）`;
    switch (p.kind) {
      case 'percent':
        once(cell, { rule: 'INPUT_PERCENT', severity: 'warn', message: `${at}是百分数「${String(cell.value)}」，金额栏应填金额，按 0 处理`, cells: where });
        return ZERO;
      case 'error':
        once(cell, { rule: 'INPUT_ERROR_VALUE', severity: 'error', message: `${at}${p.message}，按 0 参与核对`, cells: where });
        return ZERO;
      case 'text':
        once(cell, { rule: 'INPUT_TEXT', severity: 'warn', message: `${at}的内容「${p.text.slice(0, 40)}」不是数字，按 0 参与核对`, cells: where });
        return ZERO;
    }
  };
  return {
    findings,
    operand(model, cell) {
      // A cell takes part in many identities (its row, its column, other tables): read it once.
      let op = seen.get(cell);
      if (!op) {
        const decimals = shownDecimals(cell);
        const p = cell.parsed;
        if (model.unit !== 'yuan' && p.kind === 'number' && typeof cell.value === 'number') {
          // A typed number: the integer fast path needs no Decimal; the exact path makes it on use.
          op = { get value() { return p.value; }, decimals, scaled: scaledNumber(cell.value, decimals) };
        } else {
          const v = raw(model, cell);
          // A 元 table's 2-decimal figure is a 6-decimal 万元 figure.
          op = model.unit === 'yuan' ? { value: new D(v).div(10000), decimals: yuanDecimals(model) ?? decimals + 4 } : { value: v, decimals };
          op.scaled = cell.parsed.kind === 'blank' ? 0 : typeof cell.value === 'number' ? scaledNumber(cell.value, op.decimals - (model.unit === 'yuan' ? 4 : 0)) : scaledOf(op.value, op.decimals);
        }
        seen.set(cell, op);
      }
      return op;
    },
  };
}

/** A value for the JSON fields expected/actual/difference: 万元, at least 2 decimals. */
export function decimalString(x: Decimal): string {
  return x.toFixed(Math.max(2, x.decimalPlaces()));
}

/**
 * n × 10^places as an integer, read from the number's decimal digits (no float arithmetic):
 * 2515.62 at 2 places is 251562; undefined when n has more decimals than that, or when the
 * result is not a safe integer. The integer fast path of compareSum rests on it.
 */
export function scaledNumber(n: number, places: number): number | undefined {
  const text = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return undefined; // exponent notation: leave it to Decimal
  const frac = m[3] ?? '';
  let digits = m[2] + frac;
  const shift = places - frac.length;
  if (shift >= 0) digits += '0'.repeat(shift);
  else {
    const cut = digits.slice(shift);
    if (!/^0+$/.test(cut)) return undefined;
    digits = digits.slice(0, shift);
  }
  const v = Number(digits || '0');
  return Number.isSafeInteger(v) ? (m[1] ? -v : v) : undefined;
}

const CELLS = new WeakMap<TableModel, Map<string, Map<string, ModelCell>>>();

/** The model cell of row × column, through a per-model index (no string keys built per lookup). */
export function cellAt(model: TableModel, row: string, col: string): ModelCell | undefined {
  let index = CELLS.get(model);
  if (!index) {
    index = new Map();
    for (const c of Object.values(model.cells)) {
      let r = index.get(c.row);
      if (!r) index.set(c.row, (r = new Map()));
      r.set(c.col, c);
    }
    CELLS.set(model, index);
  }
  return index.get(row)?.get(col);
}
