// `draft` and `check-text` as a user runs them (bin → compiled build/), on seed workbooks that
// LibreOffice has calculated and saved, as Excel or WPS would.
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { recalculate } from './oracle/libreoffice';
import { buildWorkbook, seed000Entries, SEED000_AUX, SEED000_ITEMS, type Entry } from './narrativeFixtures';

jest.setTimeout(180_000);

const bin = join(__dirname, '..', 'bin', 'disclosure-tables.js');
const run = (...args: string[]) => spawnSync('node', [bin, ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'dt-narrative-'));
const seed000Text = readFileSync('/work/shared/seeds/000_a1d4fcca9ae5a260.txt', 'utf8').split('\n').slice(41, 123).join('\n');

async function saved(name: string, build: ReturnType<typeof buildWorkbook>): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, recalculate(await (await build).wb.toBuffer()));
  return file;
}

let seed000: string;
beforeAll(async () => {
  seed000 = await saved('000.xlsx', buildWorkbook('sichuan-final-2020', { codeRows: SEED000_ITEMS.map(([c]) => c) }, seed000Entries(), SEED000_AUX, '广元市朝天区总工会'));
});

describe('disclosure-tables draft', () => {
  it('prints the 情况说明 as text; gaps and findings go to stderr', () => {
    const r = run('draft', seed000);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('第二部分 2020年度部门决算情况说明');
    expect(r.stdout).toContain('与2019年度相比，收入增加86.47万元，增长58.59%，支出增加86.47万元，增长58.59%。主要变动原因是【请填写原因】。');
    expect(r.stdout).toContain('（图1：收、支决算总计变动情况图）（柱状图）');
    expect(r.stderr).toMatch(/有 \d+ 处「主要原因」待填写/);
  });
  it('writes Markdown with --format md --out', () => {
    const out = join(dir, 'draft.md');
    const r = run('draft', seed000, '--format', 'md', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`已写入 ${out}`);
    const md = readFileSync(out, 'utf8');
    expect(md.startsWith('# 第二部分 2020年度部门决算情况说明\n')).toBe(true);
    expect(md).toContain('## 一、收入支出决算总体情况说明');
    expect(md).toContain('### （一）一般公共预算财政拨款支出决算总体情况');
    expect(md).toContain('主要变动原因是**【请填写原因】**。');
    expect(md).toContain('| 2019年度 | 147.59 | 147.59 |');
  });
  it('wording settings from the command line', () => {
    const r = run('draft', seed000, '--self', '我会', '--pct-decimals', '0', '--code-style', 'd', '--strip-zeros');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('一般公共服务支出（201类）201.37万元，占86%；教育支出（205类）12.00万元，占5%');
    expect(r.stdout).toContain('根据预算绩效管理要求，我会在年初预算编制阶段');
    expect(run('draft', seed000, '--pct-decimals', 'x')).toMatchObject({ status: 2, stderr: expect.stringContaining('--pct-decimals') });
    expect(run('draft', seed000, '--code-style', 'e')).toMatchObject({ status: 2, stderr: expect.stringContaining('--code-style') });
  });
  it('writes a Word document with --format docx --out', () => {
    const out = join(dir, '情况说明.docx');
    const r = run('draft', seed000, '--format', 'docx', '--out', out);
    expect(r.status).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']);
    expect(xml).toContain('一、收入支出决算总体情况说明');
    expect(xml).toContain('58.59');
    expect(run('draft', seed000, '--format', 'docx')).toMatchObject({ status: 2, stderr: expect.stringContaining('--out') });
  });
  it('bad input: unknown format, missing or unreadable file — exit 2 in Chinese', () => {
    expect(run('draft', seed000, '--format', 'pdf')).toMatchObject({ status: 2, stderr: expect.stringContaining('--format 只能是') });
    expect(run('draft', join(dir, 'none.xlsx'))).toMatchObject({ status: 2, stderr: expect.stringContaining('找不到文件') });
    const junk = join(dir, 'junk.xlsx');
    writeFileSync(junk, 'not a workbook');
    expect(run('draft', junk)).toMatchObject({ status: 2, stderr: expect.stringContaining('无法读取') });
  });
  it('--previous fills 上年 from last year’s workbook (seed 001: 903.30 against 875.10)', async () => {
    const year = (gpb: number, gf: number): Entry[] => [['T01', 'inc_gpb', undefined, gpb], ['T01', 'inc_gf', undefined, gf], ['T01', 'exp_c201', undefined, gpb], ['T01', 'exp_c229', undefined, gf]];
    const cur = await saved('2024.xlsx', buildWorkbook('sichuan-final-2024', { codeRows: [] }, year(901.3, 2), {}, '遂宁市安居区总工会'));
    const prev = await saved('2023.xlsx', buildWorkbook('sichuan-final-2024', { codeRows: [] }, year(867.9, 7.2), {}, '遂宁市安居区总工会'));
    const r = run('draft', cur, '--previous', prev);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2024年度收入总计903.30万元，支出总计903.30万元。与2023年度相比，收入增加28.20万元，增长3.22%，支出增加28.20万元，增长3.22%。');
  });
});

describe('disclosure-tables check-text', () => {
  it('exit 1 with the findings of seed 000’s own text', () => {
    const txt = join(dir, '000.txt');
    writeFileSync(txt, seed000Text);
    const r = run('check-text', seed000, txt);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('错误 N02：');
    expect(r.stdout).toContain('应为58.59%');
    const j = run('check-text', seed000, txt, '--json');
    expect(j.status).toBe(1);
    const { findings } = JSON.parse(j.stdout) as { findings: Array<{ rule: string; severity: string; expected?: string; cells: unknown[] }> };
    expect(findings.filter((f) => f.rule === 'N02').map((f) => f.expected)).toEqual(['58.59%', '58.59%']);
  });
  it('exit 0 on a right text', () => {
    const txt = join(dir, 'right.txt');
    writeFileSync(txt, '2020年度收入总计234.06万元，支出总计234.06万元。与2019年度相比，收入增加86.47万元，增长58.59%，支出增加86.47万元，增长58.59%。');
    const r = run('check-text', seed000, txt);
    expect(r).toMatchObject({ status: 0, stdout: expect.stringContaining('未发现问题') });
    expect(JSON.parse(run('check-text', seed000, txt, '--json').stdout)).toEqual({ findings: [] });
  });
  it('exit 2 on unreadable input', () => {
    expect(run('check-text', seed000)).toMatchObject({ status: 2, stderr: expect.stringContaining('请指定工作簿和情况说明文本') });
    expect(run('check-text', seed000, join(dir, 'none.txt'))).toMatchObject({ status: 2, stderr: expect.stringContaining('找不到文件') });
    const gbk = join(dir, 'gbk.txt');
    writeFileSync(gbk, Buffer.from([0xc4, 0xea, 0xb6, 0xc8])); // 「年度」 in GBK
    expect(run('check-text', seed000, gbk)).toMatchObject({ status: 2, stderr: expect.stringContaining('UTF-8') });
    const txt = join(dir, 'ok.txt');
    writeFileSync(txt, '收入总计1万元。');
    expect(run('check-text', join(dir, 'none.xlsx'), txt)).toMatchObject({ status: 2, stderr: expect.stringContaining('找不到文件') });
  });
});
