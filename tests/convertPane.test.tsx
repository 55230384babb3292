// The pane's 元→万元（舍位平衡） (公式 tab): preview first, nothing written until confirmed;
// then 撤销本次操作 puts the 元 figures back.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../src/taskpane/components/App';
import { MemoryWorkbook } from '../src/workbook/memory';
import { insertYuanT03 } from './fixtures/yuanTable';

async function yuanWorkbook() {
  const wb = new MemoryWorkbook();
  const codes = ['2010101', '2010102', '2010103'];
  const { sheet, unit, at } = await insertYuanT03(wb, codes);
  const items = codes.map((c) => at(`c${c}`, 'e_basic'));
  for (const a of items) wb.setCell(sheet, a, 10050);
  return { wb, sheet, items, unit };
}

describe('元→万元（舍位平衡） in the 公式 tab', () => {
  it('previews the moved cells, converts on confirmation, and 撤销本次操作 restores the 元 figures', async () => {
    const { wb, sheet, items, unit } = await yuanWorkbook();
    const applied = wb.applyCount;
    render(<FluentProvider theme={webLightTheme}><App port={wb} /></FluentProvider>);
    const undo = screen.getByRole('button', { name: '撤销本次操作' });
    expect((undo as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('tab', { name: '公式' }));
    fireEvent.click(await screen.findByRole('button', { name: '元→万元（舍位平衡）' }, { timeout: 5000 })); // the tab loads on first use
    await screen.findByText(/将把 1 张表由元换算为万元，舍位平衡调整 \d+ 个单元格/);
    expect(screen.getByRole('list', { name: '舍位平衡调整' }).textContent).toContain('10,050.00 元 → 四舍五入 1.01 → 调整为 1.00 万元');
    expect(wb.applyCount).toBe(applied); // nothing written yet
    fireEvent.click(screen.getByRole('button', { name: '确认转换' }));
    await screen.findByText(/已把 1 张表换算为万元/);
    expect(items.map((a) => wb.getCell(sheet, a)!.value).sort()).toEqual([1, 1.01, 1.01]);
    expect(String(wb.getCell(sheet, unit)!.value)).toContain('万元');
    await waitFor(() => expect((undo as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(undo);
    await screen.findByText(/已撤销：金额单位元→万元/);
    expect(items.map((a) => wb.getCell(sheet, a)!.value)).toEqual([10050, 10050, 10050]);
    expect(String(wb.getCell(sheet, unit)!.value)).toContain('单位：元');
    expect((undo as HTMLButtonElement).disabled).toBe(true);
  });
});
