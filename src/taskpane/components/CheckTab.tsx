// 检查 tab: reads the workbook once, runs the domain checks, and lets the user jump to cells.
import { useState } from 'react';
import {
  Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, mergeClasses, tokens,
} from '@fluentui/react-components';
import { runChecks, type CheckReport } from '../../domain/checks';
import { SEVERITY_LABEL, type Finding } from '../../domain/findings';
import { UNIT_LABEL } from '../../domain/amount';
import type { Severity } from '../../domain/spec/types';
import { tableSpec } from '../../domain/tables';
import type { WorkbookPort } from '../../workbook/port';
import { describeError } from '../errors';

const ORDER: Severity[] = ['error', 'warn', 'info'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  finding: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':disabled': { cursor: 'default' },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warn: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  detail: { display: 'block', marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  missing: { marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, '& summary': { cursor: 'pointer' } },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200, '& th, & td': { textAlign: 'left', verticalAlign: 'top', padding: `2px ${tokens.spacingHorizontalXS}` },
    '& th:last-child, & td:last-child': { whiteSpace: 'nowrap' },
  },
});

function unitText(u: CheckReport['tables'][number]['unit']): string {
  return u ? UNIT_LABEL[u] : '未注明';
}

export function CheckTab({ port }: { port: WorkbookPort }) {
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<CheckReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selectError, setSelectError] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    setSelectError(null);
    try {
      setReport(runChecks(await port.read()));
    } catch (e) {
      setReport(null);
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  const go = async (f: Finding) => {
    const cell = f.cells[0];
    if (!cell) return;
    setSelectError(null);
    try {
      await port.select(cell.sheet, cell.address);
    } catch (e) {
      setSelectError(`无法定位到「${cell.sheet}」${cell.address}：${describeError(e)}`);
    }
  };

  return (
    <div className={s.root}>
      <Text>检查工作簿中已识别的公开表：表内合计、收支平衡等勾稽关系。</Text>
      <div>
        <Button appearance="primary" disabled={busy} onClick={() => void run()}>
          运行检查
        </Button>
      </div>
      {busy && <Spinner size="tiny" label="正在读取并检查…" />}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>检查失败</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {selectError && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      )}
      {report && !busy && (
        <>
          <section aria-label="识别到的表格">
            <Text weight="semibold" block>
              识别到的表格（{report.tables.length}）
            </Text>
            {report.tables.length > 0 ? (
              <table className={s.table}>
                <thead>
                  <tr>
                    <th>表名</th>
                    <th>工作表</th>
                    <th>单位</th>
                  </tr>
                </thead>
                <tbody>
                  {report.tables.map((t) => (
                    <tr key={`${t.table}@${t.sheet}`}>
                      <td>{t.title}</td>
                      <td>{t.sheet}</td>
                      <td>{unitText(t.unit)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Text block>没有识别到公开表。请先在「模板」页插入表格，或打开已有的公开表。</Text>
            )}
            {report.missing.length > 0 && (
              // Tables of the inserted set that no sheet was recognised as: absent, renamed beyond
              // recognition, or of a layout the checker cannot read yet (未检查, so say so).
              <details className={s.missing}>
                <summary>未识别、未检查的表格（{report.missing.length}）</summary>
                {report.missing.map((id) => tableSpec(id)?.title ?? id).join('、')}
                <Text block size={200}>这些表不在工作簿中，或其版式暂不支持自动识别，本次未作核对。</Text>
              </details>
            )}
          </section>
          {report.findings.length === 0 ? (
            report.tables.length > 0 && (
              <MessageBar intent="success">
                <MessageBarBody>未发现问题</MessageBarBody>
              </MessageBar>
            )
          ) : (
            ORDER.map((sev) => {
              const items = report.findings.filter((f) => f.severity === sev);
              if (items.length === 0) return null;
              return (
                <section key={sev} aria-label={SEVERITY_LABEL[sev]}>
                  <Text weight="semibold" block>
                    {SEVERITY_LABEL[sev]}（{items.length}）
                  </Text>
                  <ul className={s.list}>
                    {items.map((f, i) => (
                      <li key={`${f.rule}-${i}`}>
                        <button
                          type="button"
                          className={mergeClasses(s.finding, s[sev])}
                          disabled={f.cells.length === 0}
                          title={f.cells.length ? '定位到该单元格' : undefined}
                          onClick={() => void go(f)}
                        >
                          {f.message}
                          <FindingDetail finding={f} className={s.detail} />
                        </button>
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })
          )}
        </>
      )}
    </div>
  );
}

/** All cells of a finding, grouped by sheet: 「收入支出决算总表」C33、C7 …. */
function FindingDetail({ finding: f, className }: { finding: Finding; className: string }) {
  if (f.cells.length === 0) return null;
  const bySheet = new Map<string, string[]>();
  for (const c of f.cells) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c.address]);
  const where = [...bySheet].map(([sheet, addresses]) => `「${sheet}」${addresses.join('、')}`).join('；');
  return <span className={className}>位置：{where}</span>;
}
