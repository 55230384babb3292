// Checks on T01 in a workbook the add-in did not write (a finance-software style export).
import { runChecks } from '../src/domain/checks';
import { planInsert } from '../src/domain/insert';
import { cellAddress, layoutTable } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import { T01 } from '../src/domain/tables/T01';
import { MemoryWorkbook } from '../src/workbook/memory';
import { withCalculation } from '../src/preview/calc';

const central = profile('central-final-2024')!;

/** The 普陀 2024 worked example of spec §1.1 typed into our own template. */
async function putuo(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.apply(planInsert(await wb.read(), central, ['T01']).plan);
  const l = layoutTable(T01, central.layout);
  const put = (row: string, v: number | string) => wb.setCell('收入支出决算总表', cellAddress(l, { row }), v);
  put('inc_gpb', 2940.05);
  put('inc_oth', 6.2);
  put('inc_bcf', 49.14);
  put('exp_c201', 2112.86);
  put('exp_c208', 326.71);
  put('exp_c210', 500.48);
  put('exp_ecf', 55.34);
  return wb;
}

describe('runChecks on T01', () => {
  it('finds T01 and reports nothing on the consistent 普陀 example', async () => {
    const report = runChecks(await withCalculation(await putuo()).read());
    expect(report.tables).toEqual([{ table: 'T01', title: '收入支出决算总表', sheet: '收入支出决算总表', unit: 'wan' }]);
    expect(report.findings).toEqual([]);
  });

  it('reports a typed total that does not add up, with both values and the cells', async () => {
    const wb = await putuo();
    const l = layoutTable(T01, central.layout);
    wb.setCell('收入支出决算总表', cellAddress(l, { row: 'inc_year' }), 2946.35); // user overwrote the formula
    const report = runChecks(await withCalculation(wb).read());
    const d01 = report.findings.find((f) => f.rule === 'D01')!;
    expect(d01.severity).toBe('error');
    expect(d01.message).toBe('收入支出决算总表·本年收入合计 2,946.35 ≠ 八项收入之和 2,946.25，相差 0.10（不一致）');
    expect(d01.cells[0]).toEqual({ sheet: '收入支出决算总表', address: cellAddress(l, { row: 'inc_year' }) });
    expect(d01.cells).toHaveLength(9);
    expect(report.findings.map((f) => f.rule).sort()).toEqual(['D01', 'D05']); // 总计 follows the typed 合计, so only the balance breaks
  });

  it('a one-cent copy difference is 尾差 (提示), never 错误', async () => {
    const wb = await putuo();
    const l = layoutTable(T01, central.layout);
    wb.setCell('收入支出决算总表', cellAddress(l, { row: 'exp_total' }), 2995.4);
    const report = runChecks(await withCalculation(wb).read());
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([['D04', 'info'], ['D05', 'info']]);
  });

  it('recognises an export with another sheet name, no 行次, 元 unit, blank rows, text numbers, dashes and #REF!', async () => {
    const wb = new MemoryWorkbook();
    const s = '导出1';
    const rows: Array<[string, string | number | null, string, string | number | null]> = [
      ['项目', '决算数', '项目', '决算数'],
      ['一、一般公共预算财政拨款收入', '29,400,500.00', '一、一般公共服务支出', 21128600],
      ['二、政府性基金预算财政拨款收入', '—', '八、社会保障和就业支出', 3267100],
      ['', null, '', null],
      ['八、其他收入', 62000, '九、卫生健康支出', '#REF!'],
      ['本年收入合计', 29462500, '本年支出合计', 29400500],
      ['年初结转和结余', 491400, '年末结转和结余', 553400],
      ['总计', 29953900, '总计', 29953900],
    ];
    wb.setCell(s, 'A1', '收入支出决算总表');
    wb.setCell(s, 'D2', '单位：元');
    rows.forEach((r, i) => r.forEach((v, c) => v !== null && v !== '' && wb.setCell(s, `${'ABCD'[c]}${i + 3}`, v)));
    const report = runChecks(await wb.read());
    expect(report.tables).toEqual([{ table: 'T01', title: '收入支出决算总表', sheet: s, unit: 'yuan' }]);
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toContain('INPUT_ERROR_VALUE');
    expect(report.findings.find((f) => f.rule === 'INPUT_ERROR_VALUE')!.cells).toEqual([{ sheet: s, address: 'D7' }]);
    // 本年支出合计 29,400,500 ≠ 21,128,600 + 3,267,100 + 0 (#REF!) = 24,395,700
    expect(report.findings.find((f) => f.rule === 'D03')!.difference).toBe('5004800.00');
    expect(rules).not.toContain('D01');
  });
});
