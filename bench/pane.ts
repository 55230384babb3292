// The pane's weight and speed against Microsoft's React task-pane template (bench/reference,
// rebuilt here the same way): gzip size of the JS, and time to first render in Debian's Chromium.
import { execFileSync } from 'child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { chromium } from 'playwright-core';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startServer } = require(join(ROOT, 'scripts', 'serve.js')) as { startServer: (dir: string, port: number) => Promise<{ url: string; close: () => Promise<void> }> };

const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];


/**
 * Median of `n` loads of each page, loaded in turn (A, B, A, B…) so that both see the same load
 * on the machine. Both pages load office.js (a stub, as outside Excel) and render once Office is
 * ready, like the template. Returns ms from navigation start until #root first gets content.
 */
async function loadTimes(urls: string[], init: string, n = 9): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const times: number[][] = urls.map(() => []);
    for (let i = 0; i < n + 1; i++) {
      for (const [k, url] of urls.entries()) {
        const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
        const page = await context.newPage();
        await page.addInitScript(init + `
          new MutationObserver((_, o) => {
            const root = document.getElementById('root');
            if (root && root.firstElementChild && !root.querySelector('.boot')) { window.__firstRender = performance.now(); o.disconnect(); }
          }).observe(document, { childList: true, subtree: true });`);
        // The stub stays: the real office.js would replace window.Office outside Excel.
        await page.route('**/office/office.js', (r) => r.fulfill({ status: 200, contentType: 'text/javascript', body: '/* stub */' }));
        await page.goto(url);
        await page.waitForFunction(() => (window as unknown as { __firstRender?: number }).__firstRender !== undefined, undefined, { timeout: 30_000 });
        const t = await page.evaluate(() => (window as unknown as { __firstRender: number }).__firstRender);
        if (i > 0) times[k].push(t); // the first round warms the disk cache
        await context.close();
      }
    }
    return times.map(median);
  } finally {
    await browser.close();
  }
}

export async function benchPane(report: (what: string, value: string, target: string) => void): Promise<void> {
  const pane = join(ROOT, 'dist', 'taskpane.js');
  if (!existsSync(pane)) {
    report('任务窗格 JS 大小与首次渲染', '未测：请先运行 npm run build', '—');
    return;
  }
  execFileSync('npx', ['webpack', '--config', join(ROOT, 'bench', 'reference', 'webpack.config.js')], { cwd: ROOT, stdio: 'ignore' });
  const refDir = join(ROOT, 'build-bench', 'reference');
  writeFileSync(join(refDir, 'index.html'), '<!DOCTYPE html><html><head><meta charset="utf-8"><script src="office/office.js"></script><script defer src="reference.js"></script></head><body><div id="root"></div></body></html>');
  const ours = gzipKb(pane);
  const ref = gzipKb(join(refDir, 'reference.js'));
  // Tabs other than 模板 are chunks loaded on first use (numbered files next to taskpane.js).
  const lazy = readdirSync(join(ROOT, 'dist')).filter((f) => /^\d+\.js$/.test(f)).reduce((n, f) => n + gzipKb(join(ROOT, 'dist', f)), 0);
  report('任务窗格 JS（gzip）：首屏 / 微软 React 模板（同法重建）；其余页签按需加载', `${ours.toFixed(0)} KB / ${ref.toFixed(0)} KB；按需 ${lazy.toFixed(0)} KB`, `首屏 ≤ 1.5 × 166 KB = 249 KB`);

  const dist = await startServer(join(ROOT, 'dist'), 0);
  const refServer = await startServer(refDir, 0);
  try {
    // Our pane as inside Excel: a stubbed host, so the real App renders (not the 请在 Excel 中使用 note).
    const excel = `window.Office = { onReady: () => Promise.resolve({ host: 'Excel' }), context: { requirements: { isSetSupported: () => true } } };
      window.Excel = { run: () => new Promise(() => {}) };`;
    const [ours, ref] = await loadTimes([`${dist.url}/taskpane.html`, `${refServer.url}/index.html`], excel);
    report('首次渲染（Chromium，中位数）：本项目 / 微软 React 模板', `${ours.toFixed(0)} ms / ${ref.toFixed(0)} ms = ${(ours / ref).toFixed(2)}`, '≤ 1.2');
  } finally {
    await dist.close();
    await refServer.close();
  }
}
