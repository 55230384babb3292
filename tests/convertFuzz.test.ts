// Fixed-seed fuzzing of 元↔万元: damaged workbooks (text numbers, dashes, errors, moved rows,
// mixed units, dropped sheets …) never make the conversion throw; every cell it moves moves by
// at most a cent, and whatever it cannot balance is said in Chinese.
import { D } from '../src/domain/amount';
import { planConvert } from '../src/domain/convert';
import { recalculateSnapshot } from '../src/preview/formulaEngine';
import { createSampleWorkbook } from '../src/preview/sampleWorkbook';
import type { WorkbookSnapshot } from '../src/workbook/port';
import { putuoExportWorkbook, putuoTemplateWorkbook } from './fixtures/putuo2024';
import { mutated } from './fuzz/mutate';

const SEED = 7_2026;
const COUNT = Number(process.env.FUZZ_COUNT_CONVERT ?? 100);
jest.setTimeout(300_000);

let bases: WorkbookSnapshot[];
beforeAll(async () => {
  bases = [
    await putuoTemplateWorkbook(),
    await putuoExportWorkbook({ unit: 'yuan', splitCodes: true, totalAtBottom: true, blankRows: true }),
    await putuoExportWorkbook({ unit: 'yuan' }),
    recalculateSnapshot(await (await createSampleWorkbook()).read()),
  ];
});

it(`${COUNT} mutated workbooks (seed ${SEED}): convert never throws and moves no cell by more than a cent`, () => {
  const failures: string[] = [];
  let converted = 0;
  for (let i = 0; i < COUNT; i++) {
    const { workbook, applied } = mutated(bases, SEED, i);
    try {
      for (const to of ['wan', 'yuan'] as const) {
        const r = planConvert(workbook, to);
        converted += r.tables.length;
        for (const a of r.adjustments) {
          if (new D(a.adjusted.replace(/,/g, '')).minus(a.rounded.replace(/,/g, '')).abs().gt('0.01')) failures.push(`#${i} ${applied.join('+')}: ${JSON.stringify(a)}`);
        }
        for (const n of r.notes) if (!/[\u4e00-\u9fa5]/.test(n)) failures.push(`#${i}: note ${n}`);
      }
    } catch (e) {
      failures.push(`#${i} ${applied.join('+')}: ${e instanceof Error ? e.stack?.split('\n').slice(0, 3).join(' | ') : String(e)}`);
    }
  }
  expect(failures.slice(0, 10)).toEqual([]);
  expect(converted).toBeGreaterThan(COUNT); // the 元 bases are really converted
});
