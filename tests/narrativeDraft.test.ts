// Drafting the 情况说明 from seed workbooks (spec §5.2, §5.6): each drafted sentence states the
// same figures as the published one where the seed is right, and differs exactly where the
// seed is wrong (fixtures of spec §5.5). Figures are compared as printed: amounts to the seed's
// precision, percentages and direction words exactly.
import { readFileSync } from 'fs';
import { dec } from '../src/domain/amount';
import { planAuxSheet, planSaveReasons, readAux, AUX_SHEET } from '../src/domain/narrative/aux';
import { recogniseWorkbook } from '../src/domain/checks';
import { draftNarrative } from '../src/domain/narrative/draft';
import { paragraphText } from '../src/domain/narrative/document';
import { isUp, sentenceFacts, splitSentences, type Fact } from '../src/domain/narrative/facts';
import { alignSentence, draftSentences } from '../src/domain/narrative/textCheck';
import { renderText } from '../src/domain/narrative/renderText';
import { renderHtml } from '../src/domain/narrative/renderHtml';
import type { WorkbookSnapshot } from '../src/workbook/port';
import { MemoryWorkbook } from '../src/workbook/memory';
import {
  buildWorkbook, seed000Entries, seed001Entries, seed004Entries, SEED000_AUX, SEED000_ITEMS, SEED000_TYPED, SEED001_AUX, SEED001_ITEMS, SEED004_AUX, SEED004_CODES, SEED004_TYPED, type Entry,
} from './narrativeFixtures';

const seedText = (file: string) => readFileSync(`/work/shared/seeds/${file}`, 'utf8');
/** The whole sentence of the seed that contains `fragment`. */
function seedSentence(text: string, fragment: string): string {
  const s = splitSentences(text).find((x) => x.text.includes(fragment));
  if (!s) throw new Error(`seed has no sentence with 「${fragment}」`);
  return s.text;
}

const FIGURES: Fact['role'][] = ['level', 'delta', 'growth', 'share', 'completion', 'bareShare'];
/** Same figures, roles, units and directions, in order. */
function agree(printed: Fact[], drafted: Fact[]): boolean {
  const a = printed.filter((f) => FIGURES.includes(f.role));
  const b = drafted.filter((f) => FIGURES.includes(f.role));
  if (a.length !== b.length) return false;
  return a.every((f, i) => {
    const g = b[i];
    if (f.role !== g.role || f.unit !== g.unit) return false;
    if (f.verb && g.verb && (isUp(f.verb) !== isUp(g.verb) || (f.role === 'growth' && (f.verb === '减少' || f.verb === '增加')))) return false;
    // Amounts to the printed precision (4.6 = 4.60); percentages exactly as printed (86 ≠ 86.03).
    if (f.unit === '%' || f.role === 'bareShare') return f.value.equals(g.value);
    return f.value.toDecimalPlaces(Math.min(f.decimals, 4)).equals(g.value.toDecimalPlaces(Math.min(f.decimals, 4))) && f.decimals <= Math.max(g.decimals, 2);
  });
}

/**
 * The drafted text cut into sentences as a reader of the published text sees it: paragraphs joined
 * by line breaks, so 「…具体情况如下：」 runs on into item 1 exactly as splitSentences joins the seed.
 */
function readSentences(doc: ReturnType<typeof draftNarrative>['document']): string[] {
  return splitSentences(doc.sections.flatMap((s) => s.paragraphs.map(paragraphText)).join('\n')).map((s) => s.text);
}

/** The seed's sentence with exactly the listed wrong parts replaced (every occurrence). */
function corrected(sentence: string, fixes: Array<[wrong: string, right: string]>): string {
  return fixes.reduce((t, [wrong, right]) => {
    if (!t.includes(wrong)) throw new Error(`「${wrong}」 is not in 「${t}」`);
    return t.split(wrong).join(right);
  }, sentence);
}

function compare(doc: ReturnType<typeof draftNarrative>['document'], seed: string, fragment: string): { seed: string; draft: string | null; same: boolean } {
  const sentence = seedSentence(seed, fragment);
  const d = alignSentence(sentence, draftSentences(doc));
  return { seed: sentence, draft: d?.text ?? null, same: !!d && agree(sentenceFacts(sentence), d.facts) };
}

