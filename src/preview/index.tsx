// Preview entry: runs the task pane against an .xlsx in the browser (no Excel, no upload).
import { FluentProvider } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../taskpane/components/ErrorBoundary';
import { pickTheme } from '../taskpane/theme';
import { XlsxWorkbook } from '../workbook/xlsx';
import { NotifyingPort } from './notifyingPort';
import { PreviewPage } from './PreviewPage';
import { SAMPLE_FILE_NAME } from './sampleWorkbook';

const DARK = '(prefers-color-scheme: dark)';

function useDarkScheme(): boolean {
  const [dark, setDark] = useState(() => window.matchMedia?.(DARK).matches ?? false);
  useEffect(() => {
    const mq = window.matchMedia?.(DARK);
    if (!mq) return;
    const on = (e: MediaQueryListEvent) => setDark(e.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return dark;
}

// Starts empty; PreviewPage swaps in the sample workbook on mount.
const port = new NotifyingPort(new XlsxWorkbook(), SAMPLE_FILE_NAME);

function Root() {
  const dark = useDarkScheme();
  return (
    <FluentProvider theme={pickTheme(dark)}>
      <ErrorBoundary>
        <PreviewPage port={port} />
      </ErrorBoundary>
    </FluentProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Root />);
