// 舍位平衡 as a small integer problem: leaf amounts (in cents of the target unit) may each
// take the floor or the ceiling of their exact value; every total is a signed sum of leaves
// and must land on the floor or ceiling of its own exact value (grand totals on their
// natural half-up rounding, balances on exactly zero).
//
// Why this always has a solution for our tables: a table's identities are sums over two
// laminar families of cells (the 类/款/项 tree per column, and the row sums across columns),
// whose incidence matrix is totally unimodular; the exact values are a fractional solution.
// Step 1 moves the exact values inside that polytope, in the null space of the identities
// already on an integer, until every leaf is an integer: a vertex of a totally unimodular
// polytope with integer bounds is integral, so every cell ends on its floor or ceiling.
// Step 2 moves one or two leaves at a time by a cent, each move strictly reducing what is
// still violated (the grand total off its natural rounding, identities across tables that
// break unimodularity), then trades cents between leaves while that brings them closer to
// their exact values — on a tree this is the largest-remainder rule.
import type Decimal from 'decimal.js';
import { D } from './amount';

export interface BalanceSum {
  id: string;
  /** Leaf id → coefficient (±1, or a small integer when a leaf is counted twice). */
  form: Map<string, number>;
  /** 'range': floor or ceiling of the exact value; 'natural': its half-up rounding; 'zero': exactly 0. */
  mode: 'range' | 'natural' | 'zero';
}

export interface BalanceResult {
  /** Leaf id → integer cents. */
  values: Map<string, number>;
  /** Leaf id → its half-up rounding in cents (what plain rounding would give). */
  natural: Map<string, number>;
  /** Ids of sums still outside their floor/ceiling or off zero (empty when balanced). */
  unresolved: string[];
  /** Grand totals that balance one cent off their natural rounding. */
  offNatural: string[];
}

interface Bound {
  lo: number;
  hi: number;
}

const halfUp = (x: Decimal): number => new D(x).toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber();

function boundOf(exact: Decimal, mode: BalanceSum['mode']): Bound {
  if (mode === 'zero') return { lo: 0, hi: 0 };
  if (mode === 'natural') {
    const n = halfUp(exact);
    return { lo: n, hi: n };
  }
  return { lo: exact.floor().toNumber(), hi: exact.ceil().toNumber() };
}

/** Reduced row echelon form (in place): the pivot column of each row. */
function rref(m: number[][], width: number): number[] {
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < width && r < m.length; c++) {
    let p = -1;
    for (let i = r; i < m.length; i++) if (Math.abs(m[i][c]) > 1e-9 && (p < 0 || Math.abs(m[i][c]) > Math.abs(m[p][c]))) p = i;
    if (p < 0) continue;
    [m[r], m[p]] = [m[p], m[r]];
    const pv = m[r][c];
    for (let k = c; k < width; k++) m[r][k] /= pv;
    for (let i = 0; i < m.length; i++) {
      const f = m[i][c];
      if (i === r || Math.abs(f) < 1e-12) continue;
      for (let k = c; k < width; k++) m[i][k] -= f * m[r][k];
    }
    pivots.push(c);
    r++;
  }
  return pivots;
}

const EPS = 1e-7;

/**
 * Step 1: from the exact values, walk inside {floor ≤ leaf ≤ ceil, sums within bounds}
 * until every leaf is an integer (or no direction is left: identities that are not
 * unimodular, which step 2 then repairs). Each step follows a null vector of the sums
 * already on an integer, so they stay there; grand totals are steered to their natural
 * rounding first. Plain doubles suffice: on a unimodular system the null vectors are 0/±1.
 */
