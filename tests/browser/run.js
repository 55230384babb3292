#!/usr/bin/env node
/*
 * Browser test of the built pages (run `npm run build` first): serves dist/ on 127.0.0.1, drives
 * Debian's Chromium through playwright-core (never a downloaded browser), and checks the preview,
 * the 检查 flow, the download, and the task pane outside Excel. Any request that leaves
 * 127.0.0.1 fails the run. Screenshots go to tests/.artifacts/.
 * Prints "N passed, M failed" last; exit code 1 on any failure.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const ExcelJS = require('exceljs');
const { startServer } = require('../../scripts/serve');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const ARTIFACTS = path.join(ROOT, 'tests', '.artifacts');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const TIMEOUT = 30_000;

function fatal(zh, en) {
  console.error(`错误：${zh}\nError: ${en}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    fatal(`找不到 ${CHROMIUM}。请安装 Debian 的 Chromium：apt-get install -y chromium（不要下载 Playwright 自带的浏览器）。`,
      `${CHROMIUM} not found. Install Debian's Chromium: apt-get install -y chromium (do not download Playwright browsers).`);
  }
  if (!fs.existsSync(path.join(DIST, 'preview.html')) || !fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    fatal('dist/ 中没有构建结果，请先运行 npm run build。', 'dist/ has no build output; run `npm run build` first.');
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });

  const server = await startServer(DIST, 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', acceptDownloads: true });

  const offHost = [];
  const pageErrors = [];
  context.on('request', (req) => {
    const u = new URL(req.url());
    if (['data:', 'blob:', 'about:'].includes(u.protocol)) return;
    if (u.hostname !== '127.0.0.1') offHost.push(req.url());
  });
  context.on('response', (res) => {
    if (res.status() >= 400) pageErrors.push(`HTTP ${res.status()} ${res.url()}`);
  });
  const watch = (page, label) => {
    page.on('pageerror', (e) => pageErrors.push(`${label}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) pageErrors.push(`${label}: ${m.text()}`);
    });
  };

  const results = [];
  const check = async (name, fn) => {
    try {
      await fn();
      results.push({ name, ok: true });
      console.log(`✓ ${name}`);
    } catch (e) {
      results.push({ name, ok: false });
      console.log(`✗ ${name}\n    ${String(e && e.message ? e.message : e).split('\n').join('\n    ')}`);
    }
  };

  const page = await context.newPage();
  watch(page, 'preview');
  page.setDefaultTimeout(TIMEOUT);

  await check('预览页显示示例表格和四个页签 / preview shows the sample table and the four tabs', async () => {
    await page.goto(`${server.url}/preview.html`);
    const grid = page.locator('table[data-sheet="收入支出决算总表"]');
    await grid.getByText('收入支出决算总表', { exact: true }).waitFor();
    for (const name of ['模板', '公式', '检查', '说明']) await page.getByRole('tab', { name, exact: true }).waitFor();
    // Totals come from the inserted formulas, computed in the browser.
    for (const total of ['2,521.82', '2,570.96']) {
      const n = await grid.locator('td', { hasText: new RegExp(`^${total.replace(/\./g, '\\.')}$`) }).count();
      if (n === 0) throw new Error(`表格中没有合计 ${total} / total ${total} not shown`);
    }
    await page.getByText('浏览器预览模式：数据只在本机处理，不会上传').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview.png') });
  });

  await check('示例工作簿每张表都没有错误值 / no sheet of the sample shows an error value', async () => {
    const tabs = page.getByRole('tablist', { name: '工作表' }).getByRole('tab');
    const n = await tabs.count();
    if (n < 9) throw new Error(`只有 ${n} 个工作表页签 / only ${n} sheet tabs`);
    for (let i = 0; i < n; i++) {
      const tab = tabs.nth(i);
      // Fluent tabs render their label twice (one copy reserves the bold width).
      const raw = (await tab.textContent()).trim();
      const name = raw.length % 2 === 0 && raw.slice(0, raw.length / 2) === raw.slice(raw.length / 2) ? raw.slice(0, raw.length / 2) : raw;
      await tab.click();
      const grid = page.locator(`table[data-sheet="${name}"]`);
      await grid.waitFor();
      const text = await grid.innerText();
      const bad = /#(N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NUM!|循环引用)/.exec(text);
      if (bad) throw new Error(`「${name}」显示错误值 ${bad[0]} / sheet shows ${bad[0]}`);
    }
    await tabs.first().click();
  });

  await check('检查页运行检查并定位问题单元格 / check tab runs and a finding selects its cell', async () => {
    await page.getByRole('tab', { name: '检查', exact: true }).click();
    await page.getByRole('button', { name: '运行检查' }).click();
    const panel = page.locator('#panel-check');
    await panel.getByText(/识别到的表格（\d+）/).waitFor();
    // The sample is consistent within and between all nine tables.
    await panel.getByText('未发现问题').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-check.png') });
  });

  await check('下载结果得到可打开的 .xlsx / 下载结果 yields a readable .xlsx', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载结果' }).click()]);
    if (!/\.xlsx$/.test(download.suggestedFilename())) throw new Error(`文件名 ${download.suggestedFilename()}`);
    const file = path.join(ARTIFACTS, 'preview-download.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('收入支出决算总表');
    if (!ws) throw new Error('下载的文件中没有「收入支出决算总表」/ sheet missing in the download');
    const hasFormula = ws.getSheetValues().flat().some((v) => v && typeof v === 'object' && 'formula' in v);
    if (!hasFormula) throw new Error('下载的文件中没有公式 / no formulas in the download');
  });

  await check('打开本地 .xlsx：不平衡的表被查出并定位 / an opened unbalanced file is flagged and the cell selected', async () => {
    // The downloaded sample with 本年收入合计 overwritten by a typed number that does not add up.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ARTIFACTS, 'preview-download.xlsx'));
    const ws = wb.getWorksheet('收入支出决算总表');
    let target = null;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === '本年收入合计') target = ws.getCell(r, 3);
    });
    if (!target) throw new Error('找不到「本年收入合计」/ row not found');
    target.value = 3000;
    const file = path.join(ARTIFACTS, '不平衡示例.xlsx');
    await wb.xlsx.writeFile(file);

    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('已打开「不平衡示例.xlsx」。').waitFor();
    await page.getByRole('tab', { name: '检查', exact: true }).click();
    await page.getByRole('button', { name: '运行检查' }).click();
    const finding = page.locator('#panel-check li button', { hasText: '本年收入合计' }).first();
    await finding.waitFor();
    await finding.click();
    const selected = page.locator(`td[data-selected="true"][data-address="${target.address}"]`);
    await selected.waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-finding.png') });
  });

  await check('表间核对：基本支出与人员、公用经费不符被查出，点击后选中两张表中的单元格 / a cross-table finding selects its cells on both sheets', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ARTIFACTS, 'preview-download.xlsx'));
    const ws = wb.getWorksheet('一般公共预算财政拨款基本支出决算表');
    let target = null;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === '30101') target = ws.getCell(r, 3);
    });
    if (!target) throw new Error('找不到 30101 基本工资 / row 30101 not found');
    target.value = 421.36; // 420.36 in the sample: 人员经费 now 1.00 above 基本支出
    const file = path.join(ARTIFACTS, '表间不符示例.xlsx');
    await wb.xlsx.writeFile(file);
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('已打开「表间不符示例.xlsx」。').waitFor();
    await page.getByRole('tab', { name: '检查', exact: true }).click();
    await page.getByRole('button', { name: /运行检查|重新检查/ }).click();
    const finding = page.locator('#panel-check li button', { hasText: '人员经费合计+公用经费合计' }).first();
    await finding.waitFor();
    const text = await finding.innerText();
    if (!/1,830\.04 ≠ .*1,831\.04，相差 -1\.00（不一致）/.test(text)) throw new Error(`消息不对 / unexpected message: ${text}`);
    await finding.click();
    await page.locator('table[data-sheet="一般公共预算财政拨款支出决算表"] td[data-selected="true"]').first().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-cross-finding.png') });
    // The location link of the other sheet selects the two totals there.
    await page.locator('#panel-check li', { hasText: '人员经费合计+公用经费合计' }).first().getByRole('button', { name: /^「一般公共预算财政拨款基本支出决算表」/ }).click();
    const selected = page.locator('table[data-sheet="一般公共预算财政拨款基本支出决算表"] td[data-selected="true"]');
    await selected.first().waitFor();
    if ((await selected.count()) !== 2) throw new Error(`应选中 2 个单元格，实际 ${await selected.count()} / expected 2 selected cells`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-cross-finding-t06.png') });
  });

  await check('任务窗格在 Excel 之外提示改用浏览器预览 / task pane outside Excel points to the preview', async () => {
    const pane = await context.newPage();
    watch(pane, 'taskpane');
    pane.setDefaultTimeout(TIMEOUT);
    await pane.addInitScript(() => {
      window.Office = { onReady: () => Promise.resolve({ host: null, platform: null }), context: {} };
    });
    // Keep the stub: the real office.js would replace window.Office when the page loads it.
    await pane.route('**/office/office.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* stubbed */' }));
    await pane.setViewportSize({ width: 360, height: 640 }); // a task pane's width
    await pane.goto(`${server.url}/taskpane.html`);
    await pane.getByText('请在 Excel 中使用').waitFor();
    await pane.screenshot({ path: path.join(ARTIFACTS, 'taskpane-outside.png') });
    const href = await pane.getByRole('link', { name: '浏览器预览模式' }).getAttribute('href');
    if (href !== 'preview.html') throw new Error(`链接指向 ${href}`);
    await pane.close();
  });

  await check('真实 office.js 在 Excel 之外也显示提示 / real office.js outside Excel shows the same message', async () => {
    const pane = await context.newPage();
    watch(pane, 'taskpane(office.js)');
    pane.setDefaultTimeout(TIMEOUT);
    await pane.goto(`${server.url}/taskpane.html`);
    await pane.getByText('请在 Excel 中使用').waitFor();
    await pane.close();
  });

  await check('旧版 Office（IE11 内核）显示纯文字说明并指向浏览器文件模式 / an old webview gets the ES5 message', async () => {
    const pane = await context.newPage();
    pane.setDefaultTimeout(TIMEOUT);
    // An engine without Proxy stands for the IE11 webview; legacy.js must speak before the bundle.
    await pane.addInitScript(() => {
      delete window.Proxy;
    });
    await pane.setViewportSize({ width: 360, height: 640 });
    await pane.goto(`${server.url}/taskpane.html`);
    await pane.getByRole('heading', { name: '当前 Office 版本无法运行预决算公开助手' }).waitFor();
    const href = await pane.getByRole('link', { name: '浏览器文件模式' }).getAttribute('href');
    if (href !== 'preview.html') throw new Error(`链接指向 ${href}`);
    await pane.screenshot({ path: path.join(ARTIFACTS, 'taskpane-legacy.png') });
    await pane.close();
  });

  await check('任务窗格脚本无法加载时也显示说明 / with the bundle blocked the message still appears', async () => {
    const pane = await context.newPage();
    pane.setDefaultTimeout(TIMEOUT);
    await pane.route('**/taskpane.js', (route) => route.abort());
    await pane.goto(`${server.url}/taskpane.html`);
    await pane.getByRole('heading', { name: '当前 Office 版本无法运行预决算公开助手' }).waitFor({ timeout: 25_000 });
    await pane.close();
  });

  await check('单元格文字一律按文字显示（XSS）/ cell text is rendered as text, never as HTML', async () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ARTIFACTS, 'preview-download.xlsx'));
    const ws = wb.getWorksheet('支出决算表');
    let done = false;
    ws.eachRow((row) => {
      if (!done && row.getCell(1).value === '2070101') {
        row.getCell(2).value = payload; // a misnamed 科目: shown in the grid and in a finding
        done = true;
      }
    });
    if (!done) throw new Error('找不到 2070101 / row not found');
    const file = path.join(ARTIFACTS, '脚本注入示例.xlsx');
    await wb.xlsx.writeFile(file);
    let dialog = null;
    page.on('dialog', (d) => {
      dialog = d.message();
      void d.dismiss();
    });
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('已打开「脚本注入示例.xlsx」。').waitFor();
    await page.getByRole('tab', { name: '检查', exact: true }).click();
    await page.getByRole('button', { name: /运行检查|重新检查/ }).click();
    await page.locator('#panel-check li button', { hasText: payload }).first().waitFor();
    await page.getByRole('tab', { name: '支出决算表', exact: true }).click();
    await page.locator('table[data-sheet="支出决算表"] td', { hasText: payload }).first().waitFor();
    const injected = await page.evaluate(() => window.__xss);
    if (injected !== undefined || dialog) throw new Error('脚本被执行 / the payload ran');
    if ((await page.locator('img[src="x"]').count()) !== 0) throw new Error('生成了 <img> 元素 / an <img> element was created');
  });

  await require('./narrative').narrativeChecks({ page, context, check, server, artifacts: ARTIFACTS });

  await check('页面没有脚本错误、CSP 违规或失败的请求 / no page errors, CSP violations or failed requests', async () => {
    if (pageErrors.length) throw new Error(pageErrors.join('\n'));
  });

  await check('所有请求都只发往 127.0.0.1 / every request stays on 127.0.0.1', async () => {
    if (offHost.length) throw new Error(`外部请求 / off-host requests:\n${[...new Set(offHost)].join('\n')}`);
  });

  await browser.close();
  await server.close();
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`截图 / screenshots: ${path.relative(ROOT, ARTIFACTS)}/preview.png, preview-check.png, preview-finding.png, preview-cross-finding.png, preview-cross-finding-t06.png, taskpane-outside.png, taskpane-legacy.png`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(`浏览器测试异常中止 / browser test aborted: ${e && e.stack ? e.stack : e}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
