// The Word export: structure of the .docx (styles, fonts with fallbacks, highlighted gaps, one
// image per chart) and, through LibreOffice, that it opens, converts to PDF and reads right.
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { draftNarrative } from '../src/domain/narrative/draft';
import { renderDocx } from '../src/export/docx';
import { withCalculation } from '../src/preview/calc';
import { createSampleWorkbook } from '../src/preview/sampleWorkbook';
import { sofficePath } from './oracle/libreoffice';
import { seed001Document } from './fixtures/narrative001';

const ARTIFACTS = join(__dirname, '.artifacts');

/** The .docx through LibreOffice (isolated profile) to PDF: its text and how many images it shows. */
function toPdf(docx: Uint8Array): { bytes: Buffer; text: string; images: number } {
  const soffice = sofficePath();
  // Never skip: without the PDF tools the test fails with the package to install.
  for (const tool of ['pdftotext', 'pdfimages', 'pdftoppm']) {
    if (!existsSync(`/usr/bin/${tool}`)) throw new Error(`找不到 ${tool}。请安装 Debian 软件包 poppler-utils。`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'dt-docx-'));
  try {
    const profile = join(dir, 'profile');
    mkdirSync(profile, { recursive: true });
    const input = join(dir, '情况说明.docx');
    writeFileSync(input, docx);
    execFileSync('timeout', ['180', soffice, `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input], { stdio: 'pipe' });
    const pdf = join(dir, '情况说明.pdf');
    if (!existsSync(pdf)) throw new Error('LibreOffice 没有生成 PDF：Word 文档的转换需要 Debian 软件包 libreoffice-writer-nogui。');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').filter((l) => /^\s*\d+\s+\d+\s+image/.test(l)).length;
    return { bytes: readFileSync(pdf), text, images };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parts(docx: Uint8Array) {
  const files = unzipSync(docx);
  return { files, xml: (name: string) => strFromU8(files[name]) };
}

describe('renderDocx', () => {
  let docx: Uint8Array;
  beforeAll(async () => {
    docx = await renderDocx(seed001Document(), { reasons: { 's1.total': '工会经费和人员经费的增加' } });
  });

  test('headings, body text and typed reasons are in the document; open gaps are highlighted', () => {
    const { xml } = parts(docx);
    const body = xml('word/document.xml');
    expect(body).toContain('一、收入支出决算总体情况说明');
    expect(body).toContain('（一）一般公共预算财政拨款支出决算总体情况');
    expect(body).toMatch(/<w:pStyle w:val="Heading1"\/>.{0,400}一、收入支出决算总体情况说明/s);
    expect(body).toMatch(/<w:pStyle w:val="Heading2"\/>.{0,400}（一）一般公共预算/s);
    expect(body).toContain('工会经费和人员经费的增加');
    // s4.total was not typed: its gap stays, highlighted.
    expect(body).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">【请填写原因】/);
    expect(body).toContain('（图1：收、支决算总计变动情况图）');
    expect(body).toMatch(/w:firstLineChars="200"/);
    expect(body).toMatch(/<w:spacing[^>]*w:line="560"[^>]*w:lineRule="exact"/);
  });

  test('styles use the official-document fonts and sizes; the font table names their fallbacks', () => {
    const { xml } = parts(docx);
    const styles = xml('word/styles.xml');
    expect(styles).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(styles).toMatch(/w:styleId="Title".*?w:eastAsia="方正小标宋简体".*?<w:sz w:val="44"\/>/s);
    expect(styles).toMatch(/w:styleId="Heading1".*?w:eastAsia="黑体".*?<w:sz w:val="32"\/>/s);
    expect(styles).toMatch(/w:styleId="Heading2".*?w:eastAsia="楷体_GB2312"/s);
    expect(styles).toMatch(/w:styleId="Heading1"((?!<\/w:style>)[^])*<w:outlineLvl w:val="0"\/>/);
    expect(styles).toMatch(/w:styleId="Heading2"((?!<\/w:style>)[^])*<w:outlineLvl w:val="1"\/>/);
    const fonts = xml('word/fontTable.xml');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
  });

  test('sizes are configurable', async () => {
    const { xml } = parts(await renderDocx(seed001Document(), { sizes: { body: 14 }, noChartImages: true }));
    expect(xml('word/styles.xml')).toMatch(/<w:docDefaults>.*?<w:sz w:val="28"\/>/s);
  });

  test('one PNG per chart (图1–图7), each referenced from the document', () => {
    const { files, xml } = parts(docx);
    const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(6); // 图1 and 图4 have the same values here: one shared picture
    for (const m of media) expect(Array.from(files[m].subarray(1, 4))).toEqual([0x50, 0x4e, 0x47]);
    expect(xml('word/document.xml').match(/<pic:pic /g)).toHaveLength(7);
  });

  test('cell text is text: markup in names stays literal and the XML stays well-formed', async () => {
    const doc = seed001Document();
    doc.title = '<w:p>某单位 & "测试"</w:p>';
    const { xml } = parts(await renderDocx(doc, { noChartImages: true }));
    expect(xml('word/document.xml')).toContain('&lt;w:p&gt;某单位 &amp; &quot;测试&quot;&lt;/w:p&gt;');
  });

  test('LibreOffice converts it to PDF with the headings and charts; pages 1–2 rendered for review', () => {
    const pdf = toPdf(docx);
    const compact = pdf.text.replace(/\s+/g, '');
    for (const h of ['遂宁市安居区总工会2024年度部门决算情况说明', '一、收入支出决算总体情况说明', '五、一般公共预算财政拨款支出决算情况说明',
      '（二）一般公共预算财政拨款支出决算结构情况', '十、其他重要事项的情况说明', '（图1：收、支决算总计变动情况图）', '（图7：“三公”经费财政拨款支出结构）']) {
      expect(compact).toContain(h);
    }
    expect(compact).toContain('主要变动原因是工会经费和人员经费的增加。');
    expect(pdf.images).toBe(7);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'narrative.docx'), docx);
    writeFileSync(join(ARTIFACTS, 'narrative.pdf'), pdf.bytes);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', join(ARTIFACTS, 'narrative.pdf'), join(ARTIFACTS, 'narrative-page')]);
    expect(readdirSync(ARTIFACTS).filter((f) => f.startsWith('narrative-page')).length).toBeGreaterThanOrEqual(2);
  }, 240_000);

  test('the real draft of the preview sample exports and converts too: all ten sections, every chart', async () => {
    const result = draftNarrative(await withCalculation(await createSampleWorkbook()).read());
    const charts = result.document.sections.filter((x) => x.chart).length;
    expect(charts).toBe(7);
    const pdf = toPdf(await renderDocx(result.document));
    const compact = pdf.text.replace(/\s+/g, '');
    for (const n of ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']) {
      const title = result.document.sections.find((x) => x.title.startsWith(`${n}、`))!.title;
      expect(compact).toContain(title.replace(/\s+/g, ''));
    }
    expect(compact).toMatch(/2024年度收入总计\d+\.\d{2}万元/);
    expect(compact).toContain('（图1：收、支决算总计变动情况图）');
    expect(pdf.images).toBe(charts);
  }, 240_000);
});
