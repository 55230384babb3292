// The figures of a 情况说明 sentence: amounts (with their unit), percentages and the direction
// words around them, each with the label it is about. Shared by the text check and the tests
// that compare drafted sentences with published ones.
import type Decimal from 'decimal.js';
import { D } from '../amount';
import type { CellLocation } from '../findings';
import { toHalfWidth } from '../cellValue';

export type FactRole =
  | 'level' // 「基本支出111.58万元」
  | 'delta' // 「增加86.47万元」
  | 'growth' // 「增长58.59%」
  | 'share' // 「占47.67%」
  | 'completion' // 「完成预算127.8%」
  | 'bareShare'; // 「占…的0」 (no % sign)

export interface Fact {
  role: FactRole;
  value: Decimal;
  /** Decimals as printed (the tolerance of a percentage depends on them, spec §0.2). */
  decimals: number;
  /** '万元' | '元' for amounts, '%' for percentages. */
  unit: string;
  /** The direction word in front: 增加/减少 for amounts, 增长/上升/提高/下降/降低/减少/增加 for rates. */
  verb?: string;
  /** What the figure is about, normalised (see normaliseLabel). */
  label: string;
  /** Offset of the number in the sentence. */
  at: number;
  text: string;
  cells?: CellLocation[];
}

const UP_AMOUNT = ['增加'];
const DOWN_AMOUNT = ['减少'];
const RATE_VERBS = ['增长', '上升', '提高', '下降', '降低', '减少', '增加'];

