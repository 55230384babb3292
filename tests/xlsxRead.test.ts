// The fast read-only reader gives the same snapshot as the ExcelJS adapter: on our own files
// (formulas, merges, formats, hidden sheets), on a file LibreOffice saved (shared strings,
// cached results, shared formulas) and it refuses a non-.xlsx file in Chinese.
import { createSampleWorkbook } from '../src/preview/sampleWorkbook';
import type { WorkbookSnapshot } from '../src/workbook/port';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import { readXlsxSnapshot } from '../src/workbook/xlsxRead';
import { recalculate } from './oracle/libreoffice';

jest.setTimeout(120_000);

/** Snapshots compared as the checks see them: trailing empty rows and columns do not matter. */
function trimmed(s: WorkbookSnapshot) {
  return s.sheets.map((sh) => ({
    name: sh.name,
    visibility: sh.visibility,
    merges: [...sh.merges].sort(),
    cells: sh.values.flatMap((row, r) => row.map((v, c) => [r, c, v, sh.formulas[r][c], sh.numberFormats[r][c]] as const).filter(([, , v, f, n]) => v !== null || f !== null || n !== null).map(([r, c, v, f, n]) => `${r},${c}:${JSON.stringify(v)}|${f}|${n}`)),
  }));
}

describe('readXlsxSnapshot', () => {
  it('equals XlsxWorkbook.read() on the sample workbook written by ExcelJS', async () => {
    const buffer = await (await createSampleWorkbook()).toBuffer();
    const fast = readXlsxSnapshot(buffer);
    const slow = await (await XlsxWorkbook.fromBuffer(buffer)).read();
    expect(fast.sheets.length).toBeGreaterThanOrEqual(10);
    expect(trimmed(fast)).toEqual(trimmed(slow));
  });

  it('equals it on the same workbook saved by LibreOffice, with cached formula results', async () => {
    const buffer = new Uint8Array(recalculate(await (await createSampleWorkbook()).toBuffer()));
    const fast = readXlsxSnapshot(buffer);
    const slow = await (await XlsxWorkbook.fromBuffer(buffer)).read();
    expect(trimmed(fast)).toEqual(trimmed(slow));
    // Cached results are there: 本年收入合计 of the sample.
    expect(fast.sheets[0].values.flat()).toContain(2521.82);
  });

  it('says in Chinese that a non-.xlsx file cannot be read', () => {
    expect(() => readXlsxSnapshot(new TextEncoder().encode('not a workbook'))).toThrow('不是有效的 .xlsx 文件');
  });
});