describe('seed 000 — 广元市朝天区总工会 2020年度部门决算 (sichuan-final-2020)', () => {
  const seed = seedText('000_a1d4fcca9ae5a260.txt');
  let result: ReturnType<typeof draftNarrative>;
  beforeAll(async () => {
    const { snapshot } = await buildWorkbook('sichuan-final-2020', { codeRows: SEED000_ITEMS.map(([c]) => c) }, seed000Entries(), SEED000_AUX, '广元市朝天区总工会');
    result = draftNarrative(snapshot, { selfReference: '我会', stripTrailingZeros: true });
  });

  // Seed 000 as its author filled the 2020 Sichuan template: wording profile 'sichuan2020', the
  // self-reference 我会, and the reasons and 用途 texts typed in the auxiliary sheet.
  let literal: string[];
  beforeAll(async () => {
    const { snapshot } = await buildWorkbook('sichuan-final-2020', { codeRows: SEED000_ITEMS.map(([c]) => c) }, seed000Entries(), { ...SEED000_AUX, ...SEED000_TYPED }, '广元市朝天区总工会');
    literal = readSentences(draftNarrative(snapshot, { selfReference: '我会', style: 'sichuan2020' }).document);
  });

  // Where the seed is right, the drafted sentence is the seed's sentence, word for word.
  it.each([
    ['一 totals', '2020年度收入总计234.06万元，2020年度支出总计234.06万元'],
    ['一 reason', '主要变动原因是由于上年度财政项目追加、历年挂账资金'],
    ['二 income and shares', '2020年本年收入合计234.06万元，其中'],
    ['四 totals', '2020年财政拨款收入总计234.06万元'],
    ['四 reason', '主要变动原因是由于上年度挂账资金拨款'],
    ['五(一) share', '2020年一般公共预算财政拨款支出234.06万元，占本年支出合计的100%'],
    ['五(一) reason', '主要变动原因是由于上年度挂账资金。'],
    ['五(三) item 1', '1.一般公共服务201（类）群众团体事务20129（款）行政运行2012901（项）'],
    ['七(二) 三公 structure', '2020年“三公”经费财政拨款支出决算中'],
    ['七 1 出国 counts', '全年安排因公出国（境）团组0次'],
    ['七 2 公车购置', '其中：公务用车购置支出0万元'],
    ['七 2 公车运行', '公务用车运行维护费支出0万元。'],
    ['七 3 公务接待 completion', '3.公务接待费支出0.397万元，完成预算100%'],
    // 六 in the 2020 form: the 公用经费 names typed as the seed lists them (§1.6 row order).
    ['六 人员经费 names', '主要包括：基本工资、津贴补贴'],
    ['六 日常公用经费', '日常公用经费13.67万元'],
    // 七(二) 2–3 with the counts by type, the reception list and the remarks typed in the aux sheet.
    ['七 2 购置 by type', '全年按规定更新购置公务用车0辆'],
    ['七 2 保有量 by type', '截至2020年12月底，单位共有公务用车0辆'],
    ['七 2 运行维护费 remark', '我会未使用公务用车运行维护费支出等所需'],
    ['七 3 国内 用途', '其中：国内公务接待支出0.397万元'],
    ['七 3 国内 counts and list', '国内公务接待5批次31人次'],
    ['七 3 外事', '外事接待支出0万元，外事接待0批次'],
    ['八 none', '2020年我会无政府性基金预算'],
    ['九 none', '2020年我会无国有资本经营预算'],
    ['十(一) reason', '主要变动原因是压缩培训费、会议费和公务接待费'],
    ['十(二) none', '2020年，我会无政府采购支出'],
    ['十(三) 2020 form', '截至2020年12月31日，我会无车辆'],
    ['十(四) 绩效', '根据预算绩效管理要求，本部门（单位）'],
    // 十(四) per project, from the 预算数/执行数 typed per project (5.2325 keeps its 4 decimals).
    ['十(四) project 1 heading', '（1）工会工作经费项目绩效目标完成情况综述'],
    ['十(四) project 2 heading', '（2）特困企业职工春节慰问项目绩效目标完成情况综述'],
    ['十(四) project 2', '项目全年预算数12万元'],
    ['十(四) project 3 heading', '（3）困难职工帮扶项目绩效目标完成情况综述'],
    ['十(四) project 3, 4 decimals', '项目全年预算数5.2325万元'],
    ['十(四) project 4 heading', '（4）劳模补助项目绩效目标完成情况综述'],
    ['十(四) project 4', '项目全年预算数9.16万元'],
    // …in the 2020 template's frame around them (its counts linked to 绩效自评项目数).
    ['十(四) review lead', '本部门自行组织了4个项目支出绩效评价'],
    ['十(四) 2.部门绩效评价结果', '2.部门绩效评价结果'],
    ['十(四) 附件1', '《广元市朝天区总工会2020年度整体支出绩效评价报告》见附件（附件1）'],
  ])('%s: drafted word for word', (_what, fragment) => {
    expect(literal).toContain(seedSentence(seed, fragment));
  });

  // Where the seed is wrong, the drafted sentence is the seed's with exactly the wrong part corrected.
  it.each<[string, string, Array<[string, string]>]>([
    ['A1 一 growth / current year', '与2019年度相比，收入总计增加86.47万元', [['36.94%', '58.59%']]],
    ['A1 四 growth / current year', '与2019年度相比，财政拨款收入总计增加86.47万元', [['36.94%', '58.59%']]],
    ['A1 五(一) growth / current year', '与2019年相比，一般公共预算财政拨款增加86.47万元', [['36.94%', '58.59%']]],
    ['A2 公务接待 3.3%', '公务接待费支出决算比2019年减少0.013万元', [['3.3%', '3.17%']]],
    ['A3 rate verb 减少', '机关运行经费支出13.67万元，比2019年减少2.67万元', [['，减少16.34%', '，下降16.34%']]],
    ['A4 出国 完成预算0% on a zero budget', '1.因公出国（境）经费支出0万元，完成预算0%', [['完成预算0%', '2020年度未安排预算，无相关支出']]],
    ['A4 公车 完成预算0% on a zero budget', '2.公务用车购置及运行维护费支出0万元,完成预算0%', [[',完成预算0%', '，2020年度未安排预算，无相关支出']]],
    ['§5.1 出国 增加0万元 for 持平', '因公出国（境）支出决算比2019年增加0万元', [['增加0万元，增长0%', '基本持平']]],
    ['§5.1 公车 增加0万元 for 持平', '公务用车购置及运行维护费支出决算比2019年增加0万元', [['增加0万元，增长0%', '基本持平']]],
    ['A5 上缴上级支出 inside 项目支出', '2020年本年支出合计234.06万元', [['（其中含上缴上级支出25万元），占52.33%；', '，占52.33%；上缴上级支出0万元，占0%；']]],
    ['A6 占…的0 without %', '授予中小企业合同金额0万元，占政府采购支出总额的0', [['总额的0，', '总额的0%，'], ['总额的0。', '总额的0%。']]],
    // A7 shares to 2 decimals; and the 类 citations in one style (spec §5.0), as 201 and 208 print them.
    ['A7 integer shares', '主要用于以下方面:一般公共服务201（类）支出201.37万元，占86%', [
      ['占86%', '占86.03%'], ['占5%', '占5.13%'], ['占4%', '占4.07%'], ['占2%', '占1.97%'], ['占3%', '占2.81%'],
      ['教育支出205（类）12万元', '教育205（类）支出12万元'], ['卫生健康支出210（类）支出', '卫生健康210（类）支出'], ['住房保障支出221（类）支出', '住房保障221（类）支出'],
    ]],
    // A7, and 决算 > 预算 needs its reason (spec §5.1), which the seed leaves out.
    ['A7 one-decimal completion rate', '2020年一般公共预算支出决算数为234.06万元，完成预算127.8%', [['完成预算127.8%。', '完成预算127.83%，决算数大于预算数的主要原因是【请填写原因】。']]],
    // A7; 「占总支出」 as item 1 writes it.
    ['A7 one-decimal item share', '支出决算为94.78万元，占总支出的40.5%', [['占总支出的40.5%', '占总支出40.49%']]],
    // A7; and the 项 by its 科目 name 其他群众团体事务支出.
    ['A7 item 3 share', '支出决算为27.47万元，占总支出的11.7%', [['占总支出的11.7%', '占总支出11.74%'], ['其他群众团体事务2012999', '其他群众团体事务支出2012999']]],
    // Items 4–8: the seed numbers them 2080505, 2101101, 2089901, 2210201, 2050101 — an order no
    // table holds (its own 六 lists the same 项 in code order, as spec §5.2 prescribes), so the
    // numbering counts as corrected. Also A7 one-decimal shares; 「占总支出」, 「:」 and the 类 names
    // as items 1–3 print them; 「4.60」 as 五(二) prints 4.6; the stray colon in 「支出决算为：0.41」.
    ['A7 item 2080505', '支出决算为9.11万元，占总支出的3.9%', [['4.社会保障', '5.社会保障'], ['（项）：', '（项）:'], ['占总支出的3.9%', '占总支出3.89%']]],
    ['A7 item 2101101', '支出决算为4.60万元，占总支出2%', [['5.卫生健康支出210（类）', '7.卫生健康210（类）'], ['4.60万元', '4.6万元'], ['占总支出2%', '占总支出1.97%']]],
    ['A7 item 2089901', '支出决算为：0.41万元，占总支出0.2%', [['社会保障和就业支出208（类）', '社会保障和就业208（类）'], ['（项）：支出决算为：', '（项）:支出决算为'], ['占总支出0.2%', '占总支出0.18%']]],
    ['A7 item 2210201', '支出决算为6.57万元，占总支出2.8%', [['7.住房保障支出221（类）', '8.住房保障221（类）'], ['占总支出2.8%', '占总支出2.81%']]],
    ['A7 item 2050101', '支出决算为12万元，占总支出5.1%', [['8.教育支出205（类）', '4.教育205（类）'], ['（项）：', '（项）:'], ['占总支出5.1%', '占总支出5.13%']]],
    // 六 lists the 人员经费 per 项 (2012901: 基本支出 79.11 less 日常公用经费 13.67 = 65.44). The 类
    // citations as in 五; 20805 is 行政事业单位养老支出 as in 五(三) and the 2020 科目 (the seed's 离退休 is
    // its own slip, spec/seed-workbooks.md 000 note 3).
    ['六 人员经费 by 项', '2020年一般公共预算财政拨款基本支出111.58万元', [
      ['教育支出205（类）', '教育205（类）'], ['行政事业单位离退休20805', '行政事业单位养老支出20805'], ['社会保障和就业支出208（类）', '社会保障和就业208（类）'],
      ['卫生健康支出210（类）', '卫生健康210（类）'], ['住房保障支出221（类）', '住房保障221（类）'],
    ]],
    // The projects as the summaries (1)–(4) name and order them: the seed's list here calls the second
    // 「特困企业职工春节送温暖」 and reorders them.
    ['十(四) project list', '等4个项目绩效目标实际完成情况', [['“劳模补助”“困难职工帮扶”“特困企业职工春节送温暖”', '“特困企业职工春节慰问”“困难职工帮扶”“劳模补助”']]],
    // A7: 98.85 / 89.68 = 110.23%, printed as an integer.
    ['A7 十(四) project 1 completion', '项目全年预算数89.68万元', [['完成预算的110%', '完成预算的110.23%']]],
    // Not a §5.5 fixture but a slip all the same: 「决算数预算数持平」 lacks 与.
    ['七(一) 决算数与预算数持平', '2020年“三公”经费财政拨款支出决算为0.397万元', [['决算数预算数持平', '决算数与预算数持平']]],
  ])('%s: drafted = the seed corrected', (_what, fragment, fixes) => {
    const printed = seedSentence(seed, fragment);
    const right = corrected(printed, fixes);
    expect(right).not.toBe(printed);
    expect(literal).toContain(right);
  });

  // The default wording (spec §5.1) on the same figures states the same figures where the seed is right.
  it.each([
    ['一 totals', '2020年度收入总计234.06万元，2020年度支出总计234.06万元'],
    ['四 totals', '2020年财政拨款收入总计234.06万元'],
    ['七(二) 三公 structure', '2020年“三公”经费财政拨款支出决算中'],
  ])('%s: default wording, same figures as the seed', (_what, fragment) => {
    const r = compare(result.document, seed, fragment);
    expect(r.draft).not.toBeNull();
    expect(r).toMatchObject({ same: true });
  });

  it('the draft states the corrected figures', () => {
    const all = result.document.sections.flatMap((s) => s.paragraphs.map(paragraphText)).join('\n');
    expect(all).toContain('与2019年度相比，收入增加86.47万元，增长58.59%，支出增加86.47万元，增长58.59%。'); // A1
    expect(all).toContain('基本支出111.58万元，占47.67%；项目支出122.48万元，占52.33%；上缴上级支出0万元，占0%'); // A5
    expect(all).toContain('占政府采购支出总额的0%'); // A6
    expect(all).toContain('一般公共服务支出201（类）201.37万元，占86.03%；教育支出205（类）12.00万元，占5.13%'); // A7
    expect(all).toContain('完成预算127.83%，决算数大于预算数的主要原因是【请填写原因】。');
    expect(all).toContain('公务接待费支出决算比2019年减少0.013万元，下降3.17%'); // A2
    expect(all).toContain('比2019年度减少2.67万元，下降16.34%'); // A3
    expect(all).toContain('1.因公出国（境）经费支出0万元，2020年度未安排预算，无相关支出。'); // A4
    // 十(四) word for word as seed 000 prints it, but with 我会 for 本部门（单位）.
    expect(all).toContain('根据预算绩效管理要求，我会在年初预算编制阶段，组织对工会工作经费、特困企业职工春节慰问、困难职工帮扶、劳模补助等项目开展了预算事前绩效评估，对4个项目编制了绩效目标，预算执行过程中，选取4个项目开展绩效监控，年终执行完毕后，对4个项目开展了绩效目标完成情况自评。');
  });

  it('every number run is linked to its cells, every reason gap is a placeholder with a stable id', () => {
    const runs = result.document.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.runs));
    // Every amount and percentage (a number run followed by 万元 or %) is linked to at least one cell.
    const figures = runs.filter((r, i) => /^-?\d+(\.\d+)?$/.test(r.text) && /^(万元|%)/.test(runs[i + 1]?.text ?? ''));
    expect(figures.length).toBeGreaterThan(60);
    expect(figures.filter((r) => !r.cells?.length)).toEqual([]);
    const s1 = result.document.sections.find((s) => s.id === 's1')!;
    const total = s1.paragraphs[0].runs.find((r) => r.text === '234.06')!;
    expect(total.cells).toEqual([{ sheet: '收入支出决算总表', address: expect.stringMatching(/^[A-Z]+\d+$/) }]);
    // Δ against the auxiliary sheet's 上年 figure: both cells.
    const delta = s1.paragraphs[0].runs.find((r) => r.text === '86.47')!;
    expect(delta.cells!.map((c) => c.sheet)).toEqual(['收入支出决算总表', AUX_SHEET]);
    const reasons = runs.filter((r) => r.placeholder?.kind === 'reason').map((r) => r.placeholder!.id);
    expect(reasons).toEqual(expect.arrayContaining(['reason.s1', 'reason.s4', 'reason.s5.1', 'reason.s5.3']));
    expect(result.reasons.map((r) => r.id)).toEqual(expect.arrayContaining(['s1', 's4', 's5.1', 's5.3']));
    expect(result.reasons.find((r) => r.id === 's1')).toMatchObject({ sectionId: 's1', text: '' });
    // Empty reasons hold up publishing (spec §5.4): one warning that lists them.
    const open = result.reasons.filter((r) => !r.text);
    expect(result.findings.filter((f) => f.rule === 'N_REASON')).toEqual([expect.objectContaining({ severity: 'warn', message: expect.stringContaining(`有 ${open.length} 处「主要原因」待填写`) })]);
  });

  it('in the 2020 form too every amount and rate is linked; 65.44 to the 项 基本支出 and the 公用经费', async () => {
    const { snapshot } = await buildWorkbook('sichuan-final-2020', { codeRows: SEED000_ITEMS.map(([c]) => c) }, seed000Entries(), { ...SEED000_AUX, ...SEED000_TYPED }, '广元市朝天区总工会');
    const runs = draftNarrative(snapshot, { selfReference: '我会', style: 'sichuan2020' }).document.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.runs));
    const figures = runs.filter((r, i) => /^-?\d+(\.\d+)?$/.test(r.text) && /^(万元|%|辆|批次|人)/.test(runs[i + 1]?.text ?? ''));
    expect(figures.length).toBeGreaterThan(70);
    expect(figures.filter((r) => !r.cells?.length)).toEqual([]);
    expect(runs.find((r) => r.text === '65.44')!.cells!.map((c) => c.sheet)).toEqual(['一般公共预算财政拨款支出决算表', '一般公共预算财政拨款基本支出决算表']);
  });

  it('十(四) projects (N17): as many as self-evaluated, none above the 项目支出 of the tables', async () => {
    const aux = { ...SEED000_AUX, ...SEED000_TYPED, 'perf.self_eval': 3, 'perf.project.2.actual': 130 };
    const { snapshot } = await buildWorkbook('sichuan-final-2020', { codeRows: SEED000_ITEMS.map(([c]) => c) }, seed000Entries(), aux, '广元市朝天区总工会');
    const r = draftNarrative(snapshot, { selfReference: '我会', style: 'sichuan2020' });
    expect(r.findings.filter((f) => f.rule === 'N17').map((f) => [f.severity, f.expected, f.actual])).toEqual([['warn', '4', '3'], ['error', '≤ 122.48', '130']]);
    const ok = await buildWorkbook('sichuan-final-2020', { codeRows: SEED000_ITEMS.map(([c]) => c) }, seed000Entries(), { ...SEED000_AUX, ...SEED000_TYPED }, '广元市朝天区总工会');
    expect(draftNarrative(ok.snapshot, { style: 'sichuan2020' }).findings.filter((f) => f.rule === 'N17')).toEqual([]);
  });

  it('七(二) details add up (N11): the reception list to 国内, vehicles by type to the totals', async () => {
    const aux = {
      ...SEED000_AUX, ...SEED000_TYPED, 'sangong.car_stock_sedan': 1,
      'text.recep_dom_list': String(SEED000_TYPED['text.recep_dom_list']).replace('0.078万元', '0.079万元'),
    };
    const { snapshot } = await buildWorkbook('sichuan-final-2020', { codeRows: SEED000_ITEMS.map(([c]) => c) }, seed000Entries(), aux, '广元市朝天区总工会');
    const r = draftNarrative(snapshot, { selfReference: '我会', style: 'sichuan2020' });
    expect(r.findings.filter((f) => f.rule === 'N11').map((f) => [f.message, f.expected, f.actual])).toEqual([
      ['公务用车保有量不等于轿车、越野车、载客汽车辆数之和。', '1', '0'],
      ['国内公务接待具体内容所列金额之和不等于国内公务接待支出。', '0.397', '0.398'],
    ]);
    // The seed's own figures raise none, and the typed list stays linked to its cell.
    const ok = await buildWorkbook('sichuan-final-2020', { codeRows: SEED000_ITEMS.map(([c]) => c) }, seed000Entries(), { ...SEED000_AUX, ...SEED000_TYPED }, '广元市朝天区总工会');
    const r2 = draftNarrative(ok.snapshot, { selfReference: '我会', style: 'sichuan2020' });
    expect(r2.findings.filter((f) => f.rule === 'N11')).toEqual([]);
    const list = r2.document.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.runs)).find((x) => x.text.startsWith('市总工会来我会调研'))!;
    expect(list.cells).toEqual([{ sheet: AUX_SHEET, address: expect.stringMatching(/^C\d+$/) }]);
  });

  it('completionBase 调整预算 uses the full-year budget and says so (spec §5.3)', async () => {
    const { snapshot } = await buildWorkbook('sichuan-final-2020', { codeRows: SEED000_ITEMS.map(([c]) => c) }, seed000Entries(), { ...SEED000_AUX, 'budget.gpb_total_adj': 234.06, 'budget.gpb_item_adj.2012901': 80 }, '广元市朝天区总工会');
    const doc = draftNarrative(snapshot, { completionBase: '调整预算' }).document;
    const s53 = doc.sections.find((s) => s.id === 's5.3')!.paragraphs.map(paragraphText);
    expect(s53[0]).toBe('2020年度一般公共预算支出决算数为234.06万元，完成全年预算的100.00%，决算数等于预算数。其中：');
    expect(s53[1]).toContain('支出决算为79.12万元，完成全年预算的98.90%，决算数小于预算数的主要原因是【请填写原因】');
  });
  it('sections 一–十 and charts 图1–图7', () => {
    const titles = result.document.sections.filter((s) => s.level === 1).map((s) => s.title.slice(0, 2));
    expect(titles).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、']);
    const charts = result.document.sections.flatMap((s) => (s.chart ? [s.chart] : []));
    expect(charts.map((c) => c.id).sort()).toEqual(['图1', '图2', '图3', '图4', '图5', '图6', '图7']);
    expect(charts.find((c) => c.id === '图1')!.series[0].values).toEqual(['147.59', '234.06']);
    expect(charts.find((c) => c.id === '图6')!).toMatchObject({ kind: 'pie', categories: ['一般公共服务支出', '教育支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出'] });
  });
});

