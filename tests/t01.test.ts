// T01 end to end: spec → layout → write plan → adapter → read back → recognised model.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../src/cli/main';
import { planInsert } from '../src/domain/insert';
import { layoutTable } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import { T01 } from '../src/domain/tables/T01';
import { layoutModel, type ModelShape } from '../src/domain/tableModel';
import { recogniseTable, type TableModel } from '../src/domain/recognise';
import { readMetadata } from '../src/domain/metadata';
import { MemoryWorkbook } from '../src/workbook/memory';
import { XlsxWorkbook } from '../src/workbook/xlsx';

const central = profile('central-final-2024')!;
const shanghai = profile('shanghai-final-2024')!;

function shapeOf(m: TableModel): ModelShape {
  const cells: ModelShape['cells'] = {};
  for (const [k, c] of Object.entries(m.cells)) cells[k] = { address: c.address, formula: c.formula };
  return { table: m.table, cells, groups: m.groups };
}

describe('T01 layout', () => {
  it('central layout: 26 class rows, 4 closing rows, tails aligned and 行次 1…30 / 31…60', () => {
    const l = layoutTable(T01, central.layout);
    expect(l.groups.classRows).toHaveLength(26);
    expect(l.bodyBottom - l.bodyTop + 1).toBe(30);
    expect(l.rowByKey.inc_year.row).toBe(l.rowByKey.exp_year.row);
    expect(l.rowByKey.inc_total.row).toBe(l.rowByKey.exp_total.row);
    expect(l.rowByKey.exp_c201.row).toBe(l.bodyTop);
    expect(l.columns.map((c) => c.key)).toEqual(['L_item', 'L_row', 'L_amt', 'R_item', 'R_row', 'R_amt']);
  });
  it('Shanghai layout drops 行次/栏次, labels the amount 决算数 and has 24 class rows', () => {
    const l = layoutTable(T01, shanghai.layout);
    expect(l.columns.map((c) => c.key)).toEqual(['L_item', 'L_amt', 'R_item', 'R_amt']);
    expect(l.groups.classRows).toHaveLength(24);
    expect(l.header.map((h) => h.text)).toEqual(['收入', '支出', '项目', '决算数', '项目', '决算数']);
    expect(l.header[0]).toMatchObject({ col: 1, colSpan: 2 });
  });
});

describe('T01 insert and read back', () => {
  it('in memory: the recognised model equals the planned one, and the plan is one batch', async () => {
    const wb = new MemoryWorkbook();
    const { plan, sheets } = planInsert(await wb.read(), central, ['T01'], { dept: '某某区总工会', year: 2024 });
    await wb.apply(plan);
    expect(wb.applyCount).toBe(1);
    const snapshot = await wb.read();
    const sheet = snapshot.sheets.find((s) => s.name === sheets.T01)!;
    const model = recogniseTable(sheet, T01)!;
    expect(model).not.toBeNull();
    expect(shapeOf(model)).toEqual(layoutModel(layoutTable(T01, central.layout)));
    expect(model.unit).toBe('wan');
    expect(model.title).toBe('收入支出决算总表');
    expect(readMetadata(snapshot).tables).toEqual([expect.objectContaining({ table: 'T01', sheet: '收入支出决算总表', profile: 'central-final-2024' })]);
    expect(snapshot.sheets.find((s) => s.name === '__disclosure_tables')!.visibility).toBe('veryHidden');
  });

  it('CLI new writes T01 with headers, merges, 万元 formats and formulas; the file reads back to the same model', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dt-')), 't.xlsx');
    const logs: string[] = [];
    const code = await main(['new', '--profile', 'central-final-2024', '--out', file, '--dept', '某某区总工会', '--year', '2024'], {
      log: (s) => logs.push(s),
      error: (s) => logs.push(s),
    });
    expect(code).toBe(0);
    const wb = await XlsxWorkbook.fromFile(file);
    const sheet = (await wb.read()).sheets.find((s) => s.name === '收入支出决算总表')!;
    const layout = layoutTable(T01, central.layout);
    expect(shapeOf(recogniseTable(sheet, T01)!)).toEqual(layoutModel(layout));
    // Header block and column headers.
    expect(sheet.values[0][0]).toBe('收入支出决算总表');
    expect(sheet.values[1][5]).toBe('公开01表');
    expect(sheet.values[2][0]).toBe('部门：某某区总工会');
    expect(sheet.values[2][5]).toBe('金额单位：万元');
    expect(sheet.values[3][0]).toBe('收入');
    expect(sheet.values[4]).toEqual(['项目', '行次', '金额', '项目', '行次', '金额']);
    expect(sheet.values[5]).toEqual(['栏次', null, '1', '栏次', null, '2']);
    expect(sheet.merges).toEqual(expect.arrayContaining(['A1:F1', 'A4:C4', 'D4:F4']));
    // Formulas and formats.
    const ws = wb.workbook.getWorksheet('收入支出决算总表')!;
    const inc = layout.rowByKey;
    expect(ws.getCell(`C${inc.inc_year.row}`).formula).toBe(`SUM(C${inc.inc_gpb.row}:C${inc.inc_oth.row})`);
    expect(ws.getCell(`F${inc.exp_year.row}`).formula).toBe(`SUM(F${inc.exp_c201.row}:F${inc.exp_c234.row})`);
    expect(ws.getCell(`C${inc.inc_gpb.row}`).numFmt).toBe('#,##0.00;-#,##0.00;');
    expect(ws.getCell(`B${inc.inc_gpb.row}`).value).toBe(1);
    expect(ws.getCell(`E${inc.exp_c201.row}`).value).toBe(31);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, printTitlesRow: '4:6' });
  });

  it('CLI refuses unknown profiles and existing files without touching them', async () => {
    const errs: string[] = [];
    const out = { log: () => undefined, error: (s: string) => errs.push(s) };
    expect(await main(['new', '--profile', 'mars-final-2024', '--out', '/tmp/x.xlsx'], out)).toBe(2);
    expect(errs[0]).toContain('找不到模板');
    expect(await main(['new', '--profile', 'central-final-2024', '--out', __filename], out)).toBe(2);
    expect(errs[1]).toContain('已存在');
  });

  it('a sheet with user content is never written over: the table goes to a new sheet', async () => {
    const wb = new MemoryWorkbook();
    wb.setCell('收入支出决算总表', 'B2', '用户自己的数据');
    const { plan, sheets } = planInsert(await wb.read(), central, ['T01']);
    await wb.apply(plan);
    expect(sheets.T01).toBe('收入支出决算总表(2)');
    expect(wb.getCell('收入支出决算总表', 'B2')!.value).toBe('用户自己的数据');
    expect(wb.sheet('收入支出决算总表')!.cells.size).toBe(1);
  });
});
