// Wording rules of spec §5.0–§5.1 as small pure functions: numbers in running text, direction
// words, completion rates (incl. 预算 = 0), shares of a zero total, code citations.
// Each returns runs so every number keeps the cells it came from.
import type Decimal from 'decimal.js';
import { D, roundHalfUp } from '../amount';
import type { CellLocation } from '../findings';
import type { NarrativeOptions } from './api';
import type { NarrativeRun } from './document';

/** A figure and the cells it was read from. */
export interface Num {
  value: Decimal;
  cells: CellLocation[];
}

export type TextOptions = Pick<NarrativeOptions, 'pctDecimals' | 'stripTrailingZeros' | 'zeroInText'> & {
  /** Seed 004 style: 124.50 prints as 124.5 (optional, default false). */
  trimAmounts?: boolean;
};

export const DEFAULT_TEXT: TextOptions = { pctDecimals: 2, stripTrailingZeros: false, zeroInText: '0' };

/** |Δ| below half a cent is 持平 (spec §4.3 step 3). */
const FLAT = new D('0.005');

const trimZeros = (s: string) => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);

/**
 * An amount in 万元 as running text: 2 decimals, no thousands separator; a figure under 1 万元
 * typed with 3–4 decimals (三公 sub-amounts, seed 000's 0.397) keeps them; zero per `zeroInText`.
 */
export function formatTextAmount(x: Decimal, o: TextOptions = DEFAULT_TEXT): string {
  const v = new D(x);
  if (roundHalfUp(v, 4).isZero()) return o.zeroInText;
  const four = roundHalfUp(v, 4);
  if (v.abs().lessThan(1) && !four.equals(roundHalfUp(v, 2))) return trimZeros(four.toFixed(4));
  const s = roundHalfUp(v, 2).toFixed(2);
  return o.trimAmounts ? trimZeros(s) : s;
}

/** A percentage (without the % sign) per `pctDecimals` and `stripTrailingZeros`. */
export function formatPercent(p: Decimal, o: TextOptions = DEFAULT_TEXT): string {
  // A zero share prints like a zero amount: 「占0%」 (seeds) or 「占0.00%」.
  if (roundHalfUp(new D(p), o.pctDecimals).isZero() && o.zeroInText === '0') return '0';
  const s = roundHalfUp(new D(p), o.pctDecimals).toFixed(o.pctDecimals);
  return o.stripTrailingZeros ? trimZeros(s) : s;
}

export const text = (t: string): NarrativeRun => ({ text: t });

/** 「86.47万元」: the number run (linked) and the unit, always printed. */
export function amountRuns(n: Num, o: TextOptions = DEFAULT_TEXT): NarrativeRun[] {
  return [{ text: formatTextAmount(n.value, o), cells: n.cells }, text('万元')];
}

export function percentRuns(p: Decimal, cells: CellLocation[], o: TextOptions = DEFAULT_TEXT): NarrativeRun[] {
  return [{ text: formatPercent(p, o), cells }, text('%')];
}

export type Direction = 'up' | 'down' | 'flat' | 'new';

export interface Change {
  direction: Direction;
  delta: Decimal;
  /** |Δ| / prev × 100 (never / cur); null when prev = 0. */
  rate: Decimal | null;
}

/** Δ = cur − prev and its rate against last year (spec §0.3, §5.1). */
export function change(cur: Decimal, prev: Decimal): Change {
  const delta = new D(cur).minus(prev);
  if (delta.abs().lessThan(FLAT)) return { direction: 'flat', delta, rate: null };
  if (new D(prev).isZero()) return { direction: 'new', delta, rate: null };
  return { direction: delta.isPositive() ? 'up' : 'down', delta, rate: delta.abs().div(new D(prev).abs()).mul(100) };
}

/**
 * 「增加86.47万元，增长58.59%」 / 「减少2.67万元，下降16.34%」 / 「基本持平」 /
 * 「增加5.00万元（2019年无此项支出）」. `withRate: false` gives the amount only (seed 004 style).
 */
export function changeRuns(cur: Num, prev: Num, o: TextOptions & { prevYear?: number; withRate?: boolean; rateUp?: string; rateDown?: string } = DEFAULT_TEXT): NarrativeRun[] {
  const c = change(cur.value, prev.value);
  const cells = [...cur.cells, ...prev.cells];
  const abs = { value: c.delta.abs(), cells };
  switch (c.direction) {
    case 'flat':
      return [text('基本持平')];
    case 'new':
      return [text(c.delta.isPositive() ? '增加' : '减少'), ...amountRuns(abs, o), text(`（${o.prevYear ? `${o.prevYear}年` : '上年'}无此项支出）`)];
    default: {
      const up = c.direction === 'up';
      const runs = [text(up ? '增加' : '减少'), ...amountRuns(abs, o)];
      if (o.withRate === false || !c.rate) return runs;
      // 增长/下降 by default; a wording profile may say 上升 (spec §5.1 lists it as seen).
      return [...runs, text(`，${up ? o.rateUp ?? '增长' : o.rateDown ?? '下降'}`), ...percentRuns(c.rate, cells, o)];
    }
  }
}

