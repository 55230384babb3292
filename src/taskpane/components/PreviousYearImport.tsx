// 读取上年工作簿: last year's disclosure (.xlsx on disk) fills this year's 上年 figures in
// 说明辅助数据, each with the cell it came from. Nothing leaves the machine: the file is read here.
import { useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { planPreviousYear, type PreviousValue } from '../../domain/narrative/previousYear';
import { recalculateSnapshot } from '../../preview/formulaEngine';
import type { CellValue, WorkbookPort, WorkbookSnapshot } from '../../workbook/port';
import { readXlsxSnapshot } from '../../workbook/xlsxRead';
import { describeError } from '../errors';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

interface Pending {
  file: string;
  last: WorkbookSnapshot;
  values: PreviousValue[];
  conflicts: Array<{ key: string; existing: CellValue; planned: CellValue }>;
}

export function PreviousYearImport({ port, onDone }: { port: WorkbookPort; onDone?: () => void }) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);

  const open = async (file: File) => {
    setMessage(null);
    try {
      const last = recalculateSnapshot(readXlsxSnapshot(new Uint8Array(await file.arrayBuffer())), true);
      const { values, conflicts } = planPreviousYear(await port.read(), last, file.name);
      if (values.length === 0) {
        setMessage({ intent: 'error', text: `「${file.name}」中没有识别到收入支出决算总表等公开表，未读入上年数。` });
        return;
      }
      setPending({ file: file.name, last, values, conflicts });
    } catch (e) {
      setMessage({ intent: 'error', text: `无法读取「${file.name}」：${describeError(e)}` });
    }
  };

  const write = async (overwrite: boolean) => {
    if (!pending) return;
    try {
      const { plan, values } = planPreviousYear(await port.read(), pending.last, pending.file, overwrite);
      await port.apply(plan);
      setMessage({ intent: 'success', text: `已从「${pending.file}」读入 ${values.length - (overwrite ? 0 : pending.conflicts.length)} 个上年数到「说明辅助数据」，重新起草即可使用。` });
      setPending(null);
      onDone?.();
    } catch (e) {
      setMessage({ intent: 'error', text: describeError(e) });
    }
  };

  return (
    <div className={s.root}>
      <div>
        <Button onClick={() => input.current?.click()}>读取上年工作簿…</Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx"
          hidden
          aria-label="上年工作簿"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void open(f);
          }}
        />
      </div>
      {pending && (
        <>
          <Text size={200}>将从「{pending.file}」读入以下上年数（万元），写入「说明辅助数据」：</Text>
          <ul className={s.list} aria-label="上年数">
            {pending.values.map((v) => (
              <li key={v.key}>
                {v.label} {v.value}（{v.source.sheet}!{v.source.address}）
              </li>
            ))}
          </ul>
          {pending.conflicts.length > 0 && <Text size={200}>其中 {pending.conflicts.length} 个已有手填数值，默认保留手填数。</Text>}
          <div>
            <Button appearance="primary" onClick={() => void write(false)}>写入上年数</Button>{' '}
            {pending.conflicts.length > 0 && <Button onClick={() => void write(true)}>也替换手填的 {pending.conflicts.length} 个数</Button>}{' '}
            <Button appearance="subtle" onClick={() => setPending(null)}>取消</Button>
          </div>
        </>
      )}
      {message && (
        <MessageBar intent={message.intent} layout="multiline">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
