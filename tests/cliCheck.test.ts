// `disclosure-tables check` as a user runs it (bin → build/): files, folders, JSON, the CSV
// summary, last year's workbook, and the exit codes 0 / 1 / 2.
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cellAddress, layoutTable } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import { TABLES } from '../src/domain/tables';
import { SAMPLE_CODES } from '../src/preview/sampleData';
import { createSampleWorkbook } from '../src/preview/sampleWorkbook';

jest.setTimeout(60_000);
const bin = join(__dirname, '..', 'bin', 'disclosure-tables.js');
const run = (...args: string[]) => spawnSync('node', [bin, 'check', ...args], { encoding: 'utf8' });
const central = profile('central-final-2024')!;
const at = (table: string, row: string, col?: string) => cellAddress(layoutTable(TABLES[table], central.layout, { codes: SAMPLE_CODES, year: 2024 }), { row, ...(col ? { col } : {}) });

let dir: string;
let clean: string;
let broken: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dt-check-'));
  mkdirSync(join(dir, 'units'));
  clean = join(dir, 'units', '甲单位.xlsx');
  broken = join(dir, 'units', '乙单位.xlsx');
  await (await createSampleWorkbook()).save(clean);
  const wb = await createSampleWorkbook();
  await wb.apply({ description: 't', sheets: [{ name: '一般公共预算财政拨款基本支出决算表', cells: [{ address: at('T06', 'c30101', 'per_amt'), value: 421.36 }] }] });
  await wb.save(broken);
  writeFileSync(join(dir, 'units', '丙单位.xlsx'), 'not a workbook');
});

describe('disclosure-tables check', () => {
  it('a consistent workbook (formulas never computed by a spreadsheet) exits 0 and lists the tables found', () => {
    const r = run(clean);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('识别到 T06 一般公共预算财政拨款基本支出决算表（工作表「一般公共预算财政拨款基本支出决算表」，单位：万元）');
    expect(r.stdout).toContain('未发现需要处理的问题');
  });

  it('an inconsistent one exits 1; --json gives the findings with cells and the tables', () => {
    const r = run(broken, '--json');
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.tables).toHaveLength(9);
    expect(json.findings).toEqual([
      expect.objectContaining({
        rule: 'D27', severity: 'error', expected: '1831.04', actual: '1830.04', difference: '-1.00',
        cells: [
          { sheet: '一般公共预算财政拨款支出决算表', address: at('T05', 'total', 'e_basic') },
          { sheet: '一般公共预算财政拨款基本支出决算表', address: at('T06', 'per_total', 'per_amt') },
          { sheet: '一般公共预算财政拨款基本支出决算表', address: at('T06', 'pub_total', 'pub_amt') },
        ],
      }),
    ]);
  });

  it('a folder is checked workbook by workbook, with a CSV summary row per workbook and rule', () => {
    const csv = join(dir, '汇总.csv');
    const r = run(join(dir, 'units'), '--summary', csv);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('共检查 3 个工作簿，2 个有需要处理的问题。');
    const rows = readFileSync(csv, 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
    expect(rows[0]).toBe('"工作簿","规则","错误","警告","提示","示例说明"');
    expect(rows.slice(1).map((l) => l.split(',').slice(0, 5).join(','))).toEqual([
      '"丙单位.xlsx","无法读取","1","0","0"',
      '"乙单位.xlsx","D27","1","0","0"',
      '"甲单位.xlsx","（无问题）","0","0","0"',
    ]);
  });

  it('--previous checks the carry-over against last year\'s 年末结转和结余 (D43)', () => {
    const r = run(clean, '--previous', clean, '--json');
    expect(r.status).toBe(1);
    const d43 = JSON.parse(r.stdout).findings.filter((f: { rule: string }) => f.rule === 'D43');
    expect(d43.map((f: { severity: string; actual: string; expected: string }) => [f.severity, f.actual, f.expected])).toEqual([
      ['warn', '49.14', '26.39'],
      ['warn', '40.00', '17.25'],
    ]);
    expect(d43[0].message).toBe('收入支出决算总表·年初结转和结余 49.14 ≠ 上年收入支出决算总表·年末结转和结余 26.39，相差 22.75（不一致）');
  });

  it('unreadable input exits 2 with a Chinese message', () => {
    const r = run(join(dir, 'units', '丙单位.xlsx'));
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('无法读取');
    const missing = run(join(dir, 'nothing.xlsx'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('找不到');
  });
});
