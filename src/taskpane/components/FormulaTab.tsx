// 公式 tab: fills the recognised tables' formulas. Formulas go only into empty or formula
// cells; typed values that a formula would replace are shown first and replaced only when
// the user confirms.
import { useState } from 'react';
import { Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { planFill, type FillReport } from '../../domain/fill';
import type { WorkbookPort } from '../../workbook/port';
import { describeError } from '../errors';
import { ConvertSection } from './ConvertSection';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function FormulaTab({ port }: { port: WorkbookPort }) {
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<FillReport | null>(null);
  const [pending, setPending] = useState<FillReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [links, setLinks] = useState(false);

  const fill = async (overwrite: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const report = planFill(await port.read(), overwrite, links);
      await port.apply(report.plan);
      setDone(report);
      setPending(!overwrite && report.conflicts.length > 0 ? report : null);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={s.root}>
      <Text>在识别到的公开表中填充公式：合计、类 = Σ款、款 = Σ项、行内平衡（如本年支出合计 = 基本 + 项目 + …）、人员经费与公用经费合计、“三公”小计。公式只写入空白或已有公式的单元格。</Text>
      <Checkbox
        checked={links}
        onChange={(_e, d) => setLinks(d.checked === true)}
        label="同时填充表间链接公式（如总表各类支出取自支出决算表，财政拨款总表取自各资金表）"
      />
      <div className={s.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void fill(false)}>
          填充公式
        </Button>
        {busy && <Spinner size="tiny" label="正在填充…" />}
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {done && (
        <MessageBar intent={done.tables.length ? 'success' : 'warning'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{done.tables.length ? `已填充 ${done.tables.reduce((n, t) => n + t.formulas, 0)} 个公式` : '没有可填充的表'}</MessageBarTitle>
            <ul className={s.list}>
              {done.tables.map((t) => (
                <li key={t.sheet}>
                  {t.title}（{t.sheet}）：{t.formulas} 个公式
                  {t.addedRows && t.addedRows.length > 0 && `；补上类、款行 ${t.addedRows.join('、')}`}
                  {t.missingParents.length > 0 && `；缺少上级科目行 ${t.missingParents.join('、')}，请插入后再填充`}
                </li>
              ))}
              {done.skipped.map((x) => (
                <li key={x.sheet}>{x.reason}（{x.sheet}）</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {pending && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{pending.conflicts.length} 个单元格已有手填数值，未改动</MessageBarTitle>
            <ul className={s.list}>
              {pending.conflicts.slice(0, 50).map((c) => (
                <li key={`${c.sheet}!${c.address}`}>
                  {c.sheet}!{c.address}：现为 {String(c.existing)}，公式为 {c.planned}
                </li>
              ))}
            </ul>
            {pending.conflicts.length > 50 && <Text size={200}>……共 {pending.conflicts.length} 个</Text>}
            <div className={s.actions}>
              <Button disabled={busy} onClick={() => void fill(true)}>
                确认替换为公式
              </Button>
              <Button appearance="subtle" disabled={busy} onClick={() => setPending(null)}>
                保留手填数值
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      <ConvertSection port={port} />
    </div>
  );
}
