// Property tests of 舍位平衡 over random trees and random 2-D tables (fixed seed): every
// total lands on the floor or ceiling of its exact value, the grand total on its natural
// rounding, every leaf moves at most one cent from its natural rounding.
import { D } from '../src/domain/amount';
import { balanceRounding, type BalanceSum } from '../src/domain/roundBalance';
import type Decimal from 'decimal.js';
import { prng } from './fuzz/mutate';

const rng = prng;

interface TreeNode {
  id: string;
  children: TreeNode[];
}

function tree(rand: () => number, id: string, depth: number): TreeNode {
  const n = depth <= 0 ? 0 : 1 + Math.floor(rand() * 5);
  return { id, children: Array.from({ length: n }, (_, i) => tree(rand, `${id}.${i}`, depth - 1 - (rand() < 0.3 ? 1 : 0))) };
}
const leavesOf = (t: TreeNode): string[] => (t.children.length ? t.children.flatMap(leavesOf) : [t.id]);
const nodesOf = (t: TreeNode): TreeNode[] => [t, ...t.children.flatMap(nodesOf)];

/** An amount in 元 with fen, expressed in cents of 万元 (fen / 10000). */
const yuanCents = (rand: () => number) => new D(Math.floor(rand() * 2e8)).div(10000);

function check(leaves: Map<string, Decimal>, sums: BalanceSum[]) {
  const r = balanceRounding(leaves, sums);
  expect(r.unresolved).toEqual([]);
  for (const [id, v] of r.values) {
    const e = leaves.get(id)!;
    expect(v === e.floor().toNumber() || v === e.ceil().toNumber()).toBe(true);
  }
  for (const s of sums) {
    let value = 0;
    let exact = new D(0);
    for (const [leaf, c] of s.form) {
      value += c * r.values.get(leaf)!;
      exact = exact.plus(leaves.get(leaf)!.mul(c));
    }
    if (s.mode === 'natural') expect(value).toBe(exact.toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber());
    else expect(value === exact.floor().toNumber() || value === exact.ceil().toNumber()).toBe(true);
  }
  return r;
}

