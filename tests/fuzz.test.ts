// Fixed-seed fuzzing: 1,000 damaged workbooks go through recognition, every check and the
// formula fill; nothing throws, and every finding is Chinese text with cells.
import { runChecks } from '../src/domain/checks';
import { planFill } from '../src/domain/fill';
import { planInsert } from '../src/domain/insert';
import { profile } from '../src/domain/spec/profiles';
import { MemoryWorkbook } from '../src/workbook/memory';
import { recalculateSnapshot } from '../src/preview/formulaEngine';
import { createSampleWorkbook } from '../src/preview/sampleWorkbook';
import type { WorkbookSnapshot } from '../src/workbook/port';
import { putuoExportWorkbook, putuoTemplateWorkbook } from './fixtures/putuo2024';
import { mutated } from './fuzz/mutate';

const SEED = 20261122;
const COUNT = Number(process.env.FUZZ_COUNT ?? 1000);
jest.setTimeout(300_000);

let bases: WorkbookSnapshot[];

async function templates(...ids: string[]): Promise<WorkbookSnapshot> {
  const wb = new MemoryWorkbook();
  for (const id of ids) await wb.apply(planInsert(await wb.read(), profile(id)!, profile(id)!.tables).plan);
  return wb.read();
}
beforeAll(async () => {
  bases = [
    await putuoTemplateWorkbook(),
    await putuoExportWorkbook({ splitCodes: true, totalAtBottom: true, blankRows: true }),
    await putuoExportWorkbook({ unit: 'yuan' }),
    recalculateSnapshot(await (await createSampleWorkbook()).read()),
    // Budget and 绩效 templates: uncoded lists (B10, B11, forms B/D) and stacked parts.
    await templates('central-budget-2025', 'sichuan-performance-2024'),
  ];
});

it(`${COUNT} mutated workbooks (seed ${SEED}): check and fill never throw; findings are Chinese with cells`, () => {
  const failures: string[] = [];
  let findings = 0;
  for (let i = 0; i < COUNT; i++) {
    const { workbook, applied } = mutated(bases, SEED, i);
    try {
      const report = runChecks(workbook);
      planFill(workbook, false, true);
      for (const f of report.findings) {
        findings++;
        if (!/[\u4e00-\u9fa5]/.test(f.message) || !Array.isArray(f.cells) || !['error', 'warn', 'info'].includes(f.severity)) failures.push(`#${i} ${applied.join('+')}: bad finding ${JSON.stringify(f).slice(0, 200)}`);
      }
    } catch (e) {
      failures.push(`#${i} ${applied.join('+')}: ${e instanceof Error ? e.stack?.split('\n').slice(0, 3).join(' | ') : String(e)}`);
    }
  }
  expect(failures.slice(0, 10)).toEqual([]);
  expect(findings).toBeGreaterThan(COUNT); // the mutations are seen, not silently ignored
});
