/**
 * The question the picker asks before writing a place's name and address: after a search ("use this place?")
 * or when the pin's address would replace text the user typed ("replace what you typed?").
 */
import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '../../components/ui/button.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useComposerForm } from './composer-form.ts';
import { acceptAll, LABEL_FIELDS, type LabelField, type Labels, planFill } from './location-logic.ts';

export type FillQuestion = 'offer' | 'replace';

const FIELD_LABELS = {
  name: 'map.fill.field.name',
  address: 'map.fill.field.address',
} as const satisfies Record<LabelField, string>;

/**
 * Reads name and address as they are now, so text typed while the question is open is never replaced without
 * being named in it.
 */
export function LocationFillPanel({
  question,
  proposal,
  autoFilled,
  onAccept,
  onDismiss,
}: {
  question: FillQuestion;
  proposal: Labels;
  autoFilled: Partial<Labels>;
  onAccept: (values: Partial<Labels>) => void;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const { control } = useComposerForm();
  const name = useWatch({ control, name: 'drafts.location.name' });
  const address = useWatch({ control, name: 'drafts.location.address' });
  const plan = planFill({ name, address }, proposal, autoFilled);
  const rows = LABEL_FIELDS.flatMap((field) => {
    const conflict = plan.conflicts.find((item) => item.field === field);
    const proposed = conflict?.proposed ?? plan.fill[field];
    if (proposed === undefined || (question === 'replace' && conflict === undefined)) return [];
    return [{ field, proposed, replaces: conflict?.current }];
  });
  if (rows.length === 0) return null;
  return (
    <section
      aria-labelledby={titleId}
      className="flex flex-col gap-2 rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-neutral-900 dark:border-emerald-900 dark:bg-emerald-950/60 dark:text-neutral-100"
    >
      <h3 id={titleId} className="font-medium">
        {question === 'offer' ? t('map.fill.offerTitle') : t('map.fill.replaceTitle')}
      </h3>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
        {rows.map(({ field, proposed, replaces }) => (
          <div key={field} className="contents">
            <dt className="text-neutral-600 dark:text-neutral-300">{t(FIELD_LABELS[field])}</dt>
            <dd dir="auto" className="break-words">
              <span className="font-medium">{proposed}</span>
              {replaces !== undefined && (
                <span className="block text-xs text-amber-800 dark:text-amber-300">
                  {t('map.fill.replaces', { current: replaces })}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={() => onAccept(acceptAll(plan))}>
          {question === 'offer' ? t('map.fill.confirm') : t('map.fill.replace')}
        </Button>
        <Button variant="ghost" onClick={onDismiss}>
          {question === 'offer' ? t('map.fill.dismiss') : t('map.fill.keep')}
        </Button>
      </div>
    </section>
  );
}
