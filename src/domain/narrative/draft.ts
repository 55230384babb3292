// Drafting the 情况说明 from cell values (spec §5): 决算 sections 一–十 (§5.2) and the 预算
// outline of seed 004 (§5.6). Numbers stay linked to their cells; reasons are placeholders
// unless typed in the auxiliary sheet; a missing table leaves a visible gap, never a crash.
import type { WorkbookSnapshot } from '../../workbook/port';
import { sum } from '../amount';
import type { DraftResult, NarrativeOptions } from './api';
import { DraftContext, isZero, type DraftOptions } from './context';
import type { ChartSpec, NarrativeDocument, NarrativeParagraph, NarrativeRun, NarrativeSection } from './document';
import { draftBudget } from './draftBudget';
import { draftBudgetGeneric } from './draftBudgetGeneric';
import { amt, asRun, completionPart, para, share, yoy } from './parts';
import { s6 } from './basicSpending';
import { projectSummaries } from './performance';
import { itemCite, t05Rows } from './t05';
import { carBuyDetail, carStockDetail, countRun, domesticReception, receptionDetail, receptionUse, remark } from './sangong';
import { amountRuns, joinRuns, text, type Num } from './wording';

export function draftNarrative(snapshot: WorkbookSnapshot, options: Partial<NarrativeOptions> & Partial<DraftOptions> = {}, previous?: WorkbookSnapshot): DraftResult {
  const ctx = new DraftContext(snapshot, options, previous);
  let document: NarrativeDocument;
  if (ctx.isBudget) {
    // Seed 004's Hebei county outline (§5.6) for Hebei; the generic outline (§5.7) elsewhere.
    document = ctx.profile?.region === 'hebei' ? draftBudget(ctx) : draftBudgetGeneric(ctx);
  } else {
    const sections = [s1(ctx), s2(ctx), s3(ctx), s4(ctx), ...s5(ctx), s6(ctx), ...s7(ctx), s8(ctx), s9(ctx), ...s10(ctx)];
    document = { title: `第二部分 ${ctx.year}年度部门决算情况说明`, sections };
  }
  // Spec §5.4: an empty required reason holds up publishing (warn).
  const open = ctx.reasons.filter((r) => !r.text);
  if (open.length) {
    ctx.finding({ rule: 'N_REASON', severity: 'warn', cells: [], message: `有 ${open.length} 处「主要原因」待填写（【请填写原因】）：${open.map((r) => r.prompt).join('；')}。` });
  }
  return { document, reasons: ctx.reasons, findings: ctx.findings };
}

function section(id: string, title: string, paragraphs: NarrativeParagraph[], chart?: ChartSpec, level: 1 | 2 = 1): NarrativeSection {
  return { id, title, level, paragraphs, ...(chart ? { chart } : {}) };
}

const cars0 = (n: Num | null) => !!n && n.value.isZero();

const str = (n: Num | null) => (n ? n.value.toDecimalPlaces(4).toString() : '0');

/** A column chart of last year against this year; without last year's figures, this year only (no invented 0). */
function yearsChart(ctx: DraftContext, id: string, title: string, rows: Array<[string, Num | null, Num | null]>): ChartSpec {
  const withPrev = rows.every(([, prev]) => prev);
  return {
    id, title, kind: 'column',
    categories: [...(withPrev ? [`${ctx.year - 1}年度`] : []), `${ctx.year}年度`],
    series: rows.map(([name, prev, cur]) => ({ name, values: [...(withPrev ? [str(prev)] : []), str(cur)] })),
  };
}

function s1(ctx: DraftContext): NarrativeSection {
  const Y = ctx.year;
  const inc = ctx.table('T01', 'inc_total.L_amt');
  const exp = ctx.table('T01', 'exp_total.R_amt');
  const pInc = ctx.previous('prev.inc_total', 'T01', 'inc_total.L_amt');
  const pExp = ctx.previous('prev.exp_total', 'T01', 'exp_total.R_amt');
  const w = ctx.w.s1;
  const up = ctx.w.rateUp.s1;
  const p = para(
    `${Y}年度收入总计`, amt(ctx, inc, 'T01.inc_total', '收入总计'), w.expense(Y), amt(ctx, exp, 'T01.exp_total', '支出总计'),
    `。与${Y - 1}年度相比，${w.incomeCompare}`, yoy(ctx, inc, pInc, 'prev.inc_total', '收入总计', true, up),
    `，${w.expenseCompare}`, yoy(ctx, exp, pExp, 'prev.exp_total', '支出总计', true, up), '。',
    (ctx.needsReason(inc, pInc) || ctx.needsReason(exp, pExp)) && ['主要变动原因是', ctx.reason('s1', 's1', `收入、支出总计与上年相比的变动`), '。'].map(asRun),
  );
  const chart = yearsChart(ctx, '图1', '收、支决算总计变动情况图', [['收入总计', pInc, inc], ['支出总计', pExp, exp]]);
  return section('s1', '一、收入支出决算总体情况说明', [p], chart);
}