export type CompletionKind = 'over' | 'under' | 'equal' | 'noBudgetNoSpending' | 'noBudget';

export function completionKind(actual: Decimal, budget: Decimal): CompletionKind {
  if (new D(budget).isZero()) return new D(actual).abs().lessThan(FLAT) ? 'noBudgetNoSpending' : 'noBudget';
  const d = new D(actual).minus(budget);
  return d.abs().lessThan(FLAT) ? 'equal' : d.isPositive() ? 'over' : 'under';
}

/**
 * The completion clause of spec §5.1: 「完成预算127.83%，决算数大于预算数」, 「完成预算100%，决算数等于预算数」,
 * 「2020年度未安排预算，无相关支出」 (never 完成预算0% or 100% on a zero budget) or
 * 「年初未安排预算，支出决算X万元」. The caller appends 「的主要原因是…」 where a reason is due.
 */
export function completionRuns(actual: Num, budget: Num, o: TextOptions & { year?: number; base?: '年初预算' | '调整预算'; equalVerdict?: string } = DEFAULT_TEXT): { runs: NarrativeRun[]; kind: CompletionKind } {
  const kind = completionKind(actual.value, budget.value);
  const cells = [...actual.cells, ...budget.cells];
  if (kind === 'noBudgetNoSpending') return { kind, runs: [text(`${o.year ? `${o.year}年度` : '本年度'}未安排预算，无相关支出`)] };
  if (kind === 'noBudget') return { kind, runs: [text(`${o.base === '调整预算' ? '未安排全年预算' : '年初未安排预算'}，支出决算`), ...amountRuns(actual, o)] };
  const p = actual.value.div(budget.value).mul(100);
  const verdict = kind === 'equal' ? o.equalVerdict ?? '，决算数等于预算数' : kind === 'over' ? '，决算数大于预算数' : '，决算数小于预算数';
  return { kind, runs: [text(o.base === '调整预算' ? '完成全年预算的' : '完成预算'), ...percentRuns(p, cells, o), text(verdict)] };
}

/**
 * 「占X%」 of a share; a zero total gives 占0% when the part is 0 too, and null when it is
 * not (an error the caller reports: a share of a zero total cannot be stated).
 */
export function shareRuns(part: Num, whole: Num, o: TextOptions = DEFAULT_TEXT, lead = '占'): NarrativeRun[] | null {
  const cells = [...part.cells, ...whole.cells];
  if (whole.value.isZero()) return part.value.isZero() ? [text(lead), { text: '0', cells }, text('%')] : null;
  return [text(lead), ...percentRuns(part.value.div(whole.value).mul(100), cells, o)];
}

export interface CodeCitation {
  classCode: string;
  className: string;
  sectionCode?: string;
  sectionName?: string;
  itemCode?: string;
  itemName?: string;
}

/**
 * A 类/款/项 citation in one of the styles a–d of spec §5.0:
 * a 一般公共服务支出201（类）群众团体事务20129（款）行政运行2012901（项）;
 * b …29（款）…01（项）; c names only; d 一般公共服务支出（201类）….
 */
export function citeCode(c: CodeCitation, style: NarrativeOptions['codeStyle']): string {
  const parts: Array<[string, string, string, string]> = [[c.className, c.classCode, c.classCode, '类']];
  if (c.sectionCode && c.sectionName) parts.push([c.sectionName, c.sectionCode, c.sectionCode.slice(3), '款']);
  if (c.itemCode && c.itemName) parts.push([c.itemName, c.itemCode, c.itemCode.slice(5), '项']);
  return parts
    .map(([name, full, seg, level]) => {
      switch (style) {
        case 'a': return `${name}${full}（${level}）`;
        case 'b': return `${name}${seg}（${level}）`;
        case 'c': return `${name}（${level}）`;
        case 'd': return `${name}（${full}${level}）`;
      }
    })
    .join('');
}

/** Enumerations: items joined by 「；」, ending 「。」 (spec §5.0). */
export function joinRuns(items: NarrativeRun[][], sep = '；'): NarrativeRun[] {
  return items.flatMap((r, i) => (i ? [text(sep), ...r] : r));
}
