// 绩效 forms A–E (spec §3.1–§3.5, identities §4.5): structure of the data and the formulas it implies.
import { parseAddress } from '../src/domain/a1';
import { dec } from '../src/domain/amount';
import { computeFormulas } from '../src/domain/evaluate';
import { shareFormula, tableFormulas, type PlannedFormula } from '../src/domain/formulas';
import { planTable } from '../src/domain/insert';
import { cellAddress, expandTerms, layoutTable, type TableLayout } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import type { CellRefSpec, TableSpec, TermSpec } from '../src/domain/spec/types';
import { TABLES } from '../src/domain/tables';

const IDS = ['PA', 'PB', 'PC', 'PD', 'PE'];
const perf = profile('sichuan-performance-2024')!;
const lay = (id: string): TableLayout => layoutTable(TABLES[id], perf.layout);
const at = (l: TableLayout, row: string, col: string) => cellAddress(l, { row, col });

function formulaAt(l: TableLayout, row: string, col: string): PlannedFormula {
  const a = at(l, row, col);
  const f = tableFormulas(l).find((x) => x.address === a);
  if (!f) throw new Error(`${l.spec.id}: no formula in ${row}.${col} (${a})`);
  return f;
}
const terms = (f: PlannedFormula) => {
  if (f.meaning.kind !== 'sum') throw new Error(`${f.address} is not a sum`);
  return f.meaning.terms.map((t) => [t.address, t.sign]);
};

describe('the sichuan-performance-2024 profile', () => {
  it('lists forms A–E, which the library holds under their ids as 绩效 tables', () => {
    expect(perf).toMatchObject({ kind: 'performance', region: 'sichuan', year: 2024, tables: IDS });
    expect(perf.layout).toEqual(profile('sichuan-final-2024')!.layout);
    for (const id of IDS) expect(TABLES[id]).toMatchObject({ id, kind: 'performance' });
    expect(TABLES.PA.title).toBe('项目绩效目标完成情况表');
    expect(TABLES.PB.title).toBe('部门预算项目支出绩效自评表');
    expect(TABLES.PE.title).toBe('项目绩效目标表');
    // C and D share the printed title; D is told apart by its id and aliases.
    expect(TABLES.PC.title).toBe('部门整体支出绩效自评表');
    expect(TABLES.PD.title).toBe(TABLES.PC.title);
    expect(TABLES.PD.titleAliases?.length).toBeGreaterThan(0);
  });
});

describe.each(IDS.map((id) => [id, TABLES[id]] as const))('%s', (id, spec: TableSpec) => {
  it('lays out with unique keys and plans formulas only in amount/percent cells of the body', () => {
    const l = lay(id);
    const keys = l.rows.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    const formulas = tableFormulas(l);
    expect(formulas.length).toBeGreaterThan(0);
    const numeric = new Set(l.columns.filter((c) => c.kind === 'amount' || c.kind === 'percent').map((c) => c.index));
    for (const f of formulas) {
      const { row, col } = parseAddress(f.address);
      expect(row).toBeGreaterThanOrEqual(l.bodyTop);
      expect(row).toBeLessThanOrEqual(l.bodyBottom);
      expect(numeric.has(col)).toBe(true);
    }
    // Every block's amount columns are amount-kind columns; every rule names cells the layout has.
    for (const b of spec.blocks) for (const c of b.amountColumns) expect(spec.columns.find((x) => x.key === c)?.kind).toBe('amount');
    const resolve = (ts: TermSpec[]) => expandTerms(l, ts).forEach((t) => expect(() => cellAddress(l, t)).not.toThrow());
    for (const r of spec.rules) {
      expect(r.id).toMatch(/^P(0[1-9]|10)$/);
      // Identities read 「左边 = 右边」; bounds 「0 ≤ 得分 ≤ 权重」; P08 is a sentence.
      if (r.type === 'bound') expect(r.description).toMatch(/^0 ≤ \S+ ≤ \S+$/);
      else if (r.type !== 'explain') expect(r.description.split(' = ')).toHaveLength(2);
      if (r.type === 'sum') { resolve([r.target]); resolve(r.terms); expect(r.terms.length).toBeGreaterThan(0); }
      if (r.type === 'equal') { resolve(r.left); resolve(r.right); }
      if (r.type === 'share' || r.type === 'score') resolve([r.target, r.part, r.whole] as CellRefSpec[]);
      if (r.type === 'constant') resolve(r.terms);
      if (r.type === 'bound') for (const row of r.rows) resolve([l.groups[row] ? { group: row, col: r.col } : { row, col: r.col }]);
      if (r.type === 'explain') resolve(r.rows.flatMap((row) => [r.budget, r.actual, r.reason].map((col) => ({ row, col }))));
    }
  });

  it('stacks its sections in order, each below everything before it, headers first', () => {
    const l = lay(id);
    const sections = spec.blocks.filter((b) => b.section);
    expect(sections.length).toBeGreaterThanOrEqual(2);
    let floor = Math.max(l.headerBottom, ...l.rows.filter((r) => !spec.blocks.find((b) => b.id === r.block)!.section).map((r) => r.row));
    for (const b of sections) {
      const rows = l.rows.filter((r) => r.block === b.id).map((r) => r.row);
      expect(rows.length).toBeGreaterThan(0);
      const first = Math.min(...rows);
      expect(first).toBeGreaterThan(floor);
      // The section's own header rows lie between the previous part and its first row.
      const texts = b.section!.header.flatMap((h) => h.cells.map((c) => c.text)).filter(Boolean);
      for (const t of texts) {
        const cell = l.header.find((h) => h.text === t && h.row > floor && h.row < first);
        expect({ t, found: !!cell }).toEqual({ t, found: true });
      }
      expect(first - floor - 1).toBe(b.section!.header.length);
      floor = Math.max(...rows);
    }
    expect(l.bodyBottom).toBe(floor);
  });

  it('plans a sheet whose amount columns carry a number format', () => {
    const l = lay(id);
    const plan = planTable(l, id);
    for (const c of l.columns.filter((x) => x.kind === 'amount')) {
      const cell = plan.cells.find((w) => w.address === `${String.fromCharCode(64 + c.index)}${l.bodyBottom}` && w.numberFormat);
      expect(cell?.numberFormat).toContain('#,##0.00');
    }
  });
});

