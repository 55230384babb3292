// The checks on seeds 000 and 004 typed into their templates (spec/seed-workbooks.md): every
// identity that holds passes, with no false 错误; seeded table inconsistencies are reported
// with their cells. Formulas are computed by the preview's decimal engine (LibreOffice agrees:
// tests/seeds.test.ts).
import { runChecks } from '../src/domain/checks';
import { planInsert } from '../src/domain/insert';
import { cellAddress, layoutTable } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import type { ProfileSpec } from '../src/domain/spec/types';
import { TABLES } from '../src/domain/tables';
import { recalculateSnapshot } from '../src/preview/formulaEngine';
import type { CellWrite } from '../src/workbook/port';
import { MemoryWorkbook } from '../src/workbook/memory';

type Entry = [table: string, row: string, col: string | undefined, value: number];

async function checked(p: ProfileSpec, codes: Record<string, string[]>, entries: Entry[]) {
  const wb = new MemoryWorkbook();
  const inserted = planInsert(await wb.read(), p, p.tables, { dept: '测试', codes });
  await wb.apply(inserted.plan);
  const at = (table: string, row: string, col?: string) => cellAddress(layoutTable(TABLES[table], p.layout, { codes, year: p.year }), { row, ...(col ? { col } : {}) });
  const bySheet = new Map<string, CellWrite[]>();
  for (const [table, row, col, value] of entries) bySheet.set(inserted.sheets[table], [...(bySheet.get(inserted.sheets[table]) ?? []), { address: at(table, row, col), value }]);
  await wb.apply({ description: 'seed', sheets: [...bySheet].map(([name, cells]) => ({ name, cells })) });
  return { report: runChecks(recalculateSnapshot(await wb.read())), at, sheets: inserted.sheets };
}

