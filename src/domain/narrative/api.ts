// The contract between narrative drafting (src/domain/narrative/draft.ts) and its users: the
// 说明 tab, the clipboard and .docx writers and the `draft` / `check-text` commands.
import type { Finding } from '../findings';
import type { NarrativeDocument } from './document';
import type { WordingStyleId } from './styles';

/** Wording settings of spec §5.0–§5.3. */
export interface NarrativeOptions {
  /** 本部门 / 本单位 / 我会 / 我局 … */
  selfReference: string;
  /** Department name and report year; default from the tables' header block. */
  dept?: string;
  year?: number;
  /** Decimals of percentages (default 2) and whether 100.00% prints as 100%. */
  pctDecimals: number;
  stripTrailingZeros: boolean;
  /** List zero items in enumerations (Sichuan) or omit them (Shanghai/central). */
  listZeroItems: boolean;
  /** Code citation style a–d of spec §5.0. */
  codeStyle: 'a' | 'b' | 'c' | 'd';
  /** Denominator of 完成预算% (spec §5.3). */
  completionBase: '年初预算' | '调整预算';
  /** How zero amounts print in running text. */
  zeroInText: '0' | '0.00';
  /** 124.50 → 124.5 in running text (seed 004 style); default off except for Hebei. */
  trimAmounts?: boolean;
  /** A change against last year needs a reason when |rate| ≥ this (%, spec §5.1); default 0 = always. */
  reasonThreshold?: number;
  /**
   * Wording profile (src/domain/narrative/styles.ts): 'standard' (spec §5.1–§5.2, default),
   * 'sichuan2020' (the 2020 Sichuan 决算 template, seed 000) or 'hebei2020' (seed 004).
   */
  style?: WordingStyleId;
}

/** A 「主要原因是…」 gap: the pane lists these, the user types the text, drafts reuse it. */
export interface ReasonSlot {
  /** Stable across drafts of the same workbook, e.g. "s1.income" or "s5.3.2012901". */
  id: string;
  sectionId: string;
  /** What needs explaining, in Chinese, e.g. 「收入总计比上年增加 28.20 万元」. */
  prompt: string;
  /** The text typed so far (this year, or last year's as a suggestion), '' when none. */
  text: string;
  suggestion?: string;
}

export interface DraftResult {
  document: NarrativeDocument;
  reasons: ReasonSlot[];
  /** Problems found while drafting (missing tables, a share of a zero total …). */
  findings: Finding[];
}
