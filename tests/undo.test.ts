// 撤销本次操作: the snapshot taken before a write restores the workbook exactly — every value and
// formula, sheet by sheet — after insert, fill and convert, on the in-memory and ExcelJS
// adapters and through the Office.js adapter on the counting fake (one Excel.run, ≤ 2 syncs).
import { address } from '../src/domain/a1';
import { planConvert } from '../src/domain/convert';
import { planFill } from '../src/domain/fill';
import { planInsert } from '../src/domain/insert';
import { layoutTable } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import { TABLES } from '../src/domain/tables';
import { captureUndo, planUndo } from '../src/domain/undo';
import { MemoryWorkbook } from '../src/workbook/memory';
import { OfficeWorkbook, type ExcelHost } from '../src/workbook/office';
import type { CellWrite, WorkbookPort, WorkbookSnapshot, WritePlan } from '../src/workbook/port';
import { applyWithUndo, UndoablePort } from '../src/workbook/undoable';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import { CountingExcel } from './fakes/countingExcel';

// code, name, 本年支出合计, 基本支出, 项目支出 — seed 000's 支出决算表 typed as an export, in 元.
const ROWS: Array<[string, string, number | null, number | null, number | null]> = [
  ['201', '一般公共服务支出', 2013712.5, 791120.01, 1222592.49],
  ['20129', '群众团体事务', 2013712.5, 791120.01, 1222592.49],
  ['2012901', '行政运行', 791220.01, 791120.01, 100],
  ['2012902', '一般行政管理事务', 947800.49, null, 947800.49],
  ['2012999', '其他群众团体事务支出', 274692, null, 274692],
  ['205', '教育支出', null, null, null],
  ['20501', '教育管理事务', null, null, null],
  ['2050101', '行政运行', 120049.99, 120049.99, null],
];

/** A user's own workbook: an exported table in 元 (totals partly missing) and a notes sheet. */
function userPlan(): WritePlan {
  const cells: CellWrite[] = [
    { address: 'A1', value: '支出决算表' },
    { address: 'G2', value: '金额单位：元' },
    ...['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'].map((v, i) => ({ address: `${'ABCDEFGH'[i]}3`, value: v })),
    { address: 'A4', value: '合计' },
    { address: 'C4', formula: '=SUM(C7:C9)', numberFormat: '#,##0.00' },
    ...ROWS.flatMap(([code, name, total, basic, proj], i) => [
      { address: `A${i + 5}`, value: code, numberFormat: '@' },
      { address: `B${i + 5}`, value: name },
      ...(total !== null ? [{ address: `C${i + 5}`, value: total }] : []),
      ...(basic !== null ? [{ address: `D${i + 5}`, value: basic, numberFormat: '0.00' }] : []),
      ...(proj !== null ? [{ address: `E${i + 5}`, value: proj }] : []),
    ]),
  ];
  return {
    description: 'user',
    sheets: [
      { name: '表3', create: true, cells },
      { name: '备注', create: true, cells: [{ address: 'B2', value: '=不是公式' }, { address: 'C3', formula: '=LEN(B2)' }, { address: 'A1', value: 42 }] },
    ],
  };
}

const state = (s: WorkbookSnapshot) => s.sheets.map((x) => ({ name: x.name, values: x.values, formulas: x.formulas }));

const ACTIONS: Array<[string, (s: WorkbookSnapshot) => WritePlan]> = [
  ['insert (a whole profile, new sheets)', (s) => planInsert(s, profile('central-final-2024')!, profile('central-final-2024')!.tables, { dept: '某局' }).plan],
  ['fill (formulas over typed totals, with --overwrite)', (s) => planFill(s, true).plan],
  ['convert (元→万元)', (s) => planConvert(s, 'wan').plan],
];

describe.each<[string, () => WorkbookPort]>([
  ['in-memory', () => new MemoryWorkbook()],
  ['ExcelJS', () => new XlsxWorkbook()],
])('undo on the %s adapter', (_name, make) => {
  it.each(ACTIONS)('restores every value and formula after %s', async (_action, plan) => {
    const port = make();
    await port.apply(userPlan());
    const before = await port.read();
    const p = plan(before);
    expect(p.sheets.reduce((n, s) => n + s.cells.length, 0)).toBeGreaterThan(0);
    const { undo } = await applyWithUndo(port, p);
    expect(state(await port.read())).not.toEqual(state(before));
    await port.apply(planUndo(undo));
    expect(state(await port.read())).toEqual(state(before));
    if (port instanceof XlsxWorkbook) {
      // Also as saved: the file read back holds the same values and formulas as before the action.
      const saved = await XlsxWorkbook.fromBuffer(await port.toBuffer());
      expect(state(await saved.read())).toEqual(state(before));
    }
  });

  it('UndoablePort keeps the snapshot of the last write only', async () => {
    const port = new UndoablePort(make());
    await port.inner.apply(userPlan());
    const original = state(await port.read());
    await port.apply(planFill(await port.read(), true).plan);
    const filled = state(await port.read());
    await port.apply(planConvert(await port.read(), 'wan').plan);
    expect(await port.undo()).toBe(true);
    expect(state(await port.read())).toEqual(filled);
    expect(await port.undo()).toBe(false); // one level: the last action only
    expect(state(await port.read())).not.toEqual(original);
  });
});

