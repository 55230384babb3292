// The example the preview opens with: a fictional county bureau's complete 2024 决算 (sampleData.ts).
import { planInsert } from '../domain/insert';
import { cellAddress, layoutTable } from '../domain/spec/layout';
import { profile } from '../domain/spec/profiles';
import { TABLES } from '../domain/tables';
import type { CellWrite } from '../workbook/port';
import { SAMPLE_CODES, SAMPLE_ENTRIES } from './sampleData';
import { XlsxWorkbook } from '../workbook/xlsx';

export const SAMPLE_DEPT = '示例县文化旅游局';
export const SAMPLE_FILE_NAME = '预决算公开表.xlsx';

export async function createSampleWorkbook(): Promise<XlsxWorkbook> {
  const p = profile('central-final-2024');
  if (!p) throw new Error('缺少示例所用的格式 central-final-2024');
  const wb = new XlsxWorkbook();
  const inserted = planInsert(await wb.read(), p, p.tables, { dept: SAMPLE_DEPT, year: p.year, codes: SAMPLE_CODES });
  await wb.apply(inserted.plan);
  const bySheet = new Map<string, CellWrite[]>();
  for (const [table, row, col, value] of SAMPLE_ENTRIES) {
    const layout = layoutTable(TABLES[table], p.layout, { codes: SAMPLE_CODES, year: p.year });
    const sheet = inserted.sheets[table];
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), { address: cellAddress(layout, { row, ...(col ? { col } : {}) }), value }]);
  }
  await wb.apply({ description: '填入示例数据', sheets: [...bySheet].map(([name, cells]) => ({ name, cells })) });
  // Open on the first table, as a user would after inserting.
  await wb.select(inserted.sheets.T01, 'A1');
  return wb;
}
