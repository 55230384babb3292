import { withPlan } from '../src/taskpane/withPlan';
import type { WorkbookSnapshot } from '../src/workbook/port';

const snap: WorkbookSnapshot = {
  sheets: [{ name: 'A', visibility: 'visible', rowCount: 1, colCount: 2, values: [[1, 2]], formulas: [[null, '=A1*2']], numberFormats: [[null, null]], merges: [] }],
};

test('values land where the plan puts them, new sheets are created, the original is untouched', () => {
  const out = withPlan(snap, {
    description: 't',
    sheets: [
      { name: 'A', cells: [{ address: 'C3', value: '原因' }, { address: 'A1', style: { bold: true } }] },
      { name: 'B', create: true, cells: [{ address: 'B2', value: 5 }] },
      { name: 'C', cells: [{ address: 'A1', value: 1 }] }, // neither existing nor to be created: ignored
    ],
  });
  const a = out.sheets[0];
  expect(a.values).toEqual([[1, 2, null], [null, null, null], [null, null, '原因']]);
  expect([a.rowCount, a.colCount]).toEqual([3, 3]);
  expect(a.formulas[0][1]).toBe('=A1*2');
  expect(out.sheets.map((x) => x.name)).toEqual(['A', 'B']);
  expect(out.sheets[1].values).toEqual([[null, null], [null, 5]]);
  expect(snap.sheets[0].values).toEqual([[1, 2]]);
});
