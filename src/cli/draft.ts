// `disclosure-tables draft`: the 情况说明 drafted from a workbook's tables, as text, Markdown or .docx.
import { existsSync, writeFileSync } from 'fs';
import { parseArgs } from './args';
import { draftNarrative } from '../domain/narrative/draft';
import { renderDocx } from '../export/docx';
import type { NarrativeOptions } from '../domain/narrative/api';
import { renderMarkdown, renderText } from '../domain/narrative/renderText';
import { SEVERITY_LABEL } from '../domain/findings';
import type { WorkbookSnapshot } from '../workbook/port';
import { XlsxWorkbook } from '../workbook/xlsx';

import type { Out } from './out';

/** Reads an .xlsx into a snapshot, or explains in Chinese why it cannot (null). */
export async function readSnapshot(file: string | undefined, out: Out, what = '工作簿'): Promise<WorkbookSnapshot | null> {
  if (!file) {
    out.error(`请指定${what}（.xlsx 文件）。`);
    return null;
  }
  if (!existsSync(file)) {
    out.error(`找不到文件「${file}」。`);
    return null;
  }
  try {
    return await (await XlsxWorkbook.fromFile(file)).read();
  } catch (e) {
    out.error(`无法读取「${file}」：它可能不是 .xlsx 文件或已损坏（${e instanceof Error ? e.message : String(e)}）。`);
    return null;
  }
}

/** `--previous <上年.xlsx>`: undefined when not asked for, null when it cannot be read. */
export async function readPrevious(flags: Record<string, string | true>, out: Out): Promise<WorkbookSnapshot | undefined | null> {
  if (flags.previous === undefined) return undefined;
  return readSnapshot(typeof flags.previous === 'string' ? flags.previous : undefined, out, '上年工作簿');
}

/** --self 我会 --pct-decimals 1 --code-style b --style sichuan2020 --strip-zeros --no-zero-items (spec §5.0 settings). */
function wordingOptions(flags: Record<string, string | true>, out: Out): Partial<NarrativeOptions> | null {
  const o: Partial<NarrativeOptions> = {};
  if (typeof flags.self === 'string') o.selfReference = flags.self;
  if (flags['pct-decimals'] !== undefined) {
    const n = Number(flags['pct-decimals']);
    if (!Number.isInteger(n) || n < 0 || n > 4) {
      out.error('--pct-decimals 应为 0 到 4 的整数（百分比保留的小数位数）。');
      return null;
    }
    o.pctDecimals = n;
  }
  if (flags['code-style'] !== undefined) {
    if (!['a', 'b', 'c', 'd'].includes(String(flags['code-style']))) {
      out.error('--code-style 只能是 a、b、c 或 d（科目编码写法，见说明文档）。');
      return null;
    }
    o.codeStyle = flags['code-style'] as NarrativeOptions['codeStyle'];
  }
  if (flags.style !== undefined) {
    if (!['standard', 'sichuan2020', 'hebei2020'].includes(String(flags.style))) {
      out.error('--style 只能是 standard、sichuan2020 或 hebei2020（措辞模板：通用 / 四川2020年决算 / 河北2020年预算）。');
      return null;
    }
    o.style = flags.style as NarrativeOptions['style'];
  }
  if (flags['strip-zeros'] === true) o.stripTrailingZeros = true;
  if (flags['no-zero-items'] === true) o.listZeroItems = false;
  return o;
}


export async function draftCommand(argv: string[], out: Out): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['strip-zeros', 'no-zero-items']);
  const format = typeof flags.format === 'string' ? flags.format : 'txt';
  if (!['txt', 'md', 'docx'].includes(format)) {
    out.error(`--format 只能是 txt、md 或 docx，收到「${String(flags.format)}」。`);
    return 2;
  }
  const target = typeof flags.out === 'string' ? flags.out : undefined;
  if (format === 'docx' && !target) {
    out.error('导出 Word 文档时请用 --out 指定文件，例如 --out 情况说明.docx');
    return 2;
  }
  const snapshot = await readSnapshot(positionals[0], out);
  if (!snapshot) return 2;
  const previous = await readPrevious(flags, out);
  if (previous === null) return 2;
  const options = wordingOptions(flags, out);
  if (!options) return 2;
  const result = draftNarrative(snapshot, options, previous);
  if (format === 'docx') {
    writeFileSync(target!, await renderDocx(result.document));
  } else {
    const text = format === 'md' ? renderMarkdown(result.document) : renderText(result.document);
    if (target) writeFileSync(target, text, 'utf8');
    else out.log(text.replace(/\n$/, ''));
  }
  if (target) out.log(`已写入 ${target}`);
  for (const f of result.findings) out.error(`${SEVERITY_LABEL[f.severity]}：${f.message}`);
  return 0;
}
