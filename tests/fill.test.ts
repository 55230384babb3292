// Formula fill on a table the add-in did not insert: seed 000's 支出决算表 (朝天区总工会 2020),
// typed as a finance-software export, gets its 类/款/合计 formulas; LibreOffice then gives
// the totals the seed states.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../src/cli/main';
import { planFill } from '../src/domain/fill';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import { recalculatedValues } from './oracle/libreoffice';

jest.setTimeout(120_000);

// code, name, 本年支出合计 (typed on 项 rows only), 基本支出, 项目支出
const SEED_000: Array<[string, string, number | null, number | null, number | null]> = [
  ['201', '一般公共服务支出', null, null, null],
  ['20129', '群众团体事务', null, null, null],
  ['2012901', '行政运行', 79.12, 79.11, 0.01],
  ['2012902', '一般行政管理事务', 94.78, null, 94.78],
  ['2012999', '其他群众团体事务支出', 27.47, null, 27.47],
  ['205', '教育支出', null, null, null],
  ['20501', '教育管理事务', null, null, null],
  ['2050101', '行政运行', 12, 12, null],
  ['208', '社会保障和就业支出', null, null, null],
  ['20805', '行政事业单位养老支出', null, null, null],
  ['2080505', '机关事业单位基本养老保险缴费支出', 9.11, 9.11, null],
  ['20899', '其他社会保障和就业支出', null, null, null],
  ['2089901', '其他社会保障和就业支出', 0.41, 0.41, null],
  ['210', '卫生健康支出', null, null, null],
  ['21011', '行政事业单位医疗', null, null, null],
  ['2101101', '行政单位医疗', 4.6, 4.38, 0.22],
  ['221', '住房保障支出', null, null, null],
  ['22102', '住房改革支出', null, null, null],
  ['2210201', '住房公积金', 6.57, 6.57, null],
];

async function exportWorkbook(): Promise<XlsxWorkbook> {
  const wb = new XlsxWorkbook();
  const cells = [
    { address: 'A1', value: '支出决算表' },
    { address: 'G2', value: '金额单位：万元' },
    ...['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'].map((v, i) => ({ address: `${'ABCDEFGH'[i]}3`, value: v })),
    { address: 'A4', value: '合计' },
    ...SEED_000.flatMap(([code, name, total, basic, proj], i) => [
      { address: `A${i + 5}`, value: code, numberFormat: '@' },
      { address: `B${i + 5}`, value: name },
      ...(total !== null ? [{ address: `C${i + 5}`, value: total }] : []),
      ...(basic !== null ? [{ address: `D${i + 5}`, value: basic }] : []),
      ...(proj !== null ? [{ address: `E${i + 5}`, value: proj }] : []),
    ]),
  ];
  await wb.apply({ description: 'export', sheets: [{ name: '表3', create: true, cells }] });
  return wb;
}

describe('formula fill on a recognised export', () => {
  it('fills 合计, 类 and 款 rows, keeps the typed 项 totals, and LibreOffice reproduces the seed totals', async () => {
    const wb = await exportWorkbook();
    const report = planFill(await wb.read());
    expect(report.tables).toEqual([expect.objectContaining({ table: 'T03', sheet: '表3', missingParents: [] })]);
    // The typed 本年支出合计 of the 8 项 rows would be replaced by row sums: listed, kept.
    expect(report.conflicts.map((c) => c.address)).toEqual(['C7', 'C8', 'C9', 'C12', 'C15', 'C17', 'C20', 'C23']);
    await wb.apply(report.plan);
    const ws = wb.workbook.getWorksheet('表3')!;
    expect(ws.getCell('C7').value).toBe(79.12);
    expect(ws.getCell('C5').formula).toMatch(/^SUMPRODUCT\(\(LEN\(\$A\$6:\$A\$10\)=5\)/);
    const v = (await recalculatedValues(await wb.toBuffer()))['表3'];
    expect([v.C4, v.D4, v.E4]).toEqual([234.06, 111.58, 122.48].map((x) => expect.closeTo(x, 9)));
    expect(v.C5).toBeCloseTo(201.37, 9);
    expect(v.D10).toBeCloseTo(12, 9); // 205 = 20501 = 2050101
    expect(v.E18).toBeCloseTo(0.22, 9); // 210 = 21011 = 2101101
  });

  it('reports 项 rows whose 款/类 rows are missing', async () => {
    const wb = await exportWorkbook();
    await wb.apply({ description: 'x', sheets: [{ name: '表3', cells: [{ address: 'A6', value: '2012903' }] }] }); // 20129 row turned into a 项
    const t = planFill(await wb.read()).tables[0];
    expect(t.missingParents).toEqual(['20129']);
  });

  it('CLI fill writes a new file, or backs up the original before writing in place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-fill-'));
    const file = join(dir, '决算.xlsx');
    await (await exportWorkbook()).save(file);
    const logs: string[] = [];
    const io = { log: (s: string) => logs.push(s), error: (s: string) => logs.push(s) };
    expect(await main(['fill', file], io)).toBe(0);
    expect(logs.join('\n')).toContain('8 个单元格已有手填数值');
    expect(logs.join('\n')).toContain('备份');
    const filled = await XlsxWorkbook.fromFile(file);
    expect(filled.workbook.getWorksheet('表3')!.getCell('C4').formula).toBeTruthy();
    const original = await XlsxWorkbook.fromFile(join(dir, '决算.备份.xlsx'));
    expect(original.workbook.getWorksheet('表3')!.getCell('C4').value).toBeNull();
    expect(await main(['fill', join(dir, 'nope.xlsx')], io)).toBe(2);
    expect(logs.pop()).toContain('找不到文件');
  });
});
