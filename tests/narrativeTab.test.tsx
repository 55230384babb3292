// The 说明 tab against an in-memory workbook and the seed-001-shaped fixture document.
import { TextDecoder, TextEncoder } from 'util';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { DraftResult } from '../src/domain/narrative/api';
import { NarrativeTab, auxKeyOf, type DraftFn, type PlanReasonsFn } from '../src/taskpane/components/NarrativeTab';
import type { CopyResult, RichText } from '../src/taskpane/clipboard';
import { withCalculation } from '../src/preview/calc';
import { MemoryWorkbook } from '../src/workbook/memory';
import type { WritePlan } from '../src/workbook/port';
import { seed001Document } from './fixtures/narrative001';

// Fluent renders slowly in jsdom on a shared machine: generous time, no timing assertions.
jest.setTimeout(30000);

// jsdom lacks them; the docx writer (like every browser) has them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

function fixtureResult(saved: Record<string, string> = {}): DraftResult {
  return {
    document: seed001Document(),
    reasons: [
      { id: 's1.total', sectionId: 's1', prompt: '收入、支出总计与上年相比的变动', text: saved['s1.total'] ?? '' },
      { id: 's4.total', sectionId: 's4', prompt: '财政拨款收入、支出总计与上年相比的变动', text: saved['s4.total'] ?? '', suggestion: '人员经费增加' },
    ],
    findings: [{ rule: 'N_MISSING', severity: 'warn', message: '没有找到政府采购数据', cells: [] }],
  };
}

function setup(overrides: { copy?: (c: RichText) => Promise<CopyResult>; planReasons?: PlanReasonsFn } = {}) {
  const wb = new MemoryWorkbook();
  const saved: Record<string, string> = {};
  const draft = jest.fn<DraftResult, Parameters<DraftFn>>(() => fixtureResult(saved));
  const copies: RichText[] = [];
  const copy = overrides.copy ?? (async (c: RichText): Promise<CopyResult> => (copies.push(c), { ok: true, method: 'clipboard' }));
  const planReasons: PlanReasonsFn =
    overrides.planReasons ??
    ((_snap, reasons) => {
      Object.assign(saved, reasons);
      return { description: '保存原因', sheets: [{ name: '说明辅助数据', create: true, cells: Object.entries(reasons).map(([, v], i) => ({ address: `C${4 + i}`, value: v })) }] } as WritePlan;
    });
  const saves: Array<{ bytes: Uint8Array; name: string }> = [];
  const { unmount } = render(
    <FluentProvider theme={webLightTheme}>
      <NarrativeTab port={wb} draft={draft} planReasons={planReasons} copy={copy} save={(bytes, name) => saves.push({ bytes, name })} />
    </FluentProvider>,
  );
  return { wb, draft, copies, saves, saved, unmount };
}

async function drafted() {
  fireEvent.click(screen.getByRole('button', { name: '起草' }));
  return screen.findByRole('article', { name: '情况说明草稿' });
}

beforeEach(() => localStorage.clear());

