// Checking an existing 情况说明 against the tables (spec §4.3 N01–N17, §5.1, §5.5): the text
// is split into sentences; each is matched to the sentence the add-in drafts from the same
// cells (so every figure has a table source and a correct value); amounts, percentages and
// direction words are compared with the §0.2 tolerances.
import type Decimal from 'decimal.js';
import { D, roundHalfUp, sum } from '../amount';
import type { Finding } from '../findings';
import type { WorkbookSnapshot } from '../../workbook/port';
import type { NarrativeDocument } from './document';
import { auxNumber, readAux, type AuxData } from './aux';
import { draftNarrative } from './draft';
import { isUp, joinContinuedLines, labelsMatch, normaliseFactLabel, sentenceFacts, similarity, splitSentences, type Fact } from './facts';
import { formatPercent } from './wording';

export interface DraftSentence {
  sectionId: string;
  /** Index of its paragraph in the document. */
  paragraph: number;
  text: string;
  facts: Fact[];
}

/** The drafted sentences with their figures, each figure carrying its cells. */
export function draftSentences(doc: NarrativeDocument): DraftSentence[] {
  const out: DraftSentence[] = [];
  let paragraph = 0;
  for (const s of [{ id: '', paragraphs: doc.preamble ?? [] }, ...doc.sections]) {
    for (const p of s.paragraphs) {
      paragraph++;
      const spans: Array<{ from: number; to: number; run: (typeof p.runs)[number] }> = [];
      let text = '';
      for (const run of p.runs) {
        spans.push({ from: text.length, to: text.length + run.text.length, run });
        text += run.text;
      }
      for (const sent of splitSentences(text)) {
        const facts = sentenceFacts(sent.text).map((f) => {
          const span = spans.find((x) => x.from <= sent.at + f.at && sent.at + f.at < x.to && x.run.cells);
          return span ? { ...f, cells: span.run.cells } : f;
        });
        out.push({ sectionId: s.id, paragraph, text: sent.text, facts });
      }
    }
  }
  return out;
}

/** Rule ids of spec §4.3 by drafted section. */
const RULE_OF: Record<string, string> = {
  s1: 'N01', s2: 'N03', s3: 'N04', s4: 'N05', 's5.1': 'N06', 's5.2': 'N07', 's5.3': 'N09', s6: 'N10', 's7.1': 'N11', 's7.2': 'N11',
  s8: 'N12', s9: 'N13', 's10.1': 'N14', 's10.2': 'N15', 's10.3': 'N16', 's10.4': 'N17',
  // 预算 (spec §5.6): B17 is the 比上年增减 identity; the others name the section.
  b2: 'B17', b3: 'NB03', b4: 'NB04', b6: 'NB06', b7: 'NB07',
};

/** Percentage tolerance by printed decimals (spec §0.2): 2 → 0.01 pp, 1 → 0.05 pp, 0 → 0.5 pp. */
function pctTolerance(decimals: number): Decimal {
  return decimals >= 2 ? new D('0.01') : decimals === 1 ? new D('0.05') : new D('0.5');
}

/** Amounts: equal to the printed precision (a figure written 4.6 matches 4.60). */
function amountsEqual(printed: Fact, expected: Decimal): boolean {
  return printed.value.minus(expected).abs().lessThanOrEqualTo(new D(0.5).div(new D(10).pow(Math.min(printed.decimals, 4))).plus('0.000001'));
}

/** Sentences that state figures but cannot be matched (project summaries…) are left alone. */
/** Fixed terms often mistyped (spec §5.5 A20; seed 004's 反应 for 反映). */
const TYPOS: Array<[string, string]> = [
  ['因国出国', '因公出国'], ['因公出境（国）', '因公出国（境）'], ['反应本部门', '反映本部门'], ['反应我部门', '反映我部门'],
  ['公务用车购置及运行维护费费', '公务用车购置及运行维护费'],
];

const aboutBudget = (s: string) => /年初预算|预算(数|收入|支出|安排)|编制[^，。]*预算/.test(s.replace(/一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算/g, ''));

