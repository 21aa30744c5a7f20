/**
 * What the reply-buttons and list editors share: the header, body and footer fields, and the frame of their item
 * list.
 */
import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '../../components/ui/button.tsx';
import type { MessageKind } from '../../domain/message/draft.ts';
import { FOOTER_TEXT_MAX_CHARS, HEADER_TEXT_MAX_CHARS } from '../../domain/message/limits.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useComposerForm } from './composer-form.ts';
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
      <FooterField kind={kind} />
    </>
  );
}

/**
 * WhatsApp's footer, which Digishare's documentation does not list: there is no way to add one here, but one that
 * came with an imported message is shown, editable, with its warning and a way to remove it. Removing it leaves
 * no `footer` key at all; emptying it sends none either.
 */
function FooterField({ kind }: { kind: 'button' | 'list' }) {
  const { t } = useI18n();
  const { control, setValue } = useComposerForm();
  const footer = useWatch({ control, name: `drafts.${kind}.footer` });
  if (footer === undefined) return null;
  return (
    <div className="flex flex-col gap-2">
      <LimitedField
        name={`drafts.${kind}.footer`}
        label={t('composer.interactive.footer')}
        limit={FOOTER_TEXT_MAX_CHARS}
        optional
      />
      <div>
        <Button size="sm" onClick={() => setValue(`drafts.${kind}.footer`, undefined, { shouldDirty: true })}>
          {t('composer.interactive.removeFooter')}
        </Button>
      </div>
    </div>
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
