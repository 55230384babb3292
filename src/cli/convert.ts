// `disclosure-tables convert <in.xlsx> --to 万元|元 [--out <file>]`: 元↔万元 with 舍位平衡.
// Without --out the file is written back after a copy to *.备份.xlsx, as `fill` does.
import { copyFileSync, existsSync } from 'fs';
import { UNIT_LABEL, type Unit } from '../domain/amount';
import { planConvert, type ConvertResult } from '../domain/convert';
import { recalculateSnapshot } from '../preview/formulaEngine';
import { XlsxWorkbook } from '../workbook/xlsx';
import { parseArgs } from './args';
import type { Out } from './out';

const KIND: Record<ConvertResult['adjustments'][number]['kind'], string> = { input: '明细', total: '合计（手填）', restated: '他表同一数', formula: '合计（公式）' };

/** The adjustment list and notes of a conversion, in Chinese, one line each. */
export function describeConversion(r: ConvertResult): string[] {
  const from = UNIT_LABEL[r.from];
  const to = UNIT_LABEL[r.to];
  const lines = r.tables.map((t) => `${t.title}（工作表「${t.sheet}」）：${t.cells} 个金额由${from}换算为${to}${t.unitCell ? `，${t.unitCell} 单位改为${to}` : '，未找到单位说明'}`);
  for (const s of r.skipped) lines.push(`未转换：${s.reason}（工作表「${s.sheet}」）`);
  if (r.adjustments.length === 0) lines.push('舍位平衡：直接四舍五入即已平衡，没有调整任何数');
  else {
    lines.push(`舍位平衡：调整 ${r.adjustments.length} 个单元格（每个不超过 0.01${to}）：`);
    lines.push(`  工作表!单元格\t项目\t类别\t原数（${from}）\t四舍五入（${to}）\t调整后（${to}）`);
    for (const a of r.adjustments) lines.push(`  ${a.sheet}!${a.address}\t${a.label}\t${KIND[a.kind]}\t${a.source}\t${a.rounded}\t${a.adjusted}`);
  }
  for (const n of r.notes) lines.push(`注意：${n}`);
  return lines;
}

export async function convert(argv: string[], out: Out): Promise<number> {
  const { positionals, flags } = parseArgs(argv);
  const file = positionals[0];
  const to: Unit | null = flags.to === '万元' || flags.to === 'wan' ? 'wan' : flags.to === '元' || flags.to === 'yuan' ? 'yuan' : null;
  if (!to) {
    out.error('请用 --to 指定目标单位：--to 万元 或 --to 元');
    return 2;
  }
  if (!file) {
    out.error('请指定要转换的 .xlsx 文件。');
    return 2;
  }
  if (!existsSync(file)) {
    out.error(`找不到文件「${file}」。`);
    return 2;
  }
  let wb: XlsxWorkbook;
  try {
    wb = await XlsxWorkbook.fromFile(file);
  } catch (e) {
    out.error(`无法读取「${file}」：它可能不是 .xlsx 文件或已损坏（${e instanceof Error ? e.message : String(e)}）。`);
    return 2;
  }
  const result = planConvert(recalculateSnapshot(await wb.read(), true), to);
  for (const line of describeConversion(result)) out.log(line);
  if (result.tables.length === 0) {
    out.error(`没有需要由${UNIT_LABEL[result.from]}转换为${UNIT_LABEL[to]}的公开表，未作修改。`);
    return 1;
  }
  const target = typeof flags.out === 'string' ? flags.out : file;
  if (target === file) {
    const backup = file.replace(/\.xlsx$/i, '') + '.备份.xlsx';
    copyFileSync(file, backup);
    out.log(`原文件已备份为 ${backup}`);
  }
  await wb.apply(result.plan);
  await wb.save(target);
  out.log(`已写入 ${target}`);
  return result.balanced ? 0 : 1;
}
