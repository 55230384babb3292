// disclosure-tables: the add-in's engine on .xlsx files.
import { existsSync } from 'fs';
import { parseArgs } from './args';
import { planInsert } from '../domain/insert';
import { PROFILES, profile as findProfile } from '../domain/spec/profiles';
import { XlsxWorkbook } from '../workbook/xlsx';

const USAGE = `用法：
  disclosure-tables profiles
      列出所有模板（每行：模板编号  中文名称）
  disclosure-tables new --profile <编号> --out <文件.xlsx> [--dept 部门名称] [--year 年度]
      按模板生成公开表（已收录的表）`;

type Out = { log: (s: string) => void; error: (s: string) => void };
const consoleOut: Out = { log: (s) => process.stdout.write(s + '\n'), error: (s) => process.stderr.write(s + '\n') };

export async function main(argv: string[], out: Out = consoleOut): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'profiles':
        for (const p of PROFILES) out.log(`${p.id}\t${p.name}`);
        return 0;
      case 'new':
        return await newWorkbook(rest, out);
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
  const wb = new XlsxWorkbook();
  const result = planInsert(await wb.read(), profile, profile.tables, { dept, year });
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