const SOURCES: Array<[string, string]> = [
  ['inc_gpb', '一般公共预算财政拨款收入'], ['inc_gf', '政府性基金预算财政拨款收入'], ['inc_soc', '国有资本经营预算财政拨款收入'],
  ['inc_sup', '上级补助收入'], ['inc_biz', '事业收入'], ['inc_op', '经营收入'], ['inc_aff', '附属单位上缴收入'], ['inc_oth', '其他收入'],
];

function s2(ctx: DraftContext): NarrativeSection {
  const total = ctx.table('T01', 'inc_year.L_amt');
  const items: Array<{ name: string; n: Num | null }> = SOURCES
    .map(([k, name]) => ({ name, key: k, n: ctx.table('T01', `${k}.L_amt`) }))
    // The 2020 template has no 国有资本经营 row in the text (seed 000) when it is zero.
    .filter((x) => !(x.key === 'inc_soc' && ctx.year <= 2020 && isZero(x.n)))
    .filter((x) => ctx.o.listZeroItems || !isZero(x.n) || !x.n);
  const list = items.map(({ name, n }) => [text(name), ...amt(ctx, n, `T01.${name}`, name), text('，'), ...share(ctx, n, total, name)]);
  const p = para(`${ctx.year}${ctx.w.yearOf}本年收入合计`, amt(ctx, total, 'T01.inc_year', '本年收入合计'), list.length ? '，其中：' : '', joinRuns(list), '。');
  const chart: ChartSpec = { id: '图2', title: '收入决算结构图', kind: 'pie', categories: items.map((i) => i.name), series: [{ name: '收入决算', values: items.map((i) => str(i.n)) }] };
  return section('s2', '二、收入决算情况说明', [p], chart);
}

const SPENDING: Array<[string, string]> = [
  ['e_basic', '基本支出'], ['e_proj', '项目支出'], ['e_up', '上缴上级支出'], ['e_op', '经营支出'], ['e_sub', '对附属单位补助支出'],
];

function s3(ctx: DraftContext): NarrativeSection {
  const total = ctx.table('T03', 'total.e_total');
  const items = SPENDING.map(([k, name]) => ({ name, n: ctx.table('T03', `total.${k}`) })).filter((x) => ctx.o.listZeroItems || !isZero(x.n) || !x.n);
  const list = items.map(({ name, n }) => [text(name), ...amt(ctx, n, `T03.${name}`, name), text('，'), ...share(ctx, n, total, name)]);
  const p = para(`${ctx.year}${ctx.w.yearOf}本年支出合计`, amt(ctx, total, 'T03.total', '本年支出合计'), list.length ? '，其中：' : '', joinRuns(list), '。');
  const chart: ChartSpec = { id: '图3', title: '支出决算结构图', kind: 'pie', categories: items.map((i) => i.name), series: [{ name: '支出决算', values: items.map((i) => str(i.n)) }] };
  return section('s3', '三、支出决算情况说明', [p], chart);
}

