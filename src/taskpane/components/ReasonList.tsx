// 「需要填写的原因」: every 「主要原因是…」 gap of the draft, with a box to type the reason. The draft
// above updates as the user types; 保存 keeps the reasons in the workbook for the next draft.
import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { ReasonSlot } from '../../domain/narrative/api';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  suggestion: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', fontSize: tokens.fontSizeBase200 },
});

/** The DOM id of a reason's box, so a click on its gap in the draft can focus it. */
export const reasonBoxId = (slotId: string) => `reason-box-${slotId.replace(/[^\w.-]/g, '_')}`;

export function ReasonList({
  slots, values, sectionTitle, onChange,
}: {
  slots: ReasonSlot[];
  values: Record<string, string>;
  sectionTitle: (sectionId: string) => string;
  onChange: (id: string, text: string) => void;
}) {
  const s = useStyles();
  return (
    <ul className={s.list}>
      {slots.map((slot) => (
        <li key={slot.id}>
          <Field
            label={
              <>
                {slot.prompt}
                <span className={s.where}>（{sectionTitle(slot.sectionId)}）</span>
              </>
            }
          >
            <Textarea
              id={reasonBoxId(slot.id)}
              resize="vertical"
              value={values[slot.id] ?? ''}
              placeholder={slot.suggestion ? `上年：${slot.suggestion}` : '主要原因是……'}
              onChange={(_e, d) => onChange(slot.id, d.value)}
            />
          </Field>
          {slot.suggestion && !(values[slot.id] ?? '').trim() && (
            <div className={s.suggestion}>
              <Text size={200}>上年原因可参考。</Text>
              <Button size="small" appearance="transparent" onClick={() => onChange(slot.id, slot.suggestion!)}>
                采用上年原因
              </Button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
