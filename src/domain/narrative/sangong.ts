// 七(二) details no table holds (spec §5.2 七, §1.11): vehicles bought and kept by type, the
// 国内/外事 split of 公务接待费 with its counts and list, and the user's remarks. Typed counts,
// amounts and texts stay linked to their cells in the auxiliary sheet; a type left blank beside
// typed ones is a visible gap. Rule N11: k = Σ types, amounts = 购置费, n = Σ types, c = c1 + c2.
import type Decimal from 'decimal.js';
import { D, ZERO, sum } from '../amount';
import type { DraftContext } from './context';
import type { NarrativeRun } from './document';
import { amt } from './parts';
import { joinRuns, text, type Num } from './wording';

const CAR_TYPES: Array<[string, string]> = [['sedan', '轿车'], ['suv', '越野车'], ['bus', '载客汽车']];

/** A count typed in the auxiliary sheet, or a gap. */
export function countRun(ctx: DraftContext, key: string, what: string): NarrativeRun {
  const n = ctx.aux(key);
  return n ? { text: n.value.toString(), cells: n.cells } : ctx.input(key, what);
}

/** 「，{typed remark}」 from the auxiliary sheet (trailing 。 dropped), linked to its cell; [] when blank. */
export function remark(ctx: DraftContext, key: string, lead = '，'): NarrativeRun[] {
  const v = ctx.cur.aux.values.get(key);
  const t = v?.text.replace(/[。；;.]+$/, '');
  return v && t ? [text(lead), { text: t, cells: [v.cell] }] : [];
}

function check(ctx: DraftContext, total: Num | null, parts: Array<Num | null>, message: string): void {
  const known = parts.filter((p): p is Num => !!p);
  if (!total || known.length !== parts.length) return;
  const s = sum(known.map((p) => p.value));
  if (!s.minus(total.value).abs().lessThan('0.0005')) {
    ctx.finding({ rule: 'N11', severity: 'error', cells: [...total.cells, ...known.flatMap((p) => p.cells)], message, expected: s.toString(), actual: total.value.toString() });
  }
}

const typedAny = (ctx: DraftContext, prefix: string) => CAR_TYPES.some(([t]) => ctx.aux(`${prefix}_${t}`));

/** 「，其中：轿车0辆、金额0万元，越野车…」 after the number of vehicles bought, when the types are typed. */
export function carBuyDetail(ctx: DraftContext, carBuy: Num | null): NarrativeRun[] {
  if (!typedAny(ctx, 'sangong.car_buy')) return remark(ctx, 'note.s7.car_buy');
  const items = CAR_TYPES.map(([t, name]) => [
    text(name), countRun(ctx, `sangong.car_buy_${t}`, `购置${name}辆数`), text('辆、金额'),
    ...amt(ctx, ctx.aux(`sangong.car_buy_${t}_amt`), `sangong.car_buy_${t}_amt`, `购置${name}金额`),
  ]);
  check(ctx, ctx.aux('sangong.car_buy_count'), CAR_TYPES.map(([t]) => ctx.aux(`sangong.car_buy_${t}`)), '购置公务用车辆数不等于轿车、越野车、载客汽车辆数之和。');
  check(ctx, carBuy, CAR_TYPES.map(([t]) => ctx.aux(`sangong.car_buy_${t}_amt`)), '公务用车购置费不等于各类车辆购置金额之和。');
  return [text('，其中：'), ...joinRuns(items, '，'), ...remark(ctx, 'note.s7.car_buy')];
}

/** 「，其中：轿车0辆、越野车0辆、载客汽车0辆」 after the vehicles kept, when the types are typed. */
export function carStockDetail(ctx: DraftContext): NarrativeRun[] {
  if (!typedAny(ctx, 'sangong.car_stock')) return [];
  check(ctx, ctx.aux('sangong.car_stock'), CAR_TYPES.map(([t]) => ctx.aux(`sangong.car_stock_${t}`)), '公务用车保有量不等于轿车、越野车、载客汽车辆数之和。');
  return [text('，其中：'), ...joinRuns(CAR_TYPES.map(([t, name]) => [text(name), countRun(ctx, `sangong.car_stock_${t}`, `${name}保有量`), text('辆')]), '、')];
}

/** Amounts 「…0.078万元」 named in a typed list; the list must add up to its total. */
function listAmounts(list: string): Decimal[] {
  return [...list.matchAll(/(\d+(?:\.\d+)?)万元/g)].map((m) => new D(m[1]));
}

/**
 * 国内公务接待费: typed, or 公务接待费 − 外事接待费 (the whole when 外事 is unknown). A typed one is
 * checked against c = c1 + c2.
 */
export function domesticReception(ctx: DraftContext, recep: Num | null, foreign: Num | null): Num | null {
  const typed = ctx.aux('sangong.recep_dom');
  if (typed) {
    check(ctx, recep, [typed, foreign ?? { value: ZERO, cells: [] }], '公务接待费不等于国内公务接待费与外事接待费之和。');
    return typed;
  }
  if (!recep) return null;
  if (foreign && foreign.value.greaterThan(recep.value)) {
    ctx.finding({ rule: 'N11', severity: 'error', cells: [...foreign.cells, ...recep.cells], message: '外事接待费大于公务接待费。', expected: `≤ ${recep.value}`, actual: foreign.value.toString() });
  }
  return { value: recep.value.minus(foreign?.value ?? ZERO), cells: [...recep.cells, ...(foreign?.cells ?? [])] };
}

/** 「（不包括陪同人员9人）」 and 「，具体内容包括：…」 of the 国内公务接待 sentence, when typed. */
export function receptionDetail(ctx: DraftContext, domestic: Num | null, escortUnit: string): { escorts: NarrativeRun[]; list: NarrativeRun[] } {
  const escorts = ctx.aux('sangong.recep_dom_escorts') ? [text('（不包括陪同人员'), countRun(ctx, 'sangong.recep_dom_escorts', ''), text(`${escortUnit}）`)] : [];
  const v = ctx.cur.aux.values.get('text.recep_dom_list');
  if (!v?.text) return { escorts, list: [] };
  const amounts = listAmounts(v.text);
  if (domestic && amounts.length && !sum(amounts).equals(domestic.value)) {
    ctx.finding({ rule: 'N11', severity: 'error', cells: [v.cell, ...domestic.cells], message: '国内公务接待具体内容所列金额之和不等于国内公务接待支出。', expected: domestic.value.toString(), actual: sum(amounts).toString() });
  }
  return { escorts, list: remark(ctx, 'text.recep_dom_list', '，具体内容包括：') };
}

/** 「，主要用于…」 of the 国内公务接待 amount: a typed clause (「主要用于…」) is printed as typed. */
export function receptionUse(ctx: DraftContext): NarrativeRun[] {
  const r = remark(ctx, 'use.recep_dom');
  if (!r.length || /^(主要|此项)/.test(r[1].text)) return r;
  return [text('，主要用于'), r[1]];
}