function s4(ctx: DraftContext): NarrativeSection {
  const Y = ctx.year;
  const inc = ctx.table('T04', 'f_inc_total.L_amt');
  const exp = ctx.table('T04', 'f_exp_total.tot');
  const pInc = ctx.previous('prev.fin_inc_total', 'T04', 'f_inc_total.L_amt');
  const pExp = ctx.previous('prev.fin_exp_total', 'T04', 'f_exp_total.tot');
  const w = ctx.w.s4;
  const up = ctx.w.rateUp.s4;
  const p = para(
    w.lead(Y), amt(ctx, inc, 'T04.f_inc_total', '财政拨款收入总计'), w.expense(Y), amt(ctx, exp, 'T04.f_exp_total', '财政拨款支出总计'),
    w.compare(Y - 1), w.incomeSubject, yoy(ctx, inc, pInc, 'prev.fin_inc_total', '财政拨款收入总计', true, up),
    `，${w.expenseSubject}`, yoy(ctx, exp, pExp, 'prev.fin_exp_total', '财政拨款支出总计', true, up), '。',
    (ctx.needsReason(inc, pInc) || ctx.needsReason(exp, pExp)) && ['主要变动原因是', ctx.reason('s4', 's4', '财政拨款收入、支出总计与上年相比的变动'), '。'].map(asRun),
  );
  const chart = yearsChart(ctx, '图4', '财政拨款收、支决算总计变动情况', [['财政拨款收入总计', pInc, inc], ['财政拨款支出总计', pExp, exp]]);
  return section('s4', '四、财政拨款收入支出决算总体情况说明', [p], chart);
}

/** Default 用途 per 项 (spec §5.2 suggestion library). */
const USES: Record<string, string> = {
  '2012901': '基本工资、津贴补贴、奖金、伙食补助费、绩效工资等人员支出和日常公用经费',
  '2012902': '工会工作经费等',
  '2012999': '困难职工帮扶、劳模补助等',
  '2080505': '在职人员养老保险缴费',
  '2101101': '在职人员医疗保险缴费',
  '2210201': '在职人员住房公积金',
  '2089901': '工伤、失业保险',
  '2089999': '工伤、失业保险',
};

function s5(ctx: DraftContext): NarrativeSection[] {
  const Y = ctx.year;
  const total = ctx.table('T05', 'total.e_total');
  const prev = ctx.previous('prev.gpb_exp', 'T05', 'total.e_total');
  const spend = ctx.table('T03', 'total.e_total');
  const yearOf = ctx.w.yearOf;
  const p1 = para(
    `${Y}${yearOf}一般公共预算财政拨款支出`, amt(ctx, total, 'T05.total', '一般公共预算财政拨款支出'), '，', share(ctx, total, spend, '一般公共预算财政拨款支出', '占本年支出合计的'),
    `。与${Y - 1}年相比，${ctx.w.s51Subject}`, yoy(ctx, total, prev, 'prev.gpb_exp', '一般公共预算财政拨款支出', true, ctx.w.rateUp.s5), '。',
    ctx.needsReason(total, prev) && ['主要变动原因是', ctx.reason('s5.1', 's5.1', '一般公共预算财政拨款支出与上年相比的变动'), '。'].map(asRun),
  );
  const rows = t05Rows(ctx);
  const classes = rows.filter((r) => r.code.length === 3);
  const cite = itemCite(ctx, rows);
  const p2 = para(
    `${Y}${yearOf}一般公共预算财政拨款支出`, amt(ctx, total, 'T05.total', '一般公共预算财政拨款支出'), `，主要用于以下方面${ctx.w.listColon}`,
    joinRuns(classes.map((c) => [text(cite(c.code) + (ctx.w.classWithSpending ? '支出' : '')), ...amountRuns(c.n, ctx.o), text('，'), ...share(ctx, c.n, total, c.name)])), '。',
  );
  const chart6: ChartSpec = { id: '图6', title: '一般公共预算财政拨款支出决算结构', kind: 'pie', categories: classes.map((c) => c.name), series: [{ name: '支出决算', values: classes.map((c) => str(c.n)) }] };
  const chart5 = yearsChart(ctx, '图5', '一般公共预算财政拨款支出决算变动情况', [['一般公共预算财政拨款支出', prev, total]]);
  // (三): the lead with 完成预算, then one sentence per 项.
  const adj = ctx.o.completionBase === '调整预算';
  const budget = (adj ? ctx.aux('budget.gpb_total_adj') : null) ?? ctx.aux('budget.gpb_total');
  const lead = para(
    `${Y}${yearOf}一般公共预算支出决算数为`, amt(ctx, total, 'T05.total', '一般公共预算财政拨款支出'), '，',
    completionPart(ctx, total, budget, 'budget.gpb_total', '一般公共预算财政拨款支出年初预算数', 's5.3', 's5.3', '一般公共预算财政拨款支出决算与预算的差异'),
    '。其中：',
  );
  const items = rows.filter((r) => r.code.length === 7).map((r, i) => {
    const b = ctx.aux(`budget.gpb_item${adj ? '_adj' : ''}.${r.code}`) ?? (adj ? ctx.aux(`budget.gpb_item.${r.code}`) : null);
    const use = ctx.cur.aux.values.get(`use.${r.code}`)?.text || USES[r.code];
    // A typed 用途 that is already a clause (「主要核算…」「此项支出主要为…」) is printed as typed.
    const clause = use && /^(主要|此项)/.test(use);
    return para(
      `${i + 1}.${cite(r.code)}${ctx.w.listColon}支出决算为`, amountRuns(r.n, ctx.o), '，',
      b ? completionPart(ctx, r.n, b, `budget.gpb_item.${r.code}`, `${r.code} 项年初预算数`, `s5.3.${r.code}`, 's5.3', `${r.name}（${r.code}）决算与预算的差异`)
        : share(ctx, r.n, total, r.name, '占总支出'),
      clause ? `，${use.replace(/[。；;.]+$/, '')}` : [text('，主要用于'), use ? text(use) : ctx.input(`use.${r.code}`, `${r.name}的主要用途`)], '。',
    );
  });
  return [
    section('s5', '五、一般公共预算财政拨款支出决算情况说明', []),
    section('s5.1', '（一）一般公共预算财政拨款支出决算总体情况', [p1], chart5, 2),
    section('s5.2', '（二）一般公共预算财政拨款支出决算结构情况', [p2], chart6, 2),
    section('s5.3', '（三）一般公共预算财政拨款支出决算具体情况', [lead, ...items], undefined, 2),
  ];
}

