// One test per table of every profile: sample values in every input cell, recalculated by
// LibreOffice, equal the values the domain computes with decimal.js in every formula cell.
import type Decimal from 'decimal.js';
import { dec } from '../src/domain/amount';
import { computeFormulas } from '../src/domain/evaluate';
import { tableFormulas } from '../src/domain/formulas';
import { planTable } from '../src/domain/insert';
import { layoutTable, type LayoutData, type TableLayout } from '../src/domain/spec/layout';
import { PROFILES } from '../src/domain/spec/profiles';
import { TABLES } from '../src/domain/tables';
import { address } from '../src/domain/a1';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import { recalculatedValues } from './oracle/libreoffice';

jest.setTimeout(180_000);

/** 项 codes of seed 000 (朝天区总工会 2020), so that 款 and 类 rows are generated. */
const SAMPLE_DATA: LayoutData = {
  codes: { codeRows: ['2012901', '2012902', '2012999', '2050101', '2080505', '2089901', '2101101', '2210201'] },
};

/** Deterministic sample values with up to 2 decimals in every input amount cell (LCG, fixed seed). */
function sampleInputs(layout: TableLayout, seed: number): Record<string, Decimal> {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
  const formulas = new Set(tableFormulas(layout).map((f) => f.address));
  const inputs: Record<string, Decimal> = {};
  for (const row of layout.rows) {
    const block = layout.blocks.find((b) => b.id === row.block)!;
    for (const col of block.amountColumns) {
      const a = address(row.row, layout.colIndex[col]);
      if (!formulas.has(a)) inputs[a] = dec(next() % 10_000_000).div(100); // 0.00 … 99,999.99
    }
  }
  return inputs;
}

const cases = PROFILES.flatMap((p) => p.tables.filter((t) => TABLES[t]).map((t) => [`${p.id} ${t}`, p, TABLES[t]] as const));

describe.each(cases)('%s', (_name, profile, spec) => {
  it('LibreOffice computes every formula cell exactly as decimal.js does', async () => {
    const layout = layoutTable(spec, profile.layout, SAMPLE_DATA);
    const sheet = spec.title;
    const wb = new XlsxWorkbook();
    await wb.apply({ description: 'template', sheets: [planTable(layout, sheet)] });
    const inputs = sampleInputs(layout, profile.year + spec.id.length);
    await wb.apply({
      description: 'sample values',
      sheets: [{ name: sheet, cells: Object.entries(inputs).map(([address, v]) => ({ address, value: v.toNumber() })) }],
    });
    const expected = computeFormulas(tableFormulas(layout), inputs);
    const actual = (await recalculatedValues(await wb.toBuffer()))[sheet];
    expect(Object.keys(expected).length).toBeGreaterThan(3);
    for (const [a, value] of Object.entries(expected)) {
      // Spreadsheet engines compute in binary floating point: equal to the cent after rounding.
      expect({ a, value: dec(actual[a] as number).toDecimalPlaces(2).toFixed(2) }).toEqual({ a, value: value.toFixed(2) });
    }
  });
});
