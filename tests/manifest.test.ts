/**
 * Offline manifest validation (replaces `office-addin-manifest validate`, which needs the
 * online validation service; see spec addin-engineering.md §4.4).
 *
 * Checks manifest.xml for: well-formedness, root type, schema element order (taken from
 * OfficeAppManifestV1_1.xsd and TaskPaneAppVersionOverridesV1_0.xsd), a unique GUID, the
 * least permission that Excel APIs need, resource ids that resolve both ways, https URLs
 * that resolve to files we ship, and icons that are real PNGs of the declared size.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = path.resolve(__dirname, '..');
const MANIFEST_PATH = path.join(ROOT, 'manifest.xml');
const DEV_ORIGIN = 'https://localhost:3000';

/**
 * Pages the webpack build writes at the root of dist/ (served at https://localhost:3000/<page>),
 * mapped to the source file each is built from. webpack.config.js is maintained separately:
 * if it adds, renames or moves a page, update this table in the same change.
 */
const WEBPACK_PAGES: Readonly<Record<string, string>> = {
  'taskpane.html': 'src/taskpane/taskpane.html',
  'commands.html': 'src/taskpane/commands.html',
  'help.html': 'src/taskpane/help.html',
  'preview.html': 'src/preview/preview.html',
};

/** The GUID in Microsoft's templates: reusing it makes add-ins collide in Office's cache. */
const TEMPLATE_GUID = '05c2e1c9-3e1d-406e-9a91-e9ac64854143';

// ------------------------------------------------------------------ a small ordered XML tree

interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
}

type OrderedItem = Record<string, unknown>;

function toNodes(items: OrderedItem[]): XNode[] {
  const nodes: XNode[] = [];
  for (const item of items) {
    const attrs = (item[':@'] as Record<string, string> | undefined) ?? {};
    for (const key of Object.keys(item)) {
      if (key === ':@' || key === '#text') continue;
      const raw = item[key] as OrderedItem[];
      const text = raw
        .filter((c) => '#text' in c)
        .map((c) => String(c['#text']))
        .join('');
      nodes.push({ name: key, attrs: { ...attrs }, children: toNodes(raw), text });
    }
  }
  return nodes;
}

function parseManifest(xml: string): XNode[] {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
  });
  return toNodes(parser.parse(xml) as OrderedItem[]);
}

function walk(node: XNode, visit: (n: XNode, ancestors: XNode[]) => void, ancestors: XNode[] = []): void {
  visit(node, ancestors);
  for (const c of node.children) walk(c, visit, [...ancestors, node]);
}

function all(node: XNode, pred: (n: XNode) => boolean): XNode[] {
  const out: XNode[] = [];
  walk(node, (n) => {
    if (pred(n)) out.push(n);
  });
  return out;
}

function child(node: XNode, name: string): XNode {
  const found = node.children.filter((c) => c.name === name);
  if (found.length !== 1) {
    throw new Error(`<${node.name}> should have exactly one <${name}>, found ${found.length}`);
  }
  return found[0];
}

function childNames(node: XNode): string[] {
  return node.children.map((c) => c.name);
}

/**
 * Asserts `actual` follows the schema sequence `order`: every name is known, appears at most
 * once (unless listed in `repeatable`) and never before a name that precedes it in `order`.
 */
function expectSchemaOrder(where: string, actual: string[], order: string[], repeatable: string[] = []): void {
  let last = -1;
  const seen = new Set<string>();
  for (const name of actual) {
    const idx = order.indexOf(name);
    if (idx < 0) throw new Error(`${where}: <${name}> is not a valid child (allowed, in order: ${order.join(', ')})`);
    if (idx < last) throw new Error(`${where}: <${name}> is out of order; schema order is ${order.join(', ')}; got ${actual.join(', ')}`);
    if (seen.has(name) && !repeatable.includes(name)) throw new Error(`${where}: <${name}> appears more than once`);
    seen.add(name);
    last = idx;
  }
}

// ------------------------------------------------------------------ PNG reading

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface PngInfo {
  width: number;
  height: number;
}