describe('seed 001 — 遂宁市安居区总工会 2024年度部门决算 (sichuan-final-2024)', () => {
  const seed = seedText('001_e9107b50d5326ab8.txt');
  let result: ReturnType<typeof draftNarrative>;
  beforeAll(async () => {
    const { snapshot } = await buildWorkbook('sichuan-final-2024', { codeRows: [...SEED001_ITEMS.map(([c]) => c), '2296002'] }, seed001Entries(), SEED001_AUX, '遂宁市安居区总工会');
    // Seed 001 lists only non-zero sources (the Shanghai/central habit, spec §5.0 listZeroItems).
    result = draftNarrative(snapshot, { stripTrailingZeros: true, listZeroItems: false });
  });
  it('word for word where the wording matches', () => {
    const drafted = draftSentences(result.document).map((s) => s.text);
    for (const fragment of [
      '2024年度收入总计903.30万元', '与2023年度相比，收入增加28.20万元', '2024年度本年收入合计903.30万元', '2024年度本年支出合计903.30万元',
      '2024年度一般公共预算财政拨款支出901.30万元，占本年支出合计的99.78%',
    ]) {
      expect(drafted).toContain(seedSentence(seed, fragment));
    }
  });
  it.each([
    ['四', '与2023年相比，财政拨款收入增加28.20万元'],
    ['五(一)', '与2023年相比，一般公共预算财政拨款增加33.40万元'],
    ['五(三) item', '支出决算为264.76万元，完成预算100%'],
    ['六 基本支出 over two lines', '人员经费138.20万元'],
    ['七(二)', '2024年度“三公”经费财政拨款支出决算中'],
    ['八 level', '2024年度政府性基金预算财政拨款支出2万元'],
  ])('%s: same figures as the seed', (_what, fragment) => {
    const r = compare(result.document, seed, fragment);
    expect(r.draft).not.toBeNull();
    expect(r).toMatchObject({ same: true });
  });
  it.each([
    ['A8 94.43% (forced to 100%)', '一般公共服务支出201（类）851.15万元，占94.43%'],
    ['A9 duplicated clause, 7.81%', '公务接待费支出决算比2023年度减少0.05万元，下降0.05万元'],
    ['A10 0万元，占…100%', '授予中小企业合同金额0万元'],
    ['A11 0.33% for 0.03%', '机关运行经费支出706.48万元，比2023年度减少0.24万元'],
    ['A12 0/0 written 100%', '1.因公出国（境）经费支出0万元，完成预算100%'],
    ['A13 no rate', '政府性基金预算财政拨款支出减少5.2万元'],
  ])('%s: the draft differs from the seed', (_what, fragment) => {
    const r = compare(result.document, seed, fragment);
    expect(r.draft).not.toBeNull();
    expect(r).toMatchObject({ same: false });
  });
});

