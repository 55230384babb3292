// The drafted 情况说明 as a Word document in official-document (公文) style: title in
// 方正小标宋简体 二号, 一级标题 黑体, 二级标题 楷体_GB2312, body 仿宋_GB2312 三号, first-line indent of
// two characters, exact 28pt line spacing, A4 with 公文 margins, page numbers 「— 1 —」.
// Gaps the user has not filled are highlighted yellow. Charts go in as PNG (chartImage.ts)
// with their caption and a legend table of values under them. Cell text only ever becomes
// TextRun text, never markup. Runs in Node and in the browser (no fs, no Buffer).
import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, ImageRun, LineRuleType, Packer, PageNumber, Paragraph,
  ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type IRunOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { NarrativeDocument, NarrativeParagraph, NarrativeSection } from '../domain/narrative/document';
import { chartCaption, escapeHtml, resolveRun } from '../domain/narrative/renderHtml';
import { chartLegend, renderChartPng } from './chartImage';

export interface DocxFont {
  name: string;
  /** Written as the font's altName, so Word/WPS use it where the first font is not installed. */
  fallback: string;
}

type Role = 'title' | 'heading1' | 'heading2' | 'body';

export interface DocxOptions {
  fonts?: Partial<Record<Role, DocxFont>>;
  /** Font sizes in points (二号 22, 三号 16, 五号 10.5); `legend` is the chart tables' size. */
  sizes?: Partial<Record<Role | 'legend', number>>;
  /** Exact line spacing in points (default 28). */
  lineSpacing?: number;
  /** Typed reasons by placeholder id; they replace their highlighted gaps. */
  reasons?: Record<string, string>;
  /** Leave the chart images out (captions and legend tables stay). */
  noChartImages?: boolean;
}

export const DEFAULT_FONTS: Record<Role, DocxFont> = {
  title: { name: '方正小标宋简体', fallback: '宋体' },
  heading1: { name: '黑体', fallback: 'SimHei' },
  heading2: { name: '楷体_GB2312', fallback: '楷体' },
  body: { name: '仿宋_GB2312', fallback: '仿宋' },
};

export const DEFAULT_SIZES: Record<Role | 'legend', number> = { title: 22, heading1: 16, heading2: 16, body: 16, legend: 10.5 };

/** Latin letters and digits in 公文 are set in Times New Roman next to the Chinese font. */
const LATIN = 'Times New Roman';
const MM = 56.6929; // twips per millimetre
const TEXT_WIDTH = Math.round((210 - 28 - 26) * MM); // A4 less the 公文 side margins, in twips
const CHART_PX = { width: 540, height: 304 }; // fits the 156-mm text width at 96 dpi

function font(f: DocxFont): IRunOptions['font'] {
  return { ascii: LATIN, hAnsi: LATIN, eastAsia: f.name, hint: 'eastAsia' };
}

