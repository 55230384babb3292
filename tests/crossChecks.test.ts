// Identities between tables on the complete sample workbook: clean as built, and each seeded
// inconsistency reported once, with the operands' cells on both sheets and the right severity.
import { runChecks } from '../src/domain/checks';
import { cellAddress, layoutTable } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import { TABLES } from '../src/domain/tables';
import { SAMPLE_CODES } from '../src/preview/sampleData';
import { createSampleWorkbook } from '../src/preview/sampleWorkbook';
import { withCalculation } from '../src/preview/calc';
import type { XlsxWorkbook } from '../src/workbook/xlsx';

const central = profile('central-final-2024')!;
const SHEET: Record<string, string> = { T01: '收入支出决算总表', T02: '收入决算表', T03: '支出决算表', T04: '财政拨款收入支出决算总表', T05: '一般公共预算财政拨款支出决算表', T06: '一般公共预算财政拨款基本支出决算表', T07: '财政拨款“三公”经费支出决算表' };
const at = (table: string, row: string, col?: string) => cellAddress(layoutTable(TABLES[table], central.layout, { codes: SAMPLE_CODES, year: 2024 }), { row, ...(col ? { col } : {}) });

async function checked(change?: (wb: XlsxWorkbook) => Promise<void>) {
  const wb = await createSampleWorkbook();
  if (change) await change(wb);
  return runChecks(await withCalculation(wb).read());
}

async function put(wb: XlsxWorkbook, table: string, row: string, col: string | undefined, value: number) {
  await wb.apply({ description: 't', sheets: [{ name: SHEET[table], cells: [{ address: at(table, row, col), value }] }] });
}

describe('checks between tables', () => {
  it('D27: 基本支出 against 人员经费合计 + 公用经费合计, with cells on both sheets', async () => {
    const r = await checked((wb) => put(wb, 'T06', 'c30101', 'per_amt', 420.37));
    expect(r.findings.map((f) => f.rule)).toEqual(['D27']);
    const f = r.findings[0];
    expect(f).toMatchObject({ severity: 'info', expected: '1830.05', actual: '1830.04', difference: '-0.01' });
    expect(f.message).toBe('一般公共预算财政拨款支出决算表·合计·基本支出 1,830.04 ≠ 一般公共预算财政拨款基本支出决算表·人员经费合计+公用经费合计 1,830.05，相差 -0.01（尾差）');
    expect(f.cells).toEqual([
      { sheet: SHEET.T05, address: at('T05', 'total', 'e_basic') },
      { sheet: SHEET.T06, address: at('T06', 'per_total', 'per_amt') },
      { sheet: SHEET.T06, address: at('T06', 'pub_total', 'pub_amt') },
    ]);
  });

  it('a difference beyond rounding is an error; the same change in T05 too makes it consistent again', async () => {
    expect((await checked((wb) => put(wb, 'T06', 'c30101', 'per_amt', 421.36))).findings).toMatchObject([{ rule: 'D27', severity: 'error', difference: '-1.00' }]);
    const both = await checked(async (wb) => {
      await put(wb, 'T06', 'c30101', 'per_amt', 421.36);
      await put(wb, 'T05', 'c2070101', 'e_basic', 1387.52);
      await put(wb, 'T03', 'c2070101', 'e_basic', 1387.52);
      await put(wb, 'T02', 'c2070101', 'c_fin', 1387.52);
      await put(wb, 'T01', 'exp_c207', undefined, 2102.05);
      await put(wb, 'T01', 'inc_gpb', undefined, 2516.62);
      await put(wb, 'T04', 'f_inc_gpb', undefined, 2516.62);
      await put(wb, 'T04', 'f_exp_c207', 'gpb', 2095.85);
    });
    expect(both.findings).toEqual([]);
  });

  it('D13/D25 per 类 and D12/D21 totals: a class row that disagrees with the detail table', async () => {
    const r = await checked((wb) => put(wb, 'T03', 'c2070109', 'e_proj', 412.75));
    const rules = r.findings.map((f) => `${f.rule}:${f.severity}`).sort();
    // T03's own rows recompute; T01 (typed classes, so its 本年支出合计) and T05 (≤ T03 still) disagree.
    expect(rules).toEqual(['D12:error', 'D13:error'].sort());
    const d13 = r.findings.find((f) => f.rule === 'D13')!;
    expect(d13.message).toBe('207 收入支出决算总表·七、文化旅游体育与传媒支出 2,101.05 ≠ 支出决算表·文化旅游体育与传媒支出·本年支出合计 2,111.05，相差 -10.00（不一致）');
  });

  it('D30 (warn): fiscal spending above the total spending of the same code', async () => {
    const r = await checked(async (wb) => {
      await put(wb, 'T05', 'c2070102', 'e_proj', 215.4);
      await put(wb, 'T04', 'f_exp_c207', 'gpb', 2094.95);
      await put(wb, 'T04', 'f_ecf', 'gpb', 17.15);
    });
    expect(r.findings.filter((f) => f.rule === 'D30').map((f) => f.message)).toEqual([
      '2070102 一般公共预算财政拨款支出决算表·一般行政管理事务·小计 215.40 大于 支出决算表·一般行政管理事务·本年支出合计 215.30，超出 0.10（财政拨款支出不超过该科目的总支出）',
      '2070102 一般公共预算财政拨款支出决算表·一般行政管理事务·项目支出 215.40 大于 支出决算表·一般行政管理事务·项目支出 215.30，超出 0.10（财政拨款项目支出不超过该科目的项目支出与上缴上级支出）',
    ]);
    expect(r.findings.every((f) => f.severity !== 'error')).toBe(true);
  });

  it('D33 (warn): 公务接待费 in basic spending above the 三公 决算数', async () => {
    const r = await checked((wb) => put(wb, 'T07', 'sangong', 'recep_act', 1.5));
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['D33', 'warn']]);
    expect(r.findings[0].cells.map((c) => c.sheet)).toEqual([SHEET.T06, SHEET.T07]);
  });
});

describe('carry-over continuity with last year (D43)', () => {
  it('holds when 年初 this year equals 年末 last year, and a broken one is flagged with both values', async () => {
    const thisYear = await withCalculation(await createSampleWorkbook()).read();
    // Last year's workbook: the same layout, ending with what this year starts from.
    const last = await createSampleWorkbook();
    await put(last, 'T01', 'exp_ecf', undefined, 49.14);
    await put(last, 'T04', 'f_ecf', 'gpb', 40.0);
    const lastYear = await withCalculation(last).read();
    expect(runChecks(thisYear, undefined, lastYear).findings.filter((f) => f.rule === 'D43')).toEqual([]);
    await put(last, 'T01', 'exp_ecf', undefined, 48.14); // injected: 1.00 lost between the years
    const broken = runChecks(thisYear, undefined, await withCalculation(last).read()).findings.filter((f) => f.rule === 'D43');
    expect(broken.map((f) => [f.severity, f.actual, f.expected])).toEqual([['warn', '49.14', '48.14']]);
  });
});
