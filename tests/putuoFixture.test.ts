// The 普陀 2024 fixture: its transcription adds up exactly where the published document does
// (and fails exactly where the document itself is wrong), and both workbooks hold its numbers.
import type Decimal from 'decimal.js';
import { D } from '../src/domain/amount';
import { address } from '../src/domain/a1';
import { cellAddress, layoutTable } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import { TABLES } from '../src/domain/tables';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../src/workbook/port';
import {
  PUTUO_2024 as P, PUTUO_PROFILE, PUTUO_TITLES, putuoEntries, putuoExportWorkbook, putuoItemCodes, putuoTemplateMemoryWorkbook,
  type Amount, type CodedTable,
} from './fixtures/putuo2024';

const d = (a: Amount | undefined): Decimal => D(a ?? 0);
const total = (xs: Array<Amount | undefined>): Decimal => xs.reduce((s, x) => s.plus(d(x)), D(0));

/** Runs identities over the raw data; returns the ones that fail, and how many were checked. */
function audit(): { failed: string[]; checked: number } {
  const failed: string[] = [];
  let checked = 0;
  const eq = (what: string, left: Decimal, right: Decimal) => {
    checked++;
    if (!left.eq(right)) failed.push(`${what}: ${left.toFixed(2)} ≠ ${right.toFixed(2)}`);
  };

  // T01.
  const t01 = Object.fromEntries([...P.T01.income, ...P.T01.incomeTail, ...P.T01.expenditureTail].map((r) => [r.key, r.amount]));
  eq('T01 本年收入合计 = Σ收入', d(t01.inc_year), total(P.T01.income.map((r) => r.amount)));
  eq('T01 收入总计', d(t01.inc_total), total([t01.inc_year, t01.inc_nfs, t01.inc_bcf]));
  eq('T01 本年支出合计 = Σ类', d(t01.exp_year), total(P.T01.classes.map((r) => r.amount)));
  eq('T01 支出总计', d(t01.exp_total), total([t01.exp_year, t01.exp_alloc, t01.exp_ecf]));
  eq('T01 收入总计 = 支出总计', d(t01.inc_total), d(t01.exp_total));

  // T02, T03, T05: row balance and 合计 = Σ类, 类 = Σ款, 款 = Σ项 in every column.
  const codedChecks = <C extends string>(id: string, t: CodedTable<C>, target: C, parts: C[]) => {
    const all = [{ code: '', name: '合计', ...t.total } as (typeof t.rows)[number], ...t.rows];
    for (const r of all) eq(`${id} ${r.code || '合计'} 行平衡`, d(r[target] as Amount), total(parts.map((c) => r[c] as Amount)));
    for (const col of [target, ...parts]) {
      for (const parent of all) {
        const len = parent.code.length === 0 ? 3 : parent.code.length + 2;
        const kids = t.rows.filter((r) => r.code.length === len && r.code.startsWith(parent.code));
        if (kids.length) eq(`${id} ${parent.code || '合计'}.${col} = Σ下级`, d(parent[col] as Amount), total(kids.map((k) => k[col] as Amount)));
      }
    }
  };
  codedChecks('T02', P.T02, 'c_total', ['c_fin', 'c_sup', 'c_biz', 'c_op', 'c_aff', 'c_oth']);
  codedChecks('T03', P.T03, 'e_total', ['e_basic', 'e_proj', 'e_up', 'e_op', 'e_sub']);
  codedChecks('T05', P.T05, 'e_total', ['e_basic', 'e_proj']);
  codedChecks('T08', P.T08, 'e_total', ['e_basic', 'e_proj']);
  codedChecks('T09a', P.T09a, 'e_total', ['e_basic', 'e_proj']);

  // T04.
  const t04 = Object.fromEntries([...P.T04.income, ...P.T04.incomeTail].map((r) => [r.key, r.amount]));
  const right = Object.fromEntries(P.T04.expenditureTail.map((r) => [r.key, r]));
  eq('T04 本年收入合计', d(t04.f_inc_year), total([t04.f_inc_gpb, t04.f_inc_gf, t04.f_inc_soc]));
  eq('T04 年初财政拨款结转和结余', d(t04.f_bcf), total([t04.f_bcf_gpb, t04.f_bcf_gf, t04.f_bcf_soc]));
  eq('T04 收入总计', d(t04.f_inc_total), total([t04.f_inc_year, t04.f_bcf]));
  for (const r of [...P.T04.classes, ...P.T04.expenditureTail]) eq(`T04 ${r.label} 合计 = Σ三本预算`, d(r.tot), total([r.gpb, r.gf, r.soc]));
  for (const col of ['tot', 'gpb', 'gf', 'soc'] as const) {
    eq(`T04 本年支出合计.${col} = Σ类`, d(right.f_exp_year[col]), total(P.T04.classes.map((r) => r[col])));
    eq(`T04 总计.${col}`, d(right.f_exp_total[col]), total([right.f_exp_year[col], right.f_ecf[col]]));
  }
  eq('T04 收入总计 = 支出总计', d(t04.f_inc_total), d(right.f_exp_total.tot));
  for (const f of ['gpb', 'gf', 'soc'] as const) {
    eq(`T04 ${f} 收支平衡`, total([t04[`f_inc_${f}`], t04[`f_bcf_${f}`]]), total([right.f_exp_year[f], right.f_ecf[f]]));
  }

  // T06.
  const t06 = [...P.T06.personnel, ...P.T06.public];
  const amount = (code: string) => t06.find((r) => r.code === code)!.amount;
  for (const cls of ['301', '303', '302', '310']) {
    eq(`T06 ${cls} = Σ款`, d(amount(cls)), total(t06.filter((r) => r.code.length === 5 && r.code.startsWith(cls)).map((r) => r.amount)));
  }
  eq('T06 人员经费合计 = 301 + 303', d(P.T06.per_total), total([amount('301'), amount('303')]));
  eq('T06 公用经费合计 = 302 + 310', d(P.T06.pub_total), total([amount('302'), amount('310')]));

  // T07.
  for (const s of ['bud', 'act'] as const) {
    eq(`T07 合计.${s}`, d(P.T07[`total_${s}`]), total([P.T07[`abroad_${s}`], P.T07[`car_${s}`], P.T07[`recep_${s}`]]));
    eq(`T07 车小计.${s}`, d(P.T07[`car_${s}`]), total([P.T07[`car_buy_${s}`], P.T07[`car_run_${s}`]]));
  }

  // Between tables (copies of one figure).
  const cls = (t: CodedTable<'e_total'>, code: string) => t.rows.find((r) => r.code === code)?.e_total;
  for (const c of P.T01.classes) eq(`T01 ${c.code} = T03 ${c.code}`, d(c.amount), d(cls(P.T03, c.code)));
  for (const c of P.T04.classes) eq(`T04 ${c.code}.gpb = T05 ${c.code}`, d(c.gpb), d(cls(P.T05, c.code)));
  eq('T01 本年收入合计 = T02 合计', d(t01.inc_year), d(P.T02.total.c_total));
  eq('T01 本年支出合计 = T03 合计', d(t01.exp_year), d(P.T03.total.e_total));
  eq('T04 一般公共预算 = T01 一般公共预算', d(t04.f_inc_gpb), d(t01.inc_gpb));
  eq('T04 本年支出.gpb = T05 合计', d(right.f_exp_year.gpb), d(P.T05.total.e_total));
  eq('T06 人员 + 公用 = T05 基本支出', total([P.T06.per_total, P.T06.pub_total]), d(P.T05.total.e_basic));
  for (const r of P.T03.rows) {
    const t05 = P.T05.rows.find((x) => x.code === r.code)!;
    eq(`T03 ${r.code} = T05 ${r.code}`, total([r.e_basic, r.e_proj]), total([t05.e_basic, t05.e_proj]));
  }
  return { failed, checked };
}

