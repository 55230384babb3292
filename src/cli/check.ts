// `disclosure-tables check <file.xlsx|folder> [--json] [--summary <out.csv>] [--previous <last-year.xlsx>]`
// Exit code: 0 clean (at most 尾差 notes), 1 errors or warnings found, 2 unreadable input.
import { existsSync, readdirSync, statSync, writeFileSync } from 'fs';
import { readFile } from 'fs/promises';
import { basename, join } from 'path';
import { runChecks, type CheckReport } from '../domain/checks';
import { SEVERITY_LABEL, type Finding } from '../domain/findings';
import { recalculateSnapshot } from '../preview/formulaEngine';
import type { WorkbookSnapshot } from '../workbook/port';
import { readXlsxSnapshot } from '../workbook/xlsxRead';
import { parseArgs } from './args';
import type { Out } from './out';

export interface WorkbookResult extends CheckReport {
  file: string;
  /** Why the file could not be read; set instead of findings. */
  error?: string;
}

/**
 * Reads a workbook for checking. Formula cells Excel or WPS computed keep their cached result;
 * those never computed (files written by a library) are computed here.
 */
export async function readForCheck(file: string): Promise<WorkbookSnapshot> {
  // The fast read-only reader: checking a folder of hundreds of workbooks stays quick.
  return recalculateSnapshot(readXlsxSnapshot(new Uint8Array(await readFile(file))), true);
}

export async function checkFile(file: string, previous?: WorkbookSnapshot): Promise<WorkbookResult> {
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await readForCheck(file);
  } catch (e) {
    return { file, tables: [], missing: [], findings: [], error: `无法读取：它可能不是 .xlsx 文件或已损坏（${e instanceof Error ? e.message : String(e)}）` };
  }
  return { file, ...runChecks(snapshot, undefined, previous) };
}

const UNIT: Record<string, string> = { yuan: '元', wan: '万元' };

/** Errors and warnings need attention; 尾差 notes (info) alone leave a workbook clean. */
export const needsAttention = (f: Finding) => f.severity !== 'info';

function printReport(r: WorkbookResult, out: Out): void {
  out.log(`== ${r.file}`);
  if (r.error) {
    out.log(`  ${r.error}`);
    return;
  }
  if (r.tables.length === 0) out.log('  没有识别到公开表。');
  for (const t of r.tables) out.log(`  识别到 ${t.table} ${t.title}（工作表「${t.sheet}」，单位：${t.unit ? UNIT[t.unit] : '未注明'}）`);
  if (r.missing.length) out.log(`  缺少：${r.missing.join('、')}`);
  const order: Finding['severity'][] = ['error', 'warn', 'info'];
  for (const sev of order) {
    const list = r.findings.filter((f) => f.severity === sev);
    if (!list.length) continue;
    out.log(`  ${SEVERITY_LABEL[sev]}（${list.length}）：`);
    for (const f of list) out.log(`    [${f.rule}] ${f.message}  〔${f.cells.map((c) => `${c.sheet}!${c.address}`).join('，')}〕`);
  }
  if (!r.findings.some(needsAttention)) out.log('  未发现需要处理的问题。');
}

/** A CSV cell, quoted, and never read as a formula by Excel or WPS (formula injection). */
function csvCell(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** One row per workbook and rule: the 主管部门/财政局 overview of many units. */
export function summaryCsv(results: WorkbookResult[]): string {
  const rows: Array<Array<string | number>> = [['工作簿', '规则', '错误', '警告', '提示', '示例说明']];
  for (const r of results) {
    const name = basename(r.file);
    if (r.error) {
      rows.push([name, '无法读取', 1, 0, 0, r.error]);
      continue;
    }
    const byRule = new Map<string, Finding[]>();
    for (const f of r.findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    if (byRule.size === 0) rows.push([name, '（无问题）', 0, 0, 0, `识别到 ${r.tables.length} 张表`]);
    for (const [rule, list] of byRule) {
      const n = (s: Finding['severity']) => list.filter((f) => f.severity === s).length;
      rows.push([name, rule, n('error'), n('warn'), n('info'), list[0].message]);
    }
  }
  // A BOM so that Excel opens the UTF-8 file with the Chinese text intact.
  return '\ufeff' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function workbooksIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$') && !n.includes('.备份.'))
    .sort()
    .map((n) => join(folder, n));
}

export async function check(argv: string[], out: Out): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['json']);
  const target = positionals[0];
  if (!target) {
    out.error('请指定要检查的 .xlsx 文件或文件夹，例如：disclosure-tables check 决算公开表.xlsx');
    return 2;
  }
  if (!existsSync(target)) {
    out.error(`找不到「${target}」。`);
    return 2;
  }
  let previous: WorkbookSnapshot | undefined;
  if (typeof flags.previous === 'string') {
    try {
      previous = await readForCheck(flags.previous);
    } catch (e) {
      out.error(`无法读取上年工作簿「${flags.previous}」：${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
  }
  const folder = statSync(target).isDirectory();
  const files = folder ? workbooksIn(target) : [target];
  if (folder && files.length === 0) {
    out.error(`文件夹「${target}」中没有 .xlsx 文件。`);
    return 2;
  }
  const results: WorkbookResult[] = [];
  for (const f of files) results.push(await checkFile(f, previous));

  if (flags.json === true) {
    const strip = ({ file, tables, missing, findings, error }: WorkbookResult) => ({ file, ...(error ? { error } : {}), tables, missing, findings });
    out.log(JSON.stringify(folder ? { workbooks: results.map(strip) } : strip(results[0]), null, 2));
  } else {
    for (const r of results) printReport(r, out);
    if (folder) {
      const bad = results.filter((r) => r.error || r.findings.some(needsAttention)).length;
      out.log(`共检查 ${results.length} 个工作簿，${bad} 个有需要处理的问题。`);
    }
  }
  if (typeof flags.summary === 'string') {
    writeFileSync(flags.summary, summaryCsv(results));
    if (flags.json !== true) out.log(`汇总表已写入 ${flags.summary}`);
  }
  if (results.every((r) => r.error)) return 2;
  return results.some((r) => r.error || r.findings.some(needsAttention)) ? 1 : 0;
}
