// 说明 tab: drafts the 情况说明 from the workbook, shows it with numbers linked to their cells,
// lists the reasons to type (kept in the workbook's 说明辅助数据 sheet), copies a section or all
// as rich text, and exports a Word document. Drafting and reason planning default to the domain's
// draftNarrative / planSaveReasons and are injectable so the tab can be tested with a fixture.
import { useDeferredValue, useMemo, useState } from 'react';
import {
  Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, Textarea, makeStyles, tokens,
} from '@fluentui/react-components';
import type { CellLocation } from '../../domain/findings';
import { SEVERITY_LABEL } from '../../domain/findings';
import type { DraftResult, NarrativeOptions, ReasonSlot } from '../../domain/narrative/api';
import { AUX_FIELDS, findAuxSheet, planAuxSheet, planSaveReasons } from '../../domain/narrative/aux';
import type { ChartSpec } from '../../domain/narrative/document';
import { draftNarrative } from '../../domain/narrative/draft';
import { renderHtml, renderText } from '../../domain/narrative/renderHtml';
import { renderChartPng } from '../../export/chartImage';
import { renderDocx } from '../../export/docx';
import type { WorkbookPort, WorkbookSnapshot, WritePlan } from '../../workbook/port';
import { copyRich, type CopyResult, type RichText } from '../clipboard';
import { describeError } from '../errors';
import { base64, fileNameOf, saveFile } from '../saveFile';
import { NarrativeSectionView } from './NarrativeSectionView';
import { PreviousYearImport } from './PreviousYearImport';
import { NarrativeSettings, loadSettings, storeSettings, type NarrativeSettingsValue } from './NarrativeSettings';
import { ReasonList, reasonBoxId } from './ReasonList';
import { withPlan } from '../withPlan';

export type DraftFn = (snapshot: WorkbookSnapshot, options: Partial<NarrativeOptions>) => DraftResult;
/** Plans writing the typed reasons (by ReasonSlot id) into the workbook. */
export type PlanReasonsFn = (snapshot: WorkbookSnapshot, reasons: Record<string, string>) => WritePlan;

export interface NarrativeTabProps {
  port: WorkbookPort;
  draft?: DraftFn;
  planReasons?: PlanReasonsFn;
  copy?: (content: RichText) => Promise<CopyResult>;
  exportDocx?: typeof renderDocx;
  save?: (bytes: Uint8Array, fileName: string) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  doc: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  docTitle: { margin: 0, textAlign: 'center', fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, '& summary': { cursor: 'pointer' } },
  findings: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** Placeholder ids may be the slot id or `reason.<slot id>`: the typed text answers both. */
function reasonsByPlaceholder(slots: ReasonSlot[], typed: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const slot of slots) {
    const t = typed[slot.id] ?? slot.text;
    out[slot.id] = t;
    out[`reason.${slot.id}`] = t;
  }
  return out;
}

/**
 * The 说明辅助数据 key behind an input gap (`input.<key>`, or `input.<key>.change|.completion` for
 * a comparison with it); null for gaps of a table the workbook lacks (e.g. input.T03.total).
 */
export function auxKeyOf(placeholderId: string): string | null {
  const key = placeholderId.replace(/^input\./, '');
  const known = (k: string) => AUX_FIELDS.some((f) => f.key === k) || /^(budget\.gpb_item(_adj)?|use|reason)\./.test(k);
  if (known(key)) return key;
  const base = key.replace(/\.(change|completion)$/, '');
  return base !== key && known(base) ? base : null;
}

// Chart images for pasted HTML, drawn once per draft (a new draft brings new chart objects).
const chartUrls = new WeakMap<ChartSpec, string>();
function chartDataUrl(chart: ChartSpec): string {
  let url = chartUrls.get(chart);
  if (!url) chartUrls.set(chart, (url = `data:image/png;base64,${base64(renderChartPng(chart, { width: 480, height: 270 }))}`));
  return url;
}

