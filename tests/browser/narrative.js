/*
 * Browser checks of the 说明 tab in the preview (called from run.js): open a workbook whose
 * 说明辅助数据 sheet holds last year's totals, draft, type a reason, copy a section and read the
 * clipboard back (HTML and plain text), select a cell from a number, export Word.
 * Screenshots: tests/.artifacts/narrative.png (page) and narrative-pane.png (the pane alone).
 */
'use strict';

const path = require('node:path');
const fs = require('node:fs');
const ExcelJS = require('exceljs');

const REASON = '新增文旅融合项目资金（浏览器测试）';

async function narrativeChecks({ page, context, check, server, artifacts }) {
  await check('说明页：起草、填写原因、复制本节（读回剪贴板）/ 说明: draft, type a reason, copy a section', async () => {
    // The sample as downloaded earlier, plus last year's totals in the auxiliary sheet so that
    // section 一 compares years and asks for a reason.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(artifacts, 'preview-download.xlsx'));
    const aux = wb.addWorksheet('说明辅助数据');
    aux.getCell('A1').value = '情况说明辅助数据（INPUT_AUX）';
    aux.getCell('A3').value = '键';
    aux.getCell('B3').value = '项目';
    aux.getCell('C3').value = '数值或文字';
    aux.addRow(['prev.inc_total', '上年收入总计', 2800]);
    aux.addRow(['prev.exp_total', '上年支出总计', 2750]);
    const file = path.join(artifacts, '说明示例.xlsx');
    await wb.xlsx.writeFile(file);

    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.bringToFront();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('已打开「说明示例.xlsx」。').waitFor();
    await page.getByRole('tab', { name: '说明', exact: true }).click();
    const panel = page.locator('#panel-notes');
    await panel.getByRole('button', { name: '起草', exact: true }).click();
    const doc = panel.getByRole('article', { name: '情况说明草稿' });
    await doc.waitFor();
    const s1 = doc.getByRole('region', { name: '一、收入支出决算总体情况说明' });
    // The first number of section 一 is 收入总计, linked to its cell in 收入支出决算总表.
    const firstNumber = s1.getByRole('button', { name: /，定位到/ }).first();
    const total = (await firstNumber.textContent()).trim();
    if (!/^\d+\.\d{2}$/.test(total) || !(await s1.innerText()).includes(`收入总计${total}万元`)) throw new Error(`第一节没有收入总计：${await s1.innerText()}`);
    if ((await s1.locator('mark', { hasText: '【请填写原因】' }).count()) !== 1) throw new Error('第一节没有黄色的原因空位 / no highlighted gap');

    const reasons = panel.getByRole('region', { name: '需要填写的原因' });
    await reasons.getByRole('textbox').first().fill(REASON);
    await s1.getByText(`主要变动原因是${REASON}。`).waitFor();

    await s1.getByRole('button', { name: '复制本节：一、收入支出决算总体情况说明' }).click();
    await panel.getByText('已复制「一、收入支出决算总体情况说明」', { exact: false }).waitFor();
    const clip = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const out = {};
      for (const item of items) for (const type of item.types) out[type] = await (await item.getType(type)).text();
      return out;
    });
    for (const type of ['text/html', 'text/plain']) {
      const got = clip[type] || '';
      if (!got.includes(REASON)) throw new Error(`剪贴板 ${type} 没有填写的原因：${got.slice(0, 300)}`);
      if (!got.includes(total)) throw new Error(`剪贴板 ${type} 没有表中的数 ${total}：${got.slice(0, 300)}`);
    }
    if (!clip['text/html'].includes('<img src="data:image/png;base64,')) throw new Error('剪贴板 HTML 没有图1 / no chart image in the HTML');
    if (clip['text/plain'].includes('二、收入决算情况说明')) throw new Error('复制本节带上了下一节 / the copy ran into section 二');

    // The number selects its cell in the grid, and the cell shows the same amount.
    await firstNumber.click();
    const cell = page.locator('td[data-selected="true"]').first();
    await cell.waitFor();
    const shown = (await cell.innerText()).replace(/,/g, '').trim();
    if (shown !== total) throw new Error(`选中的单元格显示 ${shown}，草稿中是 ${total}`);

    await page.screenshot({ path: path.join(artifacts, 'narrative.png') });
    await page.locator('aside[aria-label="任务窗格"]').screenshot({ path: path.join(artifacts, 'narrative-pane.png') });
  });

  await check('说明页：导出 Word 得到 .docx / 说明: 导出 Word downloads a .docx', async () => {
    const panel = page.locator('#panel-notes');
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '导出 Word' }).click()]);
    if (!/\.docx$/.test(download.suggestedFilename())) throw new Error(`文件名 ${download.suggestedFilename()}`);
    const file = path.join(artifacts, 'narrative-preview.docx');
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new Error('不是 zip/.docx 文件');
    if (!bytes.includes(Buffer.from('word/media/'))) throw new Error('.docx 中没有图表图片 / no chart images');
  });
}

module.exports = { narrativeChecks };
