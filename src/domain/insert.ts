// Plans the insertion of standard tables as data (a WritePlan); adapters apply it.
import { address, rangeAddress } from './a1';
import { UNIT_LABEL, type Unit } from './amount';
import { tableFormulas } from './formulas';
import { guardPlan, type Conflict } from './guard';
import { emptyMetadata, metadataPlan, readMetadata, type WorkbookMetadata } from './metadata';
import { layoutTable, rowNumbers, type TableLayout } from './spec/layout';
import type { LayoutOptions, ProfileSpec, TableSpec } from './spec/types';
import { tableSpec } from './tables';
import type { CellStyle, CellWrite, SheetPlan, WorkbookSnapshot, WritePlan } from '../workbook/port';

export interface HeaderInfo {
  dept?: string;
  year?: number;
  unit?: Unit;
  /** Codes to lay out in coded regions (group → codes), e.g. the 项 the user will fill. */
  codes?: Record<string, string[]>;
  /** Overrides the profile's zero display: a blank cell (as published) or 0.00. */
  zeroDisplay?: 'blank' | 'zero';
}

const HEADER_FILL = '#F2F2F2';
const DEFAULT_WIDTH: Record<string, number> = { label: 30, code: 12, name: 28, rowNo: 6, amount: 15, percent: 10, text: 20 };

export function amountFormat(options: LayoutOptions): string {
  // A third, empty section shows zero as a blank cell (published tables leave zeros blank).
  return options.zeroDisplay === 'blank' ? '#,##0.00;-#,##0.00;' : '#,##0.00';
}

/** The sheet plan of one table at A1 of `sheetName`. */
export function planTable(layout: TableLayout, sheetName: string, info: HeaderInfo = {}): SheetPlan {
  const { spec, options, lastCol } = layout;
  const cells: CellWrite[] = [];
  const merges: string[] = [];
  const put = (row: number, col: number, w: Omit<CellWrite, 'address'>) => cells.push({ address: address(row, col), ...w });
  const merge = (top: number, left: number, bottom: number, right: number) => {
    if (bottom > top || right > left) merges.push(rangeAddress({ top, left, bottom, right }));
  };

  // Title block (spec §0.5).
  put(layout.titleRow, 1, { value: spec.title, style: { bold: true, fontSize: 16, hAlign: 'center', vAlign: 'middle' } });
  merge(layout.titleRow, 1, layout.titleRow, lastCol);
  if (layout.yearRow) {
    if (info.year) put(layout.yearRow, 1, { value: `${info.year}年度`, style: { hAlign: 'center' } });
    if (options.rowNumbers && spec.publicNo) put(layout.yearRow, lastCol, { value: spec.publicNo, style: { hAlign: 'right' } });
    merge(layout.yearRow, 1, layout.yearRow, Math.max(1, lastCol - 1));
  }
  const deptLabel = options.rowNumbers ? '部门：' : '编制单位：';
  put(layout.infoRow, 1, { value: `${deptLabel}${info.dept ?? ''}`, style: { hAlign: 'left' } });
  merge(layout.infoRow, 1, layout.infoRow, Math.max(1, Math.floor(lastCol / 2)));
  const unitText = `${options.rowNumbers ? '金额单位' : '单位'}：${UNIT_LABEL[info.unit ?? 'wan']}`;
  put(layout.infoRow, lastCol, { value: unitText, style: { hAlign: 'right' } });

  // Column headers.
  const headerStyle: CellStyle = { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, border: true, fill: HEADER_FILL };
  for (let r = layout.headerTop; r <= layout.headerBottom; r++) {
    for (let c = 1; c <= lastCol; c++) put(r, c, { style: headerStyle });
  }
  for (const h of layout.header) {
    put(h.row, h.col, h.text ? { value: h.text, style: headerStyle } : { style: headerStyle });
    merge(h.row, h.col, h.row + h.rowSpan - 1, h.col + h.colSpan - 1);
  }

  // Body: borders and formats everywhere, labels, codes as text, row numbers, formulas.
  const amountFmt = amountFormat({ ...options, zeroDisplay: info.zeroDisplay ?? options.zeroDisplay });
  const kindOf = Object.fromEntries(layout.columns.map((c) => [c.index, c.kind]));
  const body = new Map<string, CellWrite>();
  for (let r = layout.bodyTop; r <= layout.bodyBottom; r++) {
    for (let c = 1; c <= lastCol; c++) {
      const kind = kindOf[c];
      const w: CellWrite = { address: address(r, c), style: { border: true, ...(kind === 'rowNo' ? { hAlign: 'center' } : {}) } };
      if (kind === 'amount') w.numberFormat = amountFmt;
      if (kind === 'percent') w.numberFormat = '0.00';
      if (kind === 'code') w.numberFormat = '@';
      body.set(w.address, w);
    }
  }
  const set = (a: string, patch: Partial<CellWrite>) => {
    const w = body.get(a)!;
    body.set(a, { ...w, ...patch, style: { ...w.style, ...patch.style } });
  };
  for (const row of layout.rows) {
    const block = layout.blocks.find((b) => b.id === row.block)!;
    const region = block.head.find((h) => 'codeRegion' in h && h.group === row.group);
    if (region && 'codeRegion' in region) {
      // Coded rows: the code as text (leading zeros of 款/项 segments matter) and its name.
      if (row.code) set(address(row.row, layout.colIndex[region.codeColumn]), { value: row.code });
      if (row.label) set(address(row.row, layout.colIndex[region.nameColumn]), { value: row.label, ...(row.leaf ? {} : { style: { bold: true } }) });
      continue;
    }
    const isTotal = !row.code && /合计|总计|小计/.test(row.label);
    set(address(row.row, layout.colIndex[block.labelColumn]), { value: row.label, ...(isTotal ? { style: { bold: true } } : {}) });
  }
  for (const n of rowNumbers(layout)) set(address(n.row, n.col), { value: n.n });
  for (const f of tableFormulas(layout)) set(f.address, { formula: f.formula });
  cells.push(...body.values());

  if (layout.footerRow && spec.footer) {
    put(layout.footerRow, 1, { value: spec.footer, style: { hAlign: 'left' } });
    merge(layout.footerRow, 1, layout.footerRow, lastCol);
  }

  if (layout.emptyNoteRow && spec.emptyNote) {
    put(layout.emptyNoteRow, 1, { formula: emptyNoteFormula(layout, spec.emptyNote.replace('{dept}', info.dept || '本部门')), style: { hAlign: 'left' } });
    merge(layout.emptyNoteRow, 1, layout.emptyNoteRow, lastCol);
  }

  const columnWidths = Object.fromEntries(layout.columns.map((c) => [c.index, c.width ?? DEFAULT_WIDTH[c.kind]]));
  return {
    name: sheetName,
    create: true,
    cells,
    merges,
    columnWidths,
    freeze: { rows: layout.headerBottom, cols: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [layout.headerTop, layout.headerBottom] },
  };
}