export function NarrativeTab({ port, draft = draftNarrative, planReasons = planSaveReasons, copy = copyRich, exportDocx = renderDocx, save = saveFile }: NarrativeTabProps) {
  const s = useStyles();
  const [settings, setSettingsState] = useState<NarrativeSettingsValue>(loadSettings);
  const setSettings = (v: NarrativeSettingsValue) => {
    setSettingsState(v);
    storeSettings(v);
  };
  const [busy, setBusy] = useState<string | null>(null);
  /** The workbook as last read and its draft: the saved state of the reasons. */
  const [base, setBase] = useState<{ snapshot: WorkbookSnapshot; result: DraftResult } | null>(null);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ intent: 'success' | 'warning'; text: string } | null>(null);
  const [manual, setManual] = useState<string | null>(null);

  const slots = base?.result.reasons ?? [];
  const unsaved = slots.filter((r) => (typed[r.id] ?? r.text) !== r.text);
  const open = slots.filter((r) => !(typed[r.id] ?? r.text).trim()).length;
  const reasons = useMemo(() => reasonsByPlaceholder(slots, typed), [slots, typed]);

  // What the pane shows, copies and exports: drafted again (no workbook read) as if the typed
  // reasons were saved and with the current settings, so every use of a reason reads the same.
  // Deferred: on a large workbook drafting takes a moment, and typing must not wait for it.
  const typedLater = useDeferredValue(typed);
  const result = useMemo(() => {
    if (!base) return null;
    const changed = Object.fromEntries(
      slots.filter((r) => (typedLater[r.id] ?? r.text) !== r.text).map((r) => [r.id, (typedLater[r.id] ?? '').trim()]),
    );
    try {
      return draft(Object.keys(changed).length ? withPlan(base.snapshot, planReasons(base.snapshot, changed)) : base.snapshot, settings);
    } catch {
      return base.result; // the last good draft rather than a broken pane
    }
  }, [base, slots, typedLater, settings, draft, planReasons]);

  const runDraft = async () => {
    const snapshot = await port.read();
    const next = draft(snapshot, settings);
    setBase({ snapshot, result: next });
    // Keep what the user typed and has not saved; otherwise show the workbook's text.
    setTyped((prev) => Object.fromEntries(next.reasons.map((r) => [r.id, prev[r.id] !== undefined && prev[r.id] !== r.text && prev[r.id].trim() ? prev[r.id] : r.text])));
  };

  const act = async (label: string, fn: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    setNotice(null);
    try {
      await fn();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(null);
    }
  };

  const saveReasons = () =>
    act('正在保存原因…', async () => {
      const changed = Object.fromEntries(unsaved.map((r) => [r.id, (typed[r.id] ?? '').trim()]));
      await port.apply(planReasons(await port.read(), changed));
      await runDraft();
      setNotice({ intent: 'success', text: `已把 ${unsaved.length} 条原因保存到工作簿（说明辅助数据），下次起草时自动引用。` });
    });

  const select = async (cells: CellLocation[]) => {
    const cell = cells[0];
    if (!cell) return;
    try {
      await port.select(cell.sheet, cell.address);
    } catch (e) {
      setError(`无法定位到「${cell.sheet}」${cell.address}：${describeError(e)}`);
    }
  };

  const copyOut = async (sectionId?: string) => {
    if (!result) return;
    setManual(null);
    setNotice(null);
    const opts = { sectionId, reasons };
    const content = { html: renderHtml(result.document, { ...opts, chartImage: chartDataUrl }), text: renderText(result.document, opts) };
    const what = sectionId ? `「${result.document.sections.find((x) => x.id === sectionId)?.title ?? ''}」` : '全文';
    try {
      const r = await copy(content);
      if (r.ok) setNotice({ intent: 'success', text: `已复制${what}，可粘贴到 Word 或 WPS（保留格式）。` });
      else setManual(r.text);
    } catch {
      setManual(content.text);
    }
  };

  const exportWord = () =>
    act('正在生成 Word 文档…', async () => {
      if (!result) return;
      const bytes = await exportDocx(result.document, { reasons });
      save(bytes, fileNameOf(result.document.title, 'docx'));
      const inputs = result.document.sections.flatMap((x) => x.paragraphs.flatMap((p) => p.runs)).filter((r) => r.placeholder?.kind === 'input').length;
      const gaps = [open && `${open}处原因`, inputs && `${inputs}处数字或文字`].filter(Boolean).join('、');
      setNotice(
        gaps
          ? { intent: 'warning', text: `已导出 Word 文档。还有${gaps}未填写，文档中以黄色标出。` }
          : { intent: 'success', text: '已导出 Word 文档。' },
      );
    });

  const focusReason = (placeholderId: string) => {
    const slotId = placeholderId.startsWith('reason.') && !slots.some((r) => r.id === placeholderId) ? placeholderId.slice(7) : placeholderId;
    const box = document.getElementById(reasonBoxId(slotId));
    box?.scrollIntoView?.({ block: 'center' });
    box?.focus();
  };

  /** A fact no table holds: select its value cell in 说明辅助数据, adding the sheet or row when missing. */
  const locateInput = (key: string) =>
    act('正在定位…', async () => {
      const rowOf = (snap: WorkbookSnapshot) => {
        const sheet = findAuxSheet(snap);
        const r = sheet?.values.findIndex((row, i) => i >= 3 && typeof row[0] === 'string' && row[0].trim() === key) ?? -1;
        return sheet && r >= 0 ? { sheet: sheet.name, address: `C${r + 1}` } : null;
      };
      let at = rowOf(await port.read());
      if (!at) {
        // A blank value: planAuxSheet only adds the sheet or row and never replaces a typed value.
        await port.apply(planAuxSheet(await port.read(), { [key]: null }).plan);
        at = rowOf(await port.read());
      }
      if (!at) throw new Error(`「说明辅助数据」表中没有 ${key} 这一行。`);
      await port.select(at.sheet, at.address);
      setNotice({ intent: 'success', text: `请在「${at.sheet}」${at.address} 填写后点「重新起草」。` });
    });

  const onGap = (ph: { id: string; kind: 'reason' | 'input' }) => {
    if (ph.kind === 'reason') focusReason(ph.id);
    else {
      const key = auxKeyOf(ph.id);
      if (key) void locateInput(key);
      else setNotice({ intent: 'warning', text: '这个数应来自公开表，但工作簿中没有识别到相应的表或数值。请在「模板」页插入该表并填写后重新起草。' });
    }
  };

  const titleOf = (id: string) => result?.document.sections.find((x) => x.id === id)?.title ?? id;

  return (
    <div className={s.root}>
      <Text>根据识别到的公开表和「说明辅助数据」表起草《情况说明》。点数字可定位到单元格；黄色处需要补充。</Text>
      <NarrativeSettings value={settings} onChange={setSettings} />
      <PreviousYearImport port={port} />
      <div className={s.actions}>
        <Button appearance="primary" disabled={!!busy} onClick={() => void act('正在读取表格并起草…', runDraft)}>
          {result ? '重新起草' : '起草'}
        </Button>
        {busy && <Spinner size="tiny" label={busy} />}
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <div className={s.actions}>
            <Button onClick={() => void copyOut()}>复制全部</Button>
            <Button disabled={!!busy} onClick={() => void exportWord()}>
              导出 Word
            </Button>
          </div>
          <div role="status">
            {notice && (
              <MessageBar intent={notice.intent} layout="multiline">
                <MessageBarBody>{notice.text}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          {manual !== null && (
            <div className={s.block}>
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>无法自动复制</MessageBarTitle>
                  当前环境不允许写入剪贴板。请点下面的文本框，按 Ctrl+A 全选后按 Ctrl+C 复制。
                </MessageBarBody>
              </MessageBar>
              <Textarea aria-label="待复制的文字" readOnly value={manual} rows={8} resize="vertical" onFocus={(e) => e.currentTarget.select()} />
            </div>
          )}
          {result.findings.length > 0 && (
            <details className={s.small}>
              <summary>起草提示（{result.findings.length}）</summary>
              <ul className={s.findings}>
                {result.findings.map((f, i) => (
                  <li key={i}>
                    {SEVERITY_LABEL[f.severity]}：{f.message}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {slots.length > 0 && (
            <section className={s.block} aria-label="需要填写的原因">
              <Text weight="semibold" block>
                需要填写的原因（{slots.length}，未填 {open}）
              </Text>
              <ReasonList slots={slots} values={typed} sectionTitle={titleOf} onChange={(id, text) => setTyped((t) => ({ ...t, [id]: text }))} />
              <div className={s.actions}>
                <Button disabled={!!busy || unsaved.length === 0} onClick={() => void saveReasons()}>
                  保存原因到工作簿{unsaved.length ? `（${unsaved.length}）` : ''}
                </Button>
              </div>
            </section>
          )}
          <article className={s.doc} aria-label="情况说明草稿">
            <h2 className={s.docTitle}>{result.document.title}</h2>
            {!!result.document.preamble?.length && (
              <NarrativeSectionView section={{ id: 'preamble', title: '', level: 1, paragraphs: result.document.preamble }} reasons={reasons} onSelect={(c) => void select(c)} onGap={onGap} />
            )}
            {result.document.sections.map((sec) => (
              <NarrativeSectionView key={sec.id} section={sec} reasons={reasons} onSelect={(c) => void select(c)} onGap={onGap} onCopy={() => void copyOut(sec.id)} />
            ))}
          </article>
        </>
      )}
    </div>
  );
}
