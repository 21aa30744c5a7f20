import { useCallback } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { Button } from '../../components/ui/button.tsx';
import { emptyRow, emptySection } from '../../domain/message/draft.ts';
import {
  LIST_BODY_MAX_CHARS,
  LIST_BUTTON_MAX_CHARS,
  LIST_ROWS_MAX,
  ROW_DESCRIPTION_MAX_CHARS,
  ROW_ID_MAX_CHARS,
  ROW_TITLE_MAX_CHARS,
  SECTION_TITLE_MAX_CHARS,
  SECTIONS_MAX,
} from '../../domain/message/limits.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { nextAutoId } from './auto-id.ts';
import { useComposerForm } from './composer-form.ts';
import { fieldId } from './composer-values.ts';
import { GroupIssues } from './group-issues.tsx';
import { HeaderAndBody, ItemsSection } from './interactive-parts.tsx';
import { CountBadge, ItemCard, type ItemPosition } from './item-controls.tsx';
import { LimitedField } from './limited-field.tsx';

/** Rows in the whole list. Watched by the few small parts that need it, not by the editors. */
function useRowTotal(): number {
  const { control } = useComposerForm();
  const sections = useWatch({ control, name: 'drafts.list.sections' });
  return sections.reduce((sum, section) => sum + section.rows.length, 0);
}

/** Rows before a section's first row: a row's position in the whole list, for its derived id. */
function useRowOffset(sectionIndex: number) {
  const { getValues } = useComposerForm();
  return useCallback(
    () =>
      getValues('drafts.list.sections')
        .slice(0, sectionIndex)
        .reduce((sum, s) => sum + s.rows.length, 0),
    [getValues, sectionIndex],
  );
}

const ROWS_COUNT_ID = 'list-rows-count';
const ROWS_FULL_ID = 'list-rows-full';

function RowsCount() {
  const { t } = useI18n();
  const total = useRowTotal();
  return (
    <div className="flex flex-col items-end">
      <CountBadge
        id={ROWS_COUNT_ID}
        count={total}
        limit={LIST_ROWS_MAX}
        label={t('composer.list.rowsCount', { n: total, count: LIST_ROWS_MAX })}
      />
      {total >= LIST_ROWS_MAX && (
        <span id={ROWS_FULL_ID} className="text-xs text-neutral-600 dark:text-neutral-400">
          {t('composer.list.rowsFull', { limit: LIST_ROWS_MAX })}
        </span>
      )}
    </div>
  );
}

function AddRowButton({ onAdd }: { onAdd: () => void }) {
  const { t } = useI18n();
  const full = useRowTotal() >= LIST_ROWS_MAX;
  return (
    <Button
      size="sm"
      disabled={full}
      aria-describedby={full ? `${ROWS_FULL_ID} ${ROWS_COUNT_ID}` : ROWS_COUNT_ID}
      onClick={onAdd}
    >
      {t('composer.list.addRow')}
    </Button>
  );
}

function AddSectionButton({ sectionCount, onAdd }: { sectionCount: number; onAdd: () => void }) {
  const { t } = useI18n();
  const rowsFull = useRowTotal() >= LIST_ROWS_MAX;
  const sectionsFull = sectionCount >= SECTIONS_MAX;
  const reason = sectionsFull
    ? t('composer.list.sectionsFull', { limit: SECTIONS_MAX })
    : rowsFull
      ? t('composer.list.sectionNeedsRow', { limit: LIST_ROWS_MAX })
      : null;
  return (
    <div className="flex items-center gap-3">
      <Button
        disabled={reason !== null}
        aria-describedby={reason ? 'list-add-section-reason' : undefined}
        onClick={onAdd}
      >
        {t('composer.list.addSection')}
      </Button>
      {reason && (
        <p id="list-add-section-reason" className="text-xs text-neutral-600 dark:text-neutral-400">
          {reason}
        </p>
      )}
    </div>
  );
}

