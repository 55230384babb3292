// scripts/serve.js: the loopback static server behind `npm run preview` and the browser test.
import { mkdtempSync, mkdirSync, writeFileSync } from 'fs';
import { request } from 'http';
import { tmpdir } from 'os';
import { join } from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startServer } = require('../scripts/serve') as {
  startServer: (dir: string, port: number) => Promise<{ url: string; close: () => Promise<void> }>;
};

/** Raw GET (no URL normalisation, so ../ reaches the server as sent). */
function get(url: string, path: string): Promise<{ status: number; type?: string; location?: string; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], location: res.headers.location, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startServer', () => {
  const root = mkdtempSync(join(tmpdir(), 'serve-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'office'), { recursive: true });
  writeFileSync(join(dist, 'preview.html'), '<!doctype html><title>预览</title>');
  writeFileSync(join(dist, 'office', 'office.js'), 'var Office;');
  writeFileSync(join(root, 'secret.txt'), 'TOP-SECRET-CONTENT');
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    server = await startServer(dist, 0);
  });
  afterAll(() => server.close());

  it('binds to 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
  it('redirects / to the preview', async () => {
    const r = await get(server.url, '/');
    expect(r.status).toBe(302);
    expect(r.location).toBe('/preview.html');
  });
  it('serves files with their content type', async () => {
    const html = await get(server.url, '/preview.html');
    expect(html).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(html.body).toContain('预览');
    expect(await get(server.url, '/office/office.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
  });
  it('answers 404 for missing files and never serves outside dist/', async () => {
    expect((await get(server.url, '/nope.js')).status).toBe(404);
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/office/..%2f..%2fsecret.txt']) {
      const r = await get(server.url, p);
      expect(r.body).not.toContain('TOP-SECRET-CONTENT');
      expect([403, 404]).toContain(r.status);
    }
  });
});
