// The 部门预算公开 narrative (spec §5.6, seed 004's Hebei county outline): 部门预算安排的总体
// 情况 from B01/B03/B05/B06, 机关运行经费 from B06, 三公 from B07, the rest from the auxiliary sheet.
import { sum } from '../amount';
import type { DraftContext } from './context';
import type { NarrativeDocument, NarrativeSection } from './document';
import { amt, para, yoy } from './parts';
import { text, type Num } from './wording';

const PROVINCES: Record<string, string> = { hebei: '河北省', sichuan: '四川省' };

function section(id: string, title: string, paragraphs: ReturnType<typeof para>[]): NarrativeSection {
  return { id, title, level: 1, paragraphs };
}

/** A table figure, trying several tables (the budget set varies by region). */
function first(ctx: DraftContext, ...refs: Array<[string, string]>): Num | null {
  for (const [t, k] of refs) if (ctx.has(t)) return ctx.table(t, k);
  return ctx.table(refs[0][0], refs[0][1]);
}

export function draftBudget(ctx: DraftContext): NarrativeDocument {
  const Y = ctx.year;
  const self = ctx.o.selfReference;
  const total = ctx.table('B01', 'b_inc_total.L_amt');
  const inc = (k: string) => ctx.table('B01', `${k}.L_amt`);
  const others = ['b_inc_biz', 'b_inc_op', 'b_inc_sup', 'b_inc_aff', 'b_inc_oth'].map(inc);
  const other: Num | null = others.every((n) => n) ? { value: sum(others.map((n) => n!.value)), cells: others.flatMap((n) => n!.cells) } : null;
  const income = para(
    `反映本部门当年全部收入。${Y}年预算收入`, amt(ctx, total, 'B01.total', '收入总计'), '，其中：一般公共预算收入', amt(ctx, inc('b_inc_gpb'), 'B01.gpb', '一般公共预算拨款收入'),
    '，基金预算收入', amt(ctx, inc('b_inc_gf'), 'B01.gf', '政府性基金预算拨款收入'), '，财政专户核拨收入', amt(ctx, inc('b_inc_fz'), 'B01.fz', '财政专户核拨收入'),
    '，其他来源收入', amt(ctx, other, 'B01.other', '其他来源收入'), '。',
  );
  const spend = first(ctx, ['B03', 'total.e_total'], ['B01', 'b_exp_year.R_amt']);
  const basic = first(ctx, ['B03', 'total.e_basic'], ['B05', 'total.c_basic']);
  const proj = first(ctx, ['B03', 'total.e_proj'], ['B05', 'total.c_proj']);
  const staff = ctx.table('B06', 'total.b_staff');
  const pub = ctx.table('B06', 'total.b_public');
  const projects = ctx.cur.aux.values.get('text.projects')?.text;
  const expenditure = para(
    `收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制，反映${ctx.who}年度部门预算中支出预算的总体情况。${Y}年部门支出预算为`,
    amt(ctx, spend, 'B03.total', '支出合计'), '，其中基本支出', amt(ctx, basic, 'B03.basic', '基本支出'), '，包括人员经费', amt(ctx, staff, 'B06.staff', '人员经费'),
    '和日常公用经费', amt(ctx, pub, 'B06.public', '日常公用经费'), '；项目支出', amt(ctx, proj, 'B03.proj', '项目支出'), '，主要为',
    projects ? projects.replace(/[等。]+$/, '') : ctx.input('text.projects', '主要项目名称'), '等。',
  );
  // 比上年增减: last year's 基本/项目 from B05's 上年 columns or the auxiliary sheet; the total
  // is their sum unless typed, and must equal it (B17).
  const pBasic = ctx.aux('prev.b_basic') ?? (ctx.has('B05') ? ctx.table('B05', 'total.p_basic') : null);
  const pProj = ctx.aux('prev.b_proj') ?? (ctx.has('B05') ? ctx.table('B05', 'total.p_proj') : null);
  const typedTotal = ctx.aux('prev.b_total');
  const derived = pBasic && pProj ? { value: pBasic.value.plus(pProj.value), cells: [...pBasic.cells, ...pProj.cells] } : null;
  if (typedTotal && derived && !typedTotal.value.minus(derived.value).abs().lessThan('0.005')) {
    ctx.finding({
      rule: 'B17', severity: 'error', cells: [...typedTotal.cells, ...derived.cells],
      message: `上年收支预算总计${typedTotal.value}万元不等于上年基本支出与项目支出之和${derived.value}万元，增减额对不上。`,
      expected: derived.value.toString(), actual: typedTotal.value.toString(),
    });
  }
  const pTotal = derived ?? typedTotal;
  const reasonOf = (id: string, cur: Num | null, prev: Num | null, prompt: string) => (ctx.needsReason(cur, prev) ? [text('，主要是'), ctx.reason(id, 'b2', prompt)] : []);
  const compare = para(
    `${Y}年，部门预算收支安排`, amt(ctx, spend, 'B03.total', '支出合计'), `，较${Y - 1}年`, yoy(ctx, spend, pTotal, 'prev.b_total', '部门预算收支安排', false),
    '，其中：基本支出', yoy(ctx, basic, pBasic, 'prev.b_basic', '基本支出预算', false), reasonOf('b2.basic', basic, pBasic, '基本支出预算与上年相比的变动'),
    '；项目支出', yoy(ctx, proj, pProj, 'prev.b_proj', '项目支出预算', false), reasonOf('b2.proj', proj, pProj, '项目支出预算与上年相比的变动'), '。',
  );
  const jg = ctx.aux('cur.jgyxjf') ?? pub;
  const running = para(`${Y}年，${self}机关运行经费共计安排`, amt(ctx, jg, 'B06.public', '机关运行经费'), '，主要用于保证机关正常运转的办公费、邮电费、公务车运行维护费、车补等支出。');
  const sg = (k: string) => ctx.table('B07', `total.c_${k}`);
  const pSg = ctx.aux('prev.b_sangong') ?? (ctx.has('B07') && ctx.table('B07', 'total.p_total') && !ctx.table('B07', 'total.p_total')!.value.isZero() ? ctx.table('B07', 'total.p_total') : null);
  const sgTotal = sg('total');
  const sangong = para(
    `${Y}年，${self}财政拨款“三公”经费预算安排`, amt(ctx, sgTotal, 'B07.total', '“三公”经费预算'), '，其中：因公出国（境）费', amt(ctx, sg('abroad'), 'B07.abroad', '因公出国（境）费'),
    '；公务用车购置及运维费', amt(ctx, sg('car'), 'B07.car', '公务用车购置及运行费'), '（其中：公务用车运行维护费', amt(ctx, sg('carRun'), 'B07.carRun', '公务用车运行费'),
    '，公务用车购置费', amt(ctx, sg('carBuy'), 'B07.carBuy', '公务用车购置费'), '）；公务接待费', amt(ctx, sg('recept'), 'B07.recept', '公务接待费'),
    '。“三公”经费比上年', yoy(ctx, sgTotal, pSg, 'prev.b_sangong', '“三公”经费预算', false),
    ctx.needsReason(sgTotal, pSg) ? [text('，主要是'), ctx.reason('b4', 'b4', '“三公”经费预算与上年相比的变动')] : [],
    '。',
  );
  const proc = ctx.aux('budget.proc_total');
  const procurement = proc && !proc.value.isZero()
    ? para(`${Y}年，${self}政府采购预算`, amt(ctx, proc, 'budget.proc_total', '政府采购预算'), '。')
    : proc ? para(`${Y}年，${self}无政府采购预算。`) : para(`${Y}年，${self}政府采购预算`, ctx.input('budget.proc_total', '政府采购预算总额'), '万元。');
  const fixed = ctx.aux('assets.fixed_total');
  // Seed 004 repeats 「本年度无政府采购预算」 after the 固定资产 figure (wording profile hebei2020).
  const noProcurement = ctx.w.procurementInAssets && proc && proc.value.isZero();
  const assets = para(`${ctx.who}上年末固定资产金额为`, amt(ctx, fixed, 'assets.fixed_total', '上年末固定资产金额'), noProcurement ? '（详见下表），本年度无政府采购预算。' : '（详见下表）。');
  // Spec §5.6 preamble; the province's own 预算公开办法 is named (Hebei for this outline).
  const province = PROVINCES[ctx.profile?.region ?? ''];
  const preamble = para('按照《预算法》、《地方预决算公开操作规程》和《', province ?? ctx.input('text.province', '省份（如“河北省”）'), `省级预算公开办法》规定，现将${Y}年部门预算公开如下：`);
  return {
    title: `${Y}年部门预算信息公开`,
    preamble: [preamble],
    sections: [
      section('b1', '一、部门职责及机构设置情况', [para(ctx.input('text.duties', '部门职责及机构设置'))]),
      section('b2', '二、部门预算安排的总体情况', [
        para(`按照预算管理有关规定，目前我县预算编制实行综合预算制度，即全部收入和支出都反映在预算中。${ctx.who}的收支包含在部门预算中。`),
        para('1、收入说明'), income, para('2、支出说明'), expenditure, para('3、比上年增减情况'), compare,
      ]),
      section('b3', '三、机关运行经费安排情况', [running]),
      section('b4', '四、财政拨款“三公”经费预算情况及增减变化原因', [sangong]),
      section('b5', '五、绩效预算信息', [para(ctx.input('text.performance', '部门整体绩效目标和项目绩效目标'))]),
      section('b6', '六、政府采购预算情况', [procurement]),
      section('b7', '七、国有资产信息', [assets]),
      section('b8', '八、名词解释', [para('一般公共预算拨款收入、事业收入、其他收入、基本支出、项目支出、上缴上级支出、“三公”经费、机关运行费、上年结转、事业单位经营支出：见名词解释附录。')]),
      section('b9', '九、其他需要说明的事项', [para(`${self}无其他需要说明的事项。`)]),
    ],
  };
}
