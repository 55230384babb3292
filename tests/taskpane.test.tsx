// Task pane UI against the in-memory workbook: real clicks, real port effects.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { App } from '../src/taskpane/components/App';
import { ErrorBoundary } from '../src/taskpane/components/ErrorBoundary';
import { runChecks } from '../src/domain/checks';
import { SEVERITY_LABEL } from '../src/domain/findings';
import { planInsert } from '../src/domain/insert';
import { cellAddress, layoutTable } from '../src/domain/spec/layout';
import { profile } from '../src/domain/spec/profiles';
import { T01 } from '../src/domain/tables/T01';
import { T07 } from '../src/domain/tables/T07';
import { address } from '../src/domain/a1';
import { recalculateSnapshot } from '../src/preview/formulaEngine';
import { createSampleWorkbook } from '../src/preview/sampleWorkbook';
import { MemoryWorkbook } from '../src/workbook/memory';
import type { WorkbookPort } from '../src/workbook/port';

// One extra profile naming a table the library does not have, to exercise the 「尚未收录」 path.
jest.mock('../src/domain/spec/profiles', () => {
  const actual = jest.requireActual('../src/domain/spec/profiles');
  const base = actual.PROFILES[0];
  return { ...actual, PROFILES: [...actual.PROFILES, { ...base, id: 'test-missing', name: '测试：含未收录的表', tables: ['T01', 'T99'] }] };
});

const central = profile('central-final-2024')!;

function renderUi(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

/** A workbook with T01 whose 本年收入合计 was typed over with a number that does not add up. */
async function unbalancedWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  const { plan, sheets } = planInsert(await wb.read(), central, ['T01'], { dept: '测试局', year: 2024 });
  await wb.apply(plan);
  const layout = layoutTable(T01, central.layout);
  wb.setCell(sheets.T01, cellAddress(layout, { row: 'inc_gpb' }), 100);
  wb.setCell(sheets.T01, cellAddress(layout, { row: 'inc_year' }), 150);
  return wb;
}

