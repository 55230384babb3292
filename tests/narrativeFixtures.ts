// Seed workbooks for the narrative tests: seeds 000 and 004 (and 001's 2024 figures) typed into
// their templates as tests/seeds.test.ts does, then computed in-process by the preview's formula
// engine (LibreOffice proves the same formulas in tests/seeds.test.ts).
import { planInsert } from '../src/domain/insert';
import { cellAddress, layoutTable } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import { TABLES } from '../src/domain/tables';
import type { CellWrite, WorkbookSnapshot, CellValue } from '../src/workbook/port';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import { recalculateSnapshot } from '../src/preview/formulaEngine';
import { planAuxSheet } from '../src/domain/narrative/aux';

export type Entry = [table: string, row: string, col: string | undefined, value: number | string];

export async function buildWorkbook(profileId: string, codes: Record<string, string[]>, entries: Entry[], aux: Record<string, CellValue> = {}, dept = '测试'): Promise<{ wb: XlsxWorkbook; snapshot: WorkbookSnapshot }> {
  const p = profile(profileId)!;
  const wb = new XlsxWorkbook();
  const inserted = planInsert(await wb.read(), p, p.tables, { dept, codes });
  await wb.apply(inserted.plan);
  const bySheet = new Map<string, CellWrite[]>();
  const at = (table: string, row: string, col?: string) => cellAddress(layoutTable(TABLES[table], p.layout, { codes, year: p.year }), { row, ...(col ? { col } : {}) });
  for (const [table, row, col, value] of entries) {
    const sheet = inserted.sheets[table];
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), { address: at(table, row, col), value }]);
  }
  await wb.apply({ description: 'seed', sheets: [...bySheet].map(([name, cells]) => ({ name, cells })) });
  if (Object.keys(aux).length) await wb.apply(planAuxSheet(await wb.read(), aux).plan);
  return { wb, snapshot: recalculateSnapshot(await wb.read()) };
}

/** Seed 000 (广元市朝天区总工会 2020 决算), spec/seed-workbooks.md 000-T1…T10. */
export const SEED000_ITEMS: Array<[string, number, number]> = [
  ['2012901', 79.11, 0.01], ['2012902', 0, 94.78], ['2012999', 0, 27.47], ['2050101', 12, 0],
  ['2080505', 9.11, 0], ['2089901', 0.41, 0], ['2101101', 4.38, 0.22], ['2210201', 6.57, 0],
];
export const SEED000_CLASSES: Array<[string, number]> = [['201', 201.37], ['205', 12], ['208', 9.52], ['210', 4.6], ['221', 6.57]];

export function seed000Entries(): Entry[] {
  return [
    ['T01', 'inc_gpb', undefined, 234.06],
    ...SEED000_CLASSES.map(([c, v]): Entry => ['T01', `exp_c${c}`, undefined, v]),
    ...SEED000_ITEMS.flatMap(([c, basic, proj]): Entry[] => [['T03', `c${c}`, 'e_basic', basic], ['T03', `c${c}`, 'e_proj', proj], ['T05', `c${c}`, 'e_basic', basic], ['T05', `c${c}`, 'e_proj', proj]]),
    ['T04', 'f_inc_gpb', undefined, 234.06],
    ...SEED000_CLASSES.map(([c, v]): Entry => ['T04', `f_exp_c${c}`, 'gpb', v]),
    ['T06', 'c30101', 'per_amt', 97.91],
    ['T06', 'c30201', 'pub_amt', 13.67],
    ['T07', 'sangong', 'recep_bud', 0.397],
    ['T07', 'sangong', 'recep_act', 0.397],
  ];
}

/** Facts of seed 000 no table holds (spec §1.11), as the user would type them. */
export const SEED000_AUX: Record<string, CellValue> = {
  'prev.inc_total': 147.59, 'prev.exp_total': 147.59, 'prev.fin_inc_total': 147.59, 'prev.fin_exp_total': 147.59, 'prev.gpb_exp': 147.59,
  'prev.sangong.total': 0.41, 'prev.sangong.abroad': 0, 'prev.sangong.car': 0, 'prev.sangong.recep': 0.41,
  'prev.jgyxjf': 16.34,
  'budget.gpb_total': 183.1096,
  'sangong.abroad_groups': 0, 'sangong.abroad_people': 0,
  'sangong.recep_dom_batches': 5, 'sangong.recep_dom_people': 31,
  'proc.total': 0, 'proc.goods': 0, 'proc.works': 0, 'proc.services': 0, 'proc.sme': 0, 'proc.micro': 0,
  'assets.cars': 0, 'perf.targets': 4, 'perf.monitor': 4, 'perf.self_eval': 4,
};
