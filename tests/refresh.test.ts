// The user types 项 rows into an inserted 支出决算表; refresh adds the 款/类 rows in code
// order with catalog names and carries every typed amount; LibreOffice checks the totals.
import { address } from '../src/domain/a1';
import { planInsert } from '../src/domain/insert';
import { planRefresh } from '../src/domain/refresh';
import { layoutTable } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import { T03 } from '../src/domain/tables/T03';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import type { CellWrite } from '../src/workbook/port';
import { recalculatedValues } from './oracle/libreoffice';

jest.setTimeout(120_000);
const p = profile('central-final-2024')!;

async function typedTemplate(extra: Array<[string, string | number]> = []) {
  const wb = new XlsxWorkbook();
  const { plan, sheets } = planInsert(await wb.read(), p, ['T03'], { dept: '测试' });
  await wb.apply(plan);
  const l = layoutTable(T03, p.layout);
  const first = l.rows.find((r) => r.group === 'codeRows')!.row; // the first blank row
  const col = (k: string) => l.colIndex[k];
  // code, name, 基本支出, 项目支出 — typed out of order, one code the catalog does not know.
  const typed: Array<[string, string, number, number]> = [
    ['2210201', '住房公积金', 6.57, 0],
    ['2012901', '行政运行', 79.11, 0.01],
    ['2012988', '自定义项目', 0, 1],
    ['2012902', '一般行政管理事务', 0, 94.78],
  ];
  const cells: CellWrite[] = typed.flatMap(([code, name, basic, proj], i) => [
    { address: address(first + i, col('code')), value: code },
    { address: address(first + i, col('name')), value: name },
    { address: address(first + i, col('e_basic')), value: basic },
    { address: address(first + i, col('e_proj')), value: proj },
  ]);
  cells.push(...extra.map(([a, v]) => ({ address: a, value: v })));
  await wb.apply({ description: 'typed', sheets: [{ name: sheets.T03, cells }] });
  return { wb, sheet: sheets.T03, l };
}

describe('refresh of a coded table', () => {
  it('adds 201/20129/221/22102 rows in code order, keeps every amount, and the totals add up in LibreOffice', async () => {
    const { wb, sheet } = await typedTemplate();
    const r = planRefresh(await wb.read(), sheet);
    expect(r.blocked).toEqual([]);
    expect(r.added).toEqual(['201', '20129', '221', '22102']);
    await wb.apply({ description: 'refresh', sheets: [r.sheet!] });
    const s = (await wb.read()).sheets.find((x) => x.name === sheet)!;
    const l = layoutTable(T03, p.layout, { codes: { codeRows: ['2210201', '2012901', '2012988', '2012902'] } });
    const rowOf = (code: string) => l.rowByKey[`c${code}`].row;
    expect(l.rows.filter((x) => x.code).map((x) => x.code)).toEqual(['201', '20129', '2012901', '2012902', '2012988', '221', '22102', '2210201']);
    expect(s.values[rowOf('20129') - 1][1]).toBe('群众团体事务');
    expect(s.values[rowOf('2012988') - 1][1]).toBe('自定义项目'); // unknown to the catalog: the user's name stays
    expect(s.values[rowOf('2012902') - 1][4]).toBe(94.78);
    // The old blank rows and footer below the new table are cleared.
    expect(s.values.slice(l.footerRow!).every((row) => row.every((v) => v === null))).toBe(true);
    const v = (await recalculatedValues(await wb.toBuffer()))[sheet];
    const total = l.rowByKey.total.row;
    expect([v[`C${total}`], v[`D${total}`], v[`E${total}`]]).toEqual([181.47, 85.68, 95.79].map((x) => expect.closeTo(x, 9)));
    expect(v[`C${rowOf('201')}`]).toBeCloseTo(174.9, 9);
    expect(v[`C${rowOf('221')}`]).toBeCloseTo(6.57, 9);
  });

  it('refuses, writing nothing, when a typed amount sits in a row without a code', async () => {
    const base = layoutTable(T03, p.layout);
    const stray = address(base.rows.find((r) => r.group === 'codeRows')!.row + 6, base.colIndex.e_basic);
    const { wb, sheet } = await typedTemplate([[stray, 3.5]]);
    const r = planRefresh(await wb.read(), sheet);
    expect(r.sheet).toBeNull();
    expect(r.blocked).toEqual([{ sheet, address: stray, existing: 3.5, planned: '（该行没有科目编码）' }]);
  });
});

describe('refresh never lands on the user\'s own content', () => {
  it('keeps a signature line below the table untouched', async () => {
    const base = layoutTable(T03, p.layout);
    const sign = `A${base.footerRow! + 1}`;
    const { wb, sheet } = await typedTemplate([[sign, '制表人：张三']]);
    const r = planRefresh(await wb.read(), sheet);
    // 4 项 + 4 parent rows fit in the 10 blank rows: the table does not grow, the line stays.
    expect(r.blocked).toEqual([]);
    expect(r.sheet!.cells.some((c) => c.address === sign)).toBe(false);
    await wb.apply({ description: 'refresh', sheets: [r.sheet!] });
    expect((await wb.read()).sheets.find((x) => x.name === sheet)!.values[base.footerRow!][0]).toBe('制表人：张三');
  });
});

describe('公式 fill on an inserted coded table', () => {
  it('re-lays it with its 款/类 rows through planFill', async () => {
    const { wb, sheet } = await typedTemplate();
    const { planFill } = await import('../src/domain/fill');
    const report = planFill(await wb.read());
    expect(report.tables.find((t) => t.sheet === sheet)!.addedRows).toEqual(['201', '20129', '221', '22102']);
    await wb.apply(report.plan);
    const s = (await wb.read()).sheets.find((x) => x.name === sheet)!;
    expect(s.values.flat()).toContain('群众团体事务');
  });
});

describe('links between tables (T01 class rows ← T03)', () => {
  it('fills T01 with SUMIFS formulas reading T03 by code, which LibreOffice computes from the refreshed T03', async () => {
    const { planFill } = await import('../src/domain/fill');
    const { T01 } = await import('../src/domain/tables/T01');
    const { cellAddress } = await import('../src/domain/spec/layout');
    const { wb, sheet } = await typedTemplate();
    await wb.apply(planInsert(await wb.read(), p, ['T01', 'T03']).plan); // T03 is ours already: updated in place
    const without = planFill(await wb.read());
    const t01 = layoutTable(T01, p.layout);
    const c201 = cellAddress(t01, { row: 'exp_c201' });
    expect(without.plan.sheets.find((x) => x.name === '收入支出决算总表')!.cells.some((c) => c.address === c201)).toBe(false);
    const report = planFill(await wb.read(), false, true);
    const t01Cells = report.plan.sheets.find((x) => x.name === '收入支出决算总表')!.cells;
    expect(t01Cells.find((c) => c.address === c201)!.formula).toMatch(/^=SUMIFS\('支出决算表'!\$C\$\d+:\$C\$\d+,'支出决算表'!\$A\$\d+:\$A\$\d+,"201"\)$/);
    await wb.apply(report.plan);
    const v = (await recalculatedValues(await wb.toBuffer()))['收入支出决算总表'];
    expect(v[c201]).toBeCloseTo(174.9, 9);
    expect(v[cellAddress(t01, { row: 'exp_c221' })]).toBeCloseTo(6.57, 9);
    expect(v[cellAddress(t01, { row: 'exp_year' })]).toBeCloseTo(181.47, 9);
    expect(sheet).toBe('支出决算表');
  });
});
