// Seeds 000 (朝天区总工会 2020 决算, Sichuan 2020 profile) and 004 (平乡县总工会 2020 预算,
// Hebei profile), typed into the inserted templates' input cells as spec/seed-workbooks.md
// reconstructs them: after LibreOffice recalculation the formulas give the totals the seeds state.
import { dec } from '../src/domain/amount';
import { planInsert } from '../src/domain/insert';
import { cellAddress, layoutTable } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import type { ProfileSpec } from '../src/domain/spec/types';
import { TABLES } from '../src/domain/tables';
import type { CellWrite } from '../src/workbook/port';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import { recalculatedValues, type OracleValue } from './oracle/libreoffice';

jest.setTimeout(120_000);

type Entry = [table: string, row: string, col: string | undefined, value: number];

async function build(p: ProfileSpec, codes: Record<string, string[]>, entries: Entry[]) {
  const wb = new XlsxWorkbook();
  const inserted = planInsert(await wb.read(), p, p.tables, { dept: '测试', codes });
  await wb.apply(inserted.plan);
  const bySheet = new Map<string, CellWrite[]>();
  const at = (table: string, row: string, col?: string) => cellAddress(layoutTable(TABLES[table], p.layout, { codes, year: p.year }), { row, ...(col ? { col } : {}) });
  for (const [table, row, col, value] of entries) {
    const sheet = inserted.sheets[table];
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), { address: at(table, row, col), value }]);
  }
  await wb.apply({ description: 'seed', sheets: [...bySheet].map(([name, cells]) => ({ name, cells })) });
  const values = await recalculatedValues(await wb.toBuffer());
  return (table: string, row: string, col?: string): string => {
    const v: OracleValue = values[inserted.sheets[table]][at(table, row, col)];
    return typeof v === 'number' ? dec(v).toDecimalPlaces(4).toString() : JSON.stringify(v);
  };
}

describe('seed 000 — 广元市朝天区总工会 2020年度部门决算 (sichuan-final-2020)', () => {
  const items: Array<[string, number, number]> = [
    // 项 code, 基本支出, 项目支出 (seed-workbooks.md 000-T3/T6)
    ['2012901', 79.11, 0.01], ['2012902', 0, 94.78], ['2012999', 0, 27.47], ['2050101', 12, 0],
    ['2080505', 9.11, 0], ['2089901', 0.41, 0], ['2101101', 4.38, 0.22], ['2210201', 6.57, 0],
  ];
  const classes: Array<[string, number]> = [['201', 201.37], ['205', 12], ['208', 9.52], ['210', 4.6], ['221', 6.57]];
  let get: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    get = await build(profile('sichuan-final-2020')!, { codeRows: items.map(([c]) => c) }, [
      ['T01', 'inc_gpb', undefined, 234.06],
      ...classes.map(([c, v]): Entry => ['T01', `exp_c${c}`, undefined, v]),
      ...items.flatMap(([c, basic, proj]): Entry[] => [['T03', `c${c}`, 'e_basic', basic], ['T03', `c${c}`, 'e_proj', proj], ['T05', `c${c}`, 'e_basic', basic], ['T05', `c${c}`, 'e_proj', proj]]),
      ['T04', 'f_inc_gpb', undefined, 234.06],
      ...classes.map(([c, v]): Entry => ['T04', `f_exp_c${c}`, 'gpb', v]),
      ['T07', 'sangong', 'recep_bud', 0.397],
      ['T07', 'sangong', 'recep_act', 0.397],
    ]);
  });

  it('收入支出决算总表: 本年收入合计 = 本年支出合计 = 收入总计 = 支出总计 = 234.06', () => {
    for (const row of ['inc_year', 'inc_total', 'exp_year', 'exp_total']) expect([row, get('T01', row)]).toEqual([row, '234.06']);
  });
  it('支出决算表 and 一般公共预算财政拨款支出决算表: 合计 234.06 = 基本 111.58 + 项目 122.48; 201 类 201.37', () => {
    for (const t of ['T03', 'T05']) {
      expect([get(t, 'total', 'e_total'), get(t, 'total', 'e_basic'), get(t, 'total', 'e_proj')]).toEqual(['234.06', '111.58', '122.48']);
      expect([get(t, 'c201', 'e_total'), get(t, 'c20129', 'e_total'), get(t, 'c208', 'e_total')]).toEqual(['201.37', '201.37', '9.52']);
    }
  });
  it('财政拨款收入支出决算总表: 收入总计 = 支出总计 = 234.06, all in 一般公共预算', () => {
    expect([get('T04', 'f_inc_total'), get('T04', 'f_exp_year', 'tot'), get('T04', 'f_exp_year', 'gpb'), get('T04', 'f_exp_c201', 'tot')]).toEqual(['234.06', '234.06', '234.06', '201.37']);
  });
  it('"三公"经费: 合计 0.397 (预算数 and 决算数), 车小计 0', () => {
    expect([get('T07', 'sangong', 'total_bud'), get('T07', 'sangong', 'total_act'), get('T07', 'sangong', 'car_act')]).toEqual(['0.397', '0.397', '0']);
  });
});

