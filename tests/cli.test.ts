// The installed command itself (bin → compiled build/), as a user runs it.
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { XlsxWorkbook } from '../src/workbook/xlsx';

const bin = join(__dirname, '..', 'bin', 'disclosure-tables.js');

describe('disclosure-tables command', () => {
  it('profiles prints one profile a line: id, tab, Chinese name', () => {
    const lines = execFileSync('node', [bin, 'profiles'], { encoding: 'utf8' }).trim().split('\n');
    expect(lines.map((l) => l.split('\t')[0])).toEqual([
      'central-final-2024', 'sichuan-final-2024', 'sichuan-final-2020', 'shanghai-final-2024', 'central-budget-2025', 'hebei-budget-2020', 'sichuan-performance-2024',
    ]);
    for (const l of lines) expect(l).toMatch(/^[a-z]+-(final|budget|performance)-\d{4}\t\S*[\u4e00-\u9fa5]/);
  });

  it('new writes an .xlsx; bad input gets a Chinese message and exit code 2', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dt-cli-')), '决算.xlsx');
    execFileSync('node', [bin, 'new', '--profile', 'shanghai-final-2024', '--out', out, '--dept', '示例局', '--year', '2024']);
    const sheet = (await (await XlsxWorkbook.fromFile(out)).read()).sheets[0];
    expect(sheet.values[2][0]).toBe('编制单位：示例局');
    expect(sheet.values[1][0]).toBe('2024年度');
    const bad = spawnSync('node', [bin, 'new', '--profile', 'central-final-2024', '--out', join(tmpdir(), 'x.xlsx'), '--year', '24'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('年度「24」无效');
  });
});

describe('new --zero', () => {
  it('writes 0.00 formats when asked, and refuses other values', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dt-cli-')), 'z.xlsx');
    execFileSync('node', [bin, 'new', '--profile', 'central-final-2024', '--out', out, '--zero', '0.00']);
    const wb = await XlsxWorkbook.fromFile(out);
    expect(wb.workbook.getWorksheet('收入支出决算总表')!.getCell('C7').numFmt).toBe('#,##0.00');
    const bad = spawnSync('node', [bin, 'new', '--profile', 'central-final-2024', '--out', out + '2', '--zero', 'x'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--zero');
  });
});