describe('balanceRounding', () => {
  it('balances 500 random 类/款/项 trees with a natural grand total', () => {
    const rand = rng(20241122);
    for (let n = 0; n < 500; n++) {
      const t = tree(rand, 'r', 3);
      const leaves = new Map(leavesOf(t).map((id) => [id, yuanCents(rand)]));
      const sums: BalanceSum[] = nodesOf(t)
        .filter((x) => x.children.length)
        .map((x) => ({ id: x.id, form: new Map(leavesOf(x).map((l) => [l, 1])), mode: x === t ? 'natural' : 'range' }));
      check(leaves, sums);
    }
  });

  it('balances 100 random 2-D tables (row tree × columns with a 合计 column)', () => {
    const rand = rng(7);
    for (let n = 0; n < 100; n++) {
      const t = tree(rand, 'r', 3);
      const cols = 2 + Math.floor(rand() * 3);
      const leaves = new Map<string, Decimal>();
      for (const l of leavesOf(t)) for (let c = 0; c < cols; c++) leaves.set(`${l}|${c}`, rand() < 0.2 ? new D(0) : yuanCents(rand));
      const sums: BalanceSum[] = [];
      for (const x of nodesOf(t)) {
        const under = leavesOf(x);
        if (x.children.length) for (let c = 0; c < cols; c++) sums.push({ id: `${x.id}|${c}`, form: new Map(under.map((l) => [`${l}|${c}`, 1])), mode: 'range' });
        const all = new Map(under.flatMap((l) => Array.from({ length: cols }, (_, c): [string, number] => [`${l}|${c}`, 1])));
        sums.push({ id: `${x.id}|tot`, form: all, mode: x === t ? 'natural' : 'range' });
      }
      check(leaves, sums);
    }
  });

  it('keeps a balance (收入总计 = 支出总计) exact across two trees', () => {
    const rand = rng(99);
    for (let n = 0; n < 200; n++) {
      const inc = Array.from({ length: 1 + Math.floor(rand() * 8) }, () => yuanCents(rand));
      const exp = Array.from({ length: 1 + Math.floor(rand() * 8) }, () => yuanCents(rand));
      const diff = inc.reduce((a, b) => a.plus(b), new D(0)).minus(exp.reduce((a, b) => a.plus(b), new D(0)));
      exp.push(diff.gt(0) ? diff : new D(0));
      if (diff.lt(0)) inc.push(diff.neg());
      const leaves = new Map<string, Decimal>([...inc.map((v, i): [string, Decimal] => [`i${i}`, v]), ...exp.map((v, i): [string, Decimal] => [`e${i}`, v])]);
      const incForm = new Map(inc.map((_, i) => [`i${i}`, 1]));
      const expForm = new Map(exp.map((_, i) => [`e${i}`, 1]));
      check(leaves, [
        { id: 'inc', form: incForm, mode: 'natural' },
        { id: 'exp', form: expForm, mode: 'natural' },
        { id: 'D05', form: new Map([...incForm, ...[...expForm].map(([k]): [string, number] => [k, -1])]), mode: 'zero' },
      ]);
    }
  });

  it('stays exact for very large departments (totals beyond 10^10 万元)', () => {
    const rand = rng(11);
    for (let n = 0; n < 50; n++) {
      const t = tree(rand, 'r', 3);
      const leaves = new Map(leavesOf(t).map((id) => [id, new D(1e12).plus(yuanCents(rand))]));
      const sums: BalanceSum[] = nodesOf(t)
        .filter((x) => x.children.length)
        .map((x) => ({ id: x.id, form: new Map(leavesOf(x).map((l) => [l, 1])), mode: x === t ? 'natural' : 'range' }));
      check(leaves, sums);
    }
  });

  it('moves no more than needed: on small trees and 2-D tables, as close to the exact values as an exhaustive search', () => {
    const rand = rng(5);
    let compared = 0;
    for (let n = 0; n < 150; n++) {
      const twoD = n % 2 === 1;
      const rows = 2 + Math.floor(rand() * (twoD ? 2 : 4));
      const cols = twoD ? 2 + Math.floor(rand() * 2) : 1;
      const leaves = new Map<string, Decimal>();
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) leaves.set(`${r}|${c}`, yuanCents(rand));
      const ids = [...leaves.keys()];
      const sums: BalanceSum[] = [{ id: 'total', form: new Map(ids.map((id) => [id, 1])), mode: 'natural' }];
      if (twoD) {
        for (let r = 0; r < rows; r++) sums.push({ id: `row${r}`, form: new Map(ids.filter((id) => id.startsWith(`${r}|`)).map((id) => [id, 1])), mode: 'range' });
        for (let c = 0; c < cols; c++) sums.push({ id: `col${c}`, form: new Map(ids.filter((id) => id.endsWith(`|${c}`)).map((id) => [id, 1])), mode: 'range' });
      }
      const r = check(leaves, sums);
      const distance = (v: (id: string) => number) => ids.reduce((a, id) => a + Math.abs(v(id) - leaves.get(id)!.toNumber()), 0);
      // Every floor/ceiling choice that keeps all sums within bounds: the least distance.
      let best = Infinity;
      for (let mask = 0; mask < 1 << ids.length; mask++) {
        const v = (id: string) => (mask >> ids.indexOf(id)) & 1 ? leaves.get(id)!.ceil().toNumber() : leaves.get(id)!.floor().toNumber();
        const ok = sums.every((sm) => {
          const value = [...sm.form.keys()].reduce((a, id) => a + v(id), 0);
          const exact = [...sm.form.keys()].reduce((a, id) => a.plus(leaves.get(id)!), new D(0));
          return sm.mode === 'natural' ? value === exact.toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber() : value >= exact.floor().toNumber() && value <= exact.ceil().toNumber();
        });
        if (ok) best = Math.min(best, distance(v));
      }
      expect([n, distance((id) => r.values.get(id)!)]).toEqual([n, expect.closeTo(best, 9)]);
      compared++;
    }
    expect(compared).toBe(150);
  });

  it('moves as few cents as largest remainder: 3 × 1/3 to a natural total of 1', () => {
    const third = new D(1).div(3);
    const r = check(new Map([['a', third.plus(0.001)], ['b', third], ['c', third.minus(0.001)]]), [{ id: 't', form: new Map([['a', 1], ['b', 1], ['c', 1]]), mode: 'natural' }]);
    expect([...r.values.values()]).toEqual([1, 0, 0]);
  });
});