const SANGONG: Array<[string, string]> = [['abroad', '因公出国（境）费'], ['car', '公务用车购置及运行维护费'], ['recep', '公务接待费']];

function s7(ctx: DraftContext): NarrativeSection[] {
  const Y = ctx.year;
  const act = (item: string) => ctx.table('T07', `sangong.${item}_act`);
  const bud = (item: string) => ctx.table('T07', `sangong.${item}_bud`);
  const prev = (item: string) => ctx.previous(`prev.sangong.${item}`, 'T07', `sangong.${item}_act`);
  const total = act('total');
  const pTotal = prev('total');
  const w = ctx.w;
  const overall = para(
    `${Y}${w.yearOf}“三公”经费财政拨款支出决算为`, amt(ctx, total, 'T07.total_act', '“三公”经费决算数'), '，',
    completionPart(ctx, total, bud('total'), 'T07.total_bud', '“三公”经费预算数', 's7.1', 's7.1', '“三公”经费决算与预算的差异', w.sangongEqualVerdict), '。',
    // The 2020 template states the change per item only (七(二) 1–3).
    w.sangongTotalYoy && [text(`“三公”经费支出决算比${Y - 1}年度`), ...yoy(ctx, total, pTotal, 'prev.sangong.total', '“三公”经费支出'), text('。')],
    w.sangongTotalYoy && ctx.needsReason(total, pTotal) && ['主要原因是', ctx.reason('s7.1.yoy', 's7.1', '“三公”经费与上年相比的变动'), '。'].map(asRun),
  );
  const parts = SANGONG.map(([k, name]) => ({ k, name, n: act(k) }));
  const structure = para(
    `${Y}${w.yearOf}“三公”经费财政拨款支出决算中，`,
    joinRuns(parts.map(({ name, n }) => [text(`${name}支出决算`), ...amt(ctx, n, `T07.${name}`, name), text('，'), ...share(ctx, n, total, name)])),
    '。具体情况如下：',
  );
  const chart7: ChartSpec = { id: '图7', title: '“三公”经费财政拨款支出结构', kind: 'pie', categories: parts.map((p) => p.name), series: [{ name: '决算数', values: parts.map((p) => str(p.n)) }] };
  const itemYoy = (k: string, label: string) => {
    const cur = act(k);
    const pv = prev(k);
    return [
      text(`${label}支出决算比${Y - 1}年`), ...yoy(ctx, cur, pv, `prev.sangong.${k}`, label), text('。'),
      ...(ctx.needsReason(cur, pv) ? [text('主要原因是'), ctx.reason(`s7.${k}.yoy`, 's7.2', `${label}与上年相比的变动`), text('。')] : []),
    ];
  };
  const count = (key: string, what: string) => countRun(ctx, key, what);
  const abroad = para(
    '1.因公出国（境）经费支出', amt(ctx, act('abroad'), 'T07.abroad_act', '因公出国（境）费'), '，',
    completionPart(ctx, act('abroad'), bud('abroad'), 'T07.abroad_bud', '因公出国（境）费预算数', 's7.abroad', 's7.2', '因公出国（境）费决算与预算的差异', w.sangongItemEqualVerdict), '。',
    '全年安排因公出国（境）团组', count('sangong.abroad_groups', '因公出国（境）团组数'), '次，出国（境）', count('sangong.abroad_people', '因公出国（境）人次'), '人。',
    itemYoy('abroad', '因公出国（境）'),
  );
  // A typed sentence on what the 运行维护费 paid for (seed 000: 「我会未使用…等支出。」).
  const runNote = remark(ctx, 'note.s7.car_run', '');
  const car = para(
    '2.公务用车购置及运行维护费支出', amt(ctx, act('car'), 'T07.car_act', '公务用车购置及运行维护费'), '，',
    completionPart(ctx, act('car'), bud('car'), 'T07.car_bud', '公务用车购置及运行维护费预算数', 's7.car', 's7.2', '公务用车购置及运行维护费决算与预算的差异', w.sangongItemEqualVerdict), '。',
    itemYoy('car', '公务用车购置及运行维护费'),
    '其中：公务用车购置支出', amt(ctx, act('car_buy'), 'T07.car_buy_act', '公务用车购置费'), '。全年按规定更新购置公务用车', count('sangong.car_buy_count', '购置公务用车辆数'),
    '辆', carBuyDetail(ctx, act('car_buy')), `。截至${Y}年12月${w.carStockDay}，单位共有公务用车`, count('sangong.car_stock', '公务用车保有量'), '辆', carStockDetail(ctx),
    '。公务用车运行维护费支出', amt(ctx, act('car_run'), 'T07.car_run_act', '公务用车运行维护费'), '。', runNote, runNote.length ? '。' : null,
  );
  const recep = act('recep');
  // 国内 = 公务接待费 − 外事接待费 unless typed; without the 外事 figure the whole is taken as 国内 and 外事 is a gap.
  const foreign = ctx.aux('sangong.recep_for');
  const domestic = domesticReception(ctx, recep, foreign);
  const detail = receptionDetail(ctx, domestic, w.escortUnit);
  const reception = para(
    '3.公务接待费支出', amt(ctx, recep, 'T07.recep_act', '公务接待费'), '，',
    completionPart(ctx, recep, bud('recep'), 'T07.recep_bud', '公务接待费预算数', 's7.recep', 's7.2', '公务接待费决算与预算的差异', w.sangongItemEqualVerdict), '。',
    itemYoy('recep', '公务接待费'),
    '其中：国内公务接待支出', amt(ctx, domestic, 'T07.recep_dom', '国内公务接待费'), receptionUse(ctx), '。国内公务接待', count('sangong.recep_dom_batches', '国内公务接待批次'), '批次',
    count('sangong.recep_dom_people', '国内公务接待人次'), '人次', detail.escorts, '，共计支出', amt(ctx, domestic, 'T07.recep_dom', '国内公务接待费'), detail.list,
    '。外事接待支出', amt(ctx, foreign, 'sangong.recep_for', '外事接待费'),
    foreign && ctx.aux('sangong.recep_for_batches') && ['，外事接待', count('sangong.recep_for_batches', ''), '批次，', count('sangong.recep_for_people', '外事接待人次'), '人，共计支出', amountRuns(foreign, ctx.o)].flatMap((x) => (typeof x === 'string' ? [text(x)] : Array.isArray(x) ? x : [x])),
    remark(ctx, 'note.s7.recep_for'), '。',
  );
  return [
    section('s7', '七、财政拨款“三公”经费支出决算情况说明', []),
    section('s7.1', '（一）“三公”经费财政拨款支出决算总体情况说明', [overall], undefined, 2),
    section('s7.2', '（二）“三公”经费财政拨款支出决算具体情况说明', [structure, abroad, car, reception], chart7, 2),
  ];
}

