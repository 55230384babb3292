// The generic 部门预算公开 narrative (spec §5.7, 财政部 / central / Sichuan style, [K]): 部门预算
// 安排说明 from B01, B04–B09, and 其他重要事项 from B06 and the auxiliary sheet.
import { sum } from '../amount';
import type { DraftContext } from './context';
import { isZero } from './context';
import type { NarrativeDocument, NarrativeRun, NarrativeSection } from './document';
import { amt, para, share, yoy } from './parts';
import { amountRuns, citeCode, joinRuns, text, type Num } from './wording';

function section(id: string, title: string, paragraphs: ReturnType<typeof para>[], level: 1 | 2 = 1): NarrativeSection {
  return { id, title, level, paragraphs };
}

/** Coded rows of a budget table with a non-zero amount, in code order. */
function codedRows(ctx: DraftContext, table: string, col: string): Array<{ code: string; name: string; n: Num }> {
  const m = ctx.cur.models.get(table);
  if (!m) return [];
  return Object.keys(m.rows)
    .filter((k) => /^c\d+$/.test(k))
    .map((k) => ({ code: k.slice(1), name: m.rows[k].label, n: ctx.table(table, `${k}.${col}`) }))
    .filter((r): r is { code: string; name: string; n: Num } => !!r.n && !r.n.value.isZero())
    .sort((a, b) => a.code.localeCompare(b.code));
}

