// A port decorator for the preview: reads return computed formula values, because the
// ExcelJS and in-memory adapters store formulas without evaluating them.
import type { WorkbookPort } from '../workbook/port';
import { recalculateSnapshot } from './formulaEngine';

export function withCalculation(port: WorkbookPort): WorkbookPort {
  return {
    kind: port.kind,
    read: async () => recalculateSnapshot(await port.read()),
    apply: (plan) => port.apply(plan),
    select: (sheet, range) => port.select(sheet, range),
  };
}
