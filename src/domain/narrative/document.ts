// The drafted 情况说明 as data: sections of paragraphs of runs. Drafting produces it; the pane,
// the clipboard, .txt/.md and .docx writers render it. Every number keeps the cells it came
// from, and every 「主要原因是…」 gap is a placeholder the user fills in.
import type { CellLocation } from '../findings';

export interface NarrativeRun {
  text: string;
  /** The cells a number was read or computed from; a click selects them. */
  cells?: CellLocation[];
  /** A gap the user must fill (a reason, or a fact no table holds). */
  placeholder?: { id: string; kind: 'reason' | 'input' };
}

export interface NarrativeParagraph {
  runs: NarrativeRun[];
}

/** A chart of spec §5.0 (图1–图7); values are decimal strings in 万元. */
export interface ChartSpec {
  id: string;
  title: string;
  kind: 'column' | 'pie';
  categories: string[];
  series: Array<{ name: string; values: string[] }>;
}

export interface NarrativeSection {
  /** Stable id, e.g. "s1", "s5.2"; reasons and copy buttons refer to it. */
  id: string;
  /** As printed, e.g. 「一、收入支出决算总体情况说明」. */
  title: string;
  level: 1 | 2;
  paragraphs: NarrativeParagraph[];
  chart?: ChartSpec;
}

export interface NarrativeDocument {
  title: string;
  /** Paragraphs between the title and the first section (seed 004: 「按照《预算法》…公开如下：」). */
  preamble?: NarrativeParagraph[];
  sections: NarrativeSection[];
}

/** Plain text of a paragraph (placeholders shown as their text). */
export function paragraphText(p: NarrativeParagraph): string {
  return p.runs.map((r) => r.text).join('');
}
