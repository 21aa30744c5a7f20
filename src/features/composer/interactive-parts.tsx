/** What the reply-buttons and list editors share: the header and body fields, and the frame of their item list. */
import { type ReactNode } from 'react';
import { type MessageKind } from '../../domain/message/draft.ts';
import { HEADER_TEXT_MAX_CHARS } from '../../domain/message/limits.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { fieldId } from './composer-values.ts';
import { GroupIssues } from './group-issues.tsx';
import { LimitedField } from './limited-field.tsx';

export function HeaderAndBody({ kind, bodyLimit }: { kind: 'button' | 'list'; bodyLimit: number }) {
  const { t } = useI18n();
  return (
    <>
      <LimitedField
        name={`drafts.${kind}.header`}
        label={t('composer.interactive.header')}
        limit={HEADER_TEXT_MAX_CHARS}
        optional
      />
      <LimitedField
        name={`drafts.${kind}.body`}
        label={t('composer.interactive.body')}
        limit={bodyLimit}
        multiline
        rows={4}
      />
    </>
  );
}

/**
 * A titled list of items (buttons, sections): the heading is the error summary's focus target for issues about
 * the list as a whole, which are shown under it; `counter` sits beside the title, `footer` under the items.
 */
export function ItemsSection({
  kind,
  name,
  title,
  counter,
  footer,
  children,
}: {
  kind: MessageKind;
  name: 'buttons' | 'sections';
  title: string;
  counter: ReactNode;
  footer: ReactNode;
  children: ReactNode;
}) {
  const headingId = `${name}-heading`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <div className="flex items-baseline justify-between">
        <h3 id={headingId} className="text-sm font-semibold text-neutral-900 dark:text-neutral-100">
          <span id={fieldId(kind, [name])} tabIndex={-1}>
            {title}
          </span>
        </h3>
        {counter}
      </div>
      <GroupIssues kind={kind} path={[name]} />
      <ol className="flex flex-col gap-3">{children}</ol>
      {footer}
    </section>
  );
}
