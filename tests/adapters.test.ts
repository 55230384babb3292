// Contract: the in-memory and ExcelJS adapters apply the same plan to the same snapshot.
import { planInsert } from '../src/domain/insert';
import { profile } from '../src/domain/spec/profiles';
import { cellAddress, layoutTable } from '../src/domain/spec/layout';
import { T01 } from '../src/domain/tables/T01';
import { TABLES } from '../src/domain/tables';
import { MemoryWorkbook } from '../src/workbook/memory';
import type { WorkbookPort, WritePlan } from '../src/workbook/port';
import { XlsxWorkbook } from '../src/workbook/xlsx';

const adapters: Array<[string, () => WorkbookPort]> = [
  ['memory', () => new MemoryWorkbook()],
  ['xlsx', () => new XlsxWorkbook()],
];

const userPlan: WritePlan = {
  description: 'user data',
  sheets: [{ name: '用户表', create: true, cells: [{ address: 'A1', value: '单位：元' }, { address: 'B2', value: 12.5 }, { address: 'C3', formula: '=B2*2' }, { address: 'D4', value: '2012901', numberFormat: '@' }] }],
};

describe.each(adapters)('%s adapter', (_name, make) => {
  it('round-trips values, formulas and number formats, A1-anchored', async () => {
    const port = make();
    const report = await port.apply(userPlan);
    expect(report).toEqual({ sheetsCreated: ['用户表'], cellsWritten: 4 });
    const s = (await port.read()).sheets[0];
    expect([s.rowCount, s.colCount]).toEqual([4, 4]);
    expect(s.values[0][0]).toBe('单位：元');
    expect(s.values[1][1]).toBe(12.5);
    expect(s.formulas[2][2]).toBe('=B2*2');
    expect(s.values[3][3]).toBe('2012901');
    expect(s.numberFormats[3][3]).toBe('@');
  });

  it('a later plan leaves cells it does not name untouched', async () => {
    const port = make();
    await port.apply(userPlan);
    await port.apply({ description: 'more', sheets: [{ name: '用户表', cells: [{ address: 'E5', value: 1 }] }] });
    const s = (await port.read()).sheets[0];
    expect(s.values[1][1]).toBe(12.5);
    expect(s.formulas[2][2]).toBe('=B2*2');
    expect(s.values[4][4]).toBe(1);
  });

  it('refuses to write into a sheet that does not exist unless asked to create it', async () => {
    await expect(make().apply({ description: 'x', sheets: [{ name: '没有', cells: [] }] })).rejects.toThrow('工作表「没有」不存在');
  });

  it('inserting the central set twice updates our own sheet in place instead of duplicating it', async () => {
    const port = make();
    const p = profile('central-final-2024')!;
    await port.apply(planInsert(await port.read(), p, p.tables).plan);
    const again = planInsert(await port.read(), p, p.tables);
    expect(again.sheets.T01).toBe('收入支出决算总表');
    await port.apply(again.plan);
    const names = (await port.read()).sheets.map((s) => s.name);
    expect(names).toEqual([...p.tables.map((t) => TABLES[t].title), '__disclosure_tables']);
  });

  it('selects a range', async () => {
    const port = make();
    await port.apply(userPlan);
    await expect(port.select('用户表', 'B2:C3')).resolves.toBeUndefined();
  });
});

describe('re-inserting over a table the user has filled', () => {
  it('keeps typed values where the template has formulas and lists them as conflicts', async () => {
    const port = new MemoryWorkbook();
    const p = profile('central-final-2024')!;
    await port.apply(planInsert(await port.read(), p, ['T01']).plan);
    const l = layoutTable(T01, p.layout);
    const total = cellAddress(l, { row: 'inc_year' });
    const input = cellAddress(l, { row: 'inc_gpb' });
    const formula = `=SUM(${input}:${cellAddress(l, { row: 'inc_oth' })})`;
    port.setCell('收入支出决算总表', total, 999.99); // the user typed over 本年收入合计's formula
    port.setCell('收入支出决算总表', input, 10); // and filled an input cell
    const again = planInsert(await port.read(), p, ['T01']);
    expect(again.conflicts).toEqual([{ sheet: '收入支出决算总表', address: total, existing: 999.99, planned: formula }]);
    await port.apply(again.plan);
    expect(port.getCell('收入支出决算总表', total)!.value).toBe(999.99);
    expect(port.getCell('收入支出决算总表', input)!.value).toBe(10);
    // Only with the user's confirmation is the formula restored.
    await port.apply(planInsert(await port.read(), p, ['T01'], {}, true).plan);
    expect(port.getCell('收入支出决算总表', total)!.formula).toBe(formula);
    expect(port.getCell('收入支出决算总表', input)!.value).toBe(10);
  });
});
