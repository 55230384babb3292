// 十(四) per-project summaries (spec §5.2 十(四), seed 000): 「（1）{项目}项目绩效目标完成情况综述。
// 项目全年预算数{b}万元，执行数为{a}万元{注}，完成预算的{a/b}%。」 from the projects typed in the
// auxiliary sheet (perf.project.<i>.name/budget/actual/note, i = 1, 2, …). Amounts keep up to 4
// typed decimals (seed 000: 5.2325, as the 绩效 forms state it). Check N17: the number of projects
// = the self-evaluated count; no 执行数 above the 项目支出 of the tables.

import { D, roundHalfUp } from '../amount';
import type { DraftContext } from './context';
import type { NarrativeParagraph, NarrativeRun } from './document';
import { para } from './parts';
import { formatTextAmount, percentRuns, text, type Num, type TextOptions } from './wording';

const MAX_PROJECTS = 50;

/** 「5.2325万元」: a typed amount with up to 4 decimals as typed, else as other amounts. */
function exactAmountRuns(n: Num, o: TextOptions): NarrativeRun[] {
  const v = roundHalfUp(new D(n.value), 4);
  const s = v.equals(roundHalfUp(v, 2)) ? formatTextAmount(v, o) : v.toFixed(4).replace(/0+$/, '');
  return [{ text: s, cells: n.cells }, text('万元')];
}

function projectParagraph(ctx: DraftContext, i: number, name: string): NarrativeParagraph {
  const k = `perf.project.${i}`;
  const budget = ctx.aux(`${k}.budget`);
  const actual = ctx.aux(`${k}.actual`);
  const note = ctx.cur.aux.values.get(`${k}.note`);
  const amount = (n: Num | null, key: string, what: string) => (n ? exactAmountRuns(n, ctx.o) : [ctx.input(key, what), text('万元')]);
  let rate: NarrativeRun[];
  if (budget && actual && !budget.value.isZero()) {
    rate = percentRuns(actual.value.div(budget.value).mul(100), [...actual.cells, ...budget.cells], ctx.o);
  } else {
    rate = [ctx.input(`${k}.completion`, `${name}项目完成预算比例`), text('%')];
  }
  return para(
    `（${i}）${name}项目绩效目标完成情况综述。项目全年预算数`, amount(budget, `${k}.budget`, `${name}项目全年预算数`),
    '，执行数为', amount(actual, `${k}.actual`, `${name}项目执行数`), note?.text ? [{ text: note.text, cells: [note.cell] }] : null,
    '，完成预算的', rate, '。',
  );
}

/**
 * The 2020 Sichuan template's frame (seed 000): 「本部门自行组织了N个项目支出绩效评价，从评价情况来看：」
 * 「1.项目绩效目标完成情况。」「本部门在{Y}年度部门决算中反映“…”等N个项目绩效目标实际完成情况。」,
 * the summaries, then 「2.部门绩效评价结果。」 and the 附件1 report of the 整体支出 self-evaluation.
 */
function framed(ctx: DraftContext, subject: string, names: string[], summaries: NarrativeParagraph[]): NarrativeParagraph[] {
  const n = ctx.aux('perf.self_eval');
  const count: NarrativeRun = n ? { text: n.value.toString(), cells: n.cells } : ctx.input('perf.self_eval', '绩效自评项目数');
  return [
    para(`${subject}自行组织了`, count, '个项目支出绩效评价，从评价情况来看：'),
    para('1.项目绩效目标完成情况。'),
    para(`${subject}在${ctx.year}年度部门决算中反映${names.map((x) => `“${x}”`).join('')}等`, { ...count }, '个项目绩效目标实际完成情况。'),
    ...summaries,
    para('2.部门绩效评价结果。'),
    para(`${subject}按要求对${ctx.year}年部门整体支出绩效评价情况开展自评，《${ctx.who}${ctx.year}年度整体支出绩效评价报告》见附件（附件1）。`),
  ];
}

export function projectSummaries(ctx: DraftContext): NarrativeParagraph[] {
  const out: NarrativeParagraph[] = [];
  const names: string[] = [];
  const actuals: Num[] = [];
  for (let i = 1; i <= MAX_PROJECTS; i++) {
    const name = ctx.cur.aux.values.get(`perf.project.${i}.name`)?.text.replace(/项目$/, '');
    if (!name) break;
    names.push(name);
    out.push(projectParagraph(ctx, i, name));
    const a = ctx.aux(`perf.project.${i}.actual`);
    if (a) actuals.push(a);
  }
  if (!out.length) return out;
  const selfEval = ctx.aux('perf.self_eval');
  if (selfEval && !selfEval.value.equals(out.length)) {
    ctx.finding({ rule: 'N17', severity: 'warn', cells: selfEval.cells, message: `填写了 ${out.length} 个项目的绩效完成情况，但“对${selfEval.value}个项目开展了绩效目标完成情况自评”。`, expected: String(out.length), actual: selfEval.value.toString() });
  }
  const proj = ctx.has('T03') ? ctx.table('T03', 'total.e_proj') : null;
  for (const a of actuals) {
    if (proj && a.value.greaterThan(proj.value)) {
      ctx.finding({ rule: 'N17', severity: 'error', cells: [...a.cells, ...proj.cells], message: '项目执行数大于支出决算表的项目支出合计。', expected: `≤ ${proj.value}`, actual: a.value.toString() });
    }
  }
  return ctx.w.perfReviewSubject ? framed(ctx, ctx.w.perfReviewSubject, names, out) : out;
}


