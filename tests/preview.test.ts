// Browser-mode pieces that need no browser: value formatting, the grid model, the sample
// workbook (computed totals through withCalculation) and the notifying port.
import { runChecks } from '../src/domain/checks';
import { cellAddress, layoutTable } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import { T01 } from '../src/domain/tables/T01';
import { withCalculation } from '../src/preview/calc';
import { formatValue } from '../src/preview/formatValue';
import { buildGrid } from '../src/preview/gridModel';
import { NotifyingPort } from '../src/preview/notifyingPort';
import { createSampleWorkbook, SAMPLE_DEPT } from '../src/preview/sampleWorkbook';
import type { SheetSnapshot } from '../src/workbook/port';
import { XlsxWorkbook } from '../src/workbook/xlsx';

describe('formatValue', () => {
  const AMOUNT_BLANK_ZERO = '#,##0.00;-#,##0.00;';
  it.each([
    [2946.25, '#,##0.00', '2,946.25'],
    [1234567.005, '#,##0.00', '1,234,567.01'], // half-up, as Excel shows it
    [0.1 + 0.2, '#,##0.00', '0.30'],
    [-1234.5, AMOUNT_BLANK_ZERO, '-1,234.50'],
    [0, AMOUNT_BLANK_ZERO, ''],
    [-5, '#,##0.00;(#,##0.00)', '(5.00)'],
    [12.345, '0.00', '12.35'],
    [0.125, '0.0%', '12.5%'],
    [0.1 + 0.2, null, '0.3'],
    [30, null, '30'],
  ])('%p with %p → %p', (v, fmt, text) => {
    expect(formatValue(v as number, fmt as string | null)).toBe(text);
  });
  it('leaves text, blanks and booleans alone', () => {
    expect(formatValue('收入', '#,##0.00')).toBe('收入');
    expect(formatValue(null, '#,##0.00')).toBe('');
    expect(formatValue(true, null)).toBe('TRUE');
  });
});

describe('buildGrid', () => {
  const sheet: SheetSnapshot = {
    name: 'S', visibility: 'visible', rowCount: 3, colCount: 3,
    values: [['标题', null, null], ['a', 1234.5, null], ['b', null, 2]],
    formulas: [[null, null, null], [null, null, null], [null, null, '=1+1']],
    numberFormats: [[null, null, null], [null, '#,##0.00', null], [null, null, null]],
    merges: ['A1:C1', 'B3:C3'],
  };
  it('renders merged areas once with spans and formats numbers', () => {
    const g = buildGrid(sheet, undefined, 'C3');
    expect(g.rows[0].cells).toEqual([expect.objectContaining({ address: 'A1', text: '标题', colSpan: 3, rowSpan: 1 })]);
    expect(g.rows[1].cells.map((c) => c.text)).toEqual(['a', '1,234.50', '']);
    expect(g.rows[2].cells.map((c) => [c.address, c.colSpan])).toEqual([['A3', 1], ['B3', 2]]);
    // C3 lies inside the merged B3:C3, so the merged cell is the one highlighted.
    expect(g.rows[2].cells.filter((c) => c.selected).map((c) => c.address)).toEqual(['B3']);
  });
});

describe('sample workbook', () => {
  it('holds a complete central set whose computed totals balance and pass every check within and between tables', async () => {
    const wb = await createSampleWorkbook();
    const snap = await withCalculation(wb).read();
    const sheet = snap.sheets.find((s) => s.name === '收入支出决算总表')!;
    const layout = layoutTable(T01, profile('central-final-2024')!.layout);
    const at = (row: string) => {
      const a = cellAddress(layout, { row });
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      return sheet.values[Number(m[2]) - 1][m[1].charCodeAt(0) - 65];
    };
    expect(sheet.values[2][0]).toBe(`部门：${SAMPLE_DEPT}`);
    expect(formatValue(at('inc_year'), '#,##0.00')).toBe('2,521.82');
    expect(formatValue(at('inc_total'), '#,##0.00')).toBe('2,570.96');
    expect(formatValue(at('exp_year'), '#,##0.00')).toBe('2,544.57');
    expect(formatValue(at('exp_total'), '#,##0.00')).toBe('2,570.96');
    const report = runChecks(snap);
    expect(report.tables.map((t) => t.table)).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09b']);
    expect(report.findings).toEqual([]);
  });
});

describe('NotifyingPort', () => {
  it('notifies after apply, select and replace, and remembers the selection', async () => {
    const port = new NotifyingPort(new XlsxWorkbook(), 'a.xlsx', (p) => p);
    const seen: string[] = [];
    const off = port.subscribe(() => seen.push(port.selection ? `${port.selection.sheet}!${port.selection.range}` : 'none'));
    await port.apply({ description: 't', sheets: [{ name: '表', create: true, cells: [{ address: 'A1', value: 1 }] }] });
    await port.select('表', 'A1');
    port.replace(new XlsxWorkbook(), 'b.xlsx');
    off();
    await port.select('表', 'A1').catch(() => undefined); // no listener any more
    expect(seen).toEqual(['none', '表!A1', 'none']);
    expect(port.generation).toBe(1);
    expect(port.fileName).toBe('b.xlsx');
  });
});
