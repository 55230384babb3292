// 撤销本次操作: Excel's undo does not cover add-in writes, so the pane keeps the snapshot of its
// own last write (UndoablePort) and puts those cells back on request.
import { useEffect, useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { UndoablePort } from '../../workbook/undoable';
import { describeError } from '../errors';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalXS },
});

export function UndoButton({ port }: { port: UndoablePort }) {
  const s = useStyles();
  const [, redraw] = useState(0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => port.onChange(() => redraw((n) => n + 1)), [port]);
  const last = port.last;
  const undo = async () => {
    setBusy(true);
    try {
      const description = last?.description ?? '';
      await port.undo();
      setMessage(`已撤销：${description}`);
    } catch (e) {
      setMessage(`撤销失败：${describeError(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={s.root}>
      <Button size="small" disabled={!last || busy} onClick={() => void undo()} title={last ? `恢复「${last.description}」之前的单元格内容` : '加载项写入后可撤销（Excel 的撤销不包括加载项的写入）'}>
        撤销本次操作
      </Button>
      {message && !last && <Text size={200}>{message}</Text>}
    </div>
  );
}