function RowItem({ sectionIndex, ...position }: ItemPosition & { sectionIndex: number }) {
  const { index } = position;
  const { t } = useI18n();
  const { getValues, setValue } = useComposerForm();
  const rowOffset = useRowOffset(sectionIndex);
  const name = t('composer.list.sectionRow', { n: sectionIndex + 1, m: index + 1 });
  const base = `drafts.list.sections.${sectionIndex}.rows.${index}` as const;
  const onTitleChange = useCallback(
    (title: string, previous: string) => {
      const others = getValues('drafts.list.sections').flatMap((section, s) =>
        section.rows.filter((_, r) => s !== sectionIndex || r !== index).map((row) => row.id),
      );
      const id = nextAutoId('row', getValues(`${base}.id`), previous, title, rowOffset() + index, others);
      if (id !== null) setValue(`${base}.id`, id);
    },
    [getValues, setValue, base, rowOffset, index, sectionIndex],
  );
  return (
    <ItemCard name={name} variant="row" position={position}>
      <div className="grid gap-3 sm:grid-cols-2">
        <LimitedField
          name={`${base}.title`}
          label={t('composer.list.rowTitle')}
          limit={ROW_TITLE_MAX_CHARS}
          onValueChange={onTitleChange}
        />
        <LimitedField name={`${base}.id`} label={t('composer.list.rowId')} limit={ROW_ID_MAX_CHARS} />
      </div>
      <LimitedField
        name={`${base}.description`}
        label={t('composer.list.rowDescription')}
        limit={ROW_DESCRIPTION_MAX_CHARS}
        optional
      />
    </ItemCard>
  );
}

function SectionItem(position: ItemPosition) {
  const { index } = position;
  const { t } = useI18n();
  const { control } = useComposerForm();
  const rows = useFieldArray({ control, name: `drafts.list.sections.${index}.rows` });
  const name = t('composer.list.section', { n: index + 1 });
  return (
    <ItemCard name={name} variant="section" position={position}>
      <LimitedField
        name={`drafts.list.sections.${index}.title`}
        label={t('composer.list.sectionTitle')}
        limit={SECTION_TITLE_MAX_CHARS}
      />
      <span id={fieldId('list', ['sections', index, 'rows'])} tabIndex={-1} className="sr-only">
        {t('composer.list.rowsOf', { name })}
      </span>
      <GroupIssues kind="list" path={['sections', index, 'rows']} />
      <ol className="flex flex-col gap-2" aria-label={t('composer.list.rowsOf', { name })}>
        {rows.fields.map((field, rowIndex) => (
          <RowItem
            key={field.id}
            sectionIndex={index}
            index={rowIndex}
            count={rows.fields.length}
            onMove={rows.move}
            onRemove={rows.remove}
          />
        ))}
      </ol>
      <div>
        <AddRowButton
          onAdd={() =>
            rows.append(emptyRow(), {
              focusName: `drafts.list.sections.${index}.rows.${rows.fields.length}.title`,
            })
          }
        />
      </div>
    </ItemCard>
  );
}

export function ListEditor() {
  const { t } = useI18n();
  const { control } = useComposerForm();
  const sections = useFieldArray({ control, name: 'drafts.list.sections' });
  return (
    <div className="flex flex-col gap-4">
      <HeaderAndBody kind="list" bodyLimit={LIST_BODY_MAX_CHARS} />
      <LimitedField
        name="drafts.list.button"
        label={t('composer.list.button')}
        limit={LIST_BUTTON_MAX_CHARS}
        hint={t('composer.list.buttonHint')}
      />
      <ItemsSection
        kind="list"
        name="sections"
        title={t('composer.list.sections')}
        counter={<RowsCount />}
        footer={
          <AddSectionButton
            sectionCount={sections.fields.length}
            onAdd={() =>
              sections.append(emptySection(), {
                focusName: `drafts.list.sections.${sections.fields.length}.title`,
              })
            }
          />
        }
      >
        {sections.fields.map((field, index) => (
          <SectionItem
            key={field.id}
            index={index}
            count={sections.fields.length}
            onMove={sections.move}
            onRemove={sections.remove}
          />
        ))}
      </ItemsSection>
    </div>
  );
}
