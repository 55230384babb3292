// The example the preview opens with: a fictional county bureau's 2024 决算 with T01 filled in.
import { planInsert } from '../domain/insert';
import { cellAddress, layoutTable } from '../domain/spec/layout';
import { profile } from '../domain/spec/profiles';
import { T01 } from '../domain/tables/T01';
import { XlsxWorkbook } from '../workbook/xlsx';

export const SAMPLE_DEPT = '示例县文化旅游局';
export const SAMPLE_FILE_NAME = '预决算公开表.xlsx';

/** Input cells of T01 in 万元. Totals are left to the inserted formulas: 本年收入合计 2946.25, 总计 2995.39. */
const T01_INPUTS: Record<string, number> = {
  inc_gpb: 2940.05,
  inc_oth: 6.2,
  inc_bcf: 49.14,
  exp_c201: 2112.86,
  exp_c207: 300.0,
  exp_c208: 326.72,
  exp_c210: 110.47,
  exp_c221: 90.0,
  exp_ecf: 55.34,
};

export async function createSampleWorkbook(): Promise<XlsxWorkbook> {
  const p = profile('central-final-2024');
  if (!p) throw new Error('缺少示例所用的格式 central-final-2024');
  const wb = new XlsxWorkbook();
  const inserted = planInsert(await wb.read(), p, p.tables, { dept: SAMPLE_DEPT, year: p.year });
  await wb.apply(inserted.plan);
  const layout = layoutTable(T01, p.layout);
  await wb.apply({
    description: '填入示例数据',
    sheets: [
      {
        name: inserted.sheets.T01,
        cells: Object.entries(T01_INPUTS).map(([row, value]) => ({ address: cellAddress(layout, { row }), value })),
      },
    ],
  });
  // Open on the first table, as a user would after inserting.
  await wb.select(inserted.sheets.T01, 'A1');
  return wb;
}