describe('App', () => {
  it('shows the title and the four tabs', () => {
    renderUi(<App port={new MemoryWorkbook()} />);
    expect(screen.getByRole('heading', { name: '预决算公开助手' })).toBeTruthy();
    expect(screen.getAllByRole('tab')).toHaveLength(4);
    for (const name of ['模板', '公式', '检查', '说明']) expect(screen.getByRole('tab', { name })).toBeTruthy();
  });

  it('插入整套表格 writes the profile tables in one batch and names the sheets written', async () => {
    const wb = new MemoryWorkbook();
    renderUi(<App port={wb} />);
    fireEvent.change(screen.getByPlaceholderText('例如：某某县财政局'), { target: { value: '某某县文化旅游局' } });
    fireEvent.click(screen.getByRole('button', { name: '插入整套表格' }));
    await screen.findByText(/已写入 \d+ 张表/);
    const sheet = wb.sheet('收入支出决算总表');
    expect(sheet).toBeDefined();
    expect(wb.getCell('收入支出决算总表', 'A3')?.value).toBe('部门：某某县文化旅游局');
    expect(wb.getCell('收入支出决算总表', 'A2')?.value).toBe('2024年度');
    expect(wb.applyCount).toBe(1);
    expect(screen.getByText(/工作表：.*「收入支出决算总表」/)).toBeTruthy();
  });

  it('tables without a template are named in the result and their 插入 is disabled', async () => {
    const wb = new MemoryWorkbook();
    renderUi(<App port={wb} />);
    fireEvent.change(screen.getByRole('combobox', { name: '公开格式' }), { target: { value: 'test-missing' } });
    // The table specs arrive in a chunk fetched after the first render.
    expect((await screen.findByText('（模板尚未收录）')).closest('li')!.querySelector('button')!.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '插入整套表格' }));
    await screen.findByText('以下表格模板尚未收录：T99');
    expect(screen.getByText('已写入 1 张表')).toBeTruthy();
    expect(wb.sheet('收入支出决算总表')).toBeDefined();
  });

  it('before the table specs arrive the list shows the ids and only 插入整套表格 is enabled', () => {
    renderUi(<App port={new MemoryWorkbook()} />);
    const first = screen.getByText('T01').closest('li')!;
    expect(first.textContent).toContain('…');
    expect(first.querySelector('button')!.disabled).toBe(true);
    expect((screen.getByRole('button', { name: '插入整套表格' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('a per-table 插入 writes only that table', async () => {
    const wb = new MemoryWorkbook();
    renderUi(<App port={wb} />);
    const row = (await screen.findByText('收入支出决算总表')).closest('li')!;
    expect(row.querySelector('button')!.disabled).toBe(false);
    fireEvent.click(row.querySelector('button')!);
    await screen.findByText('已写入 1 张表');
    expect(wb.sheets.filter((s) => s.visibility === 'visible').map((s) => s.name)).toEqual(['收入支出决算总表']);
  });

  it('an invalid year disables inserting', () => {
    renderUi(<App port={new MemoryWorkbook()} />);
    fireEvent.change(screen.getByDisplayValue('2024'), { target: { value: '24' } });
    expect(screen.getByText('请输入四位年份，例如 2024')).toBeTruthy();
    expect((screen.getByRole('button', { name: '插入整套表格' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('a failing write becomes a Chinese message, not a crash', async () => {
    const wb = new MemoryWorkbook();
    const port: WorkbookPort = {
      kind: 'excel',
      read: () => wb.read(),
      apply: () => Promise.reject(Object.assign(new Error('The operation is not allowed in cell edit mode.'), { code: 'InvalidOperationInCellEditMode' })),
      select: () => Promise.resolve(),
    };
    renderUi(<App port={port} />);
    fireEvent.click(screen.getByRole('button', { name: '插入整套表格' }));
    await screen.findByText('插入失败');
    expect(screen.getByText(/Excel 正处于单元格编辑状态/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '插入整套表格' })).toBeTruthy();
  });

  it('检查 lists the recognised table and findings; clicking a finding selects its first cell', async () => {
    const wb = await unbalancedWorkbook();
    const expected = runChecks(await wb.read());
    const first = expected.findings.find((f) => f.severity === 'error' && f.cells.length > 0)!;
    expect(first).toBeDefined();

    renderUi(<App port={wb} />);
    fireEvent.click(screen.getByRole('tab', { name: '检查' }));
    fireEvent.click(await screen.findByRole('button', { name: '运行检查' }, { timeout: 5000 })); // the tab loads on first use
    await screen.findByText(/识别到的表格（\d+）/);
    expect(screen.getAllByRole('cell', { name: '收入支出决算总表' }).length).toBeGreaterThan(0);
    // Grouped by table, with the count of each severity in the heading.
    const errors = expected.findings.filter((f) => f.severity === 'error' && f.cells[0]?.sheet === first.cells[0].sheet).length;
    expect(screen.getByText(new RegExp(`^收入支出决算总表（${SEVERITY_LABEL.error} ${errors}`))).toBeTruthy();
    const button = screen.getByText(first.message, { exact: false }).closest('button')!;
    fireEvent.click(button);
    // All the operands on that sheet are selected, as one multi-area range.
    const onSheet = first.cells.filter((c) => c.sheet === first.cells[0].sheet).map((c) => c.address).join(',');
    await waitFor(() => expect(wb.selection).toEqual({ sheet: first.cells[0].sheet, range: onSheet }));
    expect(screen.getByRole('button', { name: '重新检查' })).toBeTruthy();
  });

  it('检查 of a 警告 between tables: both sheets are linked, and a draft 出错说明 is offered', async () => {
    // The complete sample, values only (a memory workbook does not compute), with 公务接待费
    // in 三公 below the basic-spending item (D33, a warning).
    const snap = recalculateSnapshot(await (await createSampleWorkbook()).read());
    const wb = new MemoryWorkbook();
    for (const sheet of snap.sheets) {
      await wb.apply({ description: '', sheets: [{ name: sheet.name, create: true, cells: [] }] });
      sheet.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && wb.setCell(sheet.name, address(r + 1, c + 1), v)));
    }
    const t07 = snap.sheets.find((x) => x.name.includes('三公'))!.name;
    const recep = cellAddress(layoutTable(T07, central.layout), { row: 'sangong', col: 'recep_act' });
    wb.setCell(t07, recep, 1.5);
    renderUi(<App port={wb} />);
    fireEvent.click(screen.getByRole('tab', { name: '检查' }));
    fireEvent.click(await screen.findByRole('button', { name: '运行检查' }, { timeout: 5000 })); // the tab loads on first use
    await screen.findByText(/一般公共预算财政拨款基本支出决算表（警告 1）/);
    fireEvent.click(screen.getByText('出错说明（草稿）'));
    expect((screen.getByLabelText('出错说明草稿') as HTMLTextAreaElement).value).toMatch(/^关于「.*公务接待费.*」的说明：经核对，基本支出中的“三公”经费科目金额大于“三公”经费决算数，原因是____/);
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^「${t07}」${recep}$`) }));
    await waitFor(() => expect(wb.selection).toEqual({ sheet: t07, range: recep }));
  });

  it('检查 on a balanced table says 未发现问题', async () => {
    const wb = new MemoryWorkbook();
    const { plan, sheets } = planInsert(await wb.read(), central, ['T01'], { year: 2024 });
    await wb.apply(plan);
    // Totals typed as numbers that add up (the memory workbook does not compute formulas).
    const layout = layoutTable(T01, central.layout);
    const put = (row: string, v: number) => wb.setCell(sheets.T01, cellAddress(layout, { row }), v);
    put('inc_gpb', 100);
    put('inc_year', 100);
    put('inc_total', 100);
    put('exp_c201', 100);
    put('exp_year', 100);
    put('exp_total', 100);
    renderUi(<App port={wb} />);
    fireEvent.click(screen.getByRole('tab', { name: '检查' }));
    fireEvent.click(await screen.findByRole('button', { name: '运行检查' }, { timeout: 5000 })); // the tab loads on first use
    await screen.findByText('未发现问题');
  });

  it('公式 fills formulas, keeps a typed total until the user confirms, then replaces it', async () => {
    const wb = await unbalancedWorkbook();
    const total = cellAddress(layoutTable(T01, central.layout), { row: 'inc_year' });
    renderUi(<App port={wb} />);
    fireEvent.click(screen.getByRole('tab', { name: '公式' }));
    fireEvent.click(await screen.findByRole('button', { name: '填充公式' }, { timeout: 5000 })); // the tab loads on first use
    await screen.findByText('1 个单元格已有手填数值，未改动');
    expect(wb.getCell('收入支出决算总表', total)!.value).toBe(150);
    fireEvent.click(screen.getByRole('button', { name: '确认替换为公式' }));
    await waitFor(() => expect(wb.getCell('收入支出决算总表', total)!.formula).toMatch(/^=SUM\(/));
    expect(wb.getCell('收入支出决算总表', cellAddress(layoutTable(T01, central.layout), { row: 'inc_gpb' }))!.value).toBe(100);
  });

  it('说明 is loaded on first use and offers drafting (details in narrativeTab.test.tsx)', async () => {
    renderUi(<App port={new MemoryWorkbook()} />);
    expect(screen.queryByText(/起草《情况说明》/)).toBeNull(); // not loaded with the pane
    fireEvent.click(screen.getByRole('tab', { name: '说明' }));
    expect(await screen.findByText(/起草《情况说明》/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '起草' })).toBeTruthy();
  });
});

describe('ErrorBoundary', () => {
  it('shows 出错了 with the message and recovers on 重试', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    let broken = true;
    function Fragile() {
      if (broken) throw new Error('测试用的错误');
      return <p>恢复正常</p>;
    }
    renderUi(
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByText('出错了')).toBeTruthy();
    expect(screen.getByText('测试用的错误')).toBeTruthy();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(screen.getByText('恢复正常')).toBeTruthy();
    spy.mockRestore();
  });
});