describe('form A 项目绩效目标完成情况表', () => {
  it('P01: 合计 = 财政拨款 + 其它资金 for 预算数 and 执行数; P02 完成预算 = 执行数/预算数', () => {
    const l = lay('PA');
    for (const col of ['c3', 'c4']) expect(terms(formulaAt(l, 'total', col))).toEqual([[at(l, 'fin', col), 1], [at(l, 'oth', col), 1]]);
    expect(formulaAt(l, 'total', 'c5').formula).toBe(shareFormula(at(l, 'total', 'c4'), at(l, 'total', 'c3')));
    expect(l.groups.indicatorRows.length).toBeGreaterThanOrEqual(8);
  });
});

describe('form B 部门预算项目支出绩效自评表', () => {
  const l = lay('PB');

  it('has a 全年预算数 column, and the 执行率 divides 执行数 by it, guarded against zero', () => {
    expect(l.header.find((h) => h.text === '全年预算数')?.col).toBe(l.colIndex.c5);
    expect(l.header.find((h) => h.text === '年初预算')?.col).toBe(l.colIndex.c4);
    for (const row of ['b_total', 'b_fin', 'b_sfm', 'b_unit', 'b_oth']) {
      const f = formulaAt(l, row, 'c7');
      expect(f.rule).toBe('P02');
      expect(f.meaning).toEqual({ kind: 'share', part: at(l, row, 'c6'), whole: at(l, row, 'c5') });
      expect(f.formula).toBe(`=IF(SUM(${at(l, row, 'c5')})=0,0,ROUND(SUM(${at(l, row, 'c6')})/SUM(${at(l, row, 'c5')})*100,2))`);
    }
    const formulas = tableFormulas(l);
    // Seed 001: 年初 12.95, 全年 = 执行 = 41.80 → 100%, not 322.78%; a zero 全年预算数 gives 0.
    const inputs = { [at(l, 'b_fin', 'c4')]: dec('12.95'), [at(l, 'b_fin', 'c5')]: dec('41.80'), [at(l, 'b_fin', 'c6')]: dec('41.80'), [at(l, 'b_oth', 'c6')]: dec('3') };
    const v = computeFormulas(formulas, inputs);
    expect(v[at(l, 'b_fin', 'c7')].toFixed(2)).toBe('100.00');
    expect(v[at(l, 'b_total', 'c7')].toFixed(2)).toBe('107.18');
    expect(v[at(l, 'b_oth', 'c7')].toFixed(2)).toBe('0.00');
  });

  it('P01: 总额 = Σ four fund sources in 年初预算, 全年预算数 and 预算执行数', () => {
    for (const col of ['c4', 'c5', 'c6']) {
      expect(terms(formulaAt(l, 'b_total', col))).toEqual(['b_fin', 'b_sfm', 'b_unit', 'b_oth'].map((r) => [at(l, r, col), 1]));
    }
  });

  it('P04: the 合计 row sums 权重 and 得分 over the 预算执行 row and every indicator row', () => {
    expect(l.rowByKey.total.block).toBe('indicators');
    expect(l.rowByKey.total.row).toBe(Math.max(...l.groups.indicatorRows.map((k) => l.rowByKey[k].row)) + 1);
    for (const col of ['c8', 'c9']) {
      const f = formulaAt(l, 'total', col);
      expect(f.rule).toBe('P04');
      expect(terms(f)).toEqual([[at(l, 'b_total', col), 1], ...l.groups.indicatorRows.map((r) => [at(l, r, col), 1])]);
    }
    expect(l.groups.indicatorRows.length).toBeGreaterThanOrEqual(8);
    // 10 (预算执行) + indicator weights summing to 90 → 100.
    const inputs = { [at(l, 'b_total', 'c8')]: dec(10), [at(l, 'indicatorRows_1', 'c8')]: dec(50), [at(l, 'indicatorRows_2', 'c8')]: dec(40), [at(l, 'indicatorRows_1', 'c9')]: dec(48), [at(l, 'b_total', 'c9')]: dec(10) };
    const v = computeFormulas(tableFormulas(l), inputs);
    expect(v[at(l, 'total', 'c8')].toString()).toBe('100');
    expect(v[at(l, 'total', 'c9')].toString()).toBe('58');
  });
});

