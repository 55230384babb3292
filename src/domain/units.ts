// The unit of each table (「金额单位：元」 or 万元) and the UNIT_MIXED finding: tables of one
// workbook in different units are never compared silently (the checks convert to 万元 and say so).
import { address } from './a1';
import { UNIT_LABEL, type Unit } from './amount';
import type { Finding } from './findings';
import type { TableModel } from './recognise';
import type { TableSpec } from './spec/types';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/port';

export const UNIT_TEXT = /(单位\s*[:：]\s*)(万\s*元|元)/;

/** The cell stating a sheet's unit, in its first rows. */
export function unitCell(sheet: SheetSnapshot, maxRows = 8): { address: string; text: string; unit: Unit } | null {
  for (let r = 0; r < Math.min(maxRows, sheet.rowCount); r++) {
    for (let c = 0; c < sheet.colCount; c++) {
      const v = sheet.values[r][c];
      if (typeof v !== 'string') continue;
      const m = UNIT_TEXT.exec(v);
      if (m) return { address: address(r + 1, c + 1), text: v, unit: m[2].replace(/\s+/g, '') === '万元' ? 'wan' : 'yuan' };
    }
  }
  return null;
}


/** UNIT_MIXED: names each table, its unit and the cell saying so. */
export function unitFindingsOf(snapshot: WorkbookSnapshot, found: Array<{ spec: TableSpec; model: TableModel }>): Finding[] {
  const stated = found.filter((f) => f.model.unit).map((f) => ({ f, cell: unitCell(snapshot.sheets.find((s) => s.name === f.model.sheet)!) }));
  if (new Set(stated.map((s) => s.f.model.unit)).size < 2) return [];
  const list = stated.map(({ f, cell }) => `${f.model.title ?? f.spec.title}（工作表「${f.model.sheet}」${cell ? `${cell.address}「${cell.text.trim()}」` : ''}）为${UNIT_LABEL[f.model.unit!]}`);
  return [{
    rule: 'UNIT_MIXED',
    severity: 'error',
    message: `各表金额单位不一致：${list.join('；')}。表间核对已把元换算为万元后比较，但公开表应统一为万元（公式页「元→万元（舍位平衡）」可转换）`,
    cells: stated.map(({ f, cell }) => ({ sheet: f.model.sheet, address: cell?.address ?? 'A1' })),
  }];
}