describe('普陀 2024 raw data', () => {
  it('adds up everywhere except at the errors of the published document', () => {
    const { failed, checked } = audit();
    expect(checked).toBeGreaterThan(200);
    expect(failed).toEqual([
      'T02 合计.c_total = Σ下级: 2946.25 ≠ 2946.26',
      'T02 合计.c_fin = Σ下级: 2940.05 ≠ 2940.06',
      'T03 合计.e_total = Σ下级: 2940.05 ≠ 2940.06',
      'T03 合计.e_basic = Σ下级: 2336.91 ≠ 2336.92',
      'T05 合计.e_total = Σ下级: 2940.05 ≠ 2940.06',
      'T05 合计.e_basic = Σ下级: 2336.91 ≠ 2336.92',
      'T06 301 = Σ款: 2082.85 ≠ 2082.86',
      'T06 302 = Σ款: 171.07 ≠ 171.09',
      'T01 208 = T03 208: 326.71 ≠ 326.72',
      'T04 208.gpb = T05 208: 326.71 ≠ 326.72',
    ]);
  });

  it('matches the worked examples of spec §1', () => {
    expect([P.T01.income[0].amount, P.T01.income[7].amount, P.T01.incomeTail[0].amount]).toEqual(['2940.05', '6.20', '2946.25']);
    expect([P.T03.total.e_total, P.T03.total.e_basic, P.T03.total.e_proj]).toEqual(['2940.05', '2336.91', '603.14']);
    expect([P.T06.per_total, P.T06.pub_total]).toEqual(['2152.26', '184.65']);
  });
});

