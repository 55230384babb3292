// One drafted section in the pane: numbers are buttons that select their cells, gaps are marked,
// typed reasons show in place. React escapes all text, so cell values never become markup.
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CellLocation } from '../../domain/findings';
import type { NarrativeRun, NarrativeSection } from '../../domain/narrative/document';
import { chartCaption, resolveRun } from '../../domain/narrative/renderHtml';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  title: { flex: 1, minWidth: 0, margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase300 },
  sub: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  para: { margin: 0, textIndent: '2em', lineHeight: tokens.lineHeightBase400, overflowWrap: 'anywhere' },
  number: {
    font: 'inherit',
    padding: 0,
    margin: 0,
    border: 'none',
    background: 'none',
    color: tokens.colorBrandForeground1,
    textDecorationLine: 'underline',
    textDecorationStyle: 'dotted',
    cursor: 'pointer',
    ':hover': { color: tokens.colorBrandForeground2Hover, textDecorationStyle: 'solid' },
  },
  gapButton: { font: 'inherit', color: 'inherit', padding: 0, margin: 0, border: 'none', background: 'none', cursor: 'pointer' },
  gap: { backgroundColor: tokens.colorPaletteYellowBackground3, color: 'inherit', padding: '0 2px', borderRadius: tokens.borderRadiusSmall },
  filled: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  caption: { textAlign: 'center', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** 「收入支出决算总表」C33、F33 — for tooltips. */
export function describeCells(cells: CellLocation[]): string {
  const bySheet = new Map<string, string[]>();
  for (const c of cells) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c.address]);
  return [...bySheet].map(([sheet, a]) => `「${sheet}」${a.join('、')}`).join('；');
}

export function NarrativeSectionView({
  section, reasons, onSelect, onGap, onCopy,
}: {
  section: NarrativeSection;
  reasons: Record<string, string>;
  onSelect: (cells: CellLocation[]) => void;
  /** A click on a gap: a reason focuses its box in 「需要填写的原因」, an input its row in the auxiliary sheet. */
  onGap?: (placeholder: { id: string; kind: 'reason' | 'input' }) => void;
  /** Absent for sections copied together with their parent. */
  onCopy?: () => void;
}) {
  const s = useStyles();
  const run = (r: NarrativeRun, i: number) => {
    const { text, gap } = resolveRun(r, reasons);
    if (gap && r.placeholder && onGap) {
      const ph = r.placeholder;
      return (
        <mark key={i} className={s.gap}>
          <button
            type="button"
            className={s.gapButton}
            data-placeholder={ph.id}
            title={ph.kind === 'reason' ? '在「需要填写的原因」中填写' : '表格中没有这个数：点此定位到「说明辅助数据」表中填写的位置'}
            onClick={() => onGap(ph)}
          >
            {text}
          </button>
        </mark>
      );
    }
    if (gap) return <mark key={i} className={s.gap}>{text}</mark>;
    if (r.placeholder) return <mark key={i} className={s.filled}>{text}</mark>;
    if (r.cells?.length) {
      const where = describeCells(r.cells);
      return (
        <button key={i} type="button" className={s.number} title={`定位到${where}`} aria-label={`${text}，定位到${where}`} onClick={() => onSelect(r.cells!)}>
          {text}
        </button>
      );
    }
    return <span key={i}>{text}</span>;
  };
  const Heading = section.level === 1 ? 'h3' : 'h4';
  return (
    <section className={s.section} aria-label={section.title} data-section={section.id}>
      {/* An untitled block (the document's preamble) has no heading and no copy button. */}
      {section.title && <div className={s.head}>
        <Heading className={section.level === 1 ? s.title : `${s.title} ${s.sub}`}>{section.title}</Heading>
        {onCopy && (
          <Button size="small" appearance="subtle" onClick={onCopy} aria-label={`复制本节：${section.title}`} title="复制本节（含下级标题）">
            复制本节
          </Button>
        )}
      </div>}
      {section.paragraphs.map((p, i) => (
        <p key={i} className={s.para}>
          {p.runs.map(run)}
        </p>
      ))}
      {section.chart && <Text className={s.caption} block>（{chartCaption(section.chart)}）</Text>}
    </section>
  );
}