function s8(ctx: DraftContext): NarrativeSection {
  const Y = ctx.year;
  const gf = ctx.has('T08') ? ctx.table('T08', 'total.e_total') : null;
  const prev = ctx.previous('prev.gf_exp', 'T08', 'total.e_total');
  if (isZero(gf) && isZero(prev)) return section('s8', '八、政府性基金预算支出决算情况说明', [para(ctx.w.emptyFund(Y, ctx.who, ctx.o.selfReference))]);
  const spend = ctx.table('T03', 'total.e_total');
  const p = para(
    `${Y}年度政府性基金预算财政拨款支出`, amt(ctx, gf, 'T08.total', '政府性基金预算财政拨款支出'), '，', share(ctx, gf, spend, '政府性基金预算财政拨款支出', '占本年度支出合计的'),
    `。与${Y - 1}年相比，政府性基金预算财政拨款支出`, yoy(ctx, gf, prev, 'prev.gf_exp', '政府性基金预算财政拨款支出'), '。',
    ctx.needsReason(gf, prev) && ['主要变动原因是', ctx.reason('s8', 's8', '政府性基金预算财政拨款支出与上年相比的变动'), '。'].map(asRun),
  );
  return section('s8', '八、政府性基金预算支出决算情况说明', [p]);
}

function s9(ctx: DraftContext): NarrativeSection {
  const t = ctx.has('T09b') ? 'T09b' : 'T09a';
  const n = ctx.has(t) ? ctx.table(t, 'total.e_total') : null;
  const p = isZero(n)
    ? para(ctx.w.emptyCapital(ctx.year, ctx.who, ctx.o.selfReference))
    : para(`${ctx.year}年度国有资本经营预算财政拨款支出`, amt(ctx, n, `${t}.total`, '国有资本经营预算财政拨款支出'), '。');
  return section('s9', '九、国有资本经营预算支出决算情况说明', [p]);
}

