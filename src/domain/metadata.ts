// The add-in's own memory inside the workbook: a very hidden sheet holding JSON in A1.
// A sheet (not Office settings) so that Excel, WPS, ExcelJS and LibreOffice all keep it.
import type { SheetPlan, WorkbookSnapshot } from '../workbook/port';

export const META_SHEET = '__disclosure_tables';

export interface InsertedTable {
  table: string;
  sheet: string;
  profile: string;
  /** Layout facts needed to update the table in place later. */
  insertedAt: string;
}

export interface WorkbookMetadata {
  version: 1;
  tables: InsertedTable[];
  settings?: Record<string, string>;
}

export function emptyMetadata(): WorkbookMetadata {
  return { version: 1, tables: [] };
}

export function readMetadata(snapshot: WorkbookSnapshot): WorkbookMetadata {
  const sheet = snapshot.sheets.find((s) => s.name === META_SHEET);
  const raw = sheet?.values[0]?.[0];
  if (typeof raw !== 'string') return emptyMetadata();
  try {
    const parsed = JSON.parse(raw) as Partial<WorkbookMetadata>;
    return { version: 1, tables: Array.isArray(parsed.tables) ? parsed.tables : [], ...(parsed.settings ? { settings: parsed.settings } : {}) };
  } catch {
    return emptyMetadata(); // a damaged cell must never block the user
  }
}

export function metadataPlan(meta: WorkbookMetadata): SheetPlan {
  return {
    name: META_SHEET,
    create: true,
    visibility: 'veryHidden',
    cells: [{ address: 'A1', value: JSON.stringify(meta), numberFormat: '@' }],
  };
}