describe('seed 004 — 平乡县总工会 2020年部门预算 (hebei-budget-2020)', () => {
  let get: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    get = await build(profile('hebei-budget-2020')!, { codeRows: [], econRows: ['30101', '30201'] }, [
      ['B01', 'b_inc_gpb', undefined, 264.43],
      ['B01', 'b_exp_c201', undefined, 264.43],
      ['B06', 'c30101', 'b_staff', 117.04],
      ['B06', 'c30201', 'b_public', 7.46],
      ['B07', 'total', 'c_carRun', 0.5],
    ]);
  });

  it('部门收支总表: 收入合计 = 支出合计 = 264.43', () => {
    expect([get('B01', 'b_inc_year'), get('B01', 'b_inc_total'), get('B01', 'b_exp_year'), get('B01', 'b_exp_total')]).toEqual(['264.43', '264.43', '264.43', '264.43']);
  });
  it('一般公共预算基本支出表: 合计 124.50 = 人员经费 117.04 + 公用经费 7.46', () => {
    expect([get('B06', 'total', 'b_total'), get('B06', 'total', 'b_staff'), get('B06', 'total', 'b_public')]).toEqual(['124.5', '117.04', '7.46']);
  });
  it('"三公"经费: 合计 0.50 = 公务用车购置及运行维护费 0.50 (运行 0.50, 购置 0)', () => {
    expect([get('B07', 'total', 'c_total'), get('B07', 'total', 'c_car')]).toEqual(['0.5', '0.5']);
  });
});

describe('empty-table note (spec §1.8, D36)', () => {
  it('shows under an empty fund table and disappears once it has data, in LibreOffice', async () => {
    const p = profile('sichuan-final-2020')!;
    const wb = new XlsxWorkbook();
    const inserted = planInsert(await wb.read(), p, ['T08', 'T09b'], { dept: '朝天区总工会', codes: { codeRows: ['2296002'] } });
    await wb.apply(inserted.plan);
    const l08 = layoutTable(TABLES.T08, p.layout, { codes: { codeRows: ['2296002'] } });
    const l09 = layoutTable(TABLES.T09b, p.layout, { codes: { codeRows: ['2296002'] } });
    await wb.apply({ description: 'data', sheets: [{ name: inserted.sheets.T09b, cells: [{ address: cellAddress(l09, { row: 'c2296002', col: l09.blocks[0].amountColumns[1] }), value: 5 }, { address: cellAddress(l09, { row: 'c2296002', col: l09.blocks[0].amountColumns[2] }), value: '—' }] }] });
    const v = await recalculatedValues(await wb.toBuffer());
    expect(v[inserted.sheets.T08][`A${l08.emptyNoteRow}`]).toBe('说明：朝天区总工会本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。');
    // An empty-text result: ExcelJS reads it back without a value (our oracle then says 0).
    expect([0, '', null]).toContain(v[inserted.sheets.T09b][`A${l09.emptyNoteRow}`]);
  });
});
