// Wording settings of the 说明 tab (spec §5.0–§5.3), folded away by default: most users draft
// with the defaults and only change 自称 once.
import { Field, Select, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { NarrativeOptions } from '../../domain/narrative/api';

export type NarrativeSettingsValue = Pick<
  NarrativeOptions,
  'style' | 'selfReference' | 'pctDecimals' | 'stripTrailingZeros' | 'listZeroItems' | 'codeStyle' | 'completionBase' | 'zeroInText' | 'trimAmounts' | 'reasonThreshold'
>;

export const DEFAULT_SETTINGS: NarrativeSettingsValue = {
  style: 'standard',
  selfReference: '本部门',
  pctDecimals: 2,
  stripTrailingZeros: false,
  listZeroItems: true,
  codeStyle: 'a',
  completionBase: '年初预算',
  zeroInText: '0',
  reasonThreshold: 0,
  // trimAmounts left out: the draft decides by format (on for the Hebei 预算 style)
};

const STORE_KEY = 'disclosure-tables.narrative-settings';

/** The settings last used on this computer (localStorage), or the defaults. */
export function loadSettings(): NarrativeSettingsValue {
  try {
    const saved = JSON.parse(globalThis.localStorage?.getItem(STORE_KEY) ?? 'null') as Partial<NarrativeSettingsValue> | null;
    if (!saved || typeof saved !== 'object') return DEFAULT_SETTINGS;
    const out = { ...DEFAULT_SETTINGS };
    for (const k of Object.keys(DEFAULT_SETTINGS) as Array<keyof NarrativeSettingsValue>) {
      if (typeof saved[k] === typeof DEFAULT_SETTINGS[k]) (out as Record<string, unknown>)[k] = saved[k];
    }
    if (typeof saved.trimAmounts === 'boolean') out.trimAmounts = saved.trimAmounts;
    return out;
  } catch {
    return DEFAULT_SETTINGS; // storage blocked or corrupt: defaults
  }
}

export function storeSettings(v: NarrativeSettingsValue): void {
  try {
    globalThis.localStorage?.setItem(STORE_KEY, JSON.stringify(v));
  } catch {
    // storage blocked (some hosts): the settings last for this session only
  }
}

const SELF = ['本部门', '本单位', '我会', '我局'];

// The wording templates of styles.ts: the fixed words between the figures.
const STYLES: Array<{ id: NonNullable<NarrativeOptions['style']>; label: string }> = [
  { id: 'standard', label: '通用（2024 年起的决算、预算格式）' },
  { id: 'sichuan2020', label: '四川 2020 年度决算格式' },
  { id: 'hebei2020', label: '河北县级 2020 年预算格式' },
];

const CODE_STYLES: Array<{ id: NarrativeOptions['codeStyle']; label: string }> = [
  { id: 'a', label: '一般公共服务201（类）群众团体事务20129（款）…' },
  { id: 'b', label: '一般公共服务201（类）群众团体事务29（款）…' },
  { id: 'c', label: '一般公共服务支出（类）群众团体事务（款）…' },
  { id: 'd', label: '一般公共服务支出（201类）…' },
];

const useStyles = makeStyles({
  box: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    '& summary': { cursor: 'pointer', padding: `${tokens.spacingVerticalXS} 0` },
  },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  select: { minWidth: 0 },
});

export function NarrativeSettings({ value, onChange }: { value: NarrativeSettingsValue; onChange: (v: NarrativeSettingsValue) => void }) {
  const s = useStyles();
  const set = <K extends keyof NarrativeSettingsValue>(k: K, v: NarrativeSettingsValue[K]) => onChange({ ...value, [k]: v });
  return (
    <details className={s.box}>
      <summary>起草设置（措辞格式、自称、百分比、科目写法…）</summary>
      <div className={s.fields}>
        <Field label="措辞格式">
          <Select className={s.select} value={value.style ?? 'standard'} onChange={(_e, d) => set('style', d.value as NarrativeOptions['style'])}>
            {STYLES.map((x) => (
              <option key={x.id} value={x.id}>
                {x.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="自称">
          <Select className={s.select} value={value.selfReference} onChange={(_e, d) => set('selfReference', d.value)}>
            {SELF.map((x) => (
              <option key={x}>{x}</option>
            ))}
          </Select>
        </Field>
        <Field label="百分比小数位">
          <Select className={s.select} value={String(value.pctDecimals)} onChange={(_e, d) => set('pctDecimals', Number(d.value))}>
            <option value="0">0 位（如 86%）</option>
            <option value="1">1 位（如 33.8%）</option>
            <option value="2">2 位（如 99.78%）</option>
          </Select>
        </Field>
        <Switch checked={value.stripTrailingZeros} onChange={(_e, d) => set('stripTrailingZeros', d.checked)} label="100.00% 写作 100%" />
        <Switch checked={value.listZeroItems} onChange={(_e, d) => set('listZeroItems', d.checked)} label="列出金额为零的项目" />
        <Field label="科目引用样式">
          <Select className={s.select} value={value.codeStyle} onChange={(_e, d) => set('codeStyle', d.value as NarrativeOptions['codeStyle'])}>
            {CODE_STYLES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="完成预算的口径">
          <Select className={s.select} value={value.completionBase} onChange={(_e, d) => set('completionBase', d.value as NarrativeOptions['completionBase'])}>
            <option value="年初预算">年初预算数</option>
            <option value="调整预算">调整预算数（全年预算数）</option>
          </Select>
        </Field>
        <Field label="金额末尾的 0">
          <Select
            className={s.select}
            value={value.trimAmounts === undefined ? 'auto' : value.trimAmounts ? 'trim' : 'keep'}
            onChange={(_e, d) => {
              const { trimAmounts: _old, ...rest } = value;
              onChange(d.value === 'auto' ? rest : { ...rest, trimAmounts: d.value === 'trim' });
            }}
          >
            <option value="auto">按公开格式（河北预算格式省略）</option>
            <option value="keep">保留两位小数（124.50万元）</option>
            <option value="trim">省略（124.5万元）</option>
          </Select>
        </Field>
        <Field label="需要写原因的变动">
          <Select className={s.select} value={String(value.reasonThreshold ?? 0)} onChange={(_e, d) => set('reasonThreshold', Number(d.value))}>
            <option value="0">有增减就写</option>
            <option value="5">增减幅度达到 5% 时</option>
            <option value="10">增减幅度达到 10% 时</option>
            <option value="20">增减幅度达到 20% 时</option>
          </Select>
        </Field>
        <Field label="零金额写作">
          <Select className={s.select} value={value.zeroInText} onChange={(_e, d) => set('zeroInText', d.value as NarrativeOptions['zeroInText'])}>
            <option value="0">0万元</option>
            <option value="0.00">0.00万元</option>
          </Select>
        </Field>
      </div>
    </details>
  );
}
