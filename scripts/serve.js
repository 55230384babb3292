#!/usr/bin/env node
/*
 * Serves dist/ over plain HTTP on 127.0.0.1 for the browser preview and the browser tests.
 * Loopback only, so nothing is reachable from other machines. Excel itself needs HTTPS
 * (see `npm run sideload`); the preview does not.
 *
 * Usage: node scripts/serve.js [--open]     (PORT=3001 to change the port)
 */
'use strict';

const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

/** Starts the server; port 0 picks a free one. Resolves with the base URL and a close function. */
function startServer(dir, port = 3000) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '只支持 GET 请求');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      return send(res, 400, '无效的地址');
    }
    if (pathname === '/') return send(res, 302, '', { Location: '/preview.html' });
    const file = path.resolve(root, '.' + pathname);
    // Refuse anything that escapes dist/ (../, encoded or not).
    if (file !== root && !file.startsWith(root + path.sep)) return send(res, 403, '禁止访问');
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) return send(res, 404, `找不到 ${pathname}`);
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': st.size,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      resolve({ url, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** Best effort: the desktop's default browser, else Chromium. Failures are ignored. */
function openBrowser(url) {
  const tryRun = (cmds) => {
    if (cmds.length === 0) return;
    const [cmd, ...rest] = cmds;
    try {
      const child = spawn(cmd, [url], { stdio: 'ignore', detached: true });
      child.on('error', () => tryRun(rest));
      child.on('exit', (code) => code && tryRun(rest));
      child.unref();
    } catch {
      tryRun(rest);
    }
  };
  tryRun(['xdg-open', 'chromium']);
}

async function main() {
  const dir = path.resolve(__dirname, '..', 'dist');
  if (!fs.existsSync(path.join(dir, 'preview.html'))) {
    console.error('找不到 dist/preview.html，请先运行 npm run build。');
    process.exit(1);
  }
  const port = process.env.PORT ? Number(process.env.PORT) : 3000;
  let server;
  try {
    server = await startServer(dir, port);
  } catch (e) {
    if (e && e.code === 'EADDRINUSE') console.error(`端口 ${port} 已被占用。可以换一个端口，例如：PORT=3001 npm run preview`);
    else console.error(`预览启动失败：${e && e.message}`);
    process.exit(1);
  }
  const url = `${server.url}/preview.html`;
  console.log(`预览已启动：${url}`);
  console.log('按 Ctrl+C 停止。');
  if (process.argv.includes('--open')) openBrowser(url);
}

if (require.main === module) main();

module.exports = { startServer };
