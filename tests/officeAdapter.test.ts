// The Office.js adapter against a counting fake: one plan = one Excel.run, ≤ 2 syncs.
import { planInsert, safeSheetName } from '../src/domain/insert';
import { TABLES } from '../src/domain/tables';
import { PROFILES, profile } from '../src/domain/spec/profiles';
import { layoutTable, cellAddress } from '../src/domain/spec/layout';
import { T01 } from '../src/domain/tables/T01';
import { OfficeWorkbook, type ExcelHost } from '../src/workbook/office';
import { CountingExcel } from './fakes/countingExcel';

const empty = { sheets: [] };

describe('OfficeWorkbook.apply', () => {
  it('inserts a whole profile in one Excel.run with at most 2 context.sync', async () => {
    const fake = new CountingExcel();
    const port = new OfficeWorkbook(fake as unknown as ExcelHost);
    const p = profile('central-final-2024')!;
    const { plan } = planInsert(empty, p, p.tables, { dept: '某某局' });
    const report = await port.apply(plan);
    expect(fake.runs).toBe(1);
    expect(fake.syncs).toBeLessThanOrEqual(2);
    expect(report.sheetsCreated).toEqual([...p.tables.map((t) => safeSheetName(TABLES[t].title)), '__disclosure_tables']);
    const l = layoutTable(T01, p.layout);
    const sheet = fake.sheets.get('收入支出决算总表')!;
    expect(sheet.get('A1')!.formula).toBe('收入支出决算总表');
    expect(sheet.get(cellAddress(l, { row: 'inc_year' }))!.formula).toMatch(/^=SUM\(C\d+:C\d+\)$/);
    expect(sheet.get(cellAddress(l, { row: 'inc_gpb' }))!.numberFormat).toBe('#,##0.00;-#,##0.00;');
    expect(fake.merges).toContain('收入支出决算总表!A1:F1');
  });

  it('costs O(1) range calls per sheet, not one per cell', async () => {
    const fake = new CountingExcel();
    const p = PROFILES[0];
    const { plan } = planInsert(empty, p, ['T01']);
    await new OfficeWorkbook(fake as unknown as ExcelHost).apply(plan);
    const cells = plan.sheets.reduce((n, s) => n + s.cells.length, 0);
    expect(cells).toBeGreaterThan(150);
    // one block per sheet + one range per merge + a few style runs per row of the layout
    expect(fake.rangeCalls).toBeLessThan(cells / 2);
  });

  it('never touches user cells that the plan leaves out (null in the 2-D block)', async () => {
    const fake = new CountingExcel(['数据']);
    fake.sheets.get('数据')!.set('B2', { formula: '用户数据' });
    await new OfficeWorkbook(fake as unknown as ExcelHost).apply({
      description: 't',
      sheets: [{ name: '数据', cells: [{ address: 'A1', value: 'x' }, { address: 'C3', value: 3 }] }],
    });
    expect(fake.sheets.get('数据')!.get('B2')!.formula).toBe('用户数据');
    expect(fake.sheets.get('数据')!.get('C3')!.formula).toBe(3);
    expect(fake.runs).toBe(1);
    expect(fake.syncs).toBe(2);
  });

  it('the fake is strict: reading before sync throws, so the adapter really syncs before it reads', async () => {
    const fake = new CountingExcel();
    await expect(
      fake.run(async (ctx) => {
        const c = ctx as { workbook: { worksheets: { getItemOrNullObject: (n: string) => { isNullObject: boolean } } } };
        return c.workbook.worksheets.getItemOrNullObject('x').isNullObject;
      }),
    ).rejects.toThrow('PropertyNotLoaded');
  });
});

describe('older Office (ExcelApi below 1.6)', () => {
  it('still writes tables and formulas, skipping calculation suspension, freeze panes and page layout', async () => {
    const fake = new CountingExcel();
    const seen: string[] = [];
    const port = new OfficeWorkbook(fake as unknown as ExcelHost, (v) => (seen.push(v), v <= '1.4'));
    const { plan } = planInsert(empty, PROFILES[0], ['T01']);
    await port.apply(plan);
    expect(seen).toEqual(expect.arrayContaining(['1.6', '1.7', '1.9']));
    expect(fake.sheets.get('收入支出决算总表')!.get('A1')!.formula).toBe('收入支出决算总表');
    expect(fake.syncs).toBeLessThanOrEqual(2);
  });
});
