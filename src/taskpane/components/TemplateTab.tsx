// 模板 tab: inserts a profile's tables (all, or one) as one write batch through the port.
import { useEffect, useState } from 'react';
import {
  Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { PROFILES } from '../../domain/spec/profiles';
import type { WorkbookPort } from '../../workbook/port';
import { describeError } from '../errors';

type Outcome =
  | { kind: 'done'; written: Array<{ table: string; sheet: string }>; skipped: string[] }
  | { kind: 'error'; message: string };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  itemName: { flex: 1, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  // Long profile names must not widen the pane: let the native select shrink and clip.
  select: { minWidth: 0, maxWidth: '100%' },
});

type Engine = typeof import('../templateEngine');
let engine: Promise<Engine> | null = null;
/** The specs and the planner, fetched once; a failed fetch is retried on the next call. */
function loadEngine(): Promise<Engine> {
  engine ??= import('../templateEngine').catch((e: unknown) => {
    engine = null;
    throw e;
  });
  return engine;
}

function parseYear(text: string): number | null {
  const t = text.trim();
  if (!/^\d{4}$/.test(t)) return null;
  const y = Number(t);
  return y >= 2000 && y <= 2100 ? y : null;
}

export function TemplateTab({ port }: { port: WorkbookPort }) {
  const s = useStyles();
  const [profileId, setProfileId] = useState(PROFILES[0].id);
  const profile = PROFILES.find((p) => p.id === profileId) ?? PROFILES[0];
  const [dept, setDept] = useState('');
  const [yearText, setYearText] = useState(String(profile.year));
  const [zeroDisplay, setZeroDisplay] = useState<'blank' | 'zero'>('blank');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const year = parseYear(yearText);
  const [specs, setSpecs] = useState<Engine | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadEngine().then(
      (m) => live && setSpecs(m),
      (e: unknown) => live && setLoadError(`表式数据未能载入：${describeError(e)}`),
    );
    return () => {
      live = false;
    };
  }, []);

  const insert = async (tableIds: string[]) => {
    if (year === null) return;
    setBusy(true);
    setOutcome(null);
    try {
      const { planInsert } = await loadEngine();
      const result = planInsert(await port.read(), profile, tableIds, { dept: dept.trim(), year, zeroDisplay });
      if (result.plan.sheets.length > 0) await port.apply(result.plan);
      setOutcome({
        kind: 'done',
        written: Object.entries(result.sheets).map(([table, sheet]) => ({ table, sheet })),
        skipped: result.skipped.map((x) => x.table),
      });
    } catch (e) {
      setOutcome({ kind: 'error', message: describeError(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={s.root}>
      <Field label="公开格式">
        <Select
          className={s.select}
          select={{ className: s.select }}
          value={profileId}
          disabled={busy}
          onChange={(_, d) => {
            setProfileId(d.value);
            setYearText(String(PROFILES.find((p) => p.id === d.value)?.year ?? ''));
            setOutcome(null);
          }}
        >
          {PROFILES.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="部门名称" hint="写在每张表的「部门」一栏，可留空以后再填。">
        <Input value={dept} disabled={busy} placeholder="例如：某某县财政局" onChange={(_, d) => setDept(d.value)} />
      </Field>
      <Field
        label="年度"
        validationState={year === null ? 'error' : 'none'}
        validationMessage={year === null ? '请输入四位年份，例如 2024' : undefined}
      >
        <Input value={yearText} disabled={busy} inputMode="numeric" maxLength={4} onChange={(_, d) => setYearText(d.value)} />
      </Field>
      <Field label="零值显示" hint="公开表中金额为零的单元格通常留空。">
        <Select value={zeroDisplay} disabled={busy} onChange={(_, d) => setZeroDisplay(d.value === 'zero' ? 'zero' : 'blank')}>
          <option value="blank">空白</option>
          <option value="zero">0.00</option>
        </Select>
      </Field>
      <div>
        <Button appearance="primary" disabled={busy || year === null} onClick={() => void insert(profile.tables)}>
          插入整套表格
        </Button>
      </div>
      {busy && <Spinner size="tiny" label="正在写入工作簿…" />}
      {outcome && <OutcomeBar outcome={outcome} />}
      {loadError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{loadError}</MessageBarBody>
        </MessageBar>
      )}

      <Text weight="semibold">本套表格（{profile.tables.length} 张）</Text>
      <ul className={s.list}>
        {profile.tables.map((id) => {
          const spec = specs?.tableSpec(id);
          return (
            <li key={id} className={s.item}>
              <span className={s.itemName}>
                <span className={s.muted}>{id}</span>{' '}
                {spec ? spec.title : <span className={s.muted}>{specs ? '（模板尚未收录）' : '…'}</span>}
                {spec?.note && <span className={s.muted}>（{spec.note}）</span>}
              </span>
              <Button size="small" disabled={busy || year === null || !spec} onClick={() => void insert([id])}>
                插入
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function OutcomeBar({ outcome }: { outcome: Outcome }) {
  if (outcome.kind === 'error') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>插入失败</MessageBarTitle>
          {outcome.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { written, skipped } = outcome;
  return (
    <>
      {written.length > 0 ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>已写入 {written.length} 张表</MessageBarTitle>
            工作表：{written.map((w) => `「${w.sheet}」`).join('、')}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>没有写入任何表格。</MessageBarBody>
        </MessageBar>
      )}
      {skipped.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>以下表格模板尚未收录：{skipped.join('、')}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
