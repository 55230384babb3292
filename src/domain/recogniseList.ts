// Recognises an uncoded list (B10's projects, the indicator rows of the 绩效 forms): rows have
// no code to find them by, so the list is every row between its header and the next fixed row
// (合计, 总分), the next stacked part, a note, or the end of the sheet. Row keys are
// `${group}_${n}` in sheet order, as the layout numbers them.
import { address } from './a1';
import { headerPaths, locateColumns, modelColumns } from './columns';
import { normaliseLabel } from './labels';
import type { TableModel } from './recognise';
import { cellText, isColNoRow, putCell } from './sheetCells';
import type { BlockSpec, CodeRegionSpec, FixedRowSpec, HeaderRowSpec, TableSpec } from './spec/types';
import type { SheetSnapshot } from '../workbook/port';

/** Footer and note rows that end a table (注：…, 填表说明, 单位负责人：…, 金额单位：…). */
const END_OF_TABLE = /^(注[:：\d]|注$|说明[:：]|备注|填表|制表|(单位|项目|财务)负责人|(金额)?单位[:：])/;

function headerTexts(spec: TableSpec, rows: HeaderRowSpec[]): Set<string> {
  return new Set([...headerPaths(spec, rows).values()].flat());
}

/** Last row of the header block at or below `from`: consecutive rows naming ≥ 2 header texts. */
function findHeaderEnd(sheet: SheetSnapshot, texts: Set<string>, from: number): number {
  const hits = (r: number) => (sheet.values[r] ?? []).filter((v) => typeof v === 'string' && texts.has(normaliseLabel(v))).length;
  const need = Math.min(2, texts.size);
  for (let r = from; r < sheet.rowCount; r++) {
    if (need === 0 || hits(r) < need) continue;
    while (r + 1 < sheet.rowCount && hits(r + 1) >= need) r++;
    return r;
  }
  return -1;
}

/** Row index (0-based) just below every row the model holds so far: where a stacked part starts. */
function belowModel(model: TableModel): number {
  let max = -1;
  for (const { address: a } of Object.values(model.rows)) max = Math.max(max, Number(/\d+$/.exec(a)?.[0] ?? 0) - 1);
  return max + 1;
}

export function recogniseListBlock(sheet: SheetSnapshot, spec: TableSpec, block: BlockSpec, region: CodeRegionSpec, model: TableModel): number {
  const header = block.section?.header ?? spec.header;
  const headerEnd = findHeaderEnd(sheet, headerTexts(spec, header), block.section ? belowModel(model) : 0);
  if (headerEnd < 0) return 0;
  let start = headerEnd + 1;
  while (start < sheet.rowCount && isColNoRow(sheet, start)) start++;

  const order = spec.columns.map((c) => c.key);
  const cols = modelColumns(spec, block);
  const keys = [...new Set([region.codeColumn, region.nameColumn, ...cols])].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const columnOf = locateColumns(sheet, spec, keys, -1, start, [start], headerPaths(spec, header));
  const labelCols = [...new Set([columnOf[region.codeColumn], columnOf[region.nameColumn]])];

  const fixed = [...block.head, ...block.tail].filter((i): i is FixedRowSpec => 'key' in i && !!i.label);
  const fixedOf = (r: number): FixedRowSpec | undefined => {
    for (let c = Math.min(...labelCols); c <= Math.max(...labelCols); c++) {
      const t = normaliseLabel(cellText(sheet.values[r]?.[c]));
      const hit = t && fixed.find((f) => [f.label, ...(f.aliases ?? [])].some((l) => normaliseLabel(l) === t));
      if (hit) return hit;
    }
    return undefined;
  };
  // Later stacked parts (their headers and labels) end this one.
  const later = spec.blocks.slice(spec.blocks.indexOf(block) + 1).filter((b) => b.section);
  const laterTexts = new Set(later.flatMap((b) => [
    ...headerTexts(spec, b.section!.header),
    ...[...b.head, ...b.tail].flatMap((i) => ('key' in i && i.label ? [normaliseLabel(i.label)] : [])),
  ]));
  const ends = (r: number): boolean => (sheet.values[r] ?? []).some((v) => {
    const t = cellText(v);
    return t !== '' && (END_OF_TABLE.test(t) || laterTexts.has(normaliseLabel(t)));
  });

  const listRows: number[] = [];
  const fixedRows: Array<[number, FixedRowSpec]> = [];
  for (let r = start; r < sheet.rowCount; r++) {
    const f = fixedOf(r);
    if (f) {
      if (!fixedRows.some(([, g]) => g.key === f.key)) fixedRows.push([r, f]);
      if (block.tail.includes(f) || listRows.length > 0) {
        // The list is over; only this block's remaining fixed rows may follow.
        for (let n = r + 1; n < sheet.rowCount; n++) {
          const g = fixedOf(n);
          if (!g || fixedRows.some(([, x]) => x.key === g.key)) break;
          fixedRows.push([n, g]);
        }
        break;
      }
      continue;
    }
    if (ends(r)) break;
    listRows.push(r);
  }
  // Blank rows after the last entry (nothing typed in this block's columns) belong to the list
  // only where a fixed row (合计, 总分) closes it.
  if (!fixedRows.some(([r]) => r > (listRows[listRows.length - 1] ?? -1))) {
    const own = [...labelCols, ...cols.map((k) => columnOf[k])];
    const blank = (r: number) => own.every((c) => cellText(sheet.values[r]?.[c]) === '' && !sheet.formulas[r]?.[c]);
    while (listRows.length > 0 && blank(listRows[listRows.length - 1])) listRows.pop();
  }

  const put = (r: number, key: string, label: string, group?: string) => {
    model.rows[key] = { address: address(r + 1, labelCols[0] + 1), label };
    if (group) (model.groups[group] ??= []).push(key);
    for (const col of cols) putCell(model, sheet, key, col, r, columnOf[col]);
  };
  for (const [r, f] of fixedRows) put(r, f.key, cellText(sheet.values[r]?.[labelCols[0]]) || f.label);
  listRows.forEach((r, i) => {
    const label = labelCols.map((c) => cellText(sheet.values[r]?.[c])).find((t) => t !== '') ?? '';
    put(r, `${region.group}_${i + 1}`, label, region.group);
  });
  model.groups[region.group] ??= [];
  return listRows.length + fixedRows.length;
}