/** Every number on a sheet, sorted. */
const numbersOf = (s: SheetSnapshot): number[] => s.values.flat().filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
/** The published amounts of one table as numbers, sorted. */
const publishedNumbers = (table: string, scale = 1): number[] =>
  putuoEntries()[table].map(([, , v]) => D(v).times(scale).toNumber()).sort((a, b) => a - b);
/** The value right of the first cell holding `label`. */
function rightOf(s: SheetSnapshot, label: string): CellValue {
  for (const row of s.values) {
    const i = row.indexOf(label);
    if (i >= 0) return row.slice(i + 1).find((v) => v !== null) ?? null;
  }
  throw new Error(`no ${label} on ${s.name}`);
}
const rowWith = (s: SheetSnapshot, text: string): CellValue[] => s.values.find((r) => r.includes(text))!;

describe('putuoTemplateWorkbook (our shanghai-final-2024 templates)', () => {
  let snap: WorkbookSnapshot;
  let sheets: Record<string, string>;
  beforeAll(async () => {
    const built = await putuoTemplateMemoryWorkbook();
    snap = await built.wb.read();
    sheets = built.sheets;
  });
  const sheetOf = (id: string) => snap.sheets.find((s) => s.name === sheets[id])!;

  it('has the nine tables, titled as published', () => {
    expect(PUTUO_TITLES.map(([id]) => sheetOf(id).values[0][0])).toEqual(PUTUO_TITLES.map(([, title]) => title));
  });

  it('holds every published amount at its row and column, typed, and no other number', () => {
    const p = profile(PUTUO_PROFILE)!;
    for (const [id] of PUTUO_TITLES) {
      const s = sheetOf(id);
      const layout = layoutTable(TABLES[id], p.layout, { codes: { codeRows: ['T02', 'T03', 'T05'].includes(id) ? putuoItemCodes() : [] }, year: 2024 });
      for (const [row, col, v] of putuoEntries()[id]) {
        const a = cellAddress(layout, { row, ...(col ? { col } : {}) });
        const r = layout.rowByKey[row].row;
        const c = layout.colIndex[col ?? layout.blocks.find((b) => b.id === layout.rowByKey[row].block)!.amountColumns[0]];
        expect([id, a, s.values[r - 1][c - 1]]).toEqual([id, a, Number(v)]);
      }
      expect([id, numbersOf(s)]).toEqual([id, publishedNumbers(id)]);
      // No formula left but the empty-table note, which shows its text.
      const formulas = s.formulas.flatMap((row, r) => row.map((f, c) => (f ? address(r + 1, c + 1) : null))).filter(Boolean);
      expect([id, formulas]).toEqual([id, layout.emptyNoteRow ? [`A${layout.emptyNoteRow}`] : []]);
    }
    expect(rightOf(sheetOf('T01'), '本年收入合计')).toBe(2946.25);
    expect(sheetOf('T08').values.flat()).toContain('说明：上海市普陀区财政局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。');
  });

  it('lays the coded tables out with the published codes and names', () => {
    for (const id of ['T02', 'T03', 'T05']) {
      const s = sheetOf(id);
      const codes = s.values.map((r) => r[0]).filter((v): v is string => typeof v === 'string' && /^\d{3,7}$/.test(v));
      expect([id, codes]).toEqual([id, P.T02.rows.map((r) => r.code)]);
      for (const r of P.T02.rows) expect([id, r.code, rowWith(s, r.code)[1]]).toEqual([id, r.code, r.name]);
    }
  });
});

