// The task pane: four tabs over one WorkbookPort. Host-agnostic: Excel, the preview and tests
// all pass their own port, so nothing here may touch `Excel` or `Office`.
import { lazy, Suspense, useMemo, useState, type ReactElement } from 'react';
import { Spinner, Tab, TabList, Text, makeStyles, tokens, type SelectTabData } from '@fluentui/react-components';
import type { WorkbookPort } from '../../workbook/port';
import { UndoablePort } from '../../workbook/undoable';
import { ErrorBoundary } from './ErrorBoundary';
import { TemplateTab } from './TemplateTab';
import { UndoButton } from './UndoButton';

type TabId = 'template' | 'formula' | 'check' | 'notes';

// Only 模板's form is in the first bundle (its specs follow at once, see TemplateTab); 公式 (fill,
// 舍位平衡), 检查 (recognition, rules) and 说明 (drafting, Word, charts) load on first use, so
// opening the pane does not wait for code it may not need.
const FormulaTab = lazy(() => import('./FormulaTab').then((m) => ({ default: m.FormulaTab })));
const CheckTab = lazy(() => import('./CheckTab').then((m) => ({ default: m.CheckTab })));
const NarrativeTab = lazy(() => import('./NarrativeTab').then((m) => ({ default: m.NarrativeTab })));

const TABS: Array<{ id: TabId; label: string }> = [
  { id: 'template', label: '模板' },
  { id: 'formula', label: '公式' },
  { id: 'check', label: '检查' },
  { id: 'notes', label: '说明' },
];

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0` },
  panel: { flex: 1, overflowY: 'auto', padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}` },
});

export function App({ port: host }: { port: WorkbookPort }) {
  const s = useStyles();
  // Every write of every tab goes through one port that keeps what it overwrote (撤销本次操作).
  const port = useMemo(() => new UndoablePort(host), [host]);
  const [tab, setTab] = useState<TabId>('template');
  const [opened, setOpened] = useState<Set<TabId>>(() => new Set(['template']));
  // A lazy tab is mounted when first opened, then kept (its results survive switching tabs).
  const later = (id: TabId, content: ReactElement) =>
    opened.has(id) ? <Suspense fallback={<Spinner size="tiny" label="正在加载…" />}>{content}</Suspense> : <></>;
  const panel = (id: TabId, content: ReactElement) => (
    // Panels stay mounted (hidden) so results survive switching tabs.
    <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id} className={s.panel}>
      <ErrorBoundary>{content}</ErrorBoundary>
    </div>
  );
  return (
    <div className={s.root}>
      <div className={s.header}>
        <Text as="h1" size={500} weight="semibold" block>
          预决算公开助手
        </Text>
        <TabList
          selectedValue={tab}
          onTabSelect={(_, d: SelectTabData) => {
            setTab(d.value as TabId);
            setOpened((o) => new Set(o).add(d.value as TabId));
          }}
        >
          {TABS.map((t) => (
            <Tab key={t.id} id={`tab-${t.id}`} value={t.id} aria-controls={`panel-${t.id}`}>
              {t.label}
            </Tab>
          ))}
        </TabList>
        <UndoButton port={port} />
      </div>
      {panel('template', <TemplateTab port={port} />)}
      {panel('formula', later('formula', <FormulaTab port={port} />))}
      {panel('check', later('check', <CheckTab port={port} />))}
      {panel('notes', later('notes', <NarrativeTab port={port} />))}
    </div>
  );
}
