// `disclosure-tables convert`: in place with a backup, the adjustment list in Chinese, exit 2 on bad input.
import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../src/cli/main';
import { unitCell } from '../src/domain/convert';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import { insertYuanT03 } from './fixtures/yuanTable';

async function run(...argv: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await main(argv, { log: (s) => lines.push(s), error: (s) => errors.push(s) });
  return { code, out: lines.join('\n'), err: errors.join('\n') };
}

/** A 支出决算表 in 元 whose three 项 round up together, so plain rounding breaks the 合计. */
async function yuanFile(dir: string) {
  const wb = new XlsxWorkbook();
  const codes = ['2010101', '2010102', '2010103'];
  const { sheet, at } = await insertYuanT03(wb, codes);
  await wb.apply({ description: 'data', sheets: [{ name: sheet, cells: codes.map((c) => ({ address: at(`c${c}`, 'e_basic'), value: 10050 })) }] }); // 1.005 万元 each
  const file = join(dir, '支出.xlsx');
  await wb.save(file);
  return { file, sheet, at };
}

describe('disclosure-tables convert', () => {
  it('converts in place after a backup and lists each moved cell', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-convert-'));
    const { file, sheet, at } = await yuanFile(dir);
    const r = await run('convert', file, '--to', '万元');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, '支出.备份.xlsx'))).toBe(true);
    expect(r.out).toContain('由元换算为万元');
    // 3 × 1.005 = 3.015 → 合计 3.02 (its plain rounding); the items give 1.01 + 1.01 + 1.00.
    expect(r.out).toMatch(/舍位平衡：调整 \d+ 个单元格/);
    expect(r.out).toContain('10,050.00\t1.01\t1.00');
    const wb = await XlsxWorkbook.fromFile(file);
    const ws = wb.workbook.getWorksheet(sheet)!;
    const items = ['2010101', '2010102', '2010103'].map((c) => ws.getCell(at(`c${c}`, 'e_basic')).value as number);
    expect(items.reduce((a, b) => a + b, 0)).toBeCloseTo(3.02, 10);
    expect(items.sort()).toEqual([1, 1.01, 1.01]);
    const u = unitCell((await wb.read()).sheets.find((s) => s.name === sheet)!)!;
    expect(u.unit).toBe('wan');
  });

  it('writes to --out and leaves the input alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-convert-'));
    const { file } = await yuanFile(dir);
    const out = join(dir, '万元.xlsx');
    expect((await run('convert', file, '--to', '万元', '--out', out)).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(existsSync(join(dir, '支出.备份.xlsx'))).toBe(false);
    const r = await run('convert', out, '--to', '万元');
    expect(r.code).toBe(1);
    expect(r.err).toContain('没有需要由元转换为万元的公开表');
  });

  it('bad input: a Chinese message and exit code 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-convert-'));
    expect(await run('convert', join(dir, 'x.xlsx'), '--to', '万元')).toMatchObject({ code: 2, err: expect.stringContaining('找不到文件') });
    expect(await run('convert', join(dir, 'x.xlsx'))).toMatchObject({ code: 2, err: expect.stringContaining('--to 万元') });
    expect(await run('convert', join(dir, 'x.xlsx'), '--to', '千元')).toMatchObject({ code: 2 });
    writeFileSync(join(dir, 'bad.xlsx'), 'not a workbook');
    expect(await run('convert', join(dir, 'bad.xlsx'), '--to', '元')).toMatchObject({ code: 2, err: expect.stringContaining('无法读取') });
  });
});
