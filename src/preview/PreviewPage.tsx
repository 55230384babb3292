// Browser mode: the workbook grid on the left, the real task pane (same <App/>) on the right.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button, MessageBar, MessageBarBody, Spinner, Text, Toolbar, makeStyles, tokens,
} from '@fluentui/react-components';
import { App } from '../taskpane/components/App';
import { ErrorBoundary } from '../taskpane/components/ErrorBoundary';
import { describeError } from '../taskpane/errors';
import type { WorkbookSnapshot } from '../workbook/port';
import { XlsxWorkbook } from '../workbook/xlsx';
import { downloadBytes } from './download';
import type { NotifyingPort } from './notifyingPort';
import { createSampleWorkbook, SAMPLE_FILE_NAME } from './sampleWorkbook';
import { SheetGrid } from './SheetGrid';
import { xlsxLook } from './sheetLook';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    flexWrap: 'wrap',
  },
  banner: { color: tokens.colorNeutralForeground3, marginLeft: 'auto' },
  main: { display: 'flex', flex: 1, minHeight: 0 },
  left: { display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0 },
  pane: {
    width: '360px',
    flexShrink: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'hidden',
  },
  waiting: { margin: 'auto' },
});

export function PreviewPage({ port }: { port: NotifyingPort }) {
  const s = useStyles();
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [activeSheet, setActiveSheet] = useState<string | null>(null);
  const [generation, setGeneration] = useState(port.generation);
  const [busy, setBusy] = useState<string | null>('正在准备示例工作簿…');
  const [notice, setNotice] = useState<{ intent: 'error' | 'success'; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const lastSelection = useRef(port.selection);
  const readSeq = useRef(0);

  const refresh = useCallback(async () => {
    const seq = ++readSeq.current;
    try {
      const snap = await port.read();
      if (seq !== readSeq.current) return; // a newer read is on its way
      setSnapshot(snap);
      setGeneration(port.generation);
      if (port.selection && port.selection !== lastSelection.current) setActiveSheet(port.selection.sheet);
      lastSelection.current = port.selection;
    } catch (e) {
      setNotice({ intent: 'error', text: `读取工作簿失败：${describeError(e)}` });
    }
  }, [port]);

  useEffect(() => port.subscribe(() => void refresh()), [port, refresh]);

  const swap = useCallback(
    async (label: string, load: () => Promise<{ wb: XlsxWorkbook; name: string }>, done?: string) => {
      setBusy(label);
      setNotice(null);
      try {
        const { wb, name } = await load();
        setActiveSheet(wb.workbook.worksheets.find((w) => w.state === 'visible')?.name ?? null);
        port.replace(wb, name);
        if (done) setNotice({ intent: 'success', text: done });
      } catch (e) {
        setNotice({ intent: 'error', text: describeError(e) });
      } finally {
        setBusy(null);
      }
    },
    [port],
  );

  const restoreSample = useCallback(
    () => swap('正在准备示例工作簿…', async () => ({ wb: await createSampleWorkbook(), name: SAMPLE_FILE_NAME })),
    [swap],
  );

  useEffect(() => {
    void restoreSample();
  }, [restoreSample]);

  const openFile = (file: File) => {
    if (!/\.xlsx$/i.test(file.name)) {
      setNotice({ intent: 'error', text: `只能打开 .xlsx 文件。「${file.name}」请先在 Excel 或 WPS 中「另存为」Excel 工作簿（*.xlsx）。` });
      return;
    }
    void swap(
      `正在打开「${file.name}」…`,
      async () => {
        try {
          return { wb: await XlsxWorkbook.fromBuffer(await file.arrayBuffer()), name: file.name };
        } catch (e) {
          throw new Error(`无法读取「${file.name}」，文件可能已损坏或受密码保护（${describeError(e)}）`);
        }
      },
      `已打开「${file.name}」。`,
    );
  };

  const download = async () => {
    setNotice(null);
    try {
      downloadBytes(await port.workbook.toBuffer(), port.fileName);
    } catch (e) {
      setNotice({ intent: 'error', text: `生成文件失败：${describeError(e)}` });
    }
  };

  // A new function per snapshot: styles change with every write, and the grid memoises on it.
  const lookOf = useMemo(() => (sheet: string) => xlsxLook(port.workbook.workbook, sheet), [port, snapshot]);

  return (
    <div className={s.root}>
      <div className={s.bar}>
        <Text weight="semibold">预决算公开助手 · 浏览器预览</Text>
        <Toolbar aria-label="文件">
          <Button disabled={!!busy} onClick={() => fileInput.current?.click()}>
            打开本地 .xlsx
          </Button>
          <Button disabled={!!busy || !snapshot} onClick={() => void download()}>
            下载结果
          </Button>
          <Button disabled={!!busy} onClick={() => void restoreSample()}>
            恢复示例
          </Button>
        </Toolbar>
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = ''; // choosing the same file again must fire onChange again
            if (f) openFile(f);
          }}
        />
        <Text size={200} className={s.banner}>
          浏览器预览模式：数据只在本机处理，不会上传
        </Text>
      </div>
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.main}>
        <div className={s.left}>
          {busy || !snapshot ? (
            <Spinner className={s.waiting} label={busy ?? '正在读取工作簿…'} />
          ) : (
            <ErrorBoundary>
              <SheetGrid snapshot={snapshot} activeSheet={activeSheet} onActivate={setActiveSheet} selection={port.selection} lookOf={lookOf} />
            </ErrorBoundary>
          )}
        </div>
        <aside className={s.pane} aria-label="任务窗格">
          {/* Keyed on the workbook: a newly opened file starts with a fresh pane. */}
          <App key={generation} port={port} />
        </aside>
      </div>
    </div>
  );
}
