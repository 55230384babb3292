// Read-only grid of one workbook snapshot, Excel-like: column letters, row numbers, sheet tabs.
// Cell text is rendered as React text children (escaped), never as HTML.
import { useEffect, useMemo, useRef } from 'react';
import { Tab, TabList, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { columnLetter } from '../domain/a1';
import type { WorkbookSnapshot } from '../workbook/port';
import { buildGrid, MAX_COLS, MAX_ROWS } from './gridModel';
import type { SheetLook } from './sheetLook';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, flex: 1 },
  scroller: { flex: 1, overflow: 'auto', backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: '13px', color: tokens.colorNeutralForeground1 },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 3, backgroundColor: tokens.colorNeutralBackground3 },
  colHead: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: 'normal',
    fontSize: '12px',
    lineHeight: '18px',
    padding: 0,
    textAlign: 'center',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    height: '20px',
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontSize: '12px',
    lineHeight: '18px',
    padding: 0,
    textAlign: 'center',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    width: '40px',
  },
  cell: {
    height: '20px', // Excel's default row height at 100%
    lineHeight: '18px',
    padding: '0 4px',
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    verticalAlign: 'middle',
  },
  bordered: { border: `1px solid ${tokens.colorNeutralStroke1}` },
  filled: { backgroundColor: tokens.colorNeutralBackground4 },
  wrap: { whiteSpace: 'normal' },
  bold: { fontWeight: tokens.fontWeightSemibold },
  large: { fontSize: '16px', height: '26px', lineHeight: '24px' },
  numeric: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  left: { textAlign: 'left' },
  center: { textAlign: 'center' },
  right: { textAlign: 'right' },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
  },
  tabs: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground2, overflowX: 'auto' },
  note: { padding: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground3 },
});

interface Props {
  snapshot: WorkbookSnapshot;
  activeSheet: string | null;
  onActivate: (sheet: string) => void;
  selection: { sheet: string; range: string } | null;
  lookOf: (sheet: string) => SheetLook;
}

export function SheetGrid({ snapshot, activeSheet, onActivate, selection, lookOf }: Props) {
  const s = useStyles();
  const visible = snapshot.sheets.filter((x) => x.visibility === 'visible');
  const sheet = visible.find((x) => x.name === activeSheet) ?? visible[0];
  const range = selection && sheet && selection.sheet === sheet.name ? selection.range : null;
  const model = useMemo(() => (sheet ? buildGrid(sheet, lookOf(sheet.name), range) : null), [sheet, lookOf, range]);
  const anchor = useRef<HTMLTableCellElement | null>(null);

  // Scroll only when the selection moves, not on every redraw after a write.
  const sheetName = sheet?.name;
  useEffect(() => {
    anchor.current?.scrollIntoView?.({ block: 'center', inline: 'center' });
  }, [sheetName, range]);

  if (!sheet || !model) return <Text className={s.note}>工作簿中没有可显示的工作表。</Text>;
  let anchored = false;
  return (
    <div className={s.root}>
      <div className={s.scroller}>
        <table className={s.table} aria-label={`工作表 ${sheet.name}`} data-sheet={sheet.name}>
          <colgroup>
            <col style={{ width: 40 }} />
            {model.colWidths.map((w, i) => (
              <col key={i} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={s.corner} />
              {model.colWidths.map((_, i) => (
                <th key={i} className={s.colHead} scope="col">
                  {columnLetter(i + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map(({ row, cells }) => (
              <tr key={row}>
                <th className={s.rowHead} scope="row">
                  {row}
                </th>
                {cells.map((c) => {
                  const isAnchor = c.selected && !anchored;
                  if (isAnchor) anchored = true;
                  return (
                    <td
                      key={c.address}
                      ref={isAnchor ? anchor : undefined}
                      rowSpan={c.rowSpan > 1 ? c.rowSpan : undefined}
                      colSpan={c.colSpan > 1 ? c.colSpan : undefined}
                      title={c.text ? `${c.address}：${c.text}` : c.address}
                      data-address={c.address}
                      data-selected={c.selected ? 'true' : undefined}
                      className={mergeClasses(
                        s.cell,
                        c.border && s.bordered,
                        c.filled && s.filled,
                        c.wrap && s.wrap,
                        c.bold && s.bold,
                        c.large && s.large,
                        c.numeric && s.numeric,
                        c.align && s[c.align],
                        c.selected && s.selected,
                      )}
                    >
                      {c.text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {model.truncated && (
          <Text block className={s.note}>
            工作表较大，预览只显示前 {MAX_ROWS} 行、{MAX_COLS} 列；检查仍覆盖整张表。
          </Text>
        )}
      </div>
      <div className={s.tabs}>
        <TabList size="small" selectedValue={sheet.name} onTabSelect={(_, d) => onActivate(String(d.value))} aria-label="工作表">
          {visible.map((x) => (
            <Tab key={x.name} value={x.name}>
              {x.name}
            </Tab>
          ))}
        </TabList>
      </div>
    </div>
  );
}