function purify(y: number[], lo: number[], hi: number[], rows: Array<Array<[number, number]>>, ranges: Bound[], goal: Array<number | null>, near: number[]): void {
  for (let guard = 0; guard < 2 * (y.length + rows.length) + 10; guard++) {
    for (let i = 0; i < y.length; i++) if (Math.abs(y[i] - Math.round(y[i])) < EPS) y[i] = Math.round(y[i]);
    const frac = y.map((_, i) => i).filter((i) => !Number.isInteger(y[i]));
    if (frac.length === 0) return;
    const col = new Map(frac.map((i, c) => [i, c]));
    const sums = rows.map((row) => row.reduce((a, [i, c]) => a + c * y[i], 0));
    const at = (k: number, v: number) => Math.abs(sums[k] - v) < EPS;
    const tight: number[][] = [];
    const loose: number[] = [];
    const steer: number[] = []; // grand totals not yet on their natural rounding
    rows.forEach((row, k) => {
      if (!row.some(([i]) => col.has(i))) return;
      const g = goal[k];
      if (at(k, ranges[k].lo) || at(k, ranges[k].hi) || (g !== null && at(k, g))) {
        const line = new Array<number>(frac.length).fill(0);
        for (const [i, c] of row) if (col.has(i)) line[col.get(i)!] += c;
        tight.push(line);
      } else {
        loose.push(k);
        if (g !== null) steer.push(k);
      }
    });
    const pivots = rref(tight, frac.length);
    const isPivot = new Set(pivots);
    const free = frac.map((_, c) => c).filter((c) => !isPivot.has(c));
    if (free.length === 0) return;
    const vector = (f: number) => {
      const d = new Array<number>(frac.length).fill(0);
      d[f] = 1;
      pivots.forEach((c, r) => (d[c] = -tight[r][f]));
      return d;
    };
    const rate = (k: number, d: number[]) => rows[k].reduce((a, [i, c]) => a + (col.has(i) ? d[col.get(i)!] * c : 0), 0);
    // Prefer a direction that moves a grand total towards its natural rounding.
    let d = vector(free[0]);
    let sign = 0;
    for (const k of steer) {
      for (const f of free) {
        const v = vector(f);
        const r = rate(k, v);
        if (Math.abs(r) > 1e-9) {
          d = v;
          sign = Math.sign(goal[k]! - sums[k]) * Math.sign(r);
          break;
        }
      }
      if (sign) break;
    }
    if (!sign) sign = frac.reduce((a, i, c) => a + d[c] * (near[i] - y[i]), 0) >= 0 ? 1 : -1;
    d = d.map((v) => v * sign);
    // The longest step before a leaf or a loose sum reaches an integer bound (or its goal).
    let t = Infinity;
    const limit = (room: number, r: number) => {
      if (Math.abs(r) < 1e-12) return;
      const step = room / r;
      if (step >= -EPS && step < t) t = Math.max(0, step);
    };
    frac.forEach((i, c) => limit(d[c] > 0 ? hi[i] - y[i] : lo[i] - y[i], d[c]));
    for (const k of loose) {
      const r = rate(k, d);
      limit(r > 0 ? ranges[k].hi - sums[k] : ranges[k].lo - sums[k], r);
      const g = goal[k];
      if (g !== null && (g - sums[k]) * r > 0) limit(g - sums[k], r);
    }
    if (!Number.isFinite(t)) return;
    frac.forEach((i, c) => (y[i] += d[c] * t));
  }
}

