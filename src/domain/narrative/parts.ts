// Sentence parts shared by the 决算 and 预算 drafts: figures or visible gaps, shares, changes
// against last year, completion rates with their reasons.
import type { DraftContext } from './context';
import type { NarrativeParagraph, NarrativeRun } from './document';
import { amountRuns, changeRuns, completionRuns, shareRuns, text, type Num } from './wording';

export type Part = string | NarrativeRun | NarrativeRun[] | null | undefined | false;

export function para(...parts: Part[]): NarrativeParagraph {
  const runs: NarrativeRun[] = [];
  for (const p of parts) {
    if (!p) continue;
    if (typeof p === 'string') runs.push(text(p));
    else if (Array.isArray(p)) runs.push(...p);
    else runs.push(p);
  }
  // Adjacent plain text runs merge so paragraphs stay small.
  const merged: NarrativeRun[] = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (last && !last.cells && !last.placeholder && !r.cells && !r.placeholder) last.text += r.text;
    else merged.push({ ...r });
  }
  return { runs: merged };
}

/** A figure, or a visible gap naming what is missing. */
export function amt(ctx: DraftContext, n: Num | null, key: string, what: string): NarrativeRun[] {
  return n ? amountRuns(n, ctx.o) : [ctx.input(key, what), text('万元')];
}

/** 「占X%」, or an error when the total is zero and the part is not (spec §0.3). */
export function share(ctx: DraftContext, part: Num | null, whole: Num | null, what: string, lead = '占'): NarrativeRun[] {
  if (!part || !whole) return [text(lead), ctx.input(`share.${what}`, `${what}占比`), text('%')];
  const runs = shareRuns(part, whole, ctx.o, lead);
  if (runs) return runs;
  ctx.finding({
    rule: 'N_SHARE_ZERO', severity: 'error', cells: [...part.cells, ...whole.cells],
    message: `${what}不为零而其分母为零，无法计算占比，请核对表格数据。`, actual: part.value.toString(), expected: '0',
  });
  return [text(lead), ctx.input(`share.${what}`, `${what}占比`), text('%')];
}

/** 「增加X万元，增长Y%」 against last year, or a gap when last year's figure is unknown. */
export function yoy(ctx: DraftContext, cur: Num | null, prev: Num | null, prevKey: string, what: string, withRate = true, rateUp?: string): NarrativeRun[] {
  if (!cur) return [ctx.input(`${prevKey}.change`, `${what}增减情况`)];
  if (!prev) return [ctx.input(prevKey, `${ctx.year - 1}年${what}`)];
  return changeRuns(cur, prev, { ...ctx.o, prevYear: ctx.year - 1, withRate, ...(rateUp ? { rateUp } : {}) });
}


export function asRun(p: string | NarrativeRun): NarrativeRun {
  return typeof p === 'string' ? text(p) : p;
}

/** 完成预算 with its reason (spec §5.1, §5.3); a gap when the budget is unknown. */
export function completionPart(ctx: DraftContext, actual: Num | null, budget: Num | null, budgetKey: string, what: string, reasonId: string, sectionId: string, prompt: string, equalVerdict?: string): NarrativeRun[] {
  if (!actual) return [ctx.input(`${budgetKey}.completion`, '完成预算情况')];
  if (!budget) return [text('完成预算'), ctx.input(budgetKey, what), text('%')];
  const { runs, kind } = completionRuns(actual, budget, { ...ctx.o, year: ctx.year, base: ctx.o.completionBase, ...(equalVerdict !== undefined ? { equalVerdict } : {}) });
  // 决算 = 预算 needs no reason (spec §5.1), but one the user typed is kept: 「…持平的主要原因是…」.
  if (kind === 'equal') {
    const typed = ctx.typedReason(reasonId);
    return typed && runs.length ? [...runs, text('的主要原因是'), text(typed)] : runs;
  }
  if (kind === 'noBudgetNoSpending') return runs;
  return [...runs, text(kind === 'noBudget' ? '，主要原因是' : '的主要原因是'), ctx.reason(reasonId, sectionId, prompt)];
}

