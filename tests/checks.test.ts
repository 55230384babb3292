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
    // 本年支出合计 29,400,500 元 ≠ 21,128,600 + 3,267,100 + 0 (#REF!) = 24,395,700 元: 500.48 万元
    expect(report.findings.find((f) => f.rule === 'D03')!.difference).toBe('500.48');
    expect(rules).not.toContain('D01');
  });
});

describe('row-sum and hierarchy checks on a coded export (支出决算表)', () => {
  it('reports a 类 row that is not the sum of its 款, and a row whose 合计 ≠ 基本 + 项目, with both values', async () => {
    const wb = new MemoryWorkbook();
    const s = '导出3';
    const rows: Array<[string, string, number, number, number]> = [
      ['合计', '', 234.06, 111.58, 122.48],
      ['201', '一般公共服务支出', 201.47, 79.11, 122.26], // 201 ≠ 20129 (201.37): a typo of 0.10
      ['20129', '群众团体事务', 201.37, 79.11, 122.26],
      ['2012901', '行政运行', 79.12, 79.11, 0.01],
      ['2012902', '一般行政管理事务', 94.78, 0, 94.78],
      ['2012999', '其他群众团体事务支出', 27.47, 0, 27.47],
      ['221', '住房保障支出', 32.69, 32.47, 0.22],
      ['22102', '住房改革支出', 32.69, 32.47, 0.22],
      ['2210201', '住房公积金', 32.7, 32.47, 0.22], // 32.70 ≠ 32.47 + 0.22 = 32.69 (尾差)
    ];
    wb.setCell(s, 'A1', '支出决算表');
    wb.setCell(s, 'H2', '金额单位：万元');
    ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'].forEach((h, i) => wb.setCell(s, `${'ABCDE'[i]}3`, h));
    rows.forEach((r, i) => r.forEach((v, c) => v !== '' && wb.setCell(s, `${'ABCDE'[c]}${i + 4}`, v)));
    const report = runChecks(await wb.read());
    expect(report.tables.map((t) => t.table)).toEqual(['T03']);
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.message)).toEqual([
      // The typo breaks the 201 row's own balance too (79.11 + 122.26 = 201.37).
      '支出决算表·一般公共服务支出：本年支出合计 201.47 ≠ 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出 201.37，相差 0.10（不一致）',
      '支出决算表·201 一般公共服务支出·本年支出合计 201.47 ≠ 其下各款之和 201.37，相差 0.10（不一致）',
      '支出决算表·合计·本年支出合计 234.06 ≠ 各类之和 234.16，相差 -0.10（不一致）',
    ]);
    expect(errors[1].cells).toEqual([{ sheet: s, address: 'C5' }, { sheet: s, address: 'C6' }]);
    const info = report.findings.filter((f) => f.severity === 'info').map((f) => f.message);
    expect(info).toContain('支出决算表·住房公积金：本年支出合计 32.70 ≠ 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出 32.69，相差 0.01（尾差）');
  });
});
