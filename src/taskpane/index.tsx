// Task-pane entry: the only UI file that touches `Office`/`Excel`; everything below gets a port.
import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { OfficeWorkbook } from '../workbook/office';
import { App } from './components/App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { NotInExcel } from './components/NotInExcel';
import { isDarkColor, pickTheme } from './theme';

declare global {
  interface Window {
    /** Set by legacy.js when the webview is too old; its message then stays on screen. */
    __disclosureTablesLegacy?: boolean;
  }
}


function start(host: string | null): void {
  const root = createRoot(document.getElementById('root')!);
  const inExcel = host === 'Excel' && typeof Excel !== 'undefined';
  const dark = isDarkColor(typeof Office !== 'undefined' ? Office.context?.officeTheme?.bodyBackgroundColor : null);
  root.render(
    <FluentProvider theme={pickTheme(dark)} style={{ height: '100%' }}>
      <ErrorBoundary>{inExcel ? <App port={new OfficeWorkbook(Excel, (v) => Office.context.requirements.isSetSupported('ExcelApi', v))} /> : <NotInExcel />}</ErrorBoundary>
    </FluentProvider>,
  );
}

if (window.__disclosureTablesLegacy) {
  // legacy.js has explained why the pane cannot run here; leave its message alone.
} else if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
  start(null); // office.js missing or blocked: say so instead of a blank pane
} else {
  // HostType.Excel is the string "Excel"; compare the string so a stubbed Office works too.
  Office.onReady().then(
    (info) => start(info.host ? String(info.host) : null),
    () => start(null),
  );
}