const problems = (r: { findings: Array<{ severity: string; rule: string; message: string }> }) => r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.message}`);

describe('seed 000 (朝天区总工会 2020 决算, sichuan-final-2020)', () => {
  const p = profile('sichuan-final-2020')!;
  // 项 code, 基本支出, 项目支出, 本年支出合计 (seed-workbooks.md 000-T3/T6).
  const items: Array<[string, number, number, number]> = [
    ['2012901', 79.11, 0.01, 79.12], ['2012902', 0, 94.78, 94.78], ['2012999', 0, 27.47, 27.47], ['2050101', 12, 0, 12],
    ['2080505', 9.11, 0, 9.11], ['2089901', 0.41, 0, 0.41], ['2101101', 4.38, 0.22, 4.6], ['2210201', 6.57, 0, 6.57],
  ];
  const classes: Array<[string, number]> = [['201', 201.37], ['205', 12], ['208', 9.52], ['210', 4.6], ['221', 6.57]];
  const entries = (): Entry[] => [
    ['T01', 'inc_gpb', undefined, 234.06],
    ...classes.map(([c, v]): Entry => ['T01', `exp_c${c}`, undefined, v]),
    ...items.flatMap(([c, basic, proj, total]): Entry[] => [
      ['T02', `c${c}`, 'c_fin', total],
      ['T03', `c${c}`, 'e_basic', basic], ['T03', `c${c}`, 'e_proj', proj],
      ['T05', `c${c}`, 'e_basic', basic], ['T05', `c${c}`, 'e_proj', proj],
    ]),
    ['T04', 'f_inc_gpb', undefined, 234.06],
    ...classes.map(([c, v]): Entry => ['T04', `f_exp_c${c}`, 'gpb', v]),
    // T06: the seed gives 人员经费 97.91 and 日常公用经费 13.67 without the 款 (ᴵ: one 款 each).
    ['T06', 'c30101', 'per_amt', 97.91],
    ['T06', 'c30201', 'pub_amt', 13.37],
    ['T06', 'c30217', 'pub_amt', 0.3],
    ['T07', 'sangong', 'recep_bud', 0.397],
    ['T07', 'sangong', 'recep_act', 0.397],
    // Sichuan detail tables by economic class (ᴵ: the seed lists them, not their figures).
    ...(['SC05', 'SC07'] as const).flatMap((t): Entry[] => [
      [t, 'c30101', 'e_basic', 97.91], [t, 'c30201', 'e_basic', 13.67], [t, 'c30299', 'e_proj', 122.48],
    ]),
    ['SC09', 'c30299', 'e_proj', 122.48],
  ];
  const codes = { codeRows: items.map(([c]) => c), econRows: ['30101', '30201', '30299'] };

  it('every identity holds: no 错误 and no 警告', async () => {
    const { report } = await checked(p, codes, entries());
    expect(report.tables.length).toBeGreaterThanOrEqual(9);
    expect(problems(report)).toEqual([]);
  });

  it('a class row of the 财政拨款 table typed wrong is reported against 一般公共预算财政拨款支出决算表, with both cells', async () => {
    const { report, at, sheets } = await checked(p, codes, entries().map((e): Entry => (e[0] === 'T04' && e[1] === 'f_exp_c210' ? ['T04', 'f_exp_c210', 'gpb', 4.06] : e)));
    const d25 = report.findings.find((f) => f.rule === 'D25')!;
    expect(d25).toMatchObject({ severity: 'error', actual: '4.06', expected: '4.60', difference: '-0.54' });
    expect(d25.cells).toEqual([{ sheet: sheets.T04, address: at('T04', 'f_exp_c210', 'gpb') }, { sheet: sheets.T05, address: at('T05', 'c210', 'e_total') }]);
    // Its 本年支出合计 is a formula over the class rows, so everything built on it disagrees too:
    // the balances (D17, D18), T05's total (D21) and the Sichuan detail table (D38).
    expect(problems(report).map((x) => x.split(' ')[0]).sort()).toEqual(['D17', 'D18', 'D21', 'D25', 'D38']);
  });
});

describe('seed 004 (平乡县总工会 2020 预算, hebei-budget-2020)', () => {
  const p = profile('hebei-budget-2020')!;
  // The seed discloses no 功能分类 breakdown: ᴵ 基本支出 on 2012901, 项目支出 on 2012902.
  const codes = { codeRows: ['2012901', '2012902'], econRows: ['30101', '30201'] };
  const entries = (): Entry[] => [
    ['B01', 'b_inc_gpb', undefined, 264.43],
    ['B01', 'b_exp_c201', undefined, 264.43],
    ['B02', 'c2012901', 'r_gpb', 124.5],
    ['B02', 'c2012902', 'r_gpb', 139.93],
    ['B03', 'c2012901', 'e_basic', 124.5],
    ['B03', 'c2012902', 'e_proj', 139.93],
    ['B04', 'f_inc_gpb', undefined, 264.43],
    ['B04', 'f_exp_c201', 'R_gpb', 264.43],
    ['B05', 'c2012901', 'c_basic', 124.5],
    ['B05', 'c2012902', 'c_proj', 139.93],
    ['B06', 'c30101', 'b_staff', 117.04],
    ['B06', 'c30201', 'b_public', 7.46],
    ['B07', 'total', 'c_carRun', 0.5],
    // The seed prints no project list; one line carries B05's 项目支出 (B13 ties the two tables).
    ['B10', 'projRows_1', 'j_gpb', 139.93],
  ];

  it('every identity holds: no 错误 and no 警告', async () => {
    const { report } = await checked(p, codes, entries());
    expect(report.tables.map((t) => t.table)).toEqual(expect.arrayContaining(['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07']));
    expect(problems(report)).toEqual([]);
  });

  it('人员经费 typed as 117.40 (digits swapped): 基本支出 no longer agrees between B05 and B06 (B10)', async () => {
    const { report, sheets } = await checked(p, codes, entries().map((e): Entry => (e[0] === 'B06' && e[2] === 'b_staff' ? ['B06', 'c30101', 'b_staff', 117.4] : e)));
    const b10 = report.findings.find((f) => f.rule === 'B10')!;
    expect(b10).toMatchObject({ severity: 'error', actual: '124.50', expected: '124.86', difference: '-0.36' });
    expect(b10.cells.map((c) => c.sheet)).toEqual([sheets.B05, sheets.B06]);
  });
});