describe.each<[string, () => WorkbookPort]>([
  ['in-memory', () => new MemoryWorkbook()],
  ['ExcelJS', () => new XlsxWorkbook()],
])('undo of a fill that re-lays an inserted table (%s)', (_name, make) => {
  it('puts back the typed rows, the moved footer and its merges', async () => {
    const p = profile('central-final-2024')!;
    const port = make();
    const { plan, sheets } = planInsert(await port.read(), p, ['T03'], { dept: '测试' });
    await port.apply(plan);
    const l = layoutTable(TABLES.T03, p.layout);
    const first = l.rows.find((r) => r.group === 'codeRows')!.row; // the first blank 项 row
    const typed: Array<[string, string, number]> = [['2210201', '住房公积金', 6.57], ['2012901', '行政运行', 79.11]];
    await port.apply({
      description: 'typed',
      sheets: [{ name: sheets.T03, cells: typed.flatMap(([code, name, basic], i) => [
        { address: address(first + i, l.colIndex.code), value: code },
        { address: address(first + i, l.colIndex.name), value: name },
        { address: address(first + i, l.colIndex.e_basic), value: basic },
      ]) }],
    });
    const before = await port.read();
    const fill = planFill(before);
    expect(fill.tables[0].addedRows).toEqual(['201', '20129', '221', '22102']);
    const { undo } = await applyWithUndo(port, fill.plan);
    const withMerges = (s: WorkbookSnapshot) => s.sheets.map((x) => ({ ...state({ sheets: [x] })[0], merges: [...x.merges].sort() }));
    expect(withMerges(await port.read())).not.toEqual(withMerges(before));
    await port.apply(planUndo(undo));
    expect(withMerges(await port.read())).toEqual(withMerges(before));
  });
});

/** The fake's cells as a comparable map: blank cells (never written, or emptied) are absent. */
function fakeState(fake: CountingExcel) {
  const out: Record<string, Record<string, { formula: unknown; numberFormat: unknown }>> = {};
  for (const [sheet, cells] of fake.sheets) {
    out[sheet] = {};
    for (const [a, c] of cells) {
      const formula = c.formula === '' ? undefined : c.formula;
      const numberFormat = c.numberFormat === 'General' ? undefined : c.numberFormat;
      if (formula !== undefined || numberFormat !== undefined) out[sheet][a] = { formula, numberFormat };
    }
  }
  return out;
}

/** Mirrors a memory workbook into the fake (what Excel would hold) and returns its snapshot. */
async function mirror(mem: MemoryWorkbook, fake: CountingExcel): Promise<WorkbookSnapshot> {
  for (const s of mem.sheets) {
    const cells = new Map<string, { formula?: unknown; numberFormat?: unknown }>();
    for (const [a, c] of s.cells) cells.set(a, { formula: c.formula ?? c.value ?? undefined, ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}) });
    fake.sheets.set(s.name, cells);
  }
  return mem.read();
}

describe('undo through the Office.js adapter (counting fake)', () => {
  it.each(ACTIONS)('restores the cells after %s in one Excel.run with at most 2 syncs', async (_action, plan) => {
    const mem = new MemoryWorkbook();
    await mem.apply(userPlan());
    const fake = new CountingExcel();
    const before = await mirror(mem, fake);
    const original = fakeState(fake);
    const p = plan(before);
    const undo = captureUndo(before, p);
    const port = new OfficeWorkbook(fake as unknown as ExcelHost);
    await port.apply(p);
    expect(fakeState(fake)).not.toEqual(original);
    fake.runs = 0;
    fake.syncs = 0;
    await port.apply(planUndo(undo));
    expect(fake.runs).toBe(1);
    expect(fake.syncs).toBeLessThanOrEqual(2);
    expect(fakeState(fake)).toEqual(original);
  });
});