describe('putuoExportWorkbook (independent 久其-style layout)', () => {
  it('names sheets Sheet1… or 表1…, titles row 1 and writes 金额单位 and merges', () => {
    const wb = putuoExportWorkbook();
    expect(wb.sheets.map((s) => s.name)).toEqual(PUTUO_TITLES.map((_, i) => `Sheet${i + 1}`));
    expect(wb.sheets.map((s) => s.values[0][0])).toEqual(PUTUO_TITLES.map(([, t]) => t));
    expect(putuoExportWorkbook({ sheetNames: 'biao' }).sheets.map((s) => s.name)).toEqual(PUTUO_TITLES.map((_, i) => `表${i + 1}`));
    expect(wb.sheets[0].values[2]).toEqual(['编制单位：上海市普陀区财政局', null, null, '金额单位：万元']);
    expect(wb.sheets[0].merges).toEqual(['A1:D1', 'A4:B4', 'C4:D4']);
    expect(wb.sheets[6].merges).toContain('E5:J5'); // 公务用车购置及运行费 over 小计/购置/运行
    expect(putuoExportWorkbook({ publicNo: true }).sheets[3].values[1][6]).toBe('公开04表');
  });

  it('holds exactly the published numbers of each table, in 万元 and ×10,000 in 元', () => {
    const wan = putuoExportWorkbook();
    const yuan = putuoExportWorkbook({ unit: 'yuan' });
    PUTUO_TITLES.forEach(([id], i) => {
      expect([id, numbersOf(wan.sheets[i])]).toEqual([id, publishedNumbers(id)]);
      expect([id, numbersOf(yuan.sheets[i])]).toEqual([id, publishedNumbers(id, 10_000)]);
    });
    expect(rightOf(wan.sheets[0], '本年收入合计')).toBe(2946.25);
    expect(rightOf(yuan.sheets[0], '本年收入合计')).toBe(29462500);
    expect(yuan.sheets[0].values[2][3]).toBe('金额单位：元');
    expect(rightOf(yuan.sheets[5], '人员经费合计')).toBe(21522600);
  });

  it('puts 年末 beside 年初 in 财政拨款收入支出决算总表, as printed', () => {
    const s = putuoExportWorkbook().sheets[3];
    expect(rowWith(s, '年初财政拨款结转和结余')).toEqual(['年初财政拨款结转和结余', 21.63, '年末财政拨款结转和结余', 21.63, 21.63, null, null]);
  });

  it('splits codes into 类 | 款 | 项, or keeps one code column', () => {
    const split = putuoExportWorkbook({ splitCodes: true }).sheets[1];
    expect(rowWith(split, '一般公共服务支出').slice(0, 6)).toEqual(['201', null, null, '一般公共服务支出', 2112.86, 2106.66]);
    expect(rowWith(split, '财政事务').slice(0, 4)).toEqual(['201', '06', null, '财政事务']);
    expect(rowWith(split, '行政运行').slice(0, 6)).toEqual(['201', '06', '01', '行政运行', 1511.9, 1511.89]);
    expect(split.values[5].slice(0, 3)).toEqual(['类', '款', '项']);
    const whole = putuoExportWorkbook().sheets[1];
    expect(rowWith(whole, '行政运行').slice(0, 3)).toEqual(['2010601', '行政运行', 1511.9]);
    const t06 = putuoExportWorkbook({ splitCodes: true }).sheets[5];
    expect(rowWith(t06, '基本工资').slice(0, 8)).toEqual(['301', '01', '基本工资', 262.33, '302', '01', '办公费', 21.21]);
  });

  it('moves 合计 to the bottom and inserts blank rows on request', () => {
    for (const i of [1, 2, 4]) {
      const top = putuoExportWorkbook().sheets[i];
      const bottom = putuoExportWorkbook({ totalAtBottom: true, blankRows: true }).sheets[i];
      const totalRow = (s: SheetSnapshot) => s.values.findIndex((r) => r[0] === '合计');
      const dataRows = (s: SheetSnapshot) => s.values.map((r, k) => (/^\d{3,7}$/.test(String(r[0])) ? k : -1)).filter((k) => k >= 0);
      expect(totalRow(top)).toBeLessThan(Math.min(...dataRows(top)));
      expect(totalRow(bottom)).toBeGreaterThan(Math.max(...dataRows(bottom)));
      const rows = dataRows(bottom);
      const gaps = rows.slice(1).map((k, j) => k - rows[j] - 1).filter((g) => g > 0);
      expect(gaps).toEqual([2]);
      expect(bottom.values[rows[0] + 9].every((v) => v === null)).toBe(true);
      expect(numbersOf(bottom)).toEqual(numbersOf(top));
    }
  });

  it('prints the empty fund tables with their note', () => {
    const wb = putuoExportWorkbook();
    expect(wb.sheets[7].values.flat()).toContain('注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。');
    expect(wb.sheets[8].values.flat()).toContain('注：上海市普陀区财政局无国有资本经营预算财政拨款支出，故本表无数据。');
    expect(numbersOf(wb.sheets[7])).toEqual([]);
  });
});