/** Normalised label: no years, codes, brackets or filler, so 「一般公共服务201（类）支出」 = 「一般公共服务支出201（类）」. */
export function normaliseFactLabel(s: string): string {
  return toHalfWidth(s)
    .replace(/\d{4}年度?/g, '')
    .replace(/[（(](类|款|项)[）)]/g, '')
    .replace(/[（）()“”"‘’「」\s]/g, '')
    .replace(/\d+(\.\d+)?/g, '')
    .replace(/其中|含|[:：、,，;；]|决算数为|决算为|支出决算为|共计|为|的|本部门|我会|我部门|本单位|与上年相比|比上年|较上年|与相比|较|比|年$/g, '')
    .replace(/^(年|度)+/, '');
}

export const isUp = (verb: string) => verb === '增加' || verb === '增长' || verb === '上升' || verb === '提高';

/**
 * Every amount and percentage of a sentence, in order. Years (2020年), codes (201, 2012901),
 * list numbers (「1.」) and counts (批次, 人, 辆, 个) are not figures.
 */
export function sentenceFacts(sentence: string): Fact[] {
  const s = sentence.replace(/％/g, '%').replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const facts: Fact[] = [];
  const re = /(\d+(?:\.\d+)?)\s*(万元|元|%)?/g;
  let m: RegExpExecArray | null;
  let lastEnd = 0;
  let lastLevelLabel = '';
  let lastDeltaLabel = '';
  while ((m = re.exec(s))) {
    const [whole, num, unit] = m;
    const start = m.index;
    const before = s.slice(0, start);
    const prevChar = before.slice(-1);
    // Part of a longer token (a code glued to a name is still a code), a year, a list number.
    if (/[\d.]/.test(prevChar)) continue;
    const after = s.slice(start + whole.length);
    // Thresholds are not amounts: 「单价50万元以上设备」.
    if (/^\s*(（含）|\(含\))?以上/.test(after) || /单价$/.test(before)) continue;
    if (!unit) {
      // 「占政府采购支出总额的0」: a share without its % sign.
      if (/占[^，；。,;\d]{0,14}$/.test(before) && !/^[\d.]*\s*(年|个|人|辆|次|批|台)/.test(after) && !/^[（(]/.test(after)) {
        facts.push({ role: 'bareShare', value: new D(num), decimals: decimalsOf(num), unit: '', label: lastLevelLabel, at: start, text: num });
      }
      continue;
    }
    const clauseStart = Math.max(lastEnd, ...['，', '；', '：', '。', ',', ';', ':', '（', '、'].map((c) => before.lastIndexOf(c) + 1));
    const lead = s.slice(clauseStart, start);
    const fact: Fact = { role: 'level', value: new D(num), decimals: decimalsOf(num), unit, label: '', at: start, text: whole.trim() };
    if (unit === '%') {
      const near = s.slice(Math.max(0, start - 8), start);
      const verb = RATE_VERBS.map((v) => ({ v, i: near.lastIndexOf(v) })).filter((x) => x.i >= 0).sort((a, b) => b.i - a.i)[0];
      if (/完成(年初|全年)?预算(数)?的?$/.test(near)) fact.role = 'completion';
      else if (/占[^，；。%]*$/.test(s.slice(clauseStart, start)) || /占/.test(near)) {
        fact.role = 'share';
        fact.label = lastLevelLabel;
      } else if (verb) {
        fact.role = 'growth';
        fact.verb = verb.v;
        fact.label = lastDeltaLabel;
      } else fact.role = 'share';
    } else {
      const verb = [...UP_AMOUNT, ...DOWN_AMOUNT, '下降', '增长', '上升'].find((v) => lead.endsWith(v));
      if (verb) {
        fact.role = 'delta';
        fact.verb = verb;
        fact.label = normaliseFactLabel(lead.slice(0, -verb.length));
        lastDeltaLabel = fact.label;
      } else {
        fact.label = normaliseFactLabel(lead);
        // 「…行政运行2012901（项）：支出决算为79.12万元」: the name is in the clause before.
        if (fact.label.length < 3 && /[:：]/.test(s[clauseStart - 1] ?? '')) {
          const prevStart = Math.max(0, ...['，', '；', '。', ',', ';'].map((c) => s.lastIndexOf(c, clauseStart - 2) + 1));
          const named = normaliseFactLabel(s.slice(prevStart, clauseStart)).replace(/^[.、]+/, '');
          if (named) fact.label = named + fact.label;
        }
        // A figure in brackets (「项目支出122.48万元（其中含上缴上级支出25万元），占52.33%」)
        // does not own the share that follows.
        if (s[clauseStart - 1] !== '（' && s[clauseStart - 1] !== '(') lastLevelLabel = fact.label;
      }
    }
    facts.push(fact);
    lastEnd = start + whole.length;
  }
  return facts;
}

function decimalsOf(num: string): number {
  const i = num.indexOf('.');
  return i < 0 ? 0 : num.length - i - 1;
}

/** The text splitSentences cuts: a line ending in 「：」 or 「，」 joined to the next. */
export function joinContinuedLines(raw: string): string {
  return raw.replace(/([：:，,])[ \t\u3000]*(\r?\n[ \t\u3000]*)+/g, '$1');
}

/**
 * Sentences of a text, split at 。！？ and line breaks (list items on their own line stay whole).
 * A line ending in 「：」 or 「，」 runs on into the next (seed 001: 「…基本支出844.68万元，其中：」 ⏎
 * 「人员经费138.20万元…」); offsets are then those of the joined text.
 */
export function splitSentences(raw: string): Array<{ text: string; at: number }> {
  const text = joinContinuedLines(raw);
  const out: Array<{ text: string; at: number }> = [];
  const re = /[^。！？!?\n]+[。！？!?]?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const t = m[0].trim();
    if (t) out.push({ text: t, at: m.index + m[0].indexOf(t) });
  }
  return out;
}

/** Labels match when equal (≥ 3 characters), or when the shorter (≥ 4) is inside the longer. */
export function labelsMatch(a: string, b: string): boolean {
  // 「支出」「共计」 say nothing about which figure it is.
  if (a.length < 3 || b.length < 3) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.includes(short);
}

/** Character-bigram similarity of two sentences with their figures removed (Dice, 0…1). */
export function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const t = s.replace(/[\d.%万元，。；：、,;:（）()\s]/g, '');
    const g = new Set<string>();
    for (let i = 0; i + 1 < t.length; i++) g.add(t.slice(i, i + 2));
    return g;
  };
  const ga = grams(a);
  const gb = grams(b);
  if (!ga.size || !gb.size) return 0;
  let n = 0;
  for (const x of ga) if (gb.has(x)) n++;
  return (2 * n) / (ga.size + gb.size);
}
