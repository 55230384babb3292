// Round trip for every table of every profile: insert (with seed codes), read back, recognise.
import { planTable } from '../src/domain/insert';
import { recogniseWorkbook } from '../src/domain/checks';
import { cellAddress, layoutTable } from '../src/domain/spec/layout';
import type { CodeRegionSpec } from '../src/domain/spec/types';
import { PROFILES } from '../src/domain/spec/profiles';
import { TABLES } from '../src/domain/tables';
import { layoutModel } from '../src/domain/tableModel';
import { MemoryWorkbook } from '../src/workbook/memory';

const DATA = { codes: { codeRows: ['2012901', '2012902', '2050101', '2080505', '2210201'], econRows: ['30101', '30201', '30217'] } };


const cases = PROFILES.flatMap((p) => p.tables.filter((t) => TABLES[t]).map((t) => [`${p.id} ${t}`, p, TABLES[t]] as const));

describe.each(cases)('%s', (_n, profile, spec) => {
  it('is recognised on its own sheet as itself, with the planned cells', async () => {
    const layout = layoutTable(spec, profile.layout, DATA);
    const wb = new MemoryWorkbook();
    await wb.apply({ description: '', sheets: [planTable(layout, '某表')] });
    // Uncoded lists (projects, indicators) are found by their entries: type one in each row.
    const lists = layout.blocks.flatMap((b) => b.head.filter((h): h is CodeRegionSpec => 'codeRegion' in h && h.classification === 'none'));
    const entries = lists.flatMap((region) => (layout.groups[region.group] ?? []).map((row, i) => ({ address: cellAddress(layout, { row, col: region.codeColumn }), value: `条目${i + 1}` })));
    if (entries.length) await wb.apply({ description: '', sheets: [{ name: '某表', cells: entries }] });
    const found = recogniseWorkbook(await wb.read());
    const want = layoutModel(layout).cells;
    const got = found[0] && Object.fromEntries(Object.entries(found[0].model.cells).map(([k, c]) => [k, { address: c.address, formula: c.formula }]));
    expect(found.map((f) => f.spec.id)).toEqual([spec.id]);
    expect(got).toEqual(want);
  });
});
