// 检查 tab: reads the workbook once, runs the domain checks, and lets the user jump to cells.
import { useState } from 'react';
import {
  Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, Textarea, makeStyles, mergeClasses, tokens,
} from '@fluentui/react-components';
import { runChecks, type CheckReport } from '../../domain/checks';
import { draftExplanation } from '../../domain/explanations';
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
  card: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderRadius: tokens.borderRadiusMedium,
  },
  finding: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    padding: 0,
    background: 'none',
    border: 'none',
    ':hover': { textDecorationLine: 'underline' },
    ':disabled': { cursor: 'default', textDecorationLine: 'none' },
  },
  location: { display: 'block', paddingLeft: tokens.spacingHorizontalS },
  badge: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  explain: { marginTop: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200, '& summary': { cursor: 'pointer', color: tokens.colorBrandForeground1 } },
  explainText: { width: '100%', marginTop: tokens.spacingVerticalXXS },
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

  const select = async (sheet: string, range: string) => {
    setSelectError(null);
    try {
      await port.select(sheet, range);
    } catch (e) {
      setSelectError(`无法定位到「${sheet}」${range}：${describeError(e)}`);
    }
  };

  return (
    <div className={s.root}>
      <Text>核对工作簿中识别到的公开表：表内合计、类款项、收支平衡，以及表与表之间的勾稽关系（按四舍五入区间判断，尾差只作提示）。</Text>
      <div>
        <Button appearance="primary" disabled={busy} onClick={() => void run()}>
          {report ? '重新检查' : '运行检查'}
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
            <FindingGroups report={report} onSelect={(sheet, range) => void select(sheet, range)} />
          )}
        </>
      )}
    </div>
  );
}

/** Findings grouped by the table of their first cell, then by severity (错误, 警告, 提示). */
function FindingGroups({ report, onSelect }: { report: CheckReport; onSelect: (sheet: string, range: string) => void }) {
  const s = useStyles();
  const titleOf = new Map(report.tables.map((t) => [t.sheet, t.title]));
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const sheet = f.cells[0]?.sheet ?? '';
    groups.set(sheet, [...(groups.get(sheet) ?? []), f]);
  }
  return (
    <>
      {[...groups].map(([sheet, list]) => (
        <section key={sheet} aria-label={titleOf.get(sheet) ?? (sheet || '工作簿')}>
          <Text weight="semibold" block>
            {titleOf.get(sheet) ?? (sheet || '工作簿')}（{ORDER.filter((sev) => list.some((f) => f.severity === sev)).map((sev) => `${SEVERITY_LABEL[sev]} ${list.filter((f) => f.severity === sev).length}`).join('，')}）
          </Text>
          <ul className={s.list}>
            {ORDER.flatMap((sev) => list.filter((f) => f.severity === sev)).map((f, i) => (
              <li key={`${f.rule}-${i}`} className={mergeClasses(s.card, s[f.severity])}>
                <button
                  type="button"
                  className={s.finding}
                  disabled={f.cells.length === 0}
                  title={f.cells.length ? '选中参与核对的单元格' : undefined}
                  onClick={() => f.cells[0] && onSelect(f.cells[0].sheet, cellsOn(f, f.cells[0].sheet))}
                >
                  <span className={s.badge}>{SEVERITY_LABEL[f.severity]}</span>
                  {f.message}
                </button>
                <Locations finding={f} onSelect={onSelect} />
                <Explanation finding={f} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** The cells of a finding on one sheet as a multi-area reference: "C7,F12,F13". */
function cellsOn(f: Finding, sheet: string): string {
  return f.cells.filter((c) => c.sheet === sheet).map((c) => c.address).join(',');
}

/** Where the operands are, one link per sheet (a cross-table finding spans two or more). */
function Locations({ finding: f, onSelect }: { finding: Finding; onSelect: (sheet: string, range: string) => void }) {
  const s = useStyles();
  if (f.cells.length === 0) return null;
  const sheets = [...new Set(f.cells.map((c) => c.sheet))];
  return (
    <span className={s.detail}>
      位置：
      {sheets.map((sheet) => (
        <span key={sheet} className={s.location}>
          <Link as="button" onClick={() => onSelect(sheet, cellsOn(f, sheet))}>
            「{sheet}」{f.cells.filter((c) => c.sheet === sheet).map((c) => c.address).join('、')}
          </Link>
        </span>
      ))}
    </span>
  );
}

/** A draft 出错说明 for a 警告 the figures may be right despite. */
function Explanation({ finding }: { finding: Finding }) {
  const s = useStyles();
  const text = draftExplanation(finding);
  if (!text) return null;
  return (
    <details className={s.explain}>
      <summary>出错说明（草稿）</summary>
      <Textarea readOnly value={text} resize="vertical" aria-label="出错说明草稿" className={s.explainText} />
    </details>
  );
}