/**
 * The empty-table note as a formula: it shows while every amount of the table is zero and
 * disappears once data is entered, so the published table is never wrong either way.
 */
export function emptyNoteFormula(layout: TableLayout, note: string): string {
  const cols = layout.columns.filter((c) => c.kind === 'amount').map((c) => c.index);
  const box = rangeAddress({ top: layout.bodyTop, bottom: layout.bodyBottom, left: Math.min(...cols), right: Math.max(...cols) });
  // Σ|x| via SUMIFS, which skips text such as "—" that would make ABS() an error.
  return `=IF(SUMIFS(${box},${box},">0")-SUMIFS(${box},${box},"<0")=0,"${note.replace(/"/g, '""')}","")`;
}

/** Excel sheet names: ≤ 31 characters, none of []:*?/\ . */
export function safeSheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, '').slice(0, 31);
}

function sheetHasContent(snapshot: WorkbookSnapshot, name: string): boolean {
  const s = snapshot.sheets.find((x) => x.name === name);
  return !!s && s.values.some((row, r) => row.some((v, c) => (v !== null && v !== '') || s.formulas[r][c] !== null));
}

export interface InsertResult {
  plan: WritePlan;
  /** Table id → sheet it goes to. */
  sheets: Record<string, string>;
  /** Tables whose spec is not available yet, or which were skipped, with the reason. */
  skipped: Array<{ table: string; reason: string }>;
  /** Typed values the insertion would replace; left alone unless `overwrite` was confirmed. */
  conflicts: Conflict[];
}

/**
 * Plans inserting tables of a profile. A sheet with user content is never written over:
 * the table goes to a new name instead. A table this add-in inserted before is updated in place.
 */
export function planInsert(
  snapshot: WorkbookSnapshot,
  profile: ProfileSpec,
  tableIds: string[],
  info: HeaderInfo = {},
  overwrite = false,
): InsertResult {
  const meta: WorkbookMetadata = snapshot.sheets.length ? readMetadata(snapshot) : emptyMetadata();
  const taken = new Set(snapshot.sheets.map((s) => s.name));
  const sheets: SheetPlan[] = [];
  const mapping: Record<string, string> = {};
  const skipped: InsertResult['skipped'] = [];
  const tables = [...meta.tables];
  for (const id of tableIds) {
    const spec: TableSpec | undefined = tableSpec(id);
    if (!spec) {
      skipped.push({ table: id, reason: `表 ${id} 的模板尚未收录` });
      continue;
    }
    const own = meta.tables.find((t) => t.table === id && t.profile === profile.id && taken.has(t.sheet));
    let name = own?.sheet ?? safeSheetName(spec.title);
    if (!own) {
      for (let i = 2; taken.has(name) && sheetHasContent(snapshot, name) || sheets.some((s) => s.name === name); i++) {
        name = safeSheetName(`${spec.title}(${i})`);
      }
      tables.push({ table: id, sheet: name, profile: profile.id, insertedAt: new Date().toISOString().slice(0, 10) });
    }
    taken.add(name);
    mapping[id] = name;
    const layout = layoutTable(spec, profile.layout, { codes: info.codes, year: info.year ?? profile.year });
    sheets.push(planTable(layout, name, { ...info, year: info.year ?? profile.year }));
  }
  if (sheets.length) sheets.push(metadataPlan({ ...meta, tables }));
  const titles = Object.keys(mapping).length;
  const guarded = guardPlan({ description: `插入${profile.name}的 ${titles} 张表`, sheets }, snapshot, overwrite);
  return { plan: guarded.plan, sheets: mapping, skipped, conflicts: guarded.conflicts };
}
