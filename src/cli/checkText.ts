// `disclosure-tables check-text`: an existing 情况说明 checked against the workbook's tables.
// Exit codes: 0 nothing found, 1 findings, 2 unreadable input.
import { existsSync, readFileSync } from 'fs';
import { parseArgs } from './args';
import { readPrevious, readSnapshot } from './draft';
import type { Out } from './out';
import { SEVERITY_LABEL } from '../domain/findings';
import { checkNarrativeText } from '../domain/narrative/textCheck';

export async function checkTextCommand(argv: string[], out: Out): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['json']);
  const [file, textFile] = positionals;
  if (!textFile) {
    out.error('请指定工作簿和情况说明文本：disclosure-tables check-text <文件.xlsx> <情况说明.txt>');
    return 2;
  }
  if (!existsSync(textFile)) {
    out.error(`找不到文件「${textFile}」。`);
    return 2;
  }
  const bytes = readFileSync(textFile);
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD') || bytes.includes(0)) {
    out.error(`「${textFile}」不是 UTF-8 文本文件，请另存为 UTF-8 编码的 .txt 后再检查。`);
    return 2;
  }
  const snapshot = await readSnapshot(file, out);
  if (!snapshot) return 2;
  const previous = await readPrevious(flags, out);
  if (previous === null) return 2;
  const findings = checkNarrativeText(snapshot, text, previous);
  if (flags.json === true) out.log(JSON.stringify({ findings }, null, 2));
  else if (!findings.length) out.log('未发现问题：情况说明中的数字与表格一致。');
  else {
    for (const f of findings) {
      const where = f.cells.length ? `（${f.cells.map((c) => `${c.sheet}!${c.address}`).join('、')}）` : '';
      out.log(`${SEVERITY_LABEL[f.severity]} ${f.rule}：${f.message}${where}`);
    }
  }
  return findings.length ? 1 : 0;
}
