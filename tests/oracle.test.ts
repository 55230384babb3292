// The LibreOffice oracle itself: a SUM written through a write plan is recalculated, and a
// stale cached value proves that recalculation really happened.
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import { recalculatedValues } from './oracle/libreoffice';

jest.setTimeout(120_000);

describe('LibreOffice formula oracle', () => {
  it('recalculates a SUM written through a write plan, with a Chinese sheet name', async () => {
    const wb = new XlsxWorkbook();
    await wb.apply({
      description: 'test',
      sheets: [
        {
          name: '收入支出决算总表',
          create: true,
          cells: [
            { address: 'B2', value: 1234567.891 },
            { address: 'B3', value: 7654.32 },
            { address: 'B4', value: '—' },
            { address: 'B5', formula: '=SUM(B2:B4)' },
            { address: 'C5', formula: "=ROUND('收入支出决算总表'!B5,2)" },
          ],
        },
      ],
    });
    const values = await recalculatedValues(await wb.toBuffer());
    expect(values['收入支出决算总表'].B5).toBeCloseTo(1242222.211, 6);
    expect(values['收入支出决算总表'].C5).toBe(1242222.21);
  });

  it('canary: a stale cached result is replaced only because the profile forces recalculation', async () => {
    const raw = new ExcelJS.Workbook();
    const ws = raw.addWorksheet('核对');
    ws.getCell('A1').value = 10;
    ws.getCell('A2').value = 20;
    ws.getCell('A3').value = { formula: 'SUM(A1:A2)', result: 999 } as ExcelJS.CellFormulaValue;
    const bytes = new Uint8Array(await raw.xlsx.writeBuffer());
    const stale = await recalculatedValues(bytes, false);
    expect(stale['核对'].A3).toBe(999); // LibreOffice's default keeps the cache…
    const fresh = await recalculatedValues(bytes, true);
    expect(fresh['核对'].A3).toBe(30); // …our isolated profile recalculates.
  });
});