export function draftBudgetGeneric(ctx: DraftContext): NarrativeDocument {
  const Y = ctx.year;
  const who = ctx.who;
  const reasonPart = (id: string, cur: Num | null, prev: Num | null, prompt: string): NarrativeRun[] =>
    ctx.needsReason(cur, prev) ? [text('，主要原因是'), ctx.reason(id, id.split('.')[0], prompt)] : [];

  // 一、收支总体
  const total = ctx.table('B01', 'b_inc_total.L_amt');
  const pTotal = ctx.aux('prev.b_total');
  const SOURCES: Array<[string, string]> = [
    ['b_inc_gpb', '一般公共预算拨款收入'], ['b_inc_gf', '政府性基金预算拨款收入'], ['b_inc_soc', '国有资本经营预算拨款收入'], ['b_inc_fz', '财政专户管理资金收入'],
    ['b_inc_biz', '事业收入'], ['b_inc_op', '事业单位经营收入'], ['b_inc_sup', '上级补助收入'], ['b_inc_aff', '附属单位上缴收入'], ['b_inc_oth', '其他收入'],
    ['b_inc_nfs', '使用非财政拨款结余'], ['b_inc_bcf', '上年结转'],
  ];
  const sources = SOURCES.map(([k, name]) => ({ name, n: ctx.table('B01', `${k}.L_amt`) })).filter((s) => !isZero(s.n));
  const classes = codedRows(ctx, 'B05', 'c_total').filter((r) => r.code.length === 3);
  const overall = para(
    `按照综合预算的原则，${who}所有收入和支出均纳入部门预算管理。收入包括：${sources.map((s) => s.name).join('、') || '无'}；支出包括：${classes.map((c) => c.name).join('、') || '无'}。`,
    `${who}${Y}年收支总预算`, amt(ctx, total, 'B01.total', '收入总计'), `，比${Y - 1}年`, yoy(ctx, total, pTotal, 'prev.b_total', '收支总预算'),
    reasonPart('g1', total, pTotal, '收支总预算与上年相比的变动'), '。',
  );
  const income = para(
    `${who}${Y}年收入预算`, amt(ctx, total, 'B01.total', '收入总计'), sources.length ? '，其中：' : '',
    joinRuns(sources.map((s) => [text(s.name), ...amountRuns(s.n!, ctx.o), text('，'), ...share(ctx, s.n, total, s.name)])), '。',
  );
  const spend = ctx.table('B01', 'b_exp_total.R_amt');
  const KINDS: Array<[string, string]> = [['e_basic', '基本支出'], ['e_proj', '项目支出'], ['e_bizop', '事业单位经营支出'], ['e_up', '上缴上级支出'], ['e_sub', '对附属单位补助支出']];
  const kinds = KINDS.map(([k, name]) => ({ name, n: ctx.table('B03', `total.${k}`) })).filter((s) => !isZero(s.n));
  const expenditure = para(
    `${who}${Y}年支出预算`, amt(ctx, spend, 'B01.exp_total', '支出总计'), kinds.length ? '，其中：' : '',
    joinRuns(kinds.map((s) => [text(s.name), ...amountRuns(s.n!, ctx.o), text('，'), ...share(ctx, s.n, spend, s.name)])), '。',
  );

  // 二、财政拨款收支总体
  const fTotal = ctx.table('B04', 'f_inc_total.L_amt');
  const FIN: Array<[string, string]> = [['f_inc_gpb', '一般公共预算拨款'], ['f_inc_gf', '政府性基金预算拨款'], ['f_inc_soc', '国有资本经营预算拨款'], ['f_bcf', '上年结转']];
  const fin = FIN.map(([k, name]) => ({ name, n: ctx.table('B04', `${k}.L_amt`) })).filter((s) => ctx.o.listZeroItems || !isZero(s.n));
  const finClasses = codedRows(ctx, 'B05', 'c_total').filter((r) => r.code.length === 3);
  const ecf = ctx.table('B04', 'f_ecf.R_total');
  const financial = para(
    `${who}${Y}年财政拨款收支总预算`, amt(ctx, fTotal, 'B04.total', '财政拨款收入总计'), '。收入包括：',
    joinRuns(fin.map((s) => [text(s.name), ...amt(ctx, s.n, `B04.${s.name}`, s.name)]), '、'), '；支出包括：',
    joinRuns([...finClasses.map((c) => [text(c.name), ...amountRuns(c.n, ctx.o)]), ...(isZero(ecf) ? [] : [[text('结转下年'), ...amountRuns(ecf!, ctx.o)]])], '、'), '。',
  );

  // 三、一般公共预算支出
  const gpb = ctx.table('B05', 'total.c_total');
  const pGpb = ctx.table('B05', 'total.p_total');
  const exp = ctx.table('B01', 'b_exp_year.R_amt');
  const gpbOverall = para(
    `${who}${Y}年一般公共预算拨款支出`, amt(ctx, gpb, 'B05.total', '一般公共预算拨款支出'), '，', share(ctx, gpb, exp, '一般公共预算拨款支出', '占本年支出合计的'),
    `。与${Y - 1}年相比，一般公共预算拨款支出`, yoy(ctx, gpb, pGpb, 'B05.p_total', '一般公共预算拨款支出'), reasonPart('g3.1', gpb, pGpb, '一般公共预算拨款支出与上年相比的变动'), '。',
  );
  const gpbStructure = para(
    `${who}${Y}年一般公共预算拨款支出`, amt(ctx, gpb, 'B05.total', '一般公共预算拨款支出'), '，主要用于以下方面：',
    joinRuns(classes.map((c) => [text(c.name), ...amountRuns(c.n, ctx.o), text('，'), ...share(ctx, c.n, gpb, c.name)])), '。',
  );
  const m05 = ctx.cur.models.get('B05');
  const nameOf = (code: string) => m05?.rows[`c${code}`]?.label ?? code;
  const items = codedRows(ctx, 'B05', 'c_total').filter((r) => r.code.length === 7).map((r, i) => {
    const prev = ctx.table('B05', `c${r.code}.p_total`);
    const cite = citeCode({ classCode: r.code.slice(0, 3), className: nameOf(r.code.slice(0, 3)), sectionCode: r.code.slice(0, 5), sectionName: nameOf(r.code.slice(0, 5)), itemCode: r.code, itemName: r.name }, ctx.o.codeStyle === 'a' ? 'c' : ctx.o.codeStyle);
    return para(`${i + 1}. ${cite}：${Y}年预算数为`, amountRuns(r.n, ctx.o), `，比${Y - 1}年预算数`, yoy(ctx, r.n, prev, `B05.p.${r.code}`, `${r.name}预算数`),
      reasonPart(`g3.3.${r.code}`, r.n, prev, `${r.name}（${r.code}）预算与上年相比的变动`), '。');
  });

  // 四、基本支出
  const basic = ctx.table('B06', 'total.b_total');
  const m06 = ctx.cur.models.get('B06');
  const econ = (col: string) => (m06 ? Object.keys(m06.rows).filter((k) => /^c\d{5}$/.test(k) && !isZero(ctx.table('B06', `${k}.${col}`))).map((k) => m06.rows[k].label) : []);
  const names = (list: string[], key: string, what: string) => (list.length ? [text(list.join('、'))] : [ctx.input(key, what)]);
  const basicPara = para(
    `${who}${Y}年一般公共预算基本支出`, amt(ctx, basic, 'B06.total', '基本支出'), '，其中：人员经费', amt(ctx, ctx.table('B06', 'total.b_staff'), 'B06.staff', '人员经费'),
    '，主要包括：', names(econ('b_staff'), 'text.personnel', '人员经费主要项目'), '；公用经费', amt(ctx, ctx.table('B06', 'total.b_public'), 'B06.public', '公用经费'),
    '，主要包括：', names(econ('b_public'), 'text.public', '公用经费主要项目'), '。',
  );

  // 五、三公
  const sg = (k: string) => ctx.table('B07', `total.c_${k}`);
  const sgTotal = sg('total');
  const pSg = ctx.has('B07') ? ctx.table('B07', 'total.p_total') : ctx.aux('prev.b_sangong');
  const sangong = para(
    `${who}${Y}年“三公”经费财政拨款预算`, amt(ctx, sgTotal, 'B07.total', '“三公”经费预算'), `，比${Y - 1}年预算`, yoy(ctx, sgTotal, pSg, 'prev.b_sangong', '“三公”经费预算', false),
    reasonPart('g5', sgTotal, pSg, '“三公”经费预算与上年相比的变动'), '。其中：因公出国（境）费', amt(ctx, sg('abroad'), 'B07.abroad', '因公出国（境）费'),
    '；公务用车购置及运行费', amt(ctx, sg('car'), 'B07.car', '公务用车购置及运行费'), '（其中，公务用车购置费', amt(ctx, sg('carBuy'), 'B07.carBuy', '公务用车购置费'),
    '，公务用车运行费', amt(ctx, sg('carRun'), 'B07.carRun', '公务用车运行费'), '）；公务接待费', amt(ctx, sg('recept'), 'B07.recept', '公务接待费'), '。',
  );

  // 六、七 基金
  const fund = (table: string, name: string) => {
    const n = ctx.has(table) ? ctx.table(table, 'total.x_total') : null;
    return isZero(n) ? para(`${who}${Y}年无${name}拨款安排的支出。`) : para(`${who}${Y}年${name}拨款支出`, amt(ctx, n, `${table}.total`, `${name}拨款支出`), '。');
  };

  // 其他重要事项
  const jg = ctx.aux('cur.jgyxjf') ?? ctx.table('B06', 'total.b_public');
  const pJg = ctx.aux('prev.b_jgyxjf');
  const running = para(`${Y}年${who}机关运行经费财政拨款预算`, amt(ctx, jg, 'B06.public', '机关运行经费'), `，比${Y - 1}年预算`, yoy(ctx, jg, pJg, 'prev.b_jgyxjf', '机关运行经费预算'),
    reasonPart('g8', jg, pJg, '机关运行经费预算与上年相比的变动'), '。');
  const proc = ctx.aux('budget.proc_total');
  const parts = ['budget.proc_goods', 'budget.proc_works', 'budget.proc_services'].map((k) => ctx.aux(k));
  const procurement = proc && proc.value.isZero()
    ? para(`${Y}年${who}无政府采购预算。`)
    : para(`${Y}年${who}政府采购预算总额`, amt(ctx, proc, 'budget.proc_total', '政府采购预算总额'), '，其中：政府采购货物预算', amt(ctx, parts[0], 'budget.proc_goods', '政府采购货物预算'),
      '、政府采购工程预算', amt(ctx, parts[1], 'budget.proc_works', '政府采购工程预算'), '、政府采购服务预算', amt(ctx, parts[2], 'budget.proc_services', '政府采购服务预算'), '。');
  if (proc && parts.every((p) => p) && !proc.value.minus(sum(parts.map((p) => p!.value))).abs().lessThan('0.005')) {
    ctx.finding({ rule: 'N15', severity: 'error', cells: [...proc.cells, ...parts.flatMap((p) => p!.cells)], message: '政府采购预算总额不等于货物、工程、服务预算之和。', expected: sum(parts.map((p) => p!.value)).toString(), actual: proc.value.toString() });
  }
  const count = (key: string, what: string): NarrativeRun => {
    const n = ctx.aux(key);
    return n ? { text: n.value.toString(), cells: n.cells } : ctx.input(key, what);
  };
  const assets = para(`截至${Y - 1}年12月31日，${who}共有车辆`, count('assets.cars', '上年末共有车辆数'), '辆；单价100万元以上设备', count('assets.equip100', '单价100万元以上设备台（套）数'), '台（套）。');
  const perf = para(`${Y}年${who}实行绩效目标管理的项目`, count('perf.targets', '实行绩效目标管理的项目数'), '个，涉及一般公共预算当年财政拨款', amt(ctx, ctx.aux('perf.targets_amount'), 'perf.targets_amount', '绩效目标管理项目涉及金额'), '。');

  return {
    title: `${Y}年${who}部门预算情况说明`,
    sections: [
      section('g1', '一、部门收支总体情况说明', [overall, income, expenditure]),
      section('g2', '二、财政拨款收支总体情况说明', [financial]),
      section('g3', '三、一般公共预算支出情况说明', []),
      section('g3.1', '（一）一般公共预算支出总体情况', [gpbOverall], 2),
      section('g3.2', '（二）一般公共预算支出结构情况', [gpbStructure], 2),
      section('g3.3', '（三）一般公共预算支出具体情况', items.length ? items : [para(ctx.input('B05.items', '一般公共预算支出项级科目'))], 2),
      section('g4', '四、一般公共预算基本支出情况说明', [basicPara]),
      section('g5', '五、财政拨款“三公”经费支出情况说明', [sangong]),
      section('g6', '六、政府性基金预算支出情况说明', [fund('B08', '政府性基金预算')]),
      section('g7', '七、国有资本经营预算支出情况说明', [fund('B09', '国有资本经营预算')]),
      section('g8', '八、机关运行经费说明', [running]),
      section('g9', '九、政府采购情况说明', [procurement]),
      section('g10', '十、国有资产占有使用情况说明', [assets]),
      section('g11', '十一、预算绩效管理情况说明', [perf]),
    ],
  };
}
