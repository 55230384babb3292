// Share and rate cells (执行率, 完成预算%, 占比) against part / whole, with the percentage
// tolerance of spec §0.2: 0.01 pp for two decimals, 0.5 pp for an integer.
import { runChecks } from '../src/domain/checks';
import { planInsert } from '../src/domain/insert';
import { cellAddress, layoutTable } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import { PA } from '../src/domain/tables/PA';
import { MemoryWorkbook } from '../src/workbook/memory';

const p = profile('sichuan-performance-2024')!;

async function formA(rate: number | string, numberFormat?: string) {
  const wb = new MemoryWorkbook();
  const { plan, sheets } = planInsert(await wb.read(), p, ['PA']);
  await wb.apply(plan);
  const at = (row: string, col: string) => cellAddress(layoutTable(PA, p.layout), { row, col });
  // Typed as a finance officer would, totals included (no formulas computed here).
  for (const [row, budget, spent] of [['total', 183.11, 234.06], ['fin', 183.11, 234.06], ['oth', 0, 0]] as const) {
    wb.setCell(sheets.PA, at(row, 'c3'), budget);
    wb.setCell(sheets.PA, at(row, 'c4'), spent);
    wb.setCell(sheets.PA, at(row, 'c5'), row === 'oth' ? 0 : 127.82);
  }
  await wb.apply({ description: 'rate', sheets: [{ name: sheets.PA, cells: [{ address: at('fin', 'c5'), value: rate, ...(numberFormat ? { numberFormat } : {}) }] }] });
  return { report: runChecks(await wb.read()), cell: at('fin', 'c5'), sheet: sheets.PA };
}

describe('share rules (P02 完成预算%)', () => {
  it('a right rate passes, printed with two decimals, as a % fraction, or as text', async () => {
    for (const [v, fmt] of [[127.82, undefined], [1.2782, '0.00%'], ['127.82%', undefined]] as const) {
      expect((await formA(v, fmt)).report.findings.filter((f) => f.rule === 'P02')).toEqual([]);
    }
  });

  it('a rate rounded to one decimal as in seed 000 (127.8%) is within 0.05 pp: 尾差 at most', async () => {
    const f = (await formA('127.8%')).report.findings.filter((x) => x.rule === 'P02');
    expect(f.every((x) => x.severity === 'info')).toBe(true);
  });

  it('a rate divided by the wrong figure is an error with the right value and the three cells', async () => {
    const { report, cell, sheet } = await formA(78.23); // 183.11 / 234.06: the fraction upside down
    const f = report.findings.find((x) => x.rule === 'P02')!;
    expect(f).toMatchObject({ severity: 'error', expected: '127.82', actual: '78.23' });
    expect(f.message).toContain('按 234.06 ÷ 183.11 计算应为 127.82%');
    expect(f.cells[0]).toEqual({ sheet, address: cell });
  });
});