describe('form C 部门整体支出绩效自评表 (监控)', () => {
  it('P06: 年度预算总额 = 基本支出 + 项目支出 in 全年预算数 and 全年执行数', () => {
    const l = lay('PC');
    for (const col of ['c3', 'c4']) {
      const f = formulaAt(l, 'total', col);
      expect(f.rule).toBe('P06');
      expect(terms(f)).toEqual([[at(l, 'basic', col), 1], [at(l, 'proj', col), 1]]);
    }
    // Seed 001: 903.30 = 844.68 + 58.62.
    const v = computeFormulas(tableFormulas(l), { [at(l, 'basic', 'c3')]: dec('844.68'), [at(l, 'proj', 'c3')]: dec('58.62') });
    expect(v[at(l, 'total', 'c3')].toFixed(2)).toBe('903.30');
    expect(l.groups.taskRows.length).toBeGreaterThan(0);
    expect(l.groups.indicatorRows.length).toBeGreaterThanOrEqual(8);
  });
});

describe('form D 部门整体支出绩效自评表 (评分)', () => {
  const l = lay('PD');

  it('P06: 整体支出 = 财政拨款 + 其他资金 (filled) and = 基本支出 + 项目支出 (checked)', () => {
    for (const col of ['c3', 'c4']) {
      expect(terms(formulaAt(l, 'total', col))).toEqual([[at(l, 'fin', col), 1], [at(l, 'oth', col), 1]]);
      const eq = TABLES.PD.rules.find((r) => r.type === 'equal' && r.left.some((t) => 'row' in t && t.row === 'basic' && t.col === col));
      expect(eq).toMatchObject({ id: 'P06', right: [{ row: 'total', col }] });
    }
  });

  it('P02: 执行率 rows for 整体支出, 财政拨款 and 其他资金', () => {
    for (const row of ['total', 'fin', 'oth']) {
      expect(formulaAt(l, row, 'c5').meaning).toEqual({ kind: 'share', part: at(l, row, 'c4'), whole: at(l, row, 'c3') });
    }
  });

  it('P04/P05: 总分 = Σ自评得分 and Σ权重, under the indicator rows', () => {
    expect(l.rowByKey.score.label).toBe('总分');
    expect(terms(formulaAt(l, 'score', 'c8'))).toEqual(l.groups.indicatorRows.map((r) => [at(l, r, 'c8'), 1]));
    expect(terms(formulaAt(l, 'score', 'c3'))).toEqual(l.groups.indicatorRows.map((r) => [at(l, r, 'c3'), 1]));
    // Seed 002: 29 + 25 + 44 = 98, weights 30 + 25 + 45 = 100.
    const rows = l.groups.indicatorRows;
    const inputs = Object.fromEntries([
      [at(l, rows[0], 'c8'), dec(29)], [at(l, rows[8], 'c8'), dec(25)], [at(l, rows[12], 'c8'), dec(44)],
      [at(l, rows[0], 'c3'), dec(30)], [at(l, rows[8], 'c3'), dec(25)], [at(l, rows[12], 'c3'), dec(45)],
    ]);
    const v = computeFormulas(tableFormulas(l), inputs);
    expect(v[at(l, 'score', 'c8')].toString()).toBe('98');
    expect(v[at(l, 'score', 'c3')].toString()).toBe('100');
  });
});

describe('form E 项目绩效目标表', () => {
  it('P01: 年度资金总额 = 财政拨款 + 其他资金', () => {
    const l = lay('PE');
    expect(terms(formulaAt(l, 'total', 'c3'))).toEqual([[at(l, 'fin', 'c3'), 1], [at(l, 'oth', 'c3'), 1]]);
    expect(l.header.filter((h) => h.row > l.rowByKey.goal.row).map((h) => h.text)).toEqual(['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']);
  });
});
