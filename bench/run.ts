// `npm run bench`: the speed and cost figures of the README, each measured in this run.
//  1. all checks on a full central 决算 workbook with ≥ 300 code rows (median, target ≤ 20 ms);
//  2. `check` over a folder of generated workbooks against ExcelJS parsing alone (target ≤ 1.2);
//  3. context.sync count per pane action with the counting Office fake;
//  4. the fuzz corpus at scale (BENCH_FUZZ, default 10,000): counts, and that nothing threw;
//  5. the pane's JS size (gzip) and first render against Microsoft's React template (bench/pane.ts).
// BENCH_FILES sets the folder size (default 1,000).
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { FUNCTION_ITEMS } from '../src/domain/catalog';
import { existsIn } from '../src/domain/catalog/functionClass';
import { runChecks } from '../src/domain/checks';
import { planFill } from '../src/domain/fill';
import { draftNarrative } from '../src/domain/narrative/draft';
import { planInsert } from '../src/domain/insert';
import { cellAddress, layoutTable } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import { TABLES } from '../src/domain/tables';
import { checkFile } from '../src/cli/check';
import { recalculateSnapshot } from '../src/preview/formulaEngine';
import type { CellWrite, WorkbookSnapshot } from '../src/workbook/port';
import { MemoryWorkbook } from '../src/workbook/memory';
import { OfficeWorkbook, type ExcelHost } from '../src/workbook/office';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import { CountingExcel } from '../tests/fakes/countingExcel';
import { putuoExportWorkbook } from '../tests/fixtures/putuo2024';
import { mutated } from '../tests/fuzz/mutate';
import { benchPane } from './pane';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const rows: Array<[string, string, string]> = [];
const report = (what: string, value: string, target: string) => {
  rows.push([what, value, target]);
  console.log(`${what}: ${value}（目标 ${target}）`);
};

/** The central 决算 set with every catalogued 项 of 2024 typed into T02/T03/T05, formulas computed. */
async function fullWorkbook(): Promise<{ snapshot: WorkbookSnapshot; codeRows: number }> {
  const p = profile('central-final-2024')!;
  const items = FUNCTION_ITEMS.filter((e) => existsIn(e, 2024)).map((e) => e.code);
  const codes = { codeRows: items };
  const wb = new MemoryWorkbook();
  const inserted = planInsert(await wb.read(), p, p.tables, { dept: '基准测试局', codes });
  await wb.apply(inserted.plan);
  const cells = new Map<string, CellWrite[]>();
  const put = (table: string, row: string, col: string, value: number) => {
    const address = cellAddress(layoutTable(TABLES[table], p.layout, { codes, year: 2024 }), { row, col });
    const sheet = inserted.sheets[table];
    cells.set(sheet, [...(cells.get(sheet) ?? []), { address, value }]);
  };
  items.forEach((code, i) => {
    const v = 10 + (i % 17) + (i % 7) / 100;
    put('T02', `c${code}`, 'c_fin', v);
    put('T03', `c${code}`, 'e_basic', v);
    put('T05', `c${code}`, 'e_basic', v);
  });
  await wb.apply({ description: 'bench', sheets: [...cells].map(([name, c]) => ({ name, cells: c })) });
  const snapshot = recalculateSnapshot(await wb.read());
  const found = runChecks(snapshot);
  const codeRows = found.tables.length ? snapshot.sheets.reduce((n, s) => n + s.values.filter((r) => r.some((v) => typeof v === 'string' && /^[23]\d{2}(\d{2}){0,2}$/.test(v))).length, 0) : 0;
  return { snapshot, codeRows };
}

async function benchChecks(): Promise<void> {
  const { snapshot, codeRows } = await fullWorkbook();
  // Each run on a fresh copy, as each 检查 in the pane reads the workbook anew (no per-snapshot
  // caches reused); 20 runs first let the JIT settle, which takes that long on this code.
  const copies = Array.from({ length: 60 }, () => structuredClone(snapshot));
  const times: number[] = [];
  for (const [i, copy] of copies.entries()) {
    const t0 = process.hrtime.bigint();
    runChecks(copy);
    if (i >= 20) times.push(ms(t0));
  }
  report(`全部检查，中央决算整套 ${codeRows} 个科目行（中位数）`, `${median(times).toFixed(1)} ms`, '≤ 20 ms');
}