function s10(ctx: DraftContext): NarrativeSection[] {
  const Y = ctx.year;
  const jg = ctx.aux('cur.jgyxjf') ?? ctx.table('T06', 'pub_total.pub_amt');
  const pJg = ctx.previous('prev.jgyxjf', 'T06', 'pub_total.pub_amt');
  const st = ctx.w;
  const p1 = para(
    st.s101.lead(Y, ctx.who), '机关运行经费支出', amt(ctx, jg, 'cur.jgyxjf', '机关运行经费'), st.s101.compare(Y - 1), yoy(ctx, jg, pJg, 'prev.jgyxjf', '机关运行经费'), '。',
    ctx.needsReason(jg, pJg) && [st.s101.reasonLead, ctx.reason('s10.1', 's10.1', '机关运行经费与上年相比的变动'), '。'].map(asRun),
  );
  const t = ctx.aux('proc.total');
  const [g, w, s, m, mw] = ['proc.goods', 'proc.works', 'proc.services', 'proc.sme', 'proc.micro'].map((k) => ctx.aux(k));
  // 「2020年，我会无政府采购支出，其中：…」 when the 2020 template's total is 0.
  const none = st.s102.noneLead && t && t.value.isZero() ? st.s102.noneLead(Y, ctx.who, ctx.o.selfReference) : null;
  const p2 = para(
    ...(none ? [none] : [st.s102.lead(Y, ctx.who, ctx.o.selfReference) + '政府采购支出总额', amt(ctx, t, 'proc.total', '政府采购支出总额')]), '，其中：政府采购货物支出', amt(ctx, g, 'proc.goods', '政府采购货物支出'),
    '、政府采购工程支出', amt(ctx, w, 'proc.works', '政府采购工程支出'), '、政府采购服务支出', amt(ctx, s, 'proc.services', '政府采购服务支出'),
    '。授予中小企业合同金额', amt(ctx, m, 'proc.sme', '授予中小企业合同金额'), '，', share(ctx, m, t, '授予中小企业合同金额', '占政府采购支出总额的'),
    '，其中：授予小微企业合同金额', amt(ctx, mw, 'proc.micro', '授予小微企业合同金额'), '，', share(ctx, mw, t, '授予小微企业合同金额', '占政府采购支出总额的'), '。',
  );
  if (t && g && w && s && !t.value.minus(sum([g.value, w.value, s.value])).abs().lessThan('0.005')) {
    ctx.finding({ rule: 'N15', severity: 'error', cells: [...t.cells, ...g.cells, ...w.cells, ...s.cells], message: '政府采购支出总额不等于货物、工程、服务支出之和。', expected: sum([g.value, w.value, s.value]).toString(), actual: t.value.toString() });
  }
  if (t && m && m.value.greaterThan(t.value)) ctx.finding({ rule: 'N15', severity: 'error', cells: [...m.cells, ...t.cells], message: '授予中小企业合同金额大于政府采购支出总额。', expected: `≤ ${t.value}`, actual: m.value.toString() });
  if (m && mw && mw.value.greaterThan(m.value)) ctx.finding({ rule: 'N15', severity: 'error', cells: [...mw.cells, ...m.cells], message: '授予小微企业合同金额大于授予中小企业合同金额。', expected: `≤ ${m.value}`, actual: mw.value.toString() });
  const count = (key: string, what: string) => countRun(ctx, key, what);
  const CARS: Array<[string, string]> = [['assets.car_leader', '主要领导干部用车'], ['assets.car_confidential', '机要通信用车'], ['assets.car_emergency', '应急保障用车'], ['assets.car_enforce', '执法执勤用车'], ['assets.car_special', '特种专业技术用车'], ['assets.car_retired', '离退休干部用车'], ['assets.car_other', '其他用车']];
  const carList = CARS.filter(([k], i) => i < 3 || k === 'assets.car_other' || ctx.aux(k)).map(([k, name]) => [text(name), ctx.aux(k) ? count(k, name) : { text: '0' }, text('辆')]);
  const orZero = (key: string): NarrativeRun => (ctx.aux(key) ? count(key, '') : { text: '0' });
  const noCars = st.assets2020 && cars0(ctx.aux('assets.cars'));
  const p3 = st.assets2020
    // The 2020 form (spec §5.2 十(三)): 「…我会无车辆，其中：…其他用车0辆，单价50万元以上通用设备0台（套），单价100万元以上专用设备0台（套）。」
    ? para(
      `截至${Y}年12月31日，${ctx.o.selfReference}`, ...(noCars ? ['无车辆'] : ['共有车辆', count('assets.cars', '年末共有车辆数'), '辆']), '，其中：', joinRuns(carList, '、'),
      '，单价50万元以上通用设备', orZero('assets.equip50_general'), '台（套），单价100万元以上专用设备', orZero('assets.equip100_special'), '台（套）。',
    )
    : para(
      `截至${Y}年12月31日，${ctx.who}共有车辆`, count('assets.cars', '年末共有车辆数'), '辆，其中：', joinRuns(carList, '、'),
      '；单价100万元（含）以上设备（不含车辆）', orZero('assets.equip100'), '台（套）。',
    );
  const cars = ctx.aux('assets.cars');
  const parts = CARS.map(([k]) => ctx.aux(k)).filter((n): n is Num => !!n);
  if (cars && parts.length && !sum(parts.map((p) => p.value)).equals(cars.value)) {
    ctx.finding({ rule: 'N16', severity: 'error', cells: [...cars.cells, ...parts.flatMap((p) => p.cells)], message: '共有车辆数不等于各类车辆之和。', expected: sum(parts.map((p) => p.value)).toString(), actual: cars.value.toString() });
  }
  const preEval = ctx.cur.aux.values.get('text.pre_eval_projects')?.text;
  const p4 = para(
    `根据预算绩效管理要求，${st.perfSubject ?? ctx.o.selfReference}在年初预算编制阶段，`, preEval && `组织对${preEval.replace(/[等。]+$/, '')}等项目开展了预算事前绩效评估，`, '对', count('perf.targets', '编制绩效目标项目数'), '个项目编制了绩效目标，预算执行过程中，选取',
    count('perf.monitor', '绩效监控项目数'), '个项目开展绩效监控，年终执行完毕后，对', count('perf.self_eval', '绩效自评项目数'), '个项目开展了绩效目标完成情况自评。',
  );
  return [
    section('s10', '十、其他重要事项的情况说明', []),
    section('s10.1', '（一）机关运行经费支出情况', [p1], undefined, 2),
    section('s10.2', '（二）政府采购支出情况', [p2], undefined, 2),
    section('s10.3', '（三）国有资产占有使用情况', [p3], undefined, 2),
    section('s10.4', '（四）预算绩效管理情况', [p4, ...projectSummaries(ctx)], undefined, 2),
  ];
}

