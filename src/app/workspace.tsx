/**
 * Where the features meet: the composer's message goes to the phone, the inspector and Send; Send's outcome
 * comes back as the thread, the history and server field errors on the composer's fields; the library saves
 * and restores what the composer holds.
 */
import { useCallback, useRef, useState, type RefObject } from 'react';
import { type ApiError, type FieldError, isOutcomeUnknown } from '../api/api-error.ts';
import { type Draft } from '../domain/message/draft.ts';
import { type Envelope } from '../domain/message/schema.ts';
import {
  ComposerProvider,
  useActiveMessage,
  useComposerApi,
  useComposerValues,
  useMessageValid,
} from '../features/composer/composer-provider.tsx';
import { Composer } from '../features/composer/composer.tsx';
import { ConnectionPanel } from '../features/connection/connection-panel.tsx';
import { ConnectionProvider, useConnection } from '../features/connection/connection-provider.tsx';
import { RequestInspector } from '../features/connection/request-inspector.tsx';
import { SendPanel, type SendPanelHandle, type SentOutcome } from '../features/connection/send-panel.tsx';
import { ThreadControls } from '../features/connection/thread-controls.tsx';
import { useThread } from '../features/connection/use-thread.ts';
import { loadSavedDraft } from '../features/library/drafts.ts';
import { ExportImage } from '../features/library/export-image.tsx';
import { HistoryPanel } from '../features/library/history-panel.tsx';
import { recordSend } from '../features/library/history.ts';
import { NewMessageButton, type NewMessageHandle } from '../features/library/new-message-button.tsx';
import { OtherTabDraft } from '../features/library/other-tab-draft.tsx';
import { KeyboardShortcuts } from '../features/library/shortcuts.tsx';
import { StorageNotices } from '../features/library/storage-notices.tsx';
import { TemplatesPanel, type TemplatesPanelHandle } from '../features/library/templates-panel.tsx';
import { useDraftAutosave } from '../features/library/use-draft-autosave.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { LivePreview } from './live-preview.tsx';
import { ShareLinkLoader } from './share-link-loader.tsx';

const CARD =
  'flex flex-col gap-4 rounded-xl border border-neutral-200 bg-white p-5 shadow-sm dark:border-neutral-800 dark:bg-neutral-900';

function Inspector() {
  const { draft, sendToThird } = useActiveMessage();
  return <RequestInspector draft={draft} sendToThird={sendToThird} />;
}

function Send({ sendRef }: { sendRef: RefObject<SendPanelHandle | null> }) {
  const { getMessage, showServerErrors } = useComposerApi();
  const { target } = useConnection();
  const valid = useMessageValid();
  const onFieldErrors = useCallback((errors: FieldError[]) => showServerErrors(errors), [showServerErrors]);
  // The history keeps what was sent and how it went — never the token, which SentOutcome does not carry.
  const onSent = useCallback(({ envelope, result, target: sentTo, conversationId }: SentOutcome) => {
    recordSend({
      target: sentTo,
      conversationId,
      envelope,
      httpStatus: result.httpStatus,
      messageId: result.id,
      durationMs: result.durationMs,
      outcome: 'sent',
      at: new Date(),
    });
  }, []);
  const onError = useCallback(
    (error: ApiError, envelope: Envelope) => {
      recordSend({
        target,
        conversationId: envelope.conversation_id,
        envelope,
        httpStatus: error.status,
        outcome: isOutcomeUnknown(error) ? 'unknown' : 'failed',
        errorKind: error.kind,
        at: new Date(),
      });
    },
    [target],
  );
  return (
    <SendPanel
      ref={sendRef}
      getMessage={getMessage}
      messageValid={valid}
      onFieldErrors={onFieldErrors}
      onSent={onSent}
      onError={onError}
    />
  );
}

/** Saves what the composer holds as the user types; renders nothing. */
function DraftAutosave() {
  useDraftAutosave(useComposerValues());
  return null;
}