/** A snapshot written back as an .xlsx file (values only, as a finance-software export). */
async function saveSnapshot(s: WorkbookSnapshot, file: string): Promise<void> {
  const wb = new XlsxWorkbook();
  await wb.apply({
    description: 'export',
    sheets: s.sheets.map((sheet) => ({
      name: sheet.name,
      create: true,
      cells: sheet.values.flatMap((row, r) => row.map((value, c) => ({ r, c, value })).filter((x) => x.value !== null && x.value !== '')).map(({ r, c, value }) => ({ address: `${String.fromCharCode(65 + c)}${r + 1}`, value })),
      merges: sheet.merges,
    })),
  });
  await wb.save(file);
}

async function benchFolder(n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dt-bench-'));
  try {
    const variants = [
      await putuoExportWorkbook({}),
      await putuoExportWorkbook({ splitCodes: true, totalAtBottom: true, blankRows: true }),
      await putuoExportWorkbook({ unit: 'yuan', sheetNames: 'biao' }),
    ];
    const files: string[] = [];
    for (let i = 0; i < variants.length; i++) {
      const f = join(dir, `v${i}.xlsx`);
      await saveSnapshot(variants[i], f);
      files.push(f);
    }
    const list = Array.from({ length: n }, (_, i) => files[i % files.length]);
    // Both paths warmed up first, so neither pays for the JIT inside its timed loop.
    for (const f of list.slice(0, 30)) {
      await new ExcelJS.Workbook().xlsx.readFile(f);
      await checkFile(f);
    }
    // In turn, 50 files at a time, so that both see the same load on the machine while each
    // path still pays for its own garbage collection.
    let parse = 0;
    let check = 0;
    let found = 0;
    for (let i = 0; i < list.length; i += 50) {
      const block = list.slice(i, i + 50);
      let t0 = process.hrtime.bigint();
      for (const f of block) await new ExcelJS.Workbook().xlsx.readFile(f);
      parse += ms(t0);
      t0 = process.hrtime.bigint();
      for (const f of block) found += (await checkFile(f)).tables.length;
      check += ms(t0);
    }
    if (found < n * 9) throw new Error(`只识别到 ${found} 张表，应为 ${n * 9}`);
    report(`check ${n} 个工作簿 / 仅用 ExcelJS 解析同样的文件`, `${(check / 1000).toFixed(1)} s / ${(parse / 1000).toFixed(1)} s = ${(check / parse).toFixed(2)}`, '≤ 1.2');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchSyncs(): Promise<void> {
  const p = profile('central-final-2024')!;
  const fake = new CountingExcel();
  const port = new OfficeWorkbook(fake as unknown as ExcelHost);
  const count = async (f: () => Promise<unknown>) => {
    const before = fake.syncs;
    await f();
    return fake.syncs - before;
  };
  const insert = await count(async () => port.apply(planInsert(await port.read(), p, p.tables, { dept: '基准测试局' }).plan));
  const read = await count(() => port.read());
  const fill = await count(async () => port.apply(planFill(await port.read()).plan));
  const draft = await count(async () => draftNarrative(await port.read()));
  report('context.sync 次数：插入整套（读取+写入）/ 检查（读取）/ 填充公式（读取+写入）/ 起草说明（读取）', `${insert} / ${read} / ${fill} / ${draft}`, '每个操作 O(1)：≤ 4 / ≤ 2 / ≤ 4 / ≤ 2');
}

async function benchFuzz(n: number): Promise<void> {
  const bases = [await putuoExportWorkbook({}), await putuoExportWorkbook({ splitCodes: true, totalAtBottom: true, blankRows: true, unit: 'yuan' })];
  let findings = 0;
  let thrown = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const { workbook } = mutated(bases, 7, i);
    try {
      findings += runChecks(workbook).findings.length;
      planFill(workbook);
    } catch {
      thrown++;
    }
  }
  report(`模糊测试 ${n} 个损坏工作簿：异常 / 问题条数`, `${thrown} / ${findings}（${(ms(t0) / 1000).toFixed(0)} s）`, '异常 0');
}

async function main(): Promise<void> {
  const files = Number(process.env.BENCH_FILES ?? 1000);
  const fuzz = Number(process.env.BENCH_FUZZ ?? 10000);
  console.log(`预决算公开助手 基准测试（Node ${process.version}）`);
  await benchChecks();
  await benchSyncs();
  await benchFolder(files);
  await benchFuzz(fuzz);
  await benchPane(report);
  console.log('\n| 项目 | 本次结果 | 目标 |\n|---|---|---|');
  for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
}

if (process.env.BENCH_DUMP) void fullWorkbook().then(({ snapshot }) => require('fs').writeFileSync(process.env.BENCH_DUMP!, JSON.stringify(snapshot)));
else main().catch((e) => {
  console.error(e);
  process.exit(1);
});
