// Checks on codes and values that are not identities, on the 普陀 2024 export with defects put in.
import { runChecks } from '../src/domain/checks';
import type { SheetSnapshot, WorkbookSnapshot } from '../src/workbook/port';
import { putuoExportWorkbook } from './fixtures/putuo2024';

const sheetOf = (wb: WorkbookSnapshot, title: string): SheetSnapshot => wb.sheets.find((s) => s.values[0][0] === title)!;
/** Row index (0-based) of the row whose first cell is `code`. */
const rowOf = (s: SheetSnapshot, code: string) => s.values.findIndex((r) => r[0] === code);
const rules = (wb: WorkbookSnapshot) => runChecks(wb).findings.filter((f) => f.severity !== 'info' || f.rule.startsWith('CODE'));

describe('code and value checks', () => {
  let wb: WorkbookSnapshot;
  beforeEach(async () => {
    wb = await putuoExportWorkbook({});
  });

  it('the export as published has none of these findings', () => {
    expect(rules(wb)).toEqual([]);
  });

  it('a misnamed 项 is a warning naming the right name; an unknown 类 is an error', () => {
    const t03 = sheetOf(wb, '支出决算表');
    t03.values[rowOf(t03, '2010601')][1] = '行政运行费';
    const t02 = sheetOf(wb, '收入决算表');
    t02.values[rowOf(t02, '2010607')][0] = '2990607';
    const found = rules(wb).filter((f) => f.rule.startsWith('CODE'));
    expect(found.map((f) => [f.rule, f.severity, f.message])).toEqual(expect.arrayContaining([
      ['CODE_NAME', 'warn', '支出决算表·科目 2010601 的名称应为「行政运行」，表中写作「行政运行费」'],
      ['CODE_UNKNOWN', 'error', '收入决算表·科目 2990607 不在支出功能分类科目表中，请核对编码'],
    ]));
    expect(found.find((f) => f.rule === 'CODE_NAME')!.cells).toEqual([{ sheet: t03.name, address: `A${rowOf(t03, '2010601') + 1}` }]);
  });

  it('codes out of order and a 项 without its 款 row are warnings', () => {
    const t05 = sheetOf(wb, '一般公共预算财政拨款支出决算表');
    const a = rowOf(t05, '2010601');
    const b = rowOf(t05, '2010602');
    [t05.values[a], t05.values[b]] = [t05.values[b], t05.values[a]];
    const t03 = sheetOf(wb, '支出决算表');
    t03.values[rowOf(t03, '20106')][0] = null;
    const found = rules(wb).filter((f) => f.rule === 'CODE_ORDER' || f.rule === 'CODE_PARENT');
    expect(found.map((f) => f.message)).toEqual(expect.arrayContaining([
      '一般公共预算财政拨款支出决算表·科目 2010601 排在 2010602 之后，应按科目编码从小到大排列',
      '支出决算表·科目 2010601 缺少上级科目 20106 的款行，类、款合计不完整',
    ]));
  });

  it('a negative amount is a warning; an empty fund table without its note is an error (D36)', () => {
    const t06 = sheetOf(wb, '一般公共预算财政拨款基本支出决算表');
    const r = t06.values.findIndex((row) => row.includes('30199'));
    const col = t06.values[r].indexOf('30199') + 2;
    t06.values[r][col] = -1.5;
    const t08 = sheetOf(wb, '政府性基金预算财政拨款收入支出决算表');
    for (const row of t08.values) for (let c = 0; c < row.length; c++) if (typeof row[c] === 'string' && /没有|无/.test(row[c] as string)) row[c] = null;
    const found = runChecks(wb).findings;
    expect(found.find((f) => f.rule === 'NEGATIVE')).toMatchObject({ severity: 'warn' });
    expect(found.find((f) => f.rule === 'NEGATIVE')!.message).toContain('为负数 -1.50');
    expect(found.find((f) => f.rule === 'D36')).toMatchObject({ severity: 'error', cells: [{ sheet: t08.name }] });
  });
});
