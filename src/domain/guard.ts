// The no-data-loss rule for every write: a typed value is never replaced without the
// user's confirmation. Formulas may replace formulas; formats are always safe to write.
import { parseAddress } from './a1';
import type { CellValue, CellWrite, WorkbookSnapshot, WritePlan } from '../workbook/port';

export interface Conflict {
  sheet: string;
  address: string;
  existing: CellValue;
  planned: string;
}

const isEmpty = (v: CellValue) => v === null || v === '';

/**
 * Splits a plan into what is safe and what would overwrite typed values. Conflicting
 * cells keep their format write but lose their content write, unless `overwrite` is set.
 */
export function guardPlan(plan: WritePlan, snapshot: WorkbookSnapshot, overwrite = false): { plan: WritePlan; conflicts: Conflict[] } {
  const conflicts: Conflict[] = [];
  const sheets = plan.sheets.map((sp) => {
    const s = snapshot.sheets.find((x) => x.name === sp.name);
    if (!s) return sp;
    const cells: CellWrite[] = [];
    for (const w of sp.cells) {
      const p = parseAddress(w.address);
      const existing = s.values[p.row - 1]?.[p.col - 1] ?? null;
      const formula = s.formulas[p.row - 1]?.[p.col - 1] ?? null;
      const writesContent = w.formula !== undefined || w.value !== undefined;
      const same = w.formula !== undefined ? formula === w.formula : !formula && existing === (w.value ?? null);
      if (writesContent && !same && !formula && !isEmpty(existing)) {
        conflicts.push({ sheet: sp.name, address: w.address, existing, planned: w.formula ?? String(w.value ?? '') });
        if (!overwrite) {
          const { value: _v, formula: _f, ...formatOnly } = w;
          cells.push(formatOnly);
          continue;
        }
      }
      cells.push(w);
    }
    return { ...sp, cells };
  });
  return { plan: { ...plan, sheets }, conflicts };
}