/** Reads a PNG fully: signature, IHDR first, chunk CRCs, IEND last, IDAT inflates to the right size. */
function readPng(file: string): PngInfo {
  const buf = fs.readFileSync(file);
  if (buf.length < 8 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`${file}: not a PNG (bad signature)`);
  let off = 8;
  const types: string[] = [];
  const idat: Buffer[] = [];
  let ihdr: Buffer | undefined;
  while (off < buf.length) {
    if (off + 12 > buf.length) throw new Error(`${file}: truncated chunk at ${off}`);
    const len = buf.readUInt32BE(off);
    const type = buf.toString('ascii', off + 4, off + 8);
    const data = buf.subarray(off + 8, off + 8 + len);
    if (off + 12 + len > buf.length) throw new Error(`${file}: chunk ${type} runs past end of file`);
    const crc = buf.readUInt32BE(off + 8 + len);
    if (crc32(buf.subarray(off + 4, off + 8 + len)) !== crc) throw new Error(`${file}: bad CRC in chunk ${type}`);
    types.push(type);
    if (type === 'IHDR') ihdr = data;
    if (type === 'IDAT') idat.push(data);
    off += 12 + len;
  }
  if (types[0] !== 'IHDR' || !ihdr || ihdr.length !== 13) throw new Error(`${file}: first chunk must be IHDR`);
  if (types[types.length - 1] !== 'IEND') throw new Error(`${file}: last chunk must be IEND`);
  if (idat.length === 0) throw new Error(`${file}: no IDAT`);
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const bitDepth = ihdr[8];
  const colourType = ihdr[9];
  const interlace = ihdr[12];
  const channels: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
  if (!(colourType in channels)) throw new Error(`${file}: unknown colour type ${colourType}`);
  if (interlace === 0) {
    const bytesPerRow = Math.ceil((width * channels[colourType] * bitDepth) / 8);
    const raw = zlib.inflateSync(Buffer.concat(idat));
    if (raw.length !== height * (bytesPerRow + 1)) {
      throw new Error(`${file}: IDAT holds ${raw.length} bytes, expected ${height * (bytesPerRow + 1)}`);
    }
  }
  return { width, height };
}

// ------------------------------------------------------------------ fixtures

const xml = fs.readFileSync(MANIFEST_PATH, 'utf8');
const top = parseManifest(xml);
const app = top.find((n) => n.name === 'OfficeApp') as XNode;
const vo = app ? child(app, 'VersionOverrides') : (undefined as unknown as XNode);

type ResourceKind = 'bt:Images' | 'bt:Urls' | 'bt:ShortStrings' | 'bt:LongStrings';
interface Resource {
  id: string;
  kind: ResourceKind;
  value: string;
}

function resources(): Map<string, Resource> {
  const res = child(vo, 'Resources');
  const map = new Map<string, Resource>();
  for (const group of res.children) {
    for (const r of group.children) {
      const id = r.attrs.id;
      if (!id) throw new Error(`<${r.name}> in <${group.name}> has no id`);
      if (map.has(id)) throw new Error(`resource id ${id} is defined twice`);
      map.set(id, { id, kind: group.name as ResourceKind, value: r.attrs.DefaultValue });
    }
  }
  return map;
}

/** Every URL in the manifest (attribute values and element text), except xmlns namespace names. */
function allUrls(): { url: string; where: string }[] {
  const out: { url: string; where: string }[] = [];
  walk(app, (n) => {
    for (const [k, v] of Object.entries(n.attrs)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) out.push({ url: v, where: `<${n.name} ${k}>` });
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(n.text)) out.push({ url: n.text, where: `<${n.name}>` });
  });
  return out;
}

function sizeFromFileName(file: string): number {
  const m = /icon-(\d+)\.png$/.exec(file);
  if (!m) throw new Error(`icon file name ${file} does not say its size (expected icon-<N>.png)`);
  return Number(m[1]);
}

function assetPath(url: string): string {
  const u = new URL(url);
  if (u.origin !== DEV_ORIGIN || !u.pathname.startsWith('/assets/')) throw new Error(`${url} is not under ${DEV_ORIGIN}/assets/`);
  return path.join(ROOT, decodeURIComponent(u.pathname.slice(1)));
}

