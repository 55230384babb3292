// Last year's workbook fills the 上年 figures of this year's 说明辅助数据, each with its source
// cell; typed figures are kept; the draft then compares with them.
import { readAux } from '../src/domain/narrative/aux';
import { draftNarrative } from '../src/domain/narrative/draft';
import { paragraphText } from '../src/domain/narrative/document';
import { planPreviousYear, previousYearValues } from '../src/domain/narrative/previousYear';
import { withCalculation } from '../src/preview/calc';
import { createSampleWorkbook } from '../src/preview/sampleWorkbook';
import { cellAddress, layoutTable } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import { T01 } from '../src/domain/tables/T01';

async function lastYear() {
  // Last year: the sample with smaller totals (收入 2,400.00, so 本年 2,570.96 is +170.96).
  const wb = await createSampleWorkbook();
  const l = layoutTable(T01, profile('central-final-2024')!.layout);
  await wb.apply({ description: 't', sheets: [{ name: '收入支出决算总表', cells: [{ address: cellAddress(l, { row: 'inc_gpb' }), value: 2344.66 }] }] });
  return withCalculation(wb).read();
}

describe('last year\u2019s workbook', () => {
  it('gives the prev.* figures with the cells they come from', async () => {
    const values = previousYearValues(await lastYear());
    const inc = values.find((v) => v.key === 'prev.inc_total')!;
    expect(inc).toMatchObject({ value: '2400.00', source: { sheet: '收入支出决算总表' } });
    expect(values.find((v) => v.key === 'prev.sangong.recep')).toMatchObject({ value: '1.86' });
    expect(values.find((v) => v.key === 'prev.jgyxjf')).toMatchObject({ value: '254.64' });
  });

  it('writes them into this year\u2019s 说明辅助数据 with the source, keeps typed figures, and the draft uses them', async () => {
    const thisYear = await createSampleWorkbook();
    const first = planPreviousYear(await thisYear.read(), await lastYear(), '2023决算.xlsx');
    expect(first.conflicts).toEqual([]);
    await thisYear.apply(first.plan);
    const snap = await withCalculation(thisYear).read();
    const aux = readAux(snap);
    expect(aux.values.get('prev.inc_total')!.value!.toFixed(2)).toBe('2400.00');
    const sheet = snap.sheets.find((s) => s.name === aux.sheet)!;
    const row = sheet.values.find((r) => r[0] === 'prev.inc_total')!;
    expect(row[3]).toMatch(/^取自上年工作簿「2023决算\.xlsx」收入支出决算总表!C\d+$/);
    const s1 = draftNarrative(snap).document.sections.find((s) => s.id === 's1')!;
    expect(paragraphText(s1.paragraphs[0])).toContain('收入增加170.96万元，增长7.12%');
    // A figure the user typed is never replaced without confirmation.
    const typed = await createSampleWorkbook();
    await typed.apply(first.plan);
    await typed.apply({ description: 't', sheets: [{ name: aux.sheet!, cells: [{ address: `C${sheet.values.indexOf(row) + 1}`, value: 2399 }] }] });
    const again = planPreviousYear(await typed.read(), await lastYear(), '2023决算.xlsx');
    expect(again.conflicts).toEqual([{ key: 'prev.inc_total', existing: 2399, planned: 2400 }]);
  });
});
