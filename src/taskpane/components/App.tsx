// The task pane: four tabs over one WorkbookPort. Host-agnostic: Excel, the preview and tests
// all pass their own port, so nothing here may touch `Excel` or `Office`.
import { useState, type ReactElement } from 'react';
import { Tab, TabList, Text, makeStyles, tokens, type SelectTabData } from '@fluentui/react-components';
import type { WorkbookPort } from '../../workbook/port';
import { CheckTab } from './CheckTab';
import { ErrorBoundary } from './ErrorBoundary';
import { FormulaTab } from './FormulaTab';
import { NarrativeTab } from './NarrativeTab';
import { TemplateTab } from './TemplateTab';

type TabId = 'template' | 'formula' | 'check' | 'notes';

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

export function App({ port }: { port: WorkbookPort }) {
  const s = useStyles();
  const [tab, setTab] = useState<TabId>('template');
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
        <TabList selectedValue={tab} onTabSelect={(_, d: SelectTabData) => setTab(d.value as TabId)}>
          {TABS.map((t) => (
            <Tab key={t.id} id={`tab-${t.id}`} value={t.id} aria-controls={`panel-${t.id}`}>
              {t.label}
            </Tab>
          ))}
        </TabList>
      </div>
      {panel('template', <TemplateTab port={port} />)}
      {panel('formula', <FormulaTab port={port} />)}
      {panel('check', <CheckTab port={port} />)}
      {panel('notes', <NarrativeTab port={port} />)}
    </div>
  );
}
