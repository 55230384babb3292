// The drafted 情况说明 as HTML and plain text for the clipboard (one section with its
// subsections, or the whole document). Every piece of text is escaped: department names, item
// names and typed reasons are user data. Inline styles only, so Word and WPS keep the look on paste.
import type { ChartSpec, NarrativeDocument, NarrativeParagraph, NarrativeRun, NarrativeSection } from './document';

export interface RenderOptions {
  /** Only this section and the subsections under it; the whole document (with its title) when absent. */
  sectionId?: string;
  /** Reasons typed by the user, by placeholder id; a non-blank one replaces its gap. */
  reasons?: Record<string, string>;
  /** Source (e.g. a data: URL) of a chart's image for the HTML; charts show only their caption without it. */
  chartImage?: (chart: ChartSpec) => string | null;
}

const FONT_BODY = "font-family:'仿宋_GB2312','仿宋',FangSong,serif;font-size:16pt;line-height:28pt";
const STYLE = {
  title: "font-family:'方正小标宋简体','宋体',SimSun,serif;font-size:22pt;text-align:center;font-weight:normal;margin:0 0 14pt",
  h1: "font-family:'黑体',SimHei,sans-serif;font-size:16pt;font-weight:normal;text-indent:2em;line-height:28pt;margin:0",
  h2: "font-family:'楷体_GB2312','楷体',KaiTi,serif;font-size:16pt;font-weight:normal;text-indent:2em;line-height:28pt;margin:0",
  p: `${FONT_BODY};text-indent:2em;margin:0`,
  caption: `${FONT_BODY};text-align:center;margin:0`,
  gap: 'background-color:yellow',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** The sections to render: the chosen one and the deeper-level sections that follow it. */
export function sectionsOf(doc: NarrativeDocument, sectionId?: string): NarrativeSection[] {
  if (sectionId === undefined) return doc.sections;
  const i = doc.sections.findIndex((s) => s.id === sectionId);
  if (i < 0) return [];
  const out = [doc.sections[i]];
  for (let j = i + 1; j < doc.sections.length && doc.sections[j].level > doc.sections[i].level; j++) out.push(doc.sections[j]);
  return out;
}

/** A run as it reads now: a gap with a typed reason becomes ordinary text. */
export function resolveRun(run: NarrativeRun, reasons?: Record<string, string>): { text: string; gap: boolean } {
  const typed = run.placeholder ? reasons?.[run.placeholder.id]?.trim() : undefined;
  if (run.placeholder && typed) return { text: typed, gap: false };
  return { text: run.text, gap: !!run.placeholder };
}

/** The caption printed where a chart goes, e.g. 「图1：收、支决算总计变动情况图」 (id 图1 + title). */
export function chartCaption(chart: ChartSpec): string {
  if (/^图\s*\d/.test(chart.title) || !/^图\d+$/.test(chart.id)) return chart.title;
  return `${chart.id}：${chart.title}`;
}

export function renderHtml(doc: NarrativeDocument, options: RenderOptions = {}): string {
  const out: string[] = [];
  const paragraph = (p: NarrativeParagraph) => {
    const runs = p.runs.map((r) => {
      const { text, gap } = resolveRun(r, options.reasons);
      return gap ? `<span style="${STYLE.gap}">${escapeHtml(text)}</span>` : escapeHtml(text);
    });
    out.push(`<p style="${STYLE.p}">${runs.join('')}</p>`);
  };
  if (options.sectionId === undefined) {
    out.push(`<h1 style="${STYLE.title}">${escapeHtml(doc.title)}</h1>`);
    (doc.preamble ?? []).forEach(paragraph);
  }
  for (const s of sectionsOf(doc, options.sectionId)) {
    const tag = s.level === 1 ? 'h2' : 'h3';
    out.push(`<${tag} style="${s.level === 1 ? STYLE.h1 : STYLE.h2}">${escapeHtml(s.title)}</${tag}>`);
    s.paragraphs.forEach(paragraph);
    if (s.chart) {
      const src = options.chartImage?.(s.chart);
      if (src) out.push(`<p style="${STYLE.caption}"><img src="${escapeHtml(src)}" alt="${escapeHtml(s.chart.title)}" width="480"></p>`);
      out.push(`<p style="${STYLE.caption}">（${escapeHtml(chartCaption(s.chart))}）</p>`);
    }
  }
  return `<div>${out.join('')}</div>`;
}

/** Plain text: one line per title and paragraph, paragraphs indented by two full-width spaces. */
export function renderText(doc: NarrativeDocument, options: RenderOptions = {}): string {
  const lines: string[] = [];
  if (options.sectionId === undefined) {
    lines.push(doc.title, '');
    for (const p of doc.preamble ?? []) lines.push('\u3000\u3000' + p.runs.map((r) => resolveRun(r, options.reasons).text).join(''));
  }
  for (const s of sectionsOf(doc, options.sectionId)) {
    lines.push(s.title);
    for (const p of s.paragraphs) lines.push('\u3000\u3000' + p.runs.map((r) => resolveRun(r, options.reasons).text).join(''));
    if (s.chart) lines.push(`（${chartCaption(s.chart)}）`);
  }
  return lines.join('\n');
}