/** 决算 against 预算 as a sentence states it: 「决算数大于预算数」, 「决算数与预算数持平」…. */
function comparisonOf(s: string): 'over' | 'under' | 'equal' | null {
  const m = /决算数?(?:与|和)?预算数?(大于|高于|超过|小于|低于|少于|等于|持平|一致)/.exec(s) ?? /决算数?(大于|高于|小于|低于|等于)预算/.exec(s);
  if (!m) return null;
  return /大于|高于|超过/.test(m[1]) ? 'over' : /小于|低于|少于/.test(m[1]) ? 'under' : 'equal';
}

const MIN_SIMILARITY = 0.3;
const YUAN_TOLERANCE = new D('0.005');
const FLAT_SIMILARITY = 0.5;

/** The drafted sentence a printed one speaks about, or null (see MIN_SIMILARITY and anchors). */
export function alignSentence(sentence: string, drafted: DraftSentence[]): DraftSentence | null {
  return align(sentence, sentenceFacts(sentence), drafted);
}

function align(sentence: string, facts: Fact[], drafted: DraftSentence[]): DraftSentence | null {
  let best: DraftSentence | null = null;
  let bestScore = 0;
  const onlyChanges = facts.every((f) => f.role === 'delta' || f.role === 'growth');
  for (const d of drafted) {
    if (!d.facts.length) {
      // 「…比2019年基本持平」 has no figures: a printed change can only match it by wording.
      const s = /持平/.test(d.text) && onlyChanges ? similarity(sentence, d.text) : 0;
      if (s >= FLAT_SIMILARITY && s > bestScore) {
        best = d;
        bestScore = s;
      }
      continue;
    }
    let score = similarity(sentence, d.text);
    // Anchors: a shared label or a shared amount makes the match believable.
    const anchored = facts.some((f) => (f.role === 'level' || f.role === 'delta') && d.facts.some((g) => g.role === f.role && (labelsMatch(f.label, g.label) || g.value.equals(f.value))));
    if (!anchored) continue;
    if (facts.some((f) => f.role === 'level' && d.facts.some((g) => g.role === 'level' && labelsMatch(f.label, g.label)))) score += 0.1;
    // Same subject up front (「外事接待…」 is not 「国内公务接待…」).
    if (head(sentence) && head(sentence) === head(d.text)) score += 0.15;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return bestScore >= MIN_SIMILARITY ? best : null;
}

const head = (s: string) => normaliseFactLabel(s.replace(/^\d+[.、]/, '')).replace(/[【】]/g, '').slice(0, 4);

/** Pairs each printed figure with the drafted figure of the same role: by label first, then by position. */
function pair(printed: Fact[], drafted: Fact[], roles: Fact['role'][]): Array<[Fact, Fact | null]> {
  const mine = printed.filter((f) => roles.includes(f.role));
  const theirs = drafted.filter((f) => roles.includes(f.role));
  const used = new Set<Fact>();
  const match = new Map<Fact, Fact>();
  const take = (f: Fact, g: Fact | undefined) => {
    if (!g || used.has(g) || match.has(f)) return;
    used.add(g);
    match.set(f, g);
  };
  for (const f of mine) take(f, theirs.find((g) => !used.has(g) && labelsMatch(f.label, g.label)));
  // By position only where labels cannot tell (amounts carry their own labels, so never them).
  if (mine.length === theirs.length && !roles.includes('level')) mine.forEach((f, i) => take(f, theirs[i]));
  // Changes: 「收入总计增加」 is the draft's 「收入增加」.
  if (roles.every((r) => r === 'delta' || r === 'growth')) {
    for (const f of mine) take(f, theirs.find((g) => !used.has(g) && !!f.label && !!g.label && (f.label.startsWith(g.label) || g.label.startsWith(f.label))));
  }
  return mine.map((f) => [f, match.get(f) ?? null]);
}

export function checkNarrativeText(snapshot: WorkbookSnapshot, text: string, previous?: WorkbookSnapshot): Finding[] {
  const draft = draftNarrative(snapshot, {}, previous);
  const drafted = draftSentences(draft.document);
  const aux = readAux(snapshot);
  const findings: Finding[] = [];
  const joined = joinContinuedLines(text);
  let carry: Fact | null = null;
  let end = 0;
  for (const sent of splitSentences(text)) {
    const facts = sentenceFacts(sent.text);
    const quote = sent.text.length > 60 ? sent.text.slice(0, 60) + '…' : sent.text;
    // A total stated in one sentence carries into the next of the same paragraph (「…合计355.2万元，其中：…。主要用于以下方面：…」).
    if (joined.slice(end, sent.at).includes('\n')) carry = null;
    end = sent.at + sent.text.length;
    if (!facts.some((f) => f.role === 'delta' || f.role === 'growth') && /持平/.test(sent.text)) flatButChanged(sent.text, quote, facts, drafted, findings);
    countChecks(sent.text, quote, aux, findings);
    if (!facts.length) continue;
    findings.push(...wordingFindings(sent.text, quote, facts));
    const d = align(sent.text, facts, drafted);
    const list = partsList(sent.text, facts, carry);
    if (list?.total) carry = list.total;
    // No table sentence to compare with (no workbook, or a part of the document the draft has
    // not): the sentence is checked against itself — parts against their total, shares against the parts.
    if (!d) {
      if (list) findings.push(...listFindings(quote, list));
      continue;
    }
    // 「年初预算支出840.99万元，其中：基本支出828.05万元」 speaks of the budget, not of 决算 figures.
    if (aboutBudget(sent.text) && !aboutBudget(d.text)) continue;
    const m: Matched = { quote, facts, d, rule: RULE_OF[d.sectionId] ?? 'N00' };
    findings.push(...levelFindings(m), ...changeFindings(m), ...shareFindings(m), ...budgetFindings(sent.text, m));
  }
  // A figure already reported as 元-for-万元 against its table cell needs no second, vaguer finding.
  const sentenceOf = (f: Finding) => f.message.slice(0, f.message.indexOf('」') + 1);
  return findings.filter((f) => !(f.rule === 'N_UNIT_MIX' && findings.some((g) => g.rule === 'N_UNIT' && g.actual === f.actual && sentenceOf(g) === sentenceOf(f))));
}

/** 「合计X万元，其中：a万元，占p%；b万元，占q%」: a total and its parts, each with its share. */
interface PartsList {
  total: Fact | null;
  parts: Array<{ amount: Fact; share: Fact }>;
}

/**
 * The parts of a sentence that lists amounts each followed by its share, and their total: the
 * amount stated before 「其中」 in the sentence, or the total carried from the sentence before when
 * this one goes on with 「主要用于…」/「其中…」. null when the sentence is not such a list.
 */
function partsList(sentence: string, facts: Fact[], carry: Fact | null): PartsList | null {
  const figures = facts.filter((f) => f.role === 'level' || f.role === 'share');
  const at = sentence.indexOf('其中');
  const head = figures[0] && figures[0].role === 'level' && figures[1]?.role === 'level' && at >= 0 && figures[0].at < at ? figures[0] : null;
  const rest = head ? figures.slice(1) : figures;
  if (rest.length < 4 || rest.length % 2) return null;
  const parts: PartsList['parts'] = [];
  for (let i = 0; i < rest.length; i += 2) {
    const [amount, share] = [rest[i], rest[i + 1]];
    if (amount.role !== 'level' || share.role !== 'share' || amount.unit !== '万元') return null;
    parts.push({ amount, share });
  }
  const continues = /^(主要用于|其中|具体)/.test(sentence.replace(/^\d{4}年度?/, ''));
  const total = head ?? (continues && carry ? carry : null);
  return { total, parts };
}

/** Parts against their total and shares against the parts, with the §0.2 tolerances (尾差 → info). */
function listFindings(quote: string, { total, parts }: PartsList): Finding[] {
  if (!total || total.value.isZero()) return [];
  // Only a complete list: the printed shares add up to 100% (within rounding).
  const shares = sum(parts.map((p) => p.share.value));
  const minDecimals = Math.min(...parts.map((p) => p.share.decimals));
  if (shares.minus(100).abs().greaterThan(pctTolerance(minDecimals).mul(parts.length))) return [];
  const out: Finding[] = [];
  const k = parts.length;
  const amounts = sum(parts.map((p) => p.amount.value));
  const diff = amounts.minus(total.value).abs();
  const fmt = (x: Decimal) => `${roundHalfUp(x, 2).toFixed(2)}万元`;
  if (diff.greaterThanOrEqualTo('0.005')) {
    // Sum of k rounded terms (spec §0.2): info up to 0.005·k (cap 0.05), an error beyond.
    const tail = diff.lessThanOrEqualTo(D.min(new D('0.005').mul(k), '0.05'));
    out.push({
      rule: 'N_SUM', severity: tail ? 'info' : 'error', cells: [],
      message: tail
        ? `「${quote}」中各项之和为${fmt(amounts)}，合计写${total.text}，相差${fmt(diff)}（尾差）。`
        : `「${quote}」中各项之和为${fmt(amounts)}，与合计${total.text}不符。`,
      expected: fmt(amounts), actual: total.text, difference: amounts.minus(total.value).toString(),
    });
  }
  for (const { amount, share } of parts) {
    const exact = amount.value.div(total.value).mul(100);
    const right = roundHalfUp(exact, Math.max(share.decimals, 2));
    const text = `${formatPercent(exact, PCT)}%`;
    if (share.value.minus(exact).abs().greaterThan(pctTolerance(share.decimals).plus('0.005'))) {
      out.push({ rule: 'N_SHARE', severity: 'error', cells: [], message: `「${quote}」中「${amount.label || amount.text}」占比为${share.text}，按${amount.text}÷${total.text}应为${text}。`, expected: text, actual: share.text });
    } else if (share.decimals >= 2 && !share.value.equals(right)) {
      out.push({ rule: 'N_ROUND', severity: 'info', cells: [], message: `「${quote}」中「${amount.label || amount.text}」占比${share.text}，按${amount.text}÷${total.text}计算为${exact.toDecimalPlaces(3).toString()}%，应为${text}（尾差，常见于为使合计为100%而调整）。`, expected: text, actual: share.text });
    }
  }
  return out;
}

/** A printed sentence and the drafted sentence it speaks about. */
interface Matched {
  quote: string;
  facts: Fact[];
  d: DraftSentence;
  rule: string;
}

const cellsOf = (f: Fact | null) => f?.cells ?? [];
const PCT = { pctDecimals: 2, stripTrailingZeros: false, zeroInText: '0' as const };

/** Wording problems visible in the sentence alone. */
function wordingFindings(text: string, quote: string, facts: Fact[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i + 1 < facts.length; i++) {
    const a = facts[i];
    const b = facts[i + 1];
    if (a.role === 'delta' && b.role === 'delta' && a.value.equals(b.value) && a.verb && b.verb && a.verb !== b.verb && !isUp(a.verb) === !isUp(b.verb)) {
      out.push({ rule: 'N_DUP', severity: 'warn', cells: [], message: `「${quote}」中增减额重复表述（「${a.verb}${a.text}，${b.verb}${b.text}」），增长率应写在「增长/下降」之后。`, expected: `删去「${b.verb}${b.text}」`, actual: `${b.verb}${b.text}` });
    }
  }
  for (const m of text.matchAll(/([\u4e00-\u9fa5]+)[（(](\d{3}|\d{5}|\d{7})[）)](类|款|项)/g)) {
    out.push({ rule: 'N_CODE_STYLE', severity: 'warn', cells: [], message: `「${quote}」中「${m[0]}」的科目编码写法与其他处不一致，应写作「${m[1]}${m[2]}（${m[3]}）」。`, expected: `${m[1]}${m[2]}（${m[3]}）`, actual: m[0] });
  }
  for (const [wrong, right] of TYPOS) {
    if (text.includes(wrong)) out.push({ rule: 'N_TYPO', severity: 'warn', cells: [], message: `「${quote}」中「${wrong}」应为「${right}」。`, expected: right, actual: wrong });
  }
  // 「…0.00元…」 among 万元 figures (seed 003): one unit per sentence.
  if (facts.some((f) => f.unit === '万元')) {
    for (const f of facts.filter((x) => x.unit === '元')) {
      out.push({ rule: 'N_UNIT_MIX', severity: 'warn', cells: [], message: `「${quote}」中「${f.text}」的单位与同句其他金额（万元）不一致。`, expected: `${f.value.isZero() ? '0' : f.value.div(10000).toString()}万元`, actual: f.text });
    }
  }
  for (const f of facts.filter((x) => x.role === 'growth' && (x.verb === '减少' || x.verb === '增加'))) {
    const right = f.verb === '减少' ? '下降' : '增长';
    out.push({ rule: 'N_VERB', severity: 'warn', cells: [], message: `「${quote}」中增长率前应写「${right}」，不写「${f.verb}」。`, expected: `${right}${f.text}`, actual: `${f.verb}${f.text}` });
  }
  for (const f of facts.filter((x) => x.role === 'bareShare')) {
    out.push({ rule: 'N_PCT_SIGN', severity: 'warn', cells: [], message: `「${quote}」中占比「${f.text}」缺少百分号。`, expected: `${f.text}%`, actual: f.text });
  }
  return out;
}

/** Amounts (incl. 元 written for 万元). */
function levelFindings({ quote, facts, d, rule }: Matched): Finding[] {
  const out: Finding[] = [];
  for (const [f, g] of pair(facts, d.facts, ['level'])) {
    if (!g) continue;
    if (f.unit === '元' && g.unit === '万元') {
      if (amountsEqual(f, g.value)) {
        out.push({ rule: 'N_UNIT', severity: 'error', cells: cellsOf(g), message: `「${quote}」中「${f.text}」的单位应为万元（表中为${g.text}）。`, expected: g.text, actual: f.text });
      } else if (f.value.div(10000).minus(g.value).abs().greaterThan(YUAN_TOLERANCE)) {
        // A text in 元: compared in 万元 within 0.005 万元 = 50 元 (spec §0.2).
        out.push({ rule, severity: 'error', cells: cellsOf(g), message: `「${quote}」中「${f.label || '金额'}」为${f.text}，表中为${g.text}。`, expected: g.text, actual: f.text });
      }
      continue;
    }
    if (f.unit === g.unit && !amountsEqual(f, g.value)) {
      out.push({ rule, severity: 'error', cells: cellsOf(g), message: `「${quote}」中「${f.label || '金额'}」为${f.text}，表中为${g.text}。`, expected: g.text, actual: f.text, difference: f.value.minus(g.value).toString() });
    }
  }
  return out;
}

/** 增减额 and 增长率: direction, value, denominator, 持平. */
function changeFindings({ quote, facts, d, rule }: Matched): Finding[] {
  const out: Finding[] = [];
  const flat = /基本持平|持平/.test(d.text) && !d.facts.some((g) => g.role === 'delta');
  for (const [f, g] of pair(facts, d.facts, ['delta'])) {
    if (f.verb === '下降' || f.verb === '增长' || f.verb === '上升') continue; // a duplicated clause, reported above
    if (!g) {
      if (flat) {
        out.push(f.value.isZero()
          ? { rule: 'N_FLAT', severity: 'warn', cells: [], message: `「${quote}」：与上年相比没有变化，应写「持平」，不写「${f.verb}${f.text}」。`, expected: '持平', actual: `${f.verb}${f.text}` }
          : { rule: 'N_FLAT', severity: 'error', cells: [], message: `「${quote}」：表中数字与上年持平，不应写「${f.verb}${f.text}」。`, expected: '持平', actual: `${f.verb}${f.text}` });
      }
      continue;
    }
    if (isUp(f.verb!) !== isUp(g.verb!)) {
      out.push({ rule: 'N_DIR', severity: 'error', cells: cellsOf(g), message: `「${quote}」中写「${f.verb}」，按表格应为「${g.verb}」${g.text}。`, expected: `${g.verb}${g.text}`, actual: `${f.verb}${f.text}` });
    } else if (!amountsEqual(f, g.value)) {
      out.push({ rule: rule === 'N01' ? 'N02' : rule, severity: 'error', cells: cellsOf(g), message: `「${quote}」中增减额为${f.text}，按表格应为${g.text}。`, expected: g.text, actual: f.text, difference: f.value.minus(g.value).toString() });
    }
  }
  // 增长率: verb, value, denominator.
  const growths = pair(facts, d.facts, ['growth']);
  for (const [f, g] of growths) {
    const delta = facts.filter((x) => x.role === 'delta' && x.at < f.at).pop();
    if (!g) {
      if (flat) out.push({ rule: 'N_FLAT', severity: f.value.isZero() ? 'warn' : 'error', cells: [], message: `「${quote}」：与上年相比没有变化，应写「持平」，不写「${f.verb}${f.text}」。`, expected: '持平', actual: `${f.verb}${f.text}` });
      continue;
    }
    if (isUp(f.verb!) !== isUp(g.verb!) && f.verb !== '减少' && f.verb !== '增加') {
      out.push({ rule: 'N_DIR', severity: 'error', cells: cellsOf(g), message: `「${quote}」中写「${f.verb}」，按表格应为「${g.verb}」${g.text}。`, expected: `${g.verb}${g.text}`, actual: `${f.verb}${f.text}` });
      continue;
    }
    if (f.value.minus(g.value).abs().greaterThan(pctTolerance(f.decimals))) {
      // Growth divided by this year instead of last year (seed 000: 86.47/234.06 = 36.94%).
      // cur = prev ± |Δ|, with prev = |Δ| / correct rate.
      const prevValue = delta && !g.value.isZero() ? delta.value.mul(100).div(g.value) : null;
      const curValue = prevValue && delta ? (isUp(g.verb!) ? prevValue.plus(delta.value) : prevValue.minus(delta.value)) : null;
      const byCur = delta && curValue && !curValue.isZero() ? delta.value.div(curValue).mul(100) : null;
      const wrongBase = byCur && f.value.minus(byCur).abs().lessThanOrEqualTo(pctTolerance(f.decimals));
      out.push({
        rule: rule === 'N01' ? 'N02' : rule, severity: 'error', cells: cellsOf(g),
        message: `「${quote}」中增长率为${f.text}，应为${g.text}${wrongBase ? '（增长率应以上年数为分母，原文误用本年数）' : ''}。`,
        expected: g.text, actual: f.text,
      });
    }
  }
  const rate = d.facts.find((g) => g.role === 'growth');
  if (rate && !facts.some((f) => f.role === 'growth') && facts.some((f) => f.role === 'delta')) {
    out.push({ rule: 'N_RATE_MISSING', severity: 'warn', cells: cellsOf(rate), message: `「${quote}」只写了增减额，缺少增长率（应为${rate.verb}${rate.text}）。`, expected: `${rate.verb}${rate.text}` });
  }
  return out;
}

/** 占比: value within the §0.2 tolerance, rounding, precision. */
function shareFindings({ quote, facts, d, rule }: Matched): Finding[] {
  const out: Finding[] = [];
  for (const [f, g] of pair(facts, d.facts, ['share'])) {
    if (!g) continue;
    if (f.value.minus(g.value).abs().greaterThan(pctTolerance(f.decimals))) {
      out.push({ rule, severity: 'error', cells: cellsOf(g), message: `「${quote}」中「${f.label || '占比'}」占比为${f.text}，应为${g.text}。`, expected: g.text, actual: f.text });
    } else if (f.decimals >= 2 && !f.value.equals(g.value)) {
      // Within the §0.2 tolerance (seed 001: 94.43% printed, 94.44% computed, forced to total 100%).
      out.push({ rule: 'N_ROUND', severity: 'info', cells: cellsOf(g), message: `「${quote}」中「${f.label || '占比'}」占比${f.text}与计算值${g.text}相差0.01个百分点（尾差，常见于为使合计为100%而调整）。`, expected: g.text, actual: f.text });
    } else if (f.decimals < 2 && !roundHalfUp(g.value, f.decimals).equals(roundHalfUp(g.value, 2))) {
      out.push({ rule: 'N_PREC', severity: 'info', cells: cellsOf(g), message: `「${quote}」中占比「${f.text}」只保留了${f.decimals}位小数，建议统一保留两位（${formatPercent(g.value, PCT)}%）。`, expected: `${formatPercent(g.value, PCT)}%`, actual: f.text });
    }
  }
  return out;
}

/** 完成预算 and 决算数大于/小于/等于预算数 (spec §4.3 step 4, R004). */
function budgetFindings(text: string, { quote, facts, d, rule }: Matched): Finding[] {
  const out: Finding[] = [];
  // 决算数大于/小于/等于预算数 (spec §4.3 step 4).
  const said = comparisonOf(text);
  const right = comparisonOf(d.text);
  if (said && right && said !== right) {
    const words = { over: '大于', under: '小于', equal: '等于' };
    out.push({ rule: rule === 'N09' ? 'N08' : rule, severity: 'error', cells: d.facts.find((g) => g.role === 'completion')?.cells ?? [], message: `「${quote}」写决算数${words[said]}预算数，按表格决算数${words[right]}预算数。`, expected: `决算数${words[right]}预算数`, actual: `决算数${words[said]}预算数` });
  }
  // 完成预算.
  const noBudget = /未安排预算/.test(d.text);
  for (const [f, g] of pair(facts, d.facts, ['completion'])) {
    if (noBudget) {
      out.push({ rule: 'R004', severity: 'error', cells: [], message: `「${quote}」：预算数为0，不能写「完成预算${f.text}」，应写「未安排预算」。`, expected: '未安排预算', actual: `完成预算${f.text}` });
    } else if (g && f.value.minus(g.value).abs().greaterThan(pctTolerance(f.decimals))) {
      out.push({ rule: rule === 'N09' ? 'N08' : rule, severity: 'error', cells: cellsOf(g), message: `「${quote}」中完成预算${f.text}，应为${g.text}。`, expected: g.text, actual: f.text });
    }
  }
  return out;
}

/** 「与上年持平」 where the tables show a change (spec §5.1: 持平 iff |Δ| < 0.005). */
function flatButChanged(sentence: string, quote: string, facts: Fact[], drafted: DraftSentence[], findings: Finding[]): void {
  // The subject of 持平: 「收入总计基本持平」 → 收入总计; none in 「完成预算100%，与上年基本持平」.
  const clause = sentence.split(/[，,；;]/).find((c) => /持平/.test(c)) ?? '';
  const subject = normaliseFactLabel(clause.replace(/(基本)?持平.*$/, '').replace(/^.*(相比|比|较)/, '').replace(/^(与|和)?(上年|\d{4}年度?)?/, ''));
  let found: Fact | undefined;
  if (subject) {
    let bestScore = 0;
    for (const d of drafted) {
      const delta = d.facts.find((g) => g.role === 'delta' && g.label && (subject.startsWith(g.label) || g.label.startsWith(subject)));
      const s = delta ? similarity(sentence, d.text) : 0;
      if (delta && s >= MIN_SIMILARITY && s > bestScore) {
        found = delta;
        bestScore = s;
      }
    }
  } else if (facts.length) {
    // No subject: the change the draft states right after the sentence this one matches.
    const d0 = align(sentence, facts, drafted);
    const i = d0 ? drafted.indexOf(d0) : -1;
    const next = i >= 0 ? drafted.slice(i + 1).find((d) => d.paragraph === d0!.paragraph && (d.facts.some((g) => g.role === 'delta') || /持平/.test(d.text))) : undefined;
    found = next?.facts.find((g) => g.role === 'delta');
  }
  if (!found) return;
  findings.push({
    rule: 'N_FLAT', severity: 'error', cells: found.cells ?? [],
    message: `「${quote}」写「持平」，但按表格${found.verb}${found.text}。`, expected: `${found.verb}${found.text}`, actual: '持平',
  });
}

/** Counts of spec §4.3 N16–N17 as the text states them, against the auxiliary sheet. */
const COUNTS: Array<{ re: RegExp; key: string; what: string }> = [
  { re: /对(\d+)个项目编制了绩效目标/, key: 'perf.targets', what: '编制绩效目标的项目数' },
  { re: /选取(\d+)个项目开展(?:了)?绩效监控/, key: 'perf.monitor', what: '开展绩效监控的项目数' },
  { re: /对(\d+)个项目开展(?:了)?(?:绩效目标完成情况)?自评/, key: 'perf.self_eval', what: '开展绩效自评的项目数' },
  { re: /共有车辆(\d+)辆/, key: 'assets.cars', what: '共有车辆数' },
];

function countChecks(sentence: string, quote: string, aux: AuxData, findings: Finding[]): void {
  for (const { re, key, what } of COUNTS) {
    const m = re.exec(sentence);
    const v = m && auxNumber(aux, key);
    if (!m || !v || v.value!.equals(m[1])) continue;
    findings.push({
      rule: key.startsWith('perf.') ? 'N17' : 'N16', severity: 'error', cells: [v.cell],
      message: `「${quote}」中${what}为${m[1]}，「说明辅助数据」中为${v.value!.toString()}。`, expected: v.value!.toString(), actual: m[1],
    });
  }
}