describe('seed 004 — 平乡县总工会 2020年部门预算 (hebei-budget-2020, spec §5.6)', () => {
  const seed = seedText('004_a62da1b858dc4f7e.txt');
  let result: ReturnType<typeof draftNarrative>;
  beforeAll(async () => {
    const { snapshot } = await buildWorkbook('hebei-budget-2020', SEED004_CODES, seed004Entries(), SEED004_AUX, '平乡县总工会');
    result = draftNarrative(snapshot, { selfReference: '我部门' });
  });
  const sentences = () => draftSentences(result.document).map((s) => s.text);

  // Seed 004 with its typed reasons and the wording profile 'hebei2020'.
  let literal: string[];
  beforeAll(async () => {
    const { snapshot } = await buildWorkbook('hebei-budget-2020', SEED004_CODES, seed004Entries(), { ...SEED004_AUX, ...SEED004_TYPED }, '平乡县总工会');
    literal = readSentences(draftNarrative(snapshot, { selfReference: '我部门', style: 'hebei2020' }).document);
  });

  it.each([
    ['二 1 收入', '2020年预算收入264.43万元'],
    ['二 2 支出', '2020年部门支出预算为264.43万元'],
    ['二 收支 in the 部门预算', '平乡县总工会的收支包含在部门预算中'],
    ['二 2 支出 lead', '收支预算总表支出栏'],
    ['二 1 heading', '1、收入说明'],
    ['二 2 heading', '2、支出说明'],
    ['二 3 heading', '3、比上年增减情况'],
    ['六 政府采购', '2020年，我部门无政府采购预算'],
    ['七 固定资产', '平乡县总工会上年末固定资产金额为13万元'],
    ['九', '我部门无其他需要说明的事项'],
  ])('%s: drafted word for word', (_what, fragment) => {
    expect(literal).toContain(seedSentence(seed, fragment));
  });

  it.each<[string, string, Array<[string, string]>]>([
    ['A18 total change ≠ 基本 + 项目', '部门预算收支安排264.43万元，较2019年增加37.62万元', [['增加37.62万元', '增加37.22万元']]],
    ['A19 7.46元 for 万元', '机关运行经费共计安排7.46元', [['7.46元', '7.46万元']]],
    // Typos of fixed terms (the text check's TYPOS list): 反应 for 反映; 的 for 在.
    ['反应本部门', '本部门当年全部收入', [['反应', '反映']]],
    ['反映的预算中', '即全部收入和支出都反映的预算中', [['反映的预算中', '反映在预算中']]],
    // Punctuation slips: a half-width 「)」 closing a full-width 「（」, a half-width comma.
    ['四 三公 bracket', '我部门财政拨款“三公”经费预算安排0.5万元', [['公务用车购置费0万元)', '公务用车购置费0万元）']]],
    ['四 三公 change', '“三公”经费比上年减少0.5万元', [['0.5万元,主要是', '0.5万元，主要是']]],
  ])('%s: drafted = the seed corrected', (_what, fragment, fixes) => {
    const printed = seedSentence(seed, fragment);
    const right = corrected(printed, fixes);
    expect(right).not.toBe(printed);
    expect(literal).toContain(right);
  });

  it('the preamble (spec §5.6) word for word, running into heading 一 as the seed prints it', async () => {
    const { snapshot } = await buildWorkbook('hebei-budget-2020', SEED004_CODES, seed004Entries(), { ...SEED004_AUX, ...SEED004_TYPED }, '平乡县总工会');
    const doc = draftNarrative(snapshot, { selfReference: '我部门', style: 'hebei2020' }).document;
    expect(splitSentences(renderText(doc)).map((x) => x.text)).toContain(seedSentence(seed, '按照《预算法》'));
    expect(renderHtml(doc)).toContain('《河北省省级预算公开办法》规定，现将2020年部门预算公开如下：</p>');
  });

  it('states the corrected figures', () => {
    expect(sentences()).toContain('2020年，部门预算收支安排264.43万元，较2019年增加37.22万元，其中：基本支出增加22.59万元，主要是【请填写原因】；项目支出增加14.63万元，主要是【请填写原因】。');
    expect(sentences()).toContain('2020年，我部门机关运行经费共计安排7.46万元，主要用于保证机关正常运转的办公费、邮电费、公务车运行维护费、车补等支出。');
  });
  it('the budget outline 一–九', () => {
    expect(result.document.sections.map((s) => s.title.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、']);
  });
  it('a typed 上年 total that is not 基本 + 项目 is a B17 finding', async () => {
    const { snapshot } = await buildWorkbook('hebei-budget-2020', SEED004_CODES, seed004Entries(), { ...SEED004_AUX, 'prev.b_total': 226.81 }, '平乡县总工会');
    const r = draftNarrative(snapshot, { selfReference: '我部门' });
    expect(r.findings.filter((f) => f.rule === 'B17')).toEqual([expect.objectContaining({ severity: 'error', expected: '227.21', actual: '226.81' })]);
  });
});

describe('generic budget outline (spec §5.7) for the other budget profiles', () => {
  it('收支总体, 财政拨款, 一般公共预算 by 类 and 项 against the 上年 columns, 基本支出, 三公, funds, other matters', async () => {
    // Seed 004's figures typed into the central budget template.
    const e: Entry[] = [
      ...seed004Entries(), ['B04', 'f_inc_gpb', undefined, 264.43], ['B04', 'f_exp_c201', 'R_gpb', 264.43], ['B07', 'total', 'p_carRun', 1],
    ];
    const { snapshot } = await buildWorkbook('central-budget-2025', SEED004_CODES, e, { 'prev.b_total': 227.21, 'budget.proc_total': 0 }, '某某区总工会');
    const r = draftNarrative(snapshot);
    const text = draftSentences(r.document).map((s) => s.text);
    expect(r.document.sections.filter((s) => s.level === 1).map((s) => s.title.slice(0, s.title.indexOf('、') + 1))).toEqual(
      ['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、', '十一、'],
    );
    expect(text).toEqual(expect.arrayContaining([
      '某某区总工会2025年收支总预算264.43万元，比2024年增加37.22万元，增长16.38%，主要原因是【请填写原因】。',
      '某某区总工会2025年支出预算264.43万元，其中：基本支出124.50万元，占47.08%；项目支出139.93万元，占52.92%。',
      '与2024年相比，一般公共预算拨款支出增加37.22万元，增长16.38%，主要原因是【请填写原因】。',
      '1. 一般公共服务支出（类）群众团体事务（款）行政运行（项）：2025年预算数为124.50万元，比2024年预算数增加22.59万元，增长22.17%，主要原因是【请填写原因】。',
      '某某区总工会2025年一般公共预算基本支出124.50万元，其中：人员经费117.04万元，主要包括：基本工资；公用经费7.46万元，主要包括：办公费。',
      '某某区总工会2025年“三公”经费财政拨款预算0.50万元，比2024年预算减少0.50万元，主要原因是【请填写原因】。',
      '某某区总工会2025年无政府性基金预算拨款安排的支出。',
      '2025年某某区总工会无政府采购预算。',
    ]));
    expect(r.reasons.map((x) => x.id)).toEqual(expect.arrayContaining(['g1', 'g3.1', 'g3.3.2012901', 'g3.3.2012902', 'g5']));
  });
});

describe('two years: seed 001 (2024) and 2023 as derived from its text', () => {
  // 2024: 一般公共预算 901.30 + 政府性基金 2.00 = 903.30; 2023: 867.90 + 7.20 = 875.10 (Δ 28.20).
  const year = (gpb: number, gf: number): Entry[] => [
    ['T01', 'inc_gpb', undefined, gpb], ['T01', 'inc_gf', undefined, gf],
    ['T01', 'exp_c201', undefined, gpb], ['T01', 'exp_c229', undefined, gf],
  ];
  let cur: WorkbookSnapshot;
  let prev: WorkbookSnapshot;
  beforeAll(async () => {
    cur = (await buildWorkbook('sichuan-final-2024', { codeRows: [] }, year(901.3, 2), {}, '遂宁市安居区总工会')).snapshot;
    prev = (await buildWorkbook('sichuan-final-2024', { codeRows: [] }, year(867.9, 7.2), { 'reason.s1': '工会经费和人员经费的增加' }, '遂宁市安居区总工会')).snapshot;
  });

  it('section 一 with the right 增减额 and 增长率 from last year’s workbook', () => {
    const r = draftNarrative(cur, {}, prev);
    const s1 = paragraphText(r.document.sections[0].paragraphs[0]);
    expect(s1).toBe('2024年度收入总计903.30万元，支出总计903.30万元。与2023年度相比，收入增加28.20万元，增长3.22%，支出增加28.20万元，增长3.22%。主要变动原因是【请填写原因】。');
    expect(r.reasons.find((x) => x.id === 's1')).toMatchObject({ text: '', suggestion: '工会经费和人员经费的增加' });
  });
  it('reasonThreshold: a 3.22% change needs no reason at 5%, and does at 3%', () => {
    const at = (reasonThreshold: number) => paragraphText(draftNarrative(cur, { reasonThreshold }, prev).document.sections[0].paragraphs[0]);
    expect(at(5)).toBe('2024年度收入总计903.30万元，支出总计903.30万元。与2023年度相比，收入增加28.20万元，增长3.22%，支出增加28.20万元，增长3.22%。');
    expect(at(3)).toContain('主要变动原因是【请填写原因】。');
  });
  it('without last year’s figures the 增减 is a visible gap, not a guess', () => {
    const r = draftNarrative(cur);
    const s1 = r.document.sections[0].paragraphs[0];
    expect(paragraphText(s1)).toContain('与2023年度相比，收入【2023年收入总计】');
    expect(s1.runs.some((x) => x.placeholder?.id === 'input.prev.inc_total')).toBe(true);
    // …and the chart shows this year only rather than a made-up 0 for last year.
    expect(r.document.sections[0].chart).toMatchObject({ id: '图1', categories: ['2024年度'], series: [{ name: '收入总计', values: ['903.3'] }, { name: '支出总计', values: ['903.3'] }] });
  });
  it('a reason typed in the auxiliary sheet is reused', async () => {
    const typed = (await buildWorkbook('sichuan-final-2024', { codeRows: [] }, year(901.3, 2), { 'prev.inc_total': 875.1, 'prev.exp_total': 875.1, 'reason.s1': '工会经费和人员经费的增加。' }, '遂宁市安居区总工会')).snapshot;
    const r = draftNarrative(typed);
    expect(paragraphText(r.document.sections[0].paragraphs[0])).toContain('主要变动原因是工会经费和人员经费的增加。');
    expect(r.reasons.find((x) => x.id === 's1')).toMatchObject({ text: '工会经费和人员经费的增加。' });
    expect(r.findings.some((f) => f.rule === 'N_REASON')).toBe(false);
  });
});

describe('last year’s workbook fills every 上年 figure the auxiliary sheet lacks (issue 7)', () => {
  it('T01/T04 总计, T05 合计, T07 三公 and T06 公用经费 of 2019 give seed 000’s changes', async () => {
    const noPrev = Object.fromEntries(Object.entries(SEED000_AUX).filter(([k]) => !k.startsWith('prev.')));
    const cur = (await buildWorkbook('sichuan-final-2020', { codeRows: SEED000_ITEMS.map(([c]) => c) }, seed000Entries(), noPrev, '广元市朝天区总工会')).snapshot;
    // 2019 as seed 000's text implies it: 147.59 in total (all 一般公共预算, 201), 公用经费 16.34, 公务接待 0.41.
    const prev = (await buildWorkbook('sichuan-final-2020', { codeRows: ['2012901'] }, [
      ['T01', 'inc_gpb', undefined, 147.59], ['T01', 'exp_c201', undefined, 147.59],
      ['T03', 'c2012901', 'e_basic', 147.59], ['T05', 'c2012901', 'e_basic', 147.59],
      ['T04', 'f_inc_gpb', undefined, 147.59], ['T04', 'f_exp_c201', 'gpb', 147.59],
      ['T06', 'c30101', 'per_amt', 131.25], ['T06', 'c30201', 'pub_amt', 16.34],
      ['T07', 'sangong', 'recep_bud', 0.41], ['T07', 'sangong', 'recep_act', 0.41],
    ], { 'reason.s10.1': '压缩培训费、会议费和公务接待费' }, '广元市朝天区总工会')).snapshot;
    const r = draftNarrative(cur, { selfReference: '我会' }, prev);
    const all = r.document.sections.flatMap((s) => s.paragraphs.map(paragraphText)).join('\n');
    expect(all).toContain('与2019年度相比，收入增加86.47万元，增长58.59%，支出增加86.47万元，增长58.59%。');
    expect(all).toContain('与2019年相比，财政拨款收入增加86.47万元，增长58.59%，财政拨款支出增加86.47万元，增长58.59%。');
    expect(all).toContain('与2019年相比，一般公共预算财政拨款支出增加86.47万元，增长58.59%。');
    expect(all).toContain('公务接待费支出决算比2019年减少0.013万元，下降3.17%。');
    expect(all).toContain('机关运行经费支出13.67万元，比2019年度减少2.67万元，下降16.34%。');
    expect(r.reasons.find((x) => x.id === 's10.1')).toMatchObject({ text: '', suggestion: '压缩培训费、会议费和公务接待费' });
    // Last year's cells are in the other file: the change is linked to this year's cell only.
    const delta = r.document.sections[0].paragraphs[0].runs.find((x) => x.text === '86.47')!;
    expect(delta.cells!.map((c) => c.sheet)).toEqual(['收入支出决算总表']);
  });
});

describe('bad or missing input never crashes', () => {
  it('an empty workbook drafts every section with gaps and Chinese findings', () => {
    const r = draftNarrative({ sheets: [] });
    expect(r.document.sections.filter((s) => s.level === 1)).toHaveLength(10);
    expect(r.findings.some((f) => f.rule === 'N00' && f.message.includes('未识别到「收入支出决算总表」'))).toBe(true);
    expect(r.document.sections[0].paragraphs[0].runs.some((x) => x.placeholder?.kind === 'input')).toBe(true);
  });
  it('an error value or text in a table cell leaves a gap and names the cell', async () => {
    const { snapshot } = await buildWorkbook('sichuan-final-2024', { codeRows: [] }, [['T01', 'inc_gpb', undefined, 10], ['T03', 'total', 'e_basic', '#REF!'], ['T03', 'total', 'e_proj', '见附表']]);
    const r = draftNarrative(snapshot);
    const s3 = paragraphText(r.document.sections.find((s) => s.id === 's3')!.paragraphs[0]);
    expect(s3).toContain('基本支出【基本支出】万元');
    // 本年支出合计 (a formula over the #REF!) is an error too.
    expect(r.findings.filter((f) => f.rule === 'N00' && f.cells.length).map((f) => f.message)).toEqual([
      expect.stringMatching(/^「支出决算表」[A-Z]+\d+ 是引用无效（#REF!）/), expect.stringMatching(/^「支出决算表」[A-Z]+\d+ 是引用无效（#REF!）/), expect.stringMatching(/^「支出决算表」[A-Z]+\d+ 是文字「见附表」，不是金额/),
    ]);
  });
  it('a share of a zero total is an error, not a number', async () => {
    const { snapshot } = await buildWorkbook('sichuan-final-2024', { codeRows: [] }, [], { 'proc.total': 0, 'proc.goods': 0, 'proc.works': 0, 'proc.services': 0, 'proc.sme': 2.4, 'proc.micro': 0 });
    const r = draftNarrative(snapshot);
    expect(r.findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'N_SHARE_ZERO', severity: 'error' }), expect.objectContaining({ rule: 'N15', severity: 'error' })]));
  });
});

