// Plain-text and Markdown renderings of a drafted 情况说明 (the `draft` command). Gaps stay
// visible as 【…】; in Markdown they are bold so they stand out in any viewer.
import type { ChartSpec, NarrativeDocument, NarrativeParagraph, NarrativeSection } from './document';

function chartLine(c: ChartSpec): string {
  return `（${c.id}：${c.title}）（${c.kind === 'pie' ? '饼状图' : '柱状图'}）`;
}

/** One section as plain text: its title, paragraphs indented two full-width spaces, its chart caption. */
export function renderSectionText(s: NarrativeSection): string {
  const lines = [s.title, ...s.paragraphs.map((p) => '　　' + p.runs.map((r) => r.text).join(''))];
  if (s.chart) lines.push(chartLine(s.chart));
  return lines.join('\n');
}

export function renderText(doc: NarrativeDocument): string {
  const preamble = (doc.preamble ?? []).map((p) => '　　' + p.runs.map((r) => r.text).join('') + '\n');
  return [doc.title, '', ...preamble, ...doc.sections.map((s) => renderSectionText(s) + '\n')].join('\n').replace(/\n+$/, '\n');
}

function mdParagraph(p: NarrativeParagraph): string {
  return p.runs.map((r) => (r.placeholder ? `**${r.text}**` : r.text.replace(/([*_`\\[\]])/g, '\\$1'))).join('');
}

export function renderMarkdown(doc: NarrativeDocument): string {
  const lines = [`# ${doc.title}`, ''];
  for (const p of doc.preamble ?? []) lines.push(mdParagraph(p), '');
  for (const s of doc.sections) {
    lines.push(`${s.level === 1 ? '##' : '###'} ${s.title}`, '');
    for (const p of s.paragraphs) lines.push(mdParagraph(p), '');
    if (s.chart) {
      lines.push(`*${chartLine(s.chart)}*`, '', `| 项目 | ${s.chart.series.map((x) => x.name).join(' | ')} |`, `|---|${s.chart.series.map(() => '---:').join('|')}|`);
      s.chart.categories.forEach((c, i) => lines.push(`| ${c} | ${s.chart!.series.map((x) => x.values[i] ?? '').join(' | ')} |`));
      lines.push('');
    }
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}