describe('NarrativeTab', () => {
  it('起草 passes the settings and shows sections 一–十 with gaps marked and findings listed', async () => {
    const { draft } = setup();
    fireEvent.click(screen.getByText(/起草设置/));
    fireEvent.change(screen.getByRole('combobox', { name: '自称' }), { target: { value: '我会' } });
    fireEvent.change(screen.getByRole('combobox', { name: '百分比小数位' }), { target: { value: '1' } });
    fireEvent.change(screen.getByRole('combobox', { name: '需要写原因的变动' }), { target: { value: '10' } });
    expect((screen.getByRole('combobox', { name: '措辞格式' }) as HTMLSelectElement).value).toBe('standard');
    const doc = await drafted();
    expect(draft.mock.calls[0][1]).toMatchObject({ style: 'standard', selfReference: '我会', pctDecimals: 1, codeStyle: 'a', completionBase: '年初预算', reasonThreshold: 10 });
    fireEvent.change(screen.getByRole('combobox', { name: '措辞格式' }), { target: { value: 'sichuan2020' } });
    expect(draft.mock.lastCall![1]).toMatchObject({ style: 'sichuan2020' });
    fireEvent.change(screen.getByRole('combobox', { name: '措辞格式' }), { target: { value: 'standard' } });
    expect('trimAmounts' in draft.mock.calls[0][1]).toBe(false); // left to the format
    fireEvent.change(screen.getByRole('combobox', { name: '金额末尾的 0' }), { target: { value: 'trim' } });
    expect(draft.mock.lastCall![1]).toMatchObject({ trimAmounts: true }); // settings apply at once
    for (const t of ['一、收入支出决算总体情况说明', '（三）一般公共预算财政拨款支出决算具体情况', '十、其他重要事项的情况说明']) {
      expect(within(doc).getByRole('heading', { name: t })).toBeTruthy();
    }
    expect(within(doc).getAllByText('【请填写原因】').every((el) => el.closest('mark') !== null)).toBe(true);
    expect(within(doc).getByText('（图1：收、支决算总计变动情况图）')).toBeTruthy();
    expect(screen.getByText('起草提示（1）')).toBeTruthy();
  });

  it('a click on a reason gap focuses its box in the reasons list', async () => {
    setup();
    const doc = await drafted();
    const s4 = within(doc).getByRole('region', { name: '四、财政拨款收入支出决算总体情况说明' });
    fireEvent.click(within(s4).getByRole('button', { name: '【请填写原因】' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /^财政拨款收入、支出总计与上年相比的变动/ }));
  });

  it('a number selects its cell', async () => {
    const { wb } = setup();
    const doc = await drafted();
    fireEvent.click(within(doc).getByRole('button', { name: '844.68，定位到「支出决算表」D8' }));
    await waitFor(() => expect(wb.selection).toEqual({ sheet: '支出决算表', range: 'D8' }));
  });

  it('a typed reason fills its gap at once and is copied with the section', async () => {
    const { copies } = setup();
    const doc = await drafted();
    const box = screen.getByRole('textbox', { name: /^收入、支出总计与上年相比的变动/ });
    fireEvent.change(box, { target: { value: '工会经费和人员经费的增加' } });
    const s1 = within(doc).getByRole('region', { name: '一、收入支出决算总体情况说明' });
    expect(within(s1).getByText('工会经费和人员经费的增加')).toBeTruthy();
    expect(within(s1).queryByText('【请填写原因】')).toBeNull();
    fireEvent.click(within(s1).getByRole('button', { name: '复制本节：一、收入支出决算总体情况说明' }));
    await screen.findByText(/已复制「一、收入支出决算总体情况说明」/, undefined, { timeout: 10000 });
    expect(copies).toHaveLength(1);
    expect(copies[0].text).toContain('主要变动原因是工会经费和人员经费的增加。');
    expect(copies[0].text).not.toContain('二、收入决算情况说明');
    expect(copies[0].html).toContain('903.30');
    expect(copies[0].html).toMatch(/<img src="data:image\/png;base64,iVBOR/);
  }, 20000);

  it('复制本节 on a 一级 section takes its 二级 sections along; 复制全部 takes everything', async () => {
    const { copies } = setup();
    const doc = await drafted();
    fireEvent.click(within(doc).getByRole('button', { name: '复制本节：五、一般公共预算财政拨款支出决算情况说明' }));
    await waitFor(() => expect(copies).toHaveLength(1), { timeout: 10000 });
    expect(copies[0].text).toContain('（三）一般公共预算财政拨款支出决算具体情况');
    expect(copies[0].text).not.toContain('六、');
    fireEvent.click(screen.getByRole('button', { name: '复制全部' }));
    await waitFor(() => expect(copies).toHaveLength(2), { timeout: 20000 });
    expect(copies[1].text.startsWith('遂宁市安居区总工会2024年度部门决算情况说明')).toBe(true);
  }, 30000);

  it('when the host blocks the clipboard, the text is shown in a selectable box', async () => {
    setup({ copy: async (c) => ({ ok: false, method: 'manual', text: c.text }) });
    await drafted();
    fireEvent.click(screen.getByRole('button', { name: '复制全部' }));
    const box = (await screen.findByRole('textbox', { name: '待复制的文字' }, { timeout: 20000 })) as HTMLTextAreaElement;
    expect(box.readOnly).toBe(true);
    expect(box.value).toContain('一、收入支出决算总体情况说明');
    expect(screen.getByText('无法自动复制')).toBeTruthy();
  }, 30000);

  it('保存原因 writes only the changed reasons through the port and drafts again', async () => {
    const { wb, saved } = setup();
    await drafted();
    fireEvent.click(screen.getByRole('button', { name: '采用上年原因' }));
    expect((screen.getByRole('textbox', { name: /财政拨款收入、支出总计/ }) as HTMLTextAreaElement).value).toBe('人员经费增加');
    fireEvent.click(screen.getByRole('button', { name: '保存原因到工作簿（1）' }));
    await screen.findByText(/已把 1 条原因保存到工作簿/);
    expect(saved).toEqual({ 's4.total': '人员经费增加' });
    expect(wb.getCell('说明辅助数据', 'C4')?.value).toBe('人员经费增加');
    expect(wb.applyCount).toBe(1);
    expect((screen.getByRole('button', { name: '保存原因到工作簿' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('导出 Word produces a .docx named after the title and warns about open gaps', async () => {
    const { saves } = setup();
    await drafted();
    fireEvent.click(screen.getByRole('button', { name: '导出 Word' }));
    await screen.findByText(/已导出 Word 文档。还有2处原因、1处数字或文字未填写/, undefined, { timeout: 25000 });
    expect(saves).toHaveLength(1);
    expect(saves[0].name).toBe('遂宁市安居区总工会2024年度部门决算情况说明.docx');
    expect(Array.from(saves[0].bytes.subarray(0, 2))).toEqual([0x50, 0x4b]); // a zip
  }, 30000);

  it('a failing read shows a Chinese message, no crash', async () => {
    const wb = new MemoryWorkbook();
    wb.read = () => Promise.reject(new Error('读取失败：测试'));
    render(
      <FluentProvider theme={webLightTheme}>
        <NarrativeTab port={wb} draft={() => fixtureResult()} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '起草' }));
    expect(await screen.findByText('读取失败：测试')).toBeTruthy();
  });
});

/** T01 of the preview sample in memory, with last year's totals in 说明辅助数据. */
async function t01Workbook() {
    const { planInsert } = await import('../src/domain/insert');
    const { profile } = await import('../src/domain/spec/profiles');
    const { cellAddress, layoutTable } = await import('../src/domain/spec/layout');
    const { T01 } = await import('../src/domain/tables/T01');
    const { planAuxSheet } = await import('../src/domain/narrative/aux');
    const p = profile('central-final-2024')!;
    const wb = new MemoryWorkbook();
    const { plan, sheets } = planInsert(await wb.read(), p, ['T01'], { dept: '示例县文化旅游局', year: 2024 });
    await wb.apply(plan);
    const layout = layoutTable(T01, p.layout);
    const inputs: Record<string, number> = { inc_gpb: 2940.05, inc_oth: 6.2, inc_bcf: 49.14, exp_c201: 2112.86, exp_c207: 300, exp_c208: 326.72, exp_c210: 110.47, exp_c221: 90, exp_ecf: 55.34 };
    for (const [row, v] of Object.entries(inputs)) wb.setCell(sheets.T01, cellAddress(layout, { row }), v);
    await wb.apply(planAuxSheet(await wb.read(), { 'prev.inc_total': 2800, 'prev.exp_total': 2800 }).plan);

    return { wb, sheets };
}

describe('NarrativeTab with the real drafting', () => {
  it('drafts from a T01 workbook, a typed reason is saved to 说明辅助数据 and reused by the next draft', async () => {
    const { wb, sheets } = await t01Workbook();
    render(
      <FluentProvider theme={webLightTheme}>
        {/* As in the preview: reads return computed formula values (the totals are formulas). */}
        <NarrativeTab port={withCalculation(wb)} copy={async () => ({ ok: true, method: 'clipboard' })} />
      </FluentProvider>,
    );
    const doc = await drafted();
    const s1 = within(doc).getByRole('region', { name: '一、收入支出决算总体情况说明' });
    expect(s1.textContent).toMatch(/收入总计2995\.39万元/);
    const number = within(s1).getAllByRole('button').find((b) => b.textContent === '2995.39')!;
    fireEvent.click(number);
    await waitFor(() => expect(wb.selection?.sheet).toBe(sheets.T01));

    const slot = screen.getByRole('region', { name: '需要填写的原因' });
    const box = within(slot).getAllByRole('textbox')[0];
    fireEvent.change(box, { target: { value: '新增文旅项目资金' } });
    expect(s1.textContent).toContain('主要变动原因是新增文旅项目资金。');
    fireEvent.click(screen.getByRole('button', { name: /^保存原因到工作簿（1）$/ }));
    await screen.findByText(/已把 1 条原因保存到工作簿/);
    const aux = (await wb.read()).sheets.find((x) => x.name === '说明辅助数据')!;
    expect(aux.values.find((row) => row[0] === 'reason.s1')?.[2]).toBe('新增文旅项目资金');
    const again = () => within(screen.getByRole('article', { name: '情况说明草稿' })).getByRole('region', { name: '一、收入支出决算总体情况说明' });
    expect(again().textContent).toContain('主要变动原因是新增文旅项目资金。');
    // Editing a saved reason shows at once too (the draft now holds it as plain text, not a gap).
    fireEvent.change(within(screen.getByRole('region', { name: '需要填写的原因' })).getAllByRole('textbox')[0], { target: { value: '压减一般性支出' } });
    expect(again().textContent).toContain('主要变动原因是压减一般性支出。');
    expect(again().textContent).not.toContain('新增文旅项目资金');
  }, 30000);

  it('a gap for a fact no table holds selects its row in 说明辅助数据, adding the row when missing', async () => {
    const { wb } = await t01Workbook();
    render(
      <FluentProvider theme={webLightTheme}>
        <NarrativeTab port={withCalculation(wb)} />
      </FluentProvider>,
    );
    const doc = await drafted();
    // Last year's 财政拨款 total has no row yet (only prev.inc_total / prev.exp_total were typed).
    const gap = doc.querySelector('button[data-placeholder="input.prev.fin_inc_total.change"]') as HTMLButtonElement;
    expect(gap.closest('mark')).not.toBeNull();
    fireEvent.click(gap);
    await waitFor(() => expect(wb.selection?.sheet).toBe('说明辅助数据'));
    const aux = (await wb.read()).sheets.find((x) => x.name === '说明辅助数据')!;
    const row = Number(wb.selection!.range.slice(1));
    expect(aux.values[row - 1][0]).toBe('prev.fin_inc_total');
    expect(wb.getCell('说明辅助数据', 'C4')?.value).toBe(2800); // prev.inc_total untouched

    // A gap of a table the workbook lacks (T03) cannot be typed in the auxiliary sheet: say where it comes from.
    fireEvent.click(doc.querySelector('button[data-placeholder="input.T03.total"]')!);
    await screen.findByText(/这个数应来自公开表/);
    expect(wb.selection?.sheet).toBe('说明辅助数据');
  }, 30000);
});

test('auxKeyOf: aux keys, comparisons with them, and table gaps', () => {
  expect(auxKeyOf('input.prev.inc_total')).toBe('prev.inc_total');
  expect(auxKeyOf('input.prev.fin_inc_total.change')).toBe('prev.fin_inc_total');
  expect(auxKeyOf('input.budget.gpb_total.completion')).toBe('budget.gpb_total');
  expect(auxKeyOf('input.budget.gpb_item.2012901')).toBe('budget.gpb_item.2012901');
  expect(auxKeyOf('input.T03.total')).toBeNull();
  expect(auxKeyOf('input.share.基本支出')).toBeNull();
});

describe('NarrativeSettings persistence', () => {
  it('settings chosen once come back in a new pane; corrupt storage falls back to the defaults', async () => {
    localStorage.clear();
    const first = setup();
    fireEvent.click(screen.getByText(/起草设置/));
    fireEvent.change(screen.getByRole('combobox', { name: '自称' }), { target: { value: '我局' } });
    first.unmount();
    const second = setup();
    await drafted();
    expect(second.draft.mock.calls[0][1]).toMatchObject({ selfReference: '我局' });
    second.unmount();
    localStorage.setItem('disclosure-tables.narrative-settings', '{not json');
    const third = setup();
    await drafted();
    expect(third.draft.mock.calls[0][1]).toMatchObject({ selfReference: '本部门' });
  }, 30000);
});
