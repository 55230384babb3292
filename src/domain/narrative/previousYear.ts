// Last year's workbook as the source of every 上年数 (issue 7): its recognised tables give the
// auxiliary sheet's prev.* figures, each written with the cell it came from, so that drafting
// and the text check use last year's published numbers instead of retyped ones.
import type { CellValue, WorkbookSnapshot, WritePlan } from '../../workbook/port';
import { AUX_FIELDS, planAuxSheet } from './aux';
import { readWorkbook, tableNum } from './context';

/** prev.* key ← table and `${row}.${col}` of last year's workbook (the same places drafting reads). */
export const PREVIOUS_SOURCES: ReadonlyArray<[key: string, table: string, cell: string]> = [
  ['prev.inc_total', 'T01', 'inc_total.L_amt'],
  ['prev.exp_total', 'T01', 'exp_total.R_amt'],
  ['prev.inc_year', 'T01', 'inc_year.L_amt'],
  ['prev.exp_year', 'T01', 'exp_year.R_amt'],
  ['prev.fin_inc_total', 'T04', 'f_inc_total.L_amt'],
  ['prev.fin_exp_total', 'T04', 'f_exp_total.tot'],
  ['prev.gpb_exp', 'T05', 'total.e_total'],
  ['prev.gf_exp', 'T08', 'total.e_total'],
  ...(['total', 'abroad', 'car', 'car_buy', 'car_run', 'recep'] as const).map((i): [string, string, string] => [`prev.sangong.${i}`, 'T07', `sangong.${i}_act`]),
  ['prev.jgyxjf', 'T06', 'pub_total.pub_amt'],
];

export interface PreviousValue {
  key: string;
  label: string;
  /** 万元, two decimals as published. */
  value: string;
  /** Where it is in last year's workbook. */
  source: { sheet: string; address: string };
}

/** The prev.* figures last year's workbook holds (万元, whatever its tables' unit). */
export function previousYearValues(lastYear: WorkbookSnapshot): PreviousValue[] {
  const wb = readWorkbook(lastYear);
  const out: PreviousValue[] = [];
  for (const [key, table, cell] of PREVIOUS_SOURCES) {
    const n = tableNum(wb, table, cell);
    if (!n || !n.cells[0]) continue;
    out.push({ key, label: AUX_FIELDS.find((f) => f.key === key)?.label ?? key, value: n.value.toFixed(2), source: n.cells[0] });
  }
  return out;
}

/**
 * Writes last year's figures into this year's auxiliary sheet, each with its source in the
 * 说明 column. Typed values are kept and listed (conflicts) unless `overwrite`.
 */
export function planPreviousYear(snapshot: WorkbookSnapshot, lastYear: WorkbookSnapshot, fileName: string, overwrite = false): {
  plan: WritePlan;
  values: PreviousValue[];
  conflicts: Array<{ key: string; existing: CellValue; planned: CellValue }>;
} {
  const values = previousYearValues(lastYear);
  const given: Record<string, CellValue> = {};
  const notes: Record<string, string> = {};
  for (const v of values) {
    given[v.key] = Number(v.value);
    notes[v.key] = `取自上年工作簿「${fileName}」${v.source.sheet}!${v.source.address}`;
  }
  const { plan, conflicts } = planAuxSheet(snapshot, given, overwrite, notes);
  return { plan: { ...plan, description: `从上年工作簿「${fileName}」读入上年数` }, values, conflicts };
}