/** Balances leaves (exact values in target cents) against sums; deterministic for a given input order. */
export function balanceRounding(leaves: Map<string, Decimal>, sums: BalanceSum[]): BalanceResult {
  const ids = [...leaves.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const exact = ids.map((id) => new D(leaves.get(id)!));
  const lo = exact.map((v) => v.floor().toNumber());
  const hi = exact.map((v) => v.ceil().toNumber());
  const nat = exact.map(halfUp);
  const natural = new Map(ids.map((id, i) => [id, nat[i]]));
  // Step 1 works on the fractional parts (leaf − floor, in [0, 1)), so that doubles stay exact
  // for departments of any size.
  const frac = exact.map((v, i) => v.minus(lo[i]).toNumber());

  const rows: Array<Array<[number, number]>> = [];
  const bounds: Bound[] = [];
  const ranges: Bound[] = [];
  const member: Array<Array<[number, number]>> = ids.map(() => []); // leaf → [sum index, coef]
  sums.forEach((s, k) => {
    let e = new D(0);
    const row: Array<[number, number]> = [];
    for (const [leaf, coef] of s.form) {
      const i = index.get(leaf);
      if (i === undefined || coef === 0) continue;
      e = e.plus(exact[i].mul(coef));
      row.push([i, coef]);
      member[i].push([k, coef]);
    }
    rows.push(row);
    bounds.push(boundOf(e, s.mode));
    ranges.push(boundOf(e, s.mode === 'natural' ? 'range' : s.mode));
  });

  const shift = rows.map((row) => row.reduce((a, [i, c]) => a + c * lo[i], 0));
  const less = (b: Bound, k: number): Bound => ({ lo: b.lo - shift[k], hi: b.hi - shift[k] });
  const y = [...frac];
  purify(y, lo.map(() => 0), hi.map((h, i) => h - lo[i]), rows, ranges.map(less), sums.map((s, k) => (s.mode === 'natural' ? bounds[k].lo - shift[k] : null)), nat.map((n, i) => n - lo[i]));
  // Anything step 1 left fractional starts from its natural rounding.
  const x = y.map((v, i) => (Number.isInteger(v) ? Math.min(hi[i], Math.max(lo[i], lo[i] + v)) : nat[i]));
  const current = rows.map((row) => row.reduce((a, [i, c]) => a + c * x[i], 0));

  const pen = (k: number, s: number) => Math.max(0, bounds[k].lo - s) + Math.max(0, s - bounds[k].hi);
  const dev = (i: number, v: number) => Math.abs(v - lo[i] - frac[i]);
  const flipOf = (i: number) => (x[i] === lo[i] ? hi[i] : lo[i]);
  const gain = (i: number) => dev(i, flipOf(i)) - dev(i, x[i]);
  const movable = ids.map((_, i) => i).filter((i) => lo[i] !== hi[i]);

  // Change in violation when leaves flip together (scratch arrays, no allocation per try).
  const delta = new Array<number>(rows.length).fill(0);
  const touched: number[] = [];
  const penaltyChange = (is: number[]): number => {
    for (const i of is) {
      const d = flipOf(i) - x[i];
      for (const [k, coef] of member[i]) {
        if (delta[k] === 0) touched.push(k);
        delta[k] += coef * d;
      }
    }
    let dp = 0;
    for (const k of touched) {
      if (delta[k] !== 0) dp += pen(k, current[k] + delta[k]) - pen(k, current[k]);
      delta[k] = 0;
    }
    touched.length = 0;
    return dp;
  };
  const move = (is: number[]) => {
    for (const i of is) {
      const d = flipOf(i) - x[i];
      x[i] += d;
      for (const [k, coef] of member[i]) current[k] += coef * d;
    }
  };

  // Repair: each move strictly reduces the violation; among equals, the one costing least.
  for (let guard = 0; guard < 10_000; guard++) {
    const violated = new Set(rows.map((_, k) => k).filter((k) => pen(k, current[k]) > 0));
    if (violated.size === 0) break;
    let best: { is: number[]; p: number; g: number } | null = null;
    const consider = (is: number[]) => {
      const p = penaltyChange(is);
      const g = is.reduce((a, i) => a + gain(i), 0);
      if (p < 0 && (!best || p < best.p || (p === best.p && g < best.g - 1e-12))) best = { is, p, g };
    };
    for (const i of movable) consider([i]);
    if (!best) for (const i of movable.filter((i) => member[i].some(([k]) => violated.has(k)))) for (const j of movable) if (j !== i) consider([i, j]);
    if (!best) break;
    move((best as { is: number[] }).is);
  }
  // Polish: trade a cent between two leaves while it brings both nearer their exact values
  // overall and breaks nothing (largest remainder, found pairwise).
  const byGain = [...movable];
  for (let guard = 0; guard < 10_000; guard++) {
    byGain.sort((a, b) => gain(a) - gain(b));
    let best: { is: number[]; g: number } | null = null;
    for (const i of byGain) {
      const gi = gain(i);
      if (gi >= 0) break;
      if ((!best || gi < best.g) && penaltyChange([i]) <= 0) best = { is: [i], g: gi };
      for (const j of byGain) {
        if (j === i) continue;
        const g = gi + gain(j);
        if (g >= -1e-9 || (best && g >= best.g)) break;
        if (penaltyChange([i, j]) <= 0) {
          best = { is: [i, j], g };
          break;
        }
      }
    }
    if (!best) break;
    move((best as { is: number[] }).is);
  }
  // A grand total one cent off its natural rounding still balances; only a broken range is unresolved.
  const unresolved = sums.filter((_, k) => current[k] < ranges[k].lo || current[k] > ranges[k].hi).map((s) => s.id);
  const offNatural = sums.filter((s, k) => s.mode === 'natural' && pen(k, current[k]) > 0).map((s) => s.id);
  return { values: new Map(ids.map((id, i) => [id, x[i]])), natural, unresolved, offNatural };
}
