import { useState, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { assertNever } from '../../domain/assert-never.ts';
import { toPayload } from '../../domain/message/codec.ts';
import { type MessageKind } from '../../domain/message/draft.ts';
import { encodeShare, SHARE_HASH_KEY } from '../../domain/message/share.ts';
import { Button } from '../../components/ui/button.tsx';
import { CopyButton } from '../../components/ui/copy-button.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { ButtonsEditor } from './buttons-editor.tsx';
import { type ComposerValues } from './composer-values.ts';
import { ErrorSummary } from './error-summary.tsx';
import { ImportDialog } from './lazy-import-dialog.tsx';
import { KindPicker } from './kind-picker.tsx';
import { ListEditor } from './list-editor.tsx';
import { LoadUndo } from './load-undo.tsx';
import { LocationEditor } from './lazy-location-editor.tsx';
import { LocationRequestEditor } from './location-request-editor.tsx';
import { TextEditor } from './text-editor.tsx';

function ActiveEditor({ kind }: { kind: MessageKind }) {
  switch (kind) {
    case 'text':
      return <TextEditor />;
    case 'location':
      return <LocationEditor />;
    case 'button':
      return <ButtonsEditor />;
    case 'list':
      return <ListEditor />;
    case 'location_request':
      return <LocationRequestEditor />;
    default:
      return assertNever(kind);
  }
}

/** The page address with `#payload=…` for the current message; never the token, conversation or target. */
export function shareLink(
  values: ComposerValues,
  location: Pick<Location, 'origin' | 'pathname' | 'search'>,
) {
  const { type, body } = toPayload(values.drafts[values.kind]);
  const token = encodeShare({ type, body, send_to_third: values.sendToThird });
  return `${location.origin}${location.pathname}${location.search}#${SHARE_HASH_KEY}=${token}`;
}

export function Composer({
  onConversationId,
  actions,
}: {
  onConversationId?: (conversationId: string) => void;
  /** More controls for the composer's toolbar (placed first), e.g. "New message". */
  actions?: ReactNode;
}) {
  const { t } = useI18n();
  const { control, register, getValues } = useFormContext<ComposerValues>();
  const kind = useWatch({ control, name: 'kind' });
  const [importOpen, setImportOpen] = useState(false);
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center gap-2">
        {actions}
        <span className="flex-1" />
        <Button onClick={() => setImportOpen(true)}>{t('composer.import.open')}</Button>
        <CopyButton text={() => shareLink(getValues(), window.location)} label={t('composer.share.copy')} />
      </div>
      <LoadUndo />
      <KindPicker />
      <div className="flex items-center gap-2 text-sm">
        <input
          id="send-to-third"
          type="checkbox"
          className="size-4 accent-wa-teal"
          aria-describedby="send-to-third-hint"
          {...register('sendToThird')}
        />
        <label htmlFor="send-to-third">{t('composer.sendToThird')}</label>
        <code id="send-to-third-hint" className="text-xs text-neutral-500 dark:text-neutral-400">
          send_to_third
        </code>
      </div>
      <ActiveEditor kind={kind} />
      <ErrorSummary />
      <ImportDialog
        open={importOpen}
        onClose={() => setImportOpen(false)}
        onConversationId={onConversationId}
      />
    </div>
  );
}
