// Lays a TableSpec out on a sheet for one profile's layout options: which row and column
// every key lands in. Pure; insertion, formulas, evaluation and recognition all use it.
import { address } from '../a1';
import { departmentCategories } from '../catalog/departmentCategories';
import { economicParent, functionParent, lookupEconomic, lookupFunction } from '../catalog';
import type {
  BlockSpec, CellRefSpec, CodeRegionSpec, ColumnSpec, FixedRowSpec, HeaderRowSpec, LayoutOptions, TableSpec, TermSpec,
} from './types';

export interface LaidColumn extends ColumnSpec {
  index: number; // 1-based sheet column
}

export interface LaidRow {
  key: string;
  label: string;
  aliases: string[];
  block: string;
  row: number; // 1-based sheet row
  code?: string;
  group?: string;
  /** Coded rows: true when no other row of the region lies under this code. */
  leaf?: boolean;
}

/** Codes the user's data holds, per code-region group (e.g. the 项 codes typed in T03). */
export interface LayoutData {
  codes?: Record<string, string[]>;
  year?: number;
}

export interface LaidHeaderCell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface TableLayout {
  spec: TableSpec;
  options: LayoutOptions;
  columns: LaidColumn[];
  colIndex: Record<string, number>;
  lastCol: number;
  titleRow: number;
  infoRow: number; // 部门 / 金额单位
  yearRow: number | null; // 年度 and 公开0N表
  headerTop: number;
  headerBottom: number;
  header: LaidHeaderCell[];
  bodyTop: number;
  bodyBottom: number;
  /** Physical rows per side, padding included (for 行次). */
  rows: LaidRow[];
  rowByKey: Record<string, LaidRow>;
  groups: Record<string, string[]>;
  blocks: BlockSpec[];
  footerRow: number | null;
  /** Row of the empty-table note (spec §1.8, D36), under the footer. */
  emptyNoteRow: number | null;
}

export function fillPlaceholders(text: string, labels: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => labels[k] ?? m);
}

/** A code region's rows: the given codes plus every ancestor, in code order, named from the catalog. */
export function codeRegionRows(region: CodeRegionSpec, given: string[], year?: number): Array<Omit<LaidRow, 'row' | 'block'>> {
  const codes = [...(region.fixedCodes ?? []), ...given.filter((c) => !region.fixedCodes?.includes(c))];
  if (region.classification === 'none' || codes.length === 0) {
    return Array.from({ length: region.blankRows }, (_, i) => ({ key: `${region.group}_${i + 1}`, label: '', aliases: [], group: region.group, leaf: true }));
  }
  const parent = region.classification === 'function' ? functionParent : economicParent;
  const all = new Set<string>();
  for (const c of codes) for (let x: string | null = c; x; x = parent(x)) all.add(x);
  const sorted = [...all].sort();
  return sorted.map((code) => {
    const name = (region.classification === 'function' ? lookupFunction(code, year) : lookupEconomic(code))?.name ?? '';
    const leaf = !sorted.some((o) => o !== code && o.startsWith(code));
    return { key: `c${code}`, label: name, aliases: [], code, group: region.group, leaf };
  });
}

function expandHead(block: BlockSpec, options: LayoutOptions, data: LayoutData): Array<Omit<LaidRow, 'row' | 'block'>> {
  const out: Array<Omit<LaidRow, 'row' | 'block'>> = [];
  const head = options.totalRow === 'bottom'
    ? [...block.head.filter((h) => !('key' in h && h.total)), ...block.head.filter((h) => 'key' in h && h.total)]
    : block.head;
  for (const item of head) {
    if ('codeRegion' in item) {
      out.push(...codeRegionRows(item, data.codes?.[item.group] ?? [], data.year));
    } else if ('categoryRows' in item) {
      for (const c of departmentCategories(options.categoryVariant)) {
        out.push({ key: item.keyPrefix + c.code, label: c.label, aliases: [c.name], code: c.code, group: item.group });
      }
    } else {
      out.push(fixed(item));
    }
  }
  return out;
}

function fixed(r: FixedRowSpec): Omit<LaidRow, 'row' | 'block'> {
  return { key: r.key, label: r.label, aliases: r.aliases ?? [], ...(r.code ? { code: r.code } : {}) };
}