describe('auxiliary input sheet INPUT_AUX (spec §1.11)', () => {
  it('is created with every item, read back with cell locations, and is not taken for a table', async () => {
    const wb = new MemoryWorkbook();
    const { plan, conflicts } = planAuxSheet(await wb.read(), { 'prev.inc_total': 147.59, 'budget.gpb_item.2012901': 80 });
    expect(conflicts).toEqual([]);
    await wb.apply(plan);
    const snap = await wb.read();
    const aux = readAux(snap);
    expect(aux.sheet).toBe(AUX_SHEET);
    expect(aux.values.get('prev.inc_total')).toMatchObject({ value: dec('147.59'), cell: { sheet: AUX_SHEET, address: 'C4' } });
    expect(aux.values.get('budget.gpb_item.2012901')!.value!.toString()).toBe('80');
    expect(snap.sheets[0].values.map((r) => r[0]).filter((k) => typeof k === 'string' && k.startsWith('sangong.'))).toContain('sangong.recep_dom_batches');
    expect(recogniseWorkbook(snap)).toEqual([]);
  });
  it('never replaces a typed value without confirmation; typed reasons are saved', async () => {
    const wb = new MemoryWorkbook();
    await wb.apply(planAuxSheet(await wb.read(), { 'prev.inc_total': 147.59 }).plan);
    const again = planAuxSheet(await wb.read(), { 'prev.inc_total': 150 });
    expect(again.conflicts).toEqual([{ key: 'prev.inc_total', existing: 147.59, planned: 150 }]);
    expect(again.plan.sheets.flatMap((s) => s.cells).filter((c) => c.value !== undefined)).toEqual([]);
    await wb.apply(planSaveReasons(await wb.read(), { s1: '人员增加' }));
    await wb.apply(planSaveReasons(await wb.read(), { s1: '人员调资', 's5.3.2012901': '追加预算' }));
    const aux = readAux(await wb.read());
    expect([aux.values.get('reason.s1')!.text, aux.values.get('reason.s5.3.2012901')!.text]).toEqual(['人员调资', '追加预算']);
    expect(aux.values.get('prev.inc_total')!.value!.toString()).toBe('147.59');
  });
});