// ------------------------------------------------------------------ tests

describe('manifest.xml (offline validation)', () => {
  test('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
  });

  test('root is a single <OfficeApp xsi:type="TaskPaneApp"> with the 1.1 namespaces', () => {
    expect(top.map((n) => n.name)).toEqual(['OfficeApp']);
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(app.attrs.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(app.attrs['xmlns:xsi']).toBe('http://www.w3.org/2001/XMLSchema-instance');
    expect(app.attrs['xmlns:bt']).toBe('http://schemas.microsoft.com/office/officeappbasictypes/1.0');
  });

  test('top-level elements are present and in schema/template order', () => {
    const required = [
      'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings',
      'Permissions', 'VersionOverrides',
    ];
    // OfficeApp sequence + TaskPaneApp extension (OfficeAppManifestV1_1.xsd).
    const schema = [
      'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings',
      'Permissions', 'Dictionary', 'VersionOverrides',
    ];
    expectSchemaOrder('OfficeApp', childNames(app), schema);
    expect(childNames(app)).toEqual(required);
  });

  test('nested elements follow the schema order', () => {
    expectSchemaOrder('VersionOverrides', childNames(vo), ['Description', 'Requirements', 'Hosts', 'Resources']);
    const host = child(child(vo, 'Hosts'), 'Host');
    const dff = child(host, 'DesktopFormFactor');
    expect(childNames(dff)).toEqual(['GetStarted', 'FunctionFile', 'ExtensionPoint']);
    expect(childNames(child(dff, 'GetStarted'))).toEqual(['Title', 'Description', 'LearnMoreUrl']);
    for (const group of all(vo, (n) => n.name === 'Group')) {
      expectSchemaOrder(`Group ${group.attrs.id}`, childNames(group), ['Label', 'Icon', 'Control'], ['Control']);
    }
    for (const control of all(vo, (n) => n.name === 'Control')) {
      expect(control.attrs['xsi:type']).toBe('Button');
      expect(childNames(control)).toEqual(['Label', 'Supertip', 'Icon', 'Action']);
      expect(childNames(child(control, 'Supertip'))).toEqual(['Title', 'Description']);
    }
    for (const action of all(vo, (n) => n.name === 'Action' && n.attrs['xsi:type'] === 'ShowTaskpane')) {
      expectSchemaOrder('Action ShowTaskpane', childNames(action), ['TaskpaneId', 'SourceLocation', 'Title']);
    }
    expect(childNames(child(vo, 'Resources'))).toEqual(['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);
  });

  test('Id is a fresh GUID, Version is 1.0.0.0', () => {
    const id = child(app, 'Id').text;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(id.toLowerCase()).not.toBe(TEMPLATE_GUID);
    expect(id).not.toMatch(/^[0-]+$/);
    expect(child(app, 'Version').text).toBe('1.0.0.0');
  });

  test('identity strings are the Chinese ones and within schema lengths', () => {
    expect(child(app, 'ProviderName').text).toBe('预决算公开助手项目组');
    expect(child(app, 'DefaultLocale').text).toBe('zh-CN');
    expect(child(app, 'DisplayName').attrs.DefaultValue).toBe('预决算公开助手');
    const description = child(app, 'Description').attrs.DefaultValue;
    expect(description).toMatch(/[\u4e00-\u9fff]/);
    expect(description.length).toBeLessThanOrEqual(250);
    expect(child(app, 'DisplayName').attrs.DefaultValue.length).toBeLessThanOrEqual(125);
  });

  test('host is Excel (Workbook) and the API requirement is ExcelApi 1.4', () => {
    const hosts = child(app, 'Hosts').children;
    expect(hosts.map((h) => [h.name, h.attrs.Name])).toEqual([['Host', 'Workbook']]);
    const sets = child(child(app, 'Requirements'), 'Sets');
    expect(sets.attrs.DefaultMinVersion).toBe('1.1');
    expect(sets.children.map((s) => [s.name, s.attrs.Name, s.attrs.MinVersion])).toEqual([['Set', 'ExcelApi', '1.4']]);
    expect(vo.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    expect(vo.attrs.xmlns).toBe('http://schemas.microsoft.com/office/taskpaneappversionoverrides');
    const voHosts = child(vo, 'Hosts').children;
    expect(voHosts.map((h) => h.attrs['xsi:type'])).toEqual(['Workbook']);
  });

  test('Permissions is exactly ReadWriteDocument', () => {
    expect(child(app, 'Permissions').text).toBe('ReadWriteDocument');
    expect(child(app, 'Permissions').children).toEqual([]);
  });

  test('the Home tab group reads 「预决算公开」 and its button opens the task pane', () => {
    const res = resources();
    const tabs = all(vo, (n) => n.name === 'OfficeTab');
    expect(tabs.map((t) => t.attrs.id)).toEqual(['TabHome']);
    const groups = tabs[0].children;
    expect(groups).toHaveLength(1);
    const label = res.get(child(groups[0], 'Label').attrs.resid);
    expect(label).toEqual(expect.objectContaining({ kind: 'bt:ShortStrings', value: '预决算公开' }));

    const button = child(groups[0], 'Control');
    expect(res.get(child(button, 'Label').attrs.resid)?.value).toBe('打开助手');
    expect(res.get(child(child(button, 'Supertip'), 'Description').attrs.resid)?.value).toMatch(/[\u4e00-\u9fff]/);
    const action = child(button, 'Action');
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(child(action, 'TaskpaneId').text).toBe('DisclosureTablesPane');
    const pane = res.get(child(action, 'SourceLocation').attrs.resid);
    expect(child(action, 'SourceLocation').attrs.resid).toBe('Taskpane.Url');
    expect(pane?.value).toBe(child(child(app, 'DefaultSettings'), 'SourceLocation').attrs.DefaultValue);

    const functionFile = all(vo, (n) => n.name === 'FunctionFile');
    expect(functionFile.map((f) => f.attrs.resid)).toEqual(['Commands.Url']);
    expect(res.get('Commands.Url')?.value).toBe(`${DEV_ORIGIN}/commands.html`);
  });

  test('every resid resolves to a resource of the right kind, and every resource is used', () => {
    const res = resources();
    const used = new Set<string>();
    const problems: string[] = [];
    walk(vo, (n, ancestors) => {
      const resid = n.attrs.resid;
      if (resid === undefined) return;
      used.add(resid);
      const r = res.get(resid);
      if (!r) {
        problems.push(`<${n.name} resid="${resid}"> has no resource`);
        return;
      }
      const parent = ancestors[ancestors.length - 1]?.name;
      let want: ResourceKind;
      if (n.name === 'bt:Image') want = 'bt:Images';
      else if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(n.name)) want = 'bt:Urls';
      else if (n.name === 'Description' && (parent === 'Supertip' || parent === 'GetStarted')) want = 'bt:LongStrings';
      else want = 'bt:ShortStrings'; // Label, Title
      if (r.kind !== want) problems.push(`<${n.name} resid="${resid}"> points to ${r.kind}, expected ${want}`);
    });
    for (const id of res.keys()) if (!used.has(id)) problems.push(`resource ${id} is never used`);
    expect(problems).toEqual([]);
  });

  test('resource strings are non-empty and within the schema limits (125 short / 250 long)', () => {
    for (const r of resources().values()) {
      expect(r.value && r.value.length > 0).toBe(true);
      if (r.kind === 'bt:ShortStrings') expect([r.id, r.value.length <= 125]).toEqual([r.id, true]);
      if (r.kind === 'bt:LongStrings') expect([r.id, r.value.length <= 250]).toEqual([r.id, true]);
    }
  });

  test('every URL is https, and every dev-server URL resolves to an asset or a built page', () => {
    const urls = allUrls();
    expect(urls.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const { url, where } of urls) {
      let u: URL;
      try {
        u = new URL(url);
      } catch {
        problems.push(`${where}: ${url} is not a URL`);
        continue;
      }
      if (u.protocol !== 'https:') problems.push(`${where}: ${url} is not https`);
      if (u.origin !== DEV_ORIGIN) continue;
      if (u.pathname === '/' || u.pathname === '') {
        if (where !== '<AppDomain>') problems.push(`${where}: ${url} points at the server root, not a page`);
      } else if (u.pathname.startsWith('/assets/')) {
        if (!fs.existsSync(assetPath(url))) problems.push(`${where}: ${url} → ${path.relative(ROOT, assetPath(url))} is missing`);
      } else {
        const page = decodeURIComponent(u.pathname.slice(1));
        if (!(page in WEBPACK_PAGES)) problems.push(`${where}: ${url} is not a page the webpack build produces (${Object.keys(WEBPACK_PAGES).join(', ')})`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('AppDomains lists the dev server origin', () => {
    expect(child(app, 'AppDomains').children.map((d) => d.text)).toEqual([DEV_ORIGIN]);
  });

  test.each(Object.entries(WEBPACK_PAGES))('built page %s has its source %s', (_page, source) => {
    expect(fs.existsSync(path.join(ROOT, source)) ? source : `MISSING ${source}`).toBe(source);
  });

  test('commands.html (FunctionFile) loads the self-hosted office.js and calls Office.onReady', () => {
    const html = fs.readFileSync(path.join(ROOT, WEBPACK_PAGES['commands.html']), 'utf8');
    expect(html).toMatch(/<meta charset="UTF-8"/i);
    expect(html).toMatch(/<script[^>]+src="\.\/office\/office\.js"/);
    expect(html).toMatch(/Office\.onReady\(/);
  });

  test('every icon the manifest references is a PNG of the declared size', () => {
    const res = resources();
    const checked: string[] = [];
    const expectIcon = (url: string, size: number, where: string): void => {
      const file = assetPath(url);
      expect([where, sizeFromFileName(file)]).toEqual([where, size]);
      const png = readPng(file);
      expect([where, png.width, png.height]).toEqual([where, size, size]);
      checked.push(path.basename(file));
    };
    expectIcon(child(app, 'IconUrl').attrs.DefaultValue, 32, 'IconUrl');
    expectIcon(child(app, 'HighResolutionIconUrl').attrs.DefaultValue, 64, 'HighResolutionIconUrl');
    for (const r of res.values()) {
      if (r.kind !== 'bt:Images') continue;
      const m = /(\d+)x(\d+)$/.exec(r.id);
      if (!m || m[1] !== m[2]) throw new Error(`image resource id ${r.id} should end in <N>x<N>`);
      expectIcon(r.value, Number(m[1]), r.id);
    }
    // <bt:Image size="N" resid=...> inside <Icon> must point to an N×N image.
    for (const img of all(vo, (n) => n.name === 'bt:Image' && n.attrs.resid !== undefined)) {
      const r = res.get(img.attrs.resid);
      expect(r?.kind).toBe('bt:Images');
      expect([img.attrs.resid, sizeFromFileName(r!.value)]).toEqual([img.attrs.resid, Number(img.attrs.size)]);
    }
    expect(checked.length).toBeGreaterThanOrEqual(5);
  });

  test('every assets/icon-N.png (made by scripts/make-icons.js) is a valid N×N PNG', () => {
    const icons = fs.readdirSync(path.join(ROOT, 'assets')).filter((f) => /^icon-\d+\.png$/.test(f));
    expect(icons.sort()).toEqual(['icon-128.png', 'icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']);
    for (const f of icons) {
      const n = sizeFromFileName(f);
      expect([f, readPng(path.join(ROOT, 'assets', f))]).toEqual([f, { width: n, height: n }]);
    }
  });
});

describe('legacy.js (the old-Office message)', () => {
  it('is plain ES5, so the IE11 webview of Office 2016/2019 can run it', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const acorn = require('acorn') as typeof import('acorn');
    const src = require('fs').readFileSync(require('path').join(__dirname, '..', 'src', 'taskpane', 'legacy.js'), 'utf8');
    expect(() => acorn.parse(src, { ecmaVersion: 5 })).not.toThrow();
    expect(() => acorn.parse('const x = () => 1;', { ecmaVersion: 5 })).toThrow(); // the check can fail
  });
});
