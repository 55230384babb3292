// 公式 tab: 元→万元（舍位平衡）. Previews the conversion — which tables, and every cell the
// balancing moves by a cent — and writes it only when the user confirms.
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { planConvert, type ConvertResult } from '../../domain/convert';
import type { WorkbookPort } from '../../workbook/port';
import { describeError } from '../errors';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const KIND = { input: '明细', total: '合计', restated: '他表同一数', formula: '合计（公式）' } as const;
const SHOWN = 50;

export function ConvertSection({ port }: { port: WorkbookPort }) {
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<ConvertResult | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await step();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  const plan = () => run(async () => {
    setDone(null);
    setPreview(planConvert(await port.read(), 'wan'));
  });
  const apply = (r: ConvertResult) => run(async () => {
    await port.apply(r.plan);
    setPreview(null);
    setDone(`已把 ${r.tables.length} 张表换算为万元，调整 ${r.adjustments.length} 个单元格`);
  });

  return (
    <div className={s.root}>
      <Text>财务软件导出的表以元为单位时，可换算为万元并做舍位平衡：四舍五入到两位小数后，按最大余数法把个别明细数调整 0.01，使各合计、小计和表间相同的数仍然相等。先预览，确认后写入。</Text>
      <div className={s.actions}>
        <Button disabled={busy} onClick={() => void plan()}>
          元→万元（舍位平衡）
        </Button>
        {busy && <Spinner size="tiny" label="正在计算…" />}
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {preview && (
        <MessageBar intent={preview.tables.length === 0 ? 'warning' : preview.balanced ? 'info' : 'warning'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {preview.tables.length === 0 ? '没有金额单位为元的表' : `将把 ${preview.tables.length} 张表由元换算为万元，舍位平衡调整 ${preview.adjustments.length} 个单元格`}
            </MessageBarTitle>
            <ul className={s.list}>
              {preview.tables.map((t) => (
                <li key={t.sheet}>{t.title}（{t.sheet}）：{t.cells} 个金额{t.unitCell ? `，${t.unitCell} 改为万元` : '，未找到单位说明'}</li>
              ))}
              {preview.skipped.map((x) => (
                <li key={x.sheet}>{x.reason}</li>
              ))}
            </ul>
            {preview.adjustments.length > 0 && (
              <ul className={s.list} aria-label="舍位平衡调整">
                {preview.adjustments.slice(0, SHOWN).map((a) => (
                  <li key={`${a.sheet}!${a.address}`}>
                    {a.sheet}!{a.address} {a.label}（{KIND[a.kind]}）：{a.source} 元 → 四舍五入 {a.rounded} → 调整为 {a.adjusted} 万元
                  </li>
                ))}
              </ul>
            )}
            {preview.adjustments.length > SHOWN && <Text size={200}>……共 {preview.adjustments.length} 个</Text>}
            {preview.notes.length > 0 && (
              <ul className={s.list}>
                {preview.notes.map((n) => (
                  <li key={n}>注意：{n}</li>
                ))}
              </ul>
            )}
            {preview.tables.length > 0 && (
              <div className={s.actions}>
                <Button appearance="primary" disabled={busy} onClick={() => void apply(preview)}>
                  确认转换
                </Button>
                <Button appearance="subtle" disabled={busy} onClick={() => setPreview(null)}>
                  取消
                </Button>
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
