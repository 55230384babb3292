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

/** One workbook per profile, every table on its own sheet: one LibreOffice run per profile. */
describe.each(PROFILES.map((p) => [p.id, p] as const))('%s', (_id, profile) => {
  const specs = profile.tables.filter((t) => TABLES[t]).map((t) => TABLES[t]);
  const expected: Record<string, Record<string, Decimal>> = {};
  let actual: Awaited<ReturnType<typeof recalculatedValues>> = {};

  beforeAll(async () => {
    if (specs.length === 0) return;
    const wb = new XlsxWorkbook();
    for (const spec of specs) {
      const layout = layoutTable(spec, profile.layout, SAMPLE_DATA);
      const inputs = sampleInputs(layout, profile.year + spec.id.charCodeAt(spec.id.length - 1));
      const plan = planTable(layout, spec.id);
      plan.cells.push(...Object.entries(inputs).map(([address, v]) => ({ address, value: v.toNumber() })));
      await wb.apply({ description: spec.id, sheets: [plan] });
      expected[spec.id] = computeFormulas(tableFormulas(layout), inputs);
    }
    actual = await recalculatedValues(await wb.toBuffer());
  });

  it.each(specs.length ? specs.map((s) => [s.id, s] as const) : [['(none yet)', null] as const])('%s: LibreOffice computes every formula cell as decimal.js does', (id) => {
    if (specs.length === 0) return expect(profile.tables.some((t) => TABLES[t])).toBe(false);
    const want = expected[id];
    expect(Object.keys(want).length).toBeGreaterThan(0);
    for (const [a, value] of Object.entries(want)) {
      // Spreadsheet engines compute in binary floating point: equal to the cent after rounding.
      const got = actual[id][a];
      expect({ a, value: typeof got === 'number' ? dec(got).toDecimalPlaces(2).toFixed(2) : got }).toEqual({ a, value: value.toFixed(2) });
    }
  });
});
