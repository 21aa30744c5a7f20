import { useState, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '../../components/ui/button.tsx';
import { CopyButton } from '../../components/ui/copy-button.tsx';
import { assertNever } from '../../domain/assert-never.ts';
import { toPayload } from '../../domain/message/codec.ts';
import type { MessageKind } from '../../domain/message/draft.ts';
import { encodeShare, SHARE_HASH_KEY } from '../../domain/message/share.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useComposerForm } from './composer-form.ts';
import type { ComposerValues } from './composer-values.ts';
import { KindPicker } from './kind-picker.tsx';
import {
  ButtonsEditor,
  ErrorSummary,
  ListEditor,
  LocationEditor,
  LocationRequestEditor,
  usePreloadEditors,
  VariablesPanel,
} from './lazy-editors.tsx';
import { ImportDialog } from './lazy-import-dialog.tsx';
import { LoadUndo } from './load-undo.tsx';
import { TextEditor } from './text-editor.tsx';

/** The API field the checkbox sets: a name in the payload, not a word of the interface. */
const SEND_TO_THIRD_FIELD = 'send_to_third';

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
function shareLink(values: ComposerValues, location: Pick<Location, 'origin' | 'pathname' | 'search'>) {
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
  const { control, register, getValues } = useComposerForm();
  const kind = useWatch({ control, name: 'kind' });
  usePreloadEditors();
  const [importOpen, setImportOpen] = useState(false);
  // A form of its own, though nothing submits it (Send is outside and reads the form state). Browsers look at the
  // form a typed-in field belongs to after each keystroke (Chrome's autofill reads every field of it and lays
  // the page out): without one, that is every field on the page outside a form, the connection's included.
  return (
    <form
      className="flex flex-col gap-5"
      noValidate
      autoComplete="off"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="flex flex-wrap items-center gap-2">
        {actions}
        <span className="flex-1" />
        <Button onClick={() => setImportOpen(true)}>{t('composer.import.open')}</Button>
        <CopyButton text={() => shareLink(getValues(), window.location)} label={t('composer.share.copy')} />
      </div>
      <LoadUndo />
      {/* The kind and send_to_third are isolated, as the cards beside this one are (workspace.tsx). */}
      <KindPicker />
      <div className="isolate flex flex-col gap-0.5">
        <div className="flex items-center gap-2 text-sm">
          <input
            id="send-to-third"
            type="checkbox"
            className="size-4 accent-wa-teal"
            aria-describedby="send-to-third-hint"
            {...register('sendToThird')}
          />
          <label htmlFor="send-to-third">{t('composer.sendToThird')}</label>
          <code dir="ltr" className="text-xs text-neutral-500 dark:text-neutral-400">
            {SEND_TO_THIRD_FIELD}
          </code>
        </div>
        <p id="send-to-third-hint" className="ps-6 text-xs text-neutral-600 dark:text-neutral-400">
          {t('composer.sendToThirdHelp')}
        </p>
      </div>
      {/* The variables sit beside the editor on wide screens, below it otherwise; no column while there are none. */}
      <div className="grid items-start gap-5 xl:has-[[data-variables]]:grid-cols-[minmax(0,1fr)_16rem]">
        <div className="flex min-w-0 flex-col gap-5">
          <ActiveEditor kind={kind} />
        </div>
        <VariablesPanel />
      </div>
      <ErrorSummary />
      <ImportDialog
        open={importOpen}
        onClose={() => setImportOpen(false)}
        onConversationId={onConversationId}
      />
    </form>
  );
}
