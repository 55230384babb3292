// disclosure-tables: the add-in's engine on .xlsx files.
import { existsSync } from 'fs';
import { parseArgs } from './args';
import { copyFileSync } from 'fs';
import { planFill } from '../domain/fill';
import { planInsert } from '../domain/insert';
import { PROFILES, profile as findProfile } from '../domain/spec/profiles';
import { XlsxWorkbook } from '../workbook/xlsx';
import { draftCommand } from './draft';
import { checkTextCommand } from './checkText';

const USAGE = `用法：
  disclosure-tables profiles
      列出所有模板（每行：模板编号  中文名称）
  disclosure-tables new --profile <编号> --out <文件.xlsx> [--dept 部门名称] [--year 年度] [--zero blank|0.00]
      按模板生成整套公开表
  disclosure-tables fill <文件.xlsx> [--out <文件.xlsx>] [--overwrite] [--links]
      在识别到的公开表中填充合计、小计、类款项和平衡公式；只写入空白或已有公式的单元格，
      会被替换的手填数值先列出（加 --overwrite 才替换）。--links 同时填充表间链接公式
      （如总表各类支出取自支出决算表）。不加 --out 时写回原文件并先备份
  disclosure-tables draft <文件.xlsx> [--format txt|md|docx] [--out <文件>] [--previous <上年.xlsx>]
      [--self 我会] [--pct-decimals 2] [--code-style a|b|c|d] [--style standard|sichuan2020|hebei2020] [--strip-zeros] [--no-zero-items]
      根据表格数值起草《情况说明》；--previous 取上年工作簿的总计和原因
  disclosure-tables check-text <文件.xlsx> <情况说明.txt> [--json] [--previous <上年.xlsx>]
      核对已有情况说明中的金额、百分比和增减用词（退出码 0 无问题、1 有问题、2 无法读取）
  disclosure-tables check <文件.xlsx|文件夹> [--json] [--summary <汇总.csv>] [--previous <上年.xlsx>]
      核对表内、表间勾稽关系（按四舍五入区间判断尾差）；文件夹逐个工作簿检查，--summary 写出
      每个工作簿每条规则一行的汇总表；--previous 同时核对与上年年末结转和结余的衔接。
      退出码：0 无问题（仅有尾差提示），1 有错误或警告，2 无法读取
  disclosure-tables convert <文件.xlsx> --to 万元|元 [--out <文件.xlsx>]
      把识别到的公开表由元换算为万元（或反向），四舍五入到两位小数并做舍位平衡：调整明细数
      使各合计、小计和表间相同的数仍然相等，逐格列出调整；表头单位随之改写。不加 --out 时写回原文件并先备份`;

import { check } from './check';
import { convert } from './convert';
import { consoleOut, type Out } from './out';

export async function main(argv: string[], out: Out = consoleOut): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'profiles':
        for (const p of PROFILES) out.log(`${p.id}\t${p.name}`);
        return 0;
      case 'new':
        return await newWorkbook(rest, out);
      case 'fill':
        return await fill(rest, out);
      case 'check':
        return await check(rest, out);
      case 'convert':
        return await convert(rest, out);
      case 'draft':
        return await draftCommand(rest, out);
      case 'check-text':
        return await checkTextCommand(rest, out);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out.log(USAGE);
        return command ? 0 : 2;
      default:
        out.error(`未知命令「${command}」。\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    out.error(`出错：${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}

async function newWorkbook(argv: string[], out: Out): Promise<number> {
  const { flags } = parseArgs(argv);
  const id = typeof flags.profile === 'string' ? flags.profile : '';
  const file = typeof flags.out === 'string' ? flags.out : '';
  const profile = findProfile(id);
  if (!profile) {
    out.error(`找不到模板「${id}」。可用的模板：\n${PROFILES.map((p) => '  ' + p.id).join('\n')}`);
    return 2;
  }
  if (!file) {
    out.error('请用 --out 指定输出文件，例如 --out 决算公开表.xlsx');
    return 2;
  }
  if (existsSync(file)) {
    out.error(`文件「${file}」已存在。为避免覆盖已有数据，请换一个文件名。`);
    return 2;
  }
  let year: number | undefined;
  if (flags.year !== undefined) {
    year = Number(flags.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      out.error(`年度「${String(flags.year)}」无效，应为四位数字年份，例如 --year 2024`);
      return 2;
    }
  }
  const dept = typeof flags.dept === 'string' ? flags.dept : undefined;
  if (flags.zero !== undefined && flags.zero !== 'blank' && flags.zero !== '0.00') {
    out.error(`--zero 只能是 blank（零值显示为空白）或 0.00`);
    return 2;
  }
  const zeroDisplay = flags.zero === '0.00' ? 'zero' : flags.zero === 'blank' ? 'blank' : undefined;
  const wb = new XlsxWorkbook();
  const result = planInsert(await wb.read(), profile, profile.tables, { dept, year, zeroDisplay });
  if (result.plan.sheets.length === 0) {
    out.error('该模板的表格尚未收录，未生成文件。');
    return 2;
  }
  await wb.apply(result.plan);
  await wb.save(file);
  out.log(`已生成 ${file}：${Object.entries(result.sheets).map(([t, s]) => `${t} ${s}`).join('，')}`);
  if (result.skipped.length) out.log(`尚未收录（未生成）：${result.skipped.map((s) => s.table).join('、')}`);
  return 0;
}

async function openWorkbook(file: string | undefined, out: Out): Promise<XlsxWorkbook | null> {
  if (!file) {
    out.error('请指定要处理的 .xlsx 文件。');
    return null;
  }
  if (!existsSync(file)) {
    out.error(`找不到文件「${file}」。`);
    return null;
  }
  try {
    return await XlsxWorkbook.fromFile(file);
  } catch (e) {
    out.error(`无法读取「${file}」：它可能不是 .xlsx 文件或已损坏（${e instanceof Error ? e.message : String(e)}）。`);
    return null;
  }
}

async function fill(argv: string[], out: Out): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['overwrite', 'links']);
  const file = positionals[0];
  const wb = await openWorkbook(file, out);
  if (!wb) return 2;
  const report = planFill(await wb.read(), flags.overwrite === true, flags.links === true);
  if (report.tables.length === 0 && report.skipped.length === 0) {
    out.error('没有在工作簿中识别到公开表，未作修改。');
    return 1;
  }
  for (const t of report.tables) {
    out.log(`${t.title}（工作表「${t.sheet}」）：${t.formulas} 个公式${t.addedRows?.length ? `，补上类、款行 ${t.addedRows.join('、')}` : ''}`);
    if (t.missingParents.length) out.log(`  缺少上级科目行 ${t.missingParents.join('、')}：请插入这些类、款行，否则类款项合计不完整`);
  }
  for (const s of report.skipped) out.log(`${s.reason}（工作表「${s.sheet}」），未填充`);
  if (report.conflicts.length) {
    out.log(`${report.conflicts.length} 个单元格已有手填数值，${flags.overwrite === true ? '已按 --overwrite 替换为公式' : '保持不变（加 --overwrite 替换）'}：`);
    for (const c of report.conflicts) out.log(`  ${c.sheet}!${c.address}：现为 ${String(c.existing)}，公式为 ${c.planned}`);
  }
  const target = typeof flags.out === 'string' ? flags.out : file;
  if (target === file) {
    const backup = file.replace(/\.xlsx$/i, '') + '.备份.xlsx';
    copyFileSync(file, backup);
    out.log(`原文件已备份为 ${backup}`);
  }
  await wb.apply(report.plan);
  await wb.save(target);
  out.log(`已写入 ${target}`);
  return 0;
}
