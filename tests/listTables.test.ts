// Uncoded lists typed by users (B10's projects, the indicator rows of 绩效 form B): found by
// their header and closing rows, with blank rows, notes and 合计 at either end.
import { runChecks } from '../src/domain/checks';
import { planFill } from '../src/domain/fill';
import { MemoryWorkbook } from '../src/workbook/memory';
import type { CellValue } from '../src/workbook/port';

function sheetOf(wb: MemoryWorkbook, name: string, rows: CellValue[][]): void {
  rows.forEach((row, r) => row.forEach((v, c) => {
    if (v !== null && v !== '') wb.setCell(name, `${String.fromCharCode(65 + c)}${r + 1}`, v);
  }));
}

function b10Rows(total: number, bottom: boolean): CellValue[][] {
  const projects: CellValue[][] = [
    ['某县总工会', '困难职工帮扶', 12.5, 10, 2.5],
    ['某县总工会', '劳模补助', 3.2, 3.2, null],
    [null, null, null, null, null], // a blank row inside the list
    ['某县总工会', '工会工作经费', 8, 8, 0],
  ];
  const totalRow: CellValue[] = ['合计', null, total, 21.2, 2.5];
  return [
    ['一般公共预算项目支出表'],
    [null, null, null, null, '金额单位：万元'],
    ['项目单位', '项目名称', '本年一般公共预算项目支出'],
    [null, null, '合计', '本年一般公共预算拨款', '上年结转'],
    ...(bottom ? [...projects, totalRow] : [totalRow, ...projects]),
    [null],
    ['注：本表为示例。'],
  ];
}

describe('B10 一般公共预算项目支出表 as a user typed it', () => {
  it.each([['合计 at the top', false], ['合计 at the bottom', true]])('%s: recognised, consistent, no finding', async (_n, bottom) => {
    const wb = new MemoryWorkbook();
    sheetOf(wb, '表十', b10Rows(23.7, bottom));
    const report = runChecks(await wb.read());
    expect(report.tables.map((t) => [t.table, t.sheet, t.unit])).toEqual([['B10', '表十', 'wan']]);
    expect(report.findings.filter((f) => f.rule === 'B13')).toEqual([]);
  });

  it('a 合计 that is not the sum of the projects is an error naming its cells', async () => {
    const wb = new MemoryWorkbook();
    sheetOf(wb, '表十', b10Rows(24.7, true));
    const errors = runChecks(await wb.read()).findings.filter((f) => f.rule === 'B13' && f.severity === 'error');
    expect(errors.map((f) => f.message)).toEqual([
      '一般公共预算项目支出表·合计行合计 24.70 ≠ 各项目合计之和 23.70，相差 1.00（不一致）',
      '一般公共预算项目支出表·合计：合计 24.70 ≠ 本年一般公共预算拨款 + 上年结转 23.70，相差 1.00（不一致）',
    ]);
    const columnTotal = errors.find((f) => f.cells.some((c) => c.address === 'C9'))!;
    expect(columnTotal.cells).toEqual(expect.arrayContaining([{ sheet: '表十', address: 'C9' }, { sheet: '表十', address: 'C5' }, { sheet: '表十', address: 'C6' }, { sheet: '表十', address: 'C8' }]));
  });
});

describe('B10 formula fill on the user\'s list', () => {
  it('sums the project rows into 合计 and balances each row, keeping typed amounts for confirmation', async () => {
    const wb = new MemoryWorkbook();
    const rows = b10Rows(0, true);
    rows[5][2] = null; // 劳模补助's 合计 not typed yet
    rows[8] = ['合计'];
    sheetOf(wb, '表十', rows);
    const fill = planFill(await wb.read());
    const formulas = Object.fromEntries(fill.plan.sheets.flatMap((s) => s.cells).filter((c) => c.formula).map((c) => [c.address, c.formula]));
    expect(formulas).toEqual({ C9: '=SUM(C5:C8)', D9: '=SUM(D5:D8)', E9: '=SUM(E5:E8)', C6: '=SUM(D6:E6)', C7: '=SUM(D7:E7)' });
    expect(fill.conflicts.map((c) => [c.address, c.existing])).toEqual([['C5', 12.5], ['C8', 8]]);
  });
});

describe('绩效 form B (项目支出绩效自评表) as a user typed it', () => {
  const formB = (indicatorWeight: number): CellValue[][] => [
    ['部门预算项目支出绩效自评表（2024年度）'],
    ['项目名称', '困难职工帮扶'],
    ['主管部门', '某市总工会'],
    ['实施单位', '某区总工会'],
    ['预算执行情况（10分）', '年度预算数（万元）', null, '年初预算', '全年预算数', '预算执行数', '预算执行率（%）', '权重', '得分', '原因'],
    [null, '总额', null, 12.95, 41.8, 41.8, 100, 10, 10],
    [null, '其中：财政资金', null, 12.95, 41.8, 41.8, 100],
    [null, '财政专户管理资金'],
    [null, '单位资金'],
    [null, '其他资金'],
    ['绩效指标（90分）'],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '偏差原因分析'],
    ['产出指标', '数量指标', '帮扶人数', '≥', 100, '人', 120, indicatorWeight, indicatorWeight],
    [null, '质量指标', '资金发放准确率', '=', 100, '%', 100, 20, 20],
    [null, null, null],
    ['效益指标', '社会效益指标', '职工满意度', '≥', 90, '%', 95, 30, 30],
    ['合计', null, null, null, null, null, null, 100, 100],
    ['评价结论', '优'],
  ];

  it('is recognised with its budget rows, every indicator row and the 合计', async () => {
    const wb = new MemoryWorkbook();
    sheetOf(wb, '自评表', formB(40));
    const report = runChecks(await wb.read());
    expect(report.tables.map((t) => t.table)).toEqual(['PB']);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a 合计 权重 that is not 10 + Σ indicator weights is flagged with the indicator cells', async () => {
    const wb = new MemoryWorkbook();
    sheetOf(wb, '自评表', formB(35));
    const errors = runChecks(await wb.read()).findings.filter((f) => f.severity === 'error' && f.rule === 'P04');
    const weight = errors.find((f) => f.cells.some((c) => c.address === 'H17'))!;
    expect(weight.message).toMatch(/100\.00 ≠ .* 95\.00，相差 5\.00/);
    expect(weight.cells).toEqual(expect.arrayContaining(['H17', 'H6', 'H13', 'H14', 'H16'].map((address) => ({ sheet: '自评表', address }))));
  });
});