export async function renderDocx(doc: NarrativeDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const fonts = { ...DEFAULT_FONTS, ...options.fonts };
  const sizes = { ...DEFAULT_SIZES, ...options.sizes };
  const line = Math.round((options.lineSpacing ?? 28) * 20);
  const spacing = { line, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const halfPoints = (pt: number) => Math.round(pt * 2);
  // Two characters of the body size; firstLineChars wins in Word, firstLine in LibreOffice.
  const indent = { firstLineChars: 200, firstLine: Math.round(sizes.body * 20 * 2) };

  const children: Array<Paragraph | Table> = [];
  children.push(
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: doc.title })],
    }),
  );
  for (const p of doc.preamble ?? []) children.push(body(p));
  for (const s of doc.sections) children.push(...sectionBlocks(s));

  function body(p: NarrativeParagraph): Paragraph {
    return new Paragraph({
      indent,
      spacing,
      alignment: AlignmentType.JUSTIFIED,
      children: p.runs.map((r) => {
        const { text, gap } = resolveRun(r, options.reasons);
        return new TextRun(gap ? { text, highlight: 'yellow' } : { text });
      }),
    });
  }

  function sectionBlocks(s: NarrativeSection): Array<Paragraph | Table> {
    const out: Array<Paragraph | Table> = [
      new Paragraph({ heading: s.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun({ text: s.title })] }),
    ];
    for (const p of s.paragraphs) out.push(body(p));
    if (s.chart) out.push(...chartBlocks(s));
    return out;
  }

  function chartBlocks(s: NarrativeSection): Array<Paragraph | Table> {
    const chart = s.chart!;
    const out: Array<Paragraph | Table> = [];
    if (!options.noChartImages) {
      const png = renderChartPng(chart, { width: CHART_PX.width * 2, height: CHART_PX.height * 2 });
      out.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO }, // an exact line height would clip the image
          children: [new ImageRun({ type: 'png', data: png, transformation: CHART_PX, altText: { name: chart.id, title: chart.title, description: chart.title } })],
        }),
      );
    }
    out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing, children: [new TextRun({ text: `（${chartCaption(chart)}）` })] }));
    const legend = chartLegend(chart);
    const small = halfPoints(sizes.legend);
    const swatch = 850; // 1.5 cm: room for 「图例」 on one line
    const rest = Math.floor((TEXT_WIDTH - swatch) / legend.header.length);
    const columnWidths = [swatch, ...legend.header.map(() => rest)];
    const cell = (text: string, opts: { fill?: string; bold?: boolean; align?: 'left' | 'right'; width?: number } = {}) =>
      new TableCell({
        width: opts.width ? { size: opts.width, type: WidthType.DXA } : undefined,
        shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } : undefined,
        margins: { left: 80, right: 80, top: 20, bottom: 20 },
        children: [
          new Paragraph({
            alignment: opts.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
            children: [new TextRun({ text, size: small, bold: opts.bold })],
          }),
        ],
      });
    const border = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
    out.push(
      new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths,
        borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
        rows: [
          new TableRow({ tableHeader: true, children: [cell('图例', { width: swatch }), ...legend.header.map((h) => cell(h, { bold: true }))] }),
          ...legend.rows.map(
            (r) => new TableRow({ children: [cell('', { fill: r.colour, width: swatch }), cell(r.label), ...r.cells.map((c) => cell(c, { align: 'right' }))] }),
          ),
        ],
      }),
      new Paragraph({ spacing, children: [] }),
    );
    return out;
  }

  // Explicit outline levels: Word's navigation pane and a table of contents list the headings.
  const heading = (f: DocxFont, pt: number, outlineLevel: number) => ({
    run: { font: font(f), size: halfPoints(pt), bold: false, color: '000000' },
    paragraph: { spacing, indent, keepNext: true, outlineLevel },
  });
  const document = new Document({
    title: doc.title,
    styles: {
      default: {
        // No exact line height by default: it would clip images and stretch table rows.
        document: { run: { font: font(fonts.body), size: halfPoints(sizes.body) } },
        title: {
          run: { font: font(fonts.title), size: halfPoints(sizes.title), bold: false, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: line, line: Math.round(sizes.title * 20 * 1.5), lineRule: LineRuleType.EXACT } },
        },
        heading1: heading(fonts.heading1, sizes.heading1, 0),
        heading2: heading(fonts.heading2, sizes.heading2, 1),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) },
          },
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28 })] })],
          }),
        },
        children,
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toArrayBuffer(document));
  return declareFallbacks(bytes, Object.values(fonts));
}

/**
 * Lists each font with its fallback (w:altName) and the GB2312 charset in word/fontTable.xml,
 * which the docx package leaves empty: Word and WPS then substitute 宋体/仿宋/楷体 on machines
 * without the 方正/GB2312 fonts instead of a Latin default.
 */
function declareFallbacks(docx: Uint8Array, fonts: DocxFont[]): Uint8Array {
  const files = unzipSync(docx);
  const name = 'word/fontTable.xml';
  const xml = files[name] ? strFromU8(files[name]) : null;
  if (!xml) return docx;
  const entries = fonts
    .map((f) => `<w:font w:name="${escapeHtml(f.name)}"><w:altName w:val="${escapeHtml(f.fallback)}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
  const patched = xml.includes('</w:fonts>')
    ? xml.replace('</w:fonts>', `${entries}</w:fonts>`)
    : xml.replace(/<w:fonts([^>]*?)\/>/, `<w:fonts$1>${entries}</w:fonts>`); // the package writes an empty, self-closed table
  if (patched === xml) return docx;
  files[name] = strToU8(patched);
  return zipSync(files, { level: 6 });
}
