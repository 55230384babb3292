// Fixed-seed fuzzing of drafting and the text check: damaged seed workbooks (tests/fuzz/mutate)
// never make either throw, and every finding is Chinese text with a severity and a cell list.
import { draftNarrative } from '../src/domain/narrative/draft';
import { renderText } from '../src/domain/narrative/renderText';
import { checkNarrativeText } from '../src/domain/narrative/textCheck';
import type { WorkbookSnapshot } from '../src/workbook/port';
import { mutated } from './fuzz/mutate';
import {
  buildWorkbook, seed000Entries, seed001Entries, seed004Entries, SEED000_AUX, SEED000_ITEMS, SEED001_AUX, SEED001_ITEMS, SEED004_AUX, SEED004_CODES,
} from './narrativeFixtures';

const SEED = 20261122;
const COUNT = Number(process.env.FUZZ_COUNT ?? 100);
jest.setTimeout(300_000);

let bases: WorkbookSnapshot[];
let texts: string[];
beforeAll(async () => {
  bases = [
    (await buildWorkbook('sichuan-final-2020', { codeRows: SEED000_ITEMS.map(([c]) => c) }, seed000Entries(), SEED000_AUX)).snapshot,
    (await buildWorkbook('sichuan-final-2024', { codeRows: [...SEED001_ITEMS.map(([c]) => c), '2296002'] }, seed001Entries(), SEED001_AUX)).snapshot,
    (await buildWorkbook('hebei-budget-2020', SEED004_CODES, seed004Entries(), SEED004_AUX)).snapshot,
  ];
  texts = bases.map((b) => renderText(draftNarrative(b).document));
});

it(`${COUNT} damaged workbooks (seed ${SEED}): drafting and the text check never throw`, () => {
  const failures: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const { workbook, applied } = mutated(bases, SEED, i);
    try {
      const draft = draftNarrative(workbook, {}, bases[i % bases.length]);
      const findings = [...draft.findings, ...checkNarrativeText(workbook, texts[i % texts.length])];
      for (const f of findings) {
        if (!/[\u4e00-\u9fa5]/.test(f.message) || !Array.isArray(f.cells) || !['error', 'warn', 'info'].includes(f.severity)) failures.push(`#${i} ${applied.join('+')}: ${JSON.stringify(f).slice(0, 200)}`);
      }
      if (!draft.document.sections.length) failures.push(`#${i} ${applied.join('+')}: no sections`);
    } catch (e) {
      failures.push(`#${i} ${applied.join('+')}: ${e instanceof Error ? e.stack?.split('\n').slice(0, 3).join(' | ') : String(e)}`);
    }
  }
  expect(failures.slice(0, 10)).toEqual([]);
});
