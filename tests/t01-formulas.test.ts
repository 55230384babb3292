// Formulas T01 writes, recalculated by LibreOffice, equal the domain's decimal.js results.
import type Decimal from 'decimal.js';
import { dec } from '../src/domain/amount';
import { computeTable } from '../src/domain/evaluate';
import { tableFormulas } from '../src/domain/formulas';
import { planInsert } from '../src/domain/insert';
import { cellAddress, layoutTable, type TableLayout } from '../src/domain/spec/layout';
import { PROFILES } from '../src/domain/spec/profiles';
import { T01 } from '../src/domain/tables/T01';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import { recalculatedValues } from './oracle/libreoffice';

jest.setTimeout(120_000);

/** Deterministic sample values with up to 2 decimals in every input cell (LCG, fixed seed). */
function sampleInputs(layout: TableLayout, seed: number): Record<string, Decimal> {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
  const targets = new Set(tableFormulas(layout).map((f) => f.address));
  const inputs: Record<string, Decimal> = {};
  for (const row of layout.rows) {
    const a = cellAddress(layout, { row: row.key });
    if (!targets.has(a)) inputs[a] = dec(next() % 10_000_000).div(100); // 0.00 … 99,999.99
  }
  return inputs;
}

describe.each(PROFILES.filter((p) => p.tables.includes('T01')).map((p) => [p.id, p] as const))('T01 in %s', (_id, profile) => {
  it('LibreOffice computes every formula cell exactly as decimal.js does', async () => {
    const wb = new XlsxWorkbook();
    const { plan, sheets } = planInsert(await wb.read(), profile, ['T01']);
    await wb.apply(plan);
    const layout = layoutTable(T01, profile.layout);
    const inputs = sampleInputs(layout, profile.year);
    await wb.apply({
      description: 'sample values',
      sheets: [{ name: sheets.T01, cells: Object.entries(inputs).map(([address, v]) => ({ address, value: v.toNumber() })) }],
    });
    const expected = computeTable(layout, inputs);
    const actual = (await recalculatedValues(await wb.toBuffer()))[sheets.T01];
    expect(Object.keys(expected).length).toBe(4);
    for (const [address, value] of Object.entries(expected)) {
      // Spreadsheet engines compute in binary floating point: equal to the cent after rounding.
      expect({ address, value: dec(actual[address] as number).toDecimalPlaces(2).toFixed(2) }).toEqual({ address, value: value.toFixed(2) });
    }
  });
});
