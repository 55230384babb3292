// 读取上年工作簿 in the 说明 tab: the list of figures with their source cells, then the write.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PreviousYearImport } from '../src/taskpane/components/PreviousYearImport';
import { readAux } from '../src/domain/narrative/aux';
import { createSampleWorkbook } from '../src/preview/sampleWorkbook';
import { recalculate } from './oracle/libreoffice';

jest.setTimeout(120_000);

it('reads last year\u2019s file, lists each 上年数 with its cell, and writes them on confirmation', async () => {
  // Last year's file as Excel leaves it: formulas with cached results (LibreOffice saved it).
  const bytes = new Uint8Array(recalculate(await (await createSampleWorkbook()).toBuffer()));
  const thisYear = await createSampleWorkbook();
  render(<FluentProvider theme={webLightTheme}><PreviousYearImport port={thisYear} /></FluentProvider>);
  const file = new File([bytes], '2023决算.xlsx');
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  fireEvent.change(screen.getByLabelText('上年工作簿'), { target: { files: [file] } });
  const list = await screen.findByRole('list', { name: '上年数' });
  expect(list.textContent).toMatch(/上年收入总计 2570\.96（收入支出决算总表!C\d+）/);
  fireEvent.click(screen.getByRole('button', { name: '写入上年数' }));
  await screen.findByText(/已从「2023决算\.xlsx」读入 \d+ 个上年数/);
  await waitFor(async () => expect(readAux(await thisYear.read()).values.get('prev.inc_total')?.value?.toFixed(2)).toBe('2570.96'));
});
