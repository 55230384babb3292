// A finding: one problem found in the workbook, in plain Chinese, with the cells it is about.
import type { Severity } from './spec/types';

export interface CellLocation {
  sheet: string;
  address: string;
}

export interface Finding {
  /** Rule id (spec §4, e.g. D05) or an input-problem id (e.g. INPUT_ERROR_VALUE). */
  rule: string;
  severity: Severity;
  message: string;
  cells: CellLocation[];
  expected?: string;
  actual?: string;
  difference?: string;
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warn: '警告', info: '提示' };