export function layoutTable(spec: TableSpec, options: LayoutOptions, data: LayoutData = {}): TableLayout {
  const columns: LaidColumn[] = [];
  for (const c of spec.columns) {
    if (c.rowNumbersOnly && !options.rowNumbers) continue;
    columns.push({ ...c, index: columns.length + 1 });
  }
  const colIndex = Object.fromEntries(columns.map((c) => [c.key, c.index]));
  const lastCol = columns.length;
  const labels = { ...(spec.labels ?? {}), ...(options.labels ?? {}) };

  const titleRow = 1;
  const yearRow = 2;
  const infoRow = 3;
  const headerTop = 4;
  const header: LaidHeaderCell[] = [];
  const layHeader = (rowsSpec: HeaderRowSpec[], top: number): number => {
    const kept = rowsSpec.filter((h) => !h.colNoRow || options.rowNumbers);
    kept.forEach((h, i) => {
      for (const cell of h.cells) {
        const from = colIndex[cell.from];
        if (from === undefined) continue; // a 行次 column this layout omits
        const toKey = cell.to ?? cell.from;
        // Span to the last kept column at or before `to`.
        const to = columns.filter((c) => c.index >= from && spec.columns.findIndex((x) => x.key === c.key) <= spec.columns.findIndex((x) => x.key === toKey)).pop()?.index ?? from;
        header.push({ text: fillPlaceholders(cell.text, labels), row: top + i, col: from, rowSpan: cell.rows ?? 1, colSpan: to - from + 1 });
      }
    });
    return kept.length;
  };
  const headerBottom = headerTop + layHeader(spec.header, headerTop) - 1;
  const bodyTop = headerBottom + 1;

  // Side-by-side blocks first (tails bottom-aligned), then stacked sections below them.
  const sideBySide = spec.blocks.filter((b) => !b.section);
  const heads = sideBySide.map((b) => expandHead(b, options, data));
  const headLen = Math.max(0, ...heads.map((h) => h.length));
  const tailLen = Math.max(0, ...sideBySide.map((b) => b.tail.length));
  const rows: LaidRow[] = [];
  sideBySide.forEach((b, i) => {
    heads[i].forEach((r, k) => rows.push({ ...r, block: b.id, row: bodyTop + k }));
    const tailTop = bodyTop + headLen + (tailLen - b.tail.length);
    b.tail.forEach((r, k) => rows.push({ ...fixed(r), block: b.id, row: tailTop + k }));
  });
  let next = bodyTop + headLen + tailLen;
  for (const b of spec.blocks.filter((x) => x.section)) {
    next += layHeader(b.section!.header, next);
    for (const r of [...expandHead(b, options, data), ...b.tail.map(fixed)]) rows.push({ ...r, block: b.id, row: next++ });
  }
  const bodyBottom = next - 1;
  const rowByKey = Object.fromEntries(rows.map((r) => [r.key, r]));
  const groups: Record<string, string[]> = {};
  for (const r of rows) if (r.group) (groups[r.group] ??= []).push(r.key);

  return {
    spec, options, columns, colIndex, lastCol, titleRow, infoRow, yearRow, headerTop, headerBottom, header,
    bodyTop, bodyBottom, rows, rowByKey, groups, blocks: spec.blocks, footerRow: spec.footer ? bodyBottom + 1 : null,
    emptyNoteRow: spec.emptyNote ? bodyBottom + (spec.footer ? 2 : 1) : null,
  };
}

function blockOf(layout: TableLayout, rowKey: string): BlockSpec {
  const r = layout.rowByKey[rowKey];
  if (!r) throw new Error(`表 ${layout.spec.id} 没有行「${rowKey}」`);
  return layout.blocks.find((b) => b.id === r.block)!;
}

/** The sheet address of a cell reference (row key × column key). */
export function cellAddress(layout: TableLayout, ref: CellRefSpec, absolute = false): string {
  const block = blockOf(layout, ref.row);
  const col = ref.col ?? block.amountColumns[0];
  const c = layout.colIndex[col];
  if (c === undefined) throw new Error(`表 ${layout.spec.id} 没有列「${col}」`);
  return address(layout.rowByKey[ref.row].row, c, absolute);
}

/** Expands terms (cells and groups) into signed cell references. */
export function expandTerms(layout: TableLayout, terms: TermSpec[]): Array<CellRefSpec & { sign: 1 | -1 }> {
  const out: Array<CellRefSpec & { sign: 1 | -1 }> = [];
  for (const t of terms) {
    const sign = t.sign ?? 1;
    if ('group' in t) {
      for (const row of layout.groups[t.group] ?? []) out.push({ row, ...(t.col ? { col: t.col } : {}), sign });
    } else out.push({ row: t.row, ...(t.col ? { col: t.col } : {}), sign });
  }
  return out;
}

/** Row numbers (行次): each block numbered top to bottom, continuing across blocks (spec §0.4). */
export function rowNumbers(layout: TableLayout): Array<{ row: number; col: number; n: number }> {
  const out: Array<{ row: number; col: number; n: number }> = [];
  let n = 0;
  for (const b of layout.blocks) {
    const col = b.rowNoColumn ? layout.colIndex[b.rowNoColumn] : undefined;
    for (let r = layout.bodyTop; r <= layout.bodyBottom; r++) {
      n++;
      if (col !== undefined) out.push({ row: r, col, n });
    }
  }
  return out;
}