function Phone({ phoneRef }: { phoneRef: RefObject<HTMLDivElement | null> }) {
  const thread = useThread();
  const { conversationId } = useConnection();
  const { kind } = useActiveMessage();
  return (
    <>
      <LivePreview thread={thread.entries} conversationId={conversationId} phoneRef={phoneRef} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <ExportImage getNode={() => phoneRef.current} kind={kind} />
        <ThreadControls thread={thread} />
      </div>
    </>
  );
}

function Library({
  templatesRef,
  sendRef,
}: {
  templatesRef: RefObject<TemplatesPanelHandle | null>;
  sendRef: RefObject<SendPanelHandle | null>;
}) {
  const { load, getSnapshot, replace } = useComposerApi();
  const { setConversationId, target } = useConnection();
  const onOpen = useCallback(
    (draft: Draft, sendToThird: boolean, conversationId: string) => {
      load({ draft, sendToThird });
      setConversationId(conversationId);
    },
    [load, setConversationId],
  );
  return (
    <>
      <TemplatesPanel ref={templatesRef} getSnapshot={getSnapshot} onLoad={replace} />
      <HistoryPanel
        onOpen={onOpen}
        currentTarget={target}
        onResend={(envelope) => sendRef.current?.resend(envelope)}
      />
    </>
  );
}

function Columns() {
  const { t } = useI18n();
  const { setConversationId } = useConnection();
  const { getSnapshot, replace } = useComposerApi();
  const newMessage = useRef<NewMessageHandle>(null);
  const templates = useRef<TemplatesPanelHandle>(null);
  const send = useRef<SendPanelHandle>(null);
  const phone = useRef<HTMLDivElement>(null);
  return (
    <main className="mx-auto grid w-full max-w-[1440px] flex-1 items-start gap-6 p-4 lg:grid-cols-[minmax(0,1fr)_440px] lg:p-6">
      <div className="flex min-w-0 flex-col gap-6">
        <section aria-labelledby="editor-heading" className={CARD}>
          <h2 id="editor-heading" className="sr-only">
            {t('app.editor')}
          </h2>
          <DraftAutosave />
          <StorageNotices areas={['drafts']} />
          <OtherTabDraft getSnapshot={getSnapshot} onRestore={replace} />
          <ShareLinkLoader />
          <Composer
            onConversationId={setConversationId}
            actions={
              <>
                <NewMessageButton ref={newMessage} getSnapshot={getSnapshot} onReplace={replace} />
                <KeyboardShortcuts
                  onNew={() => newMessage.current?.start()}
                  onSaveTemplate={() => templates.current?.openSave()}
                  onFocusSearch={() => templates.current?.focusSearch()}
                />
              </>
            }
          />
        </section>
        <div className={CARD}>
          <ConnectionPanel />
        </div>
        <section aria-labelledby="send-heading" className={CARD}>
          <h2 id="send-heading" className="sr-only">
            {t('app.send')}
          </h2>
          <Send sendRef={send} />
        </section>
        <div className={CARD}>
          <Inspector />
        </div>
        <div className={CARD}>
          <Library templatesRef={templates} sendRef={send} />
        </div>
      </div>
      <div className="flex min-w-0 flex-col gap-4 lg:sticky lg:top-4">
        <section aria-labelledby="preview-heading" className="flex flex-col gap-3">
          <h2 id="preview-heading" className="sr-only">
            {t('app.phone')}
          </h2>
          <Phone phoneRef={phone} />
        </section>
      </div>
    </main>
  );
}

export function Workspace() {
  // Read once, synchronously, so the first render already shows the saved draft.
  const [saved] = useState(() => loadSavedDraft() ?? undefined);
  return (
    <ConnectionProvider>
      <ComposerProvider initialValues={saved}>
        <Columns />
      </ComposerProvider>
    </ConnectionProvider>
  );
}
