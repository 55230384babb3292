// 六、一般公共预算财政拨款基本支出决算情况说明 (spec §5.2 六, check N10). The standard form names
// 人员经费 and 公用经费 with their non-zero 款 of T06; the 2020 Sichuan form (seed 000) lists the
// 人员经费 per 功能分类 项 (T05 基本支出, less the 日常公用经费 in the 项 that carries it), then
// 「{项}日常公用经费X万元，主要包括：…」. Item names typed in the auxiliary sheet replace the T06 list.
import type { DraftContext } from './context';
import { isZero } from './context';
import type { NarrativeRun, NarrativeSection } from './document';
import { amt, para } from './parts';
import { itemCite, t05Rows } from './t05';
import { amountRuns, joinRuns, text, type Num } from './wording';

/** Names of the non-zero 款 of one T06 block, in row order. */
function t06Names(ctx: DraftContext, group: string, col: string): string[] {
  const m = ctx.cur.models.get('T06');
  if (!m) return [];
  return (m.groups[group] ?? []).filter((k) => k.length === 6 && !isZero(ctx.table('T06', `${k}.${col}`))).map((k) => m.rows[k]?.label ?? k);
}

/** The typed list (text.personnel / text.public), else the non-zero T06 names, else a gap. */
function names(ctx: DraftContext, group: string, col: string, key: string, what: string): NarrativeRun[] {
  const typed = ctx.cur.aux.values.get(key);
  if (typed?.text) return [{ text: typed.text.replace(/[。；;.]+$/, ''), cells: [typed.cell] }];
  const list = t06Names(ctx, group, col);
  return list.length ? [text(list.join('、') + '等')] : [ctx.input(key, what)];
}

/**
 * The 项 whose 基本支出 carries the 日常公用经费: typed (basic.pub_item), else the first 行政运行
 * 项 (…01) in code order whose 基本支出 covers it — where the 2020 template books it.
 */
function pubItem(ctx: DraftContext, items: Array<{ code: string; basic: Num }>, pub: Num): string | null {
  const typed = ctx.cur.aux.values.get('basic.pub_item')?.text;
  if (typed) return typed;
  return items.find((i) => i.code.endsWith('01') && i.basic.value.greaterThanOrEqualTo(pub.value))?.code ?? null;
}

function byItem(ctx: DraftContext, basic: Num | null, pub: Num | null): NarrativeRun[][] {
  const rows = t05Rows(ctx);
  const cite = itemCite(ctx, rows);
  const items = rows.filter((r) => r.code.length === 7)
    .map((r) => ({ code: r.code, basic: ctx.table('T05', `${r.key}.e_basic`) }))
    .filter((i): i is { code: string; basic: Num } => !isZero(i.basic));
  const carrier = pub ? pubItem(ctx, items, pub) : null;
  const lines = items.map((i) => {
    const own = i.code === carrier && pub ? { value: i.basic.value.minus(pub.value), cells: [...i.basic.cells, ...pub.cells] } : i.basic;
    if (own.value.isNegative()) {
      ctx.finding({ rule: 'N10', severity: 'error', cells: own.cells, message: `${i.code} 项基本支出小于日常公用经费，请核对“说明辅助数据”中 basic.pub_item 的科目。`, expected: `≥ ${pub!.value}`, actual: i.basic.value.toString() });
    }
    return [text(`${cite(i.code)}支出`), ...amountRuns(own, ctx.o)];
  });
  const p1 = para(
    `${ctx.year}${ctx.w.yearOf}一般公共预算财政拨款基本支出`, amt(ctx, basic, 'T05.basic', '基本支出'), '，其中：', joinRuns(lines), '。主要包括：',
    names(ctx, 'personnelRows', 'per_amt', 'text.personnel', '人员经费主要项目'), '。',
  ).runs;
  const p2 = para(
    carrier ? cite(carrier) : ctx.input('basic.pub_item', '日常公用经费所在科目'), '日常公用经费', amt(ctx, pub, 'T06.pub_total', '公用经费合计'), '，主要包括：',
    names(ctx, 'publicRows', 'pub_amt', 'text.public', '公用经费主要项目'), '。',
  ).runs;
  return [p1, p2];
}

export function s6(ctx: DraftContext): NarrativeSection {
  const basic = ctx.table('T05', 'total.e_basic');
  const per = ctx.table('T06', 'per_total.per_amt');
  const pub = ctx.table('T06', 'pub_total.pub_amt');
  const paragraphs = ctx.w.basicByItem
    ? byItem(ctx, basic, pub).map((runs) => ({ runs }))
    : [para(
      `${ctx.year}${ctx.w.yearOf}一般公共预算财政拨款基本支出`, amt(ctx, basic, 'T05.basic', '基本支出'), '，其中：人员经费', amt(ctx, per, 'T06.per_total', '人员经费合计'),
      '，主要包括：', names(ctx, 'personnelRows', 'per_amt', 'text.personnel', '人员经费主要项目'),
      '。公用经费', amt(ctx, pub, 'T06.pub_total', '公用经费合计'), '，主要包括：', names(ctx, 'publicRows', 'pub_amt', 'text.public', '公用经费主要项目'), '。',
    )];
  if (basic && per && pub && basic.value.minus(per.value.plus(pub.value)).abs().greaterThan('0.005')) {
    ctx.finding({ rule: 'N10', severity: 'warn', cells: [...basic.cells, ...per.cells, ...pub.cells], message: '基本支出不等于人员经费与公用经费之和，请核对一般公共预算财政拨款支出决算表与基本支出决算表。', expected: basic.value.toString(), actual: per.value.plus(pub.value).toString() });
  }
  return { id: 's6', title: '六、一般公共预算财政拨款基本支出决算情况说明', level: 1, paragraphs };
}
