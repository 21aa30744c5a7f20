import { useCallback } from 'react';
import { useFieldArray } from 'react-hook-form';
import { Button } from '../../components/ui/button.tsx';
import { emptyButton } from '../../domain/message/draft.ts';
import {
  BUTTON_ID_MAX_CHARS,
  BUTTON_TITLE_MAX_CHARS,
  BUTTONS_MAX,
  INTERACTIVE_BODY_MAX_CHARS,
} from '../../domain/message/limits.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { nextAutoId } from './auto-id.ts';
import { useComposerForm } from './composer-form.ts';
import { HeaderAndBody, ItemsSection } from './interactive-parts.tsx';
import { CountBadge, ItemCard, type ItemPosition } from './item-controls.tsx';
import { LimitedField } from './limited-field.tsx';

function ButtonItem(position: ItemPosition) {
  const { index } = position;
  const { t } = useI18n();
  const { getValues, setValue } = useComposerForm();
  const name = t('composer.buttons.item', { n: index + 1 });
  const onTitleChange = useCallback(
    (title: string, previous: string) => {
      const others = getValues('drafts.button.buttons')
        .filter((_, other) => other !== index)
        .map((button) => button.id);
      const id = nextAutoId(
        'btn',
        getValues(`drafts.button.buttons.${index}.id`),
        previous,
        title,
        index,
        others,
      );
      if (id !== null) setValue(`drafts.button.buttons.${index}.id`, id);
    },
    [getValues, setValue, index],
  );
  return (
    <ItemCard name={name} variant="button" position={position}>
      <div className="grid gap-3 sm:grid-cols-2">
        <LimitedField
          name={`drafts.button.buttons.${index}.title`}
          label={t('composer.buttons.title')}
          limit={BUTTON_TITLE_MAX_CHARS}
          onValueChange={onTitleChange}
        />
        <LimitedField
          name={`drafts.button.buttons.${index}.id`}
          label={t('composer.buttons.id')}
          limit={BUTTON_ID_MAX_CHARS}
          hint={t('composer.buttons.idHint')}
        />
      </div>
    </ItemCard>
  );
}

export function ButtonsEditor() {
  const { t } = useI18n();
  const { control } = useComposerForm();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'drafts.button.buttons' });
  const full = fields.length >= BUTTONS_MAX;
  const reasonId = 'buttons-add-reason';
  const countId = 'buttons-count';
  return (
    <div className="flex flex-col gap-4">
      <HeaderAndBody kind="button" bodyLimit={INTERACTIVE_BODY_MAX_CHARS} />
      <ItemsSection
        kind="button"
        name="buttons"
        title={t('composer.buttons.legend')}
        counter={
          <CountBadge
            id={countId}
            count={fields.length}
            limit={BUTTONS_MAX}
            // The noun agrees with the limit: "1/3 buttons".
            label={t('composer.buttons.count', { n: fields.length, count: BUTTONS_MAX })}
          />
        }
        footer={
          <div className="flex items-center gap-3">
            <Button
              disabled={full}
              aria-describedby={full ? `${reasonId} ${countId}` : countId}
              onClick={() =>
                append(emptyButton(), { focusName: `drafts.button.buttons.${fields.length}.title` })
              }
            >
              {t('composer.buttons.add')}
            </Button>
            {full && (
              <p id={reasonId} className="text-xs text-neutral-600 dark:text-neutral-400">
                {t('composer.buttons.full', { limit: BUTTONS_MAX })}
              </p>
            )}
          </div>
        }
      >
        {fields.map((field, index) => (
          <ButtonItem key={field.id} index={index} count={fields.length} onMove={move} onRemove={remove} />
        ))}
      </ItemsSection>
    </div>
  );
}
