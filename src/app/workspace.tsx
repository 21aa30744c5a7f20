/**
 * Where the features meet: the composer's message goes to the phone, the inspector and Send; Send's outcome
 * comes back as the thread, the history and server field errors on the composer's fields; the library saves
 * and restores what the composer holds.
 *
 * The page is laid out around the loop an agent repeats all day — compose, look, send, read the outcome: the
 * send bar follows the editor, the phone fits the window beside it, and below `lg` the two are one tap apart.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { type ApiError, type FieldError, isOutcomeUnknown } from '../api/api-error.ts';
import { cn } from '../components/ui/cn.ts';
import { type Draft, freshSnapshot } from '../domain/message/draft.ts';
import type { Envelope } from '../domain/message/schema.ts';
import {
  ComposerProvider,
  useComposerApi,
  useMessageValid,
  useUnfilledPlaceholders,
} from '../features/composer/composer-provider.tsx';
import { Composer } from '../features/composer/composer.tsx';
import { NewMessageButton, useNewMessage } from '../features/composer/new-message.tsx';
import { setCannedOpen } from '../features/composer/variables-store.ts';
import {
  ConnectionProvider,
  useConnectionActions,
  useConnectionState,
} from '../features/connection/connection-provider.tsx';
import { SendPanel, type SendPanelHandle, type SentOutcome } from '../features/connection/send-panel.tsx';
import { useThread } from '../features/connection/use-thread.ts';
import { loadSavedDraft } from '../features/library/drafts.ts';
import type { SendRecord } from '../features/library/history.ts';
import { useDraftAutosave } from '../features/library/use-draft-autosave.ts';
import { loadSavedVariables } from '../features/library/variable-values.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSnapshotOnScreen } from '../lib/use-snapshot-on-screen.ts';
import {
  connectionPanel,
  HistoryPanel,
  OtherTabDraft,
  PhoneTools,
  RequestInspector,
  SavedReplies,
  ShareLinkLoader,
  StorageNotices,
  TemplatesPanel,
  type TemplatesPanelHandle,
} from './lazy-panels.tsx';
import { LivePreview } from './live-preview.tsx';
import { useLoadTemplate, useTemplateVariables, VariablesSync } from './saved-replies.tsx';
// Not lazy: a shortcut must work from the first keystroke, before the page is idle.
import { KeyboardShortcuts } from './shortcuts.tsx';

/** Writes a send into the history, whose code (and panel) load after the first paint; order is kept. */
function recordSend(record: SendRecord) {
  void import('../features/library/history.ts').then((history) => history.recordSend(record));
}

const CARD =
  'flex flex-col gap-4 rounded-xl border border-neutral-200 bg-white p-5 shadow-sm dark:border-neutral-800 dark:bg-neutral-900';
/**
 * A card beside the message's, each its own stacking context (`isolate`): Chrome then keeps its drawing and
 * reuses it while a keystroke redraws the field and its counter, where it used to record the whole column's
 * drawing again at each key. Only for cards with nothing that pops over their neighbours: a stacking context
 * keeps its children's z-index inside it.
 */
const ISOLATED_CARD = `${CARD} isolate`;

// Drawn again only when what it shows changes.
const InspectorCard = memo(RequestInspector);

function Inspector() {
  const card = useRef<HTMLDivElement>(null);
  const { getMessage, subscribe } = useComposerApi();
  // What would be sent: placeholders filled. Away from the field, it follows the message a frame after the
  // keystroke's own (which lays out and paints the field and the phone only); off screen, once typing pauses.
  const { draft, sendToThird } = useSnapshotOnScreen(subscribe, getMessage, card);
  return (
    <div ref={card} className={ISOLATED_CARD}>
      <InspectorCard draft={draft} sendToThird={sendToThird} />
    </div>
  );
}

function Send({
  sendRef,
  onSentOnce,
}: {
  sendRef: RefObject<SendPanelHandle | null>;
  onSentOnce: () => void;
}) {
  const { getMessage, showServerErrors, revealIssues, getSnapshot, replace, subscribe } = useComposerApi();
  const target = useConnectionState((state) => state.target);
  const valid = useMessageValid();
  const unfilled = useUnfilledPlaceholders();
  const { t } = useI18n();
  const onFieldErrors = useCallback((errors: FieldError[]) => showServerErrors(errors), [showServerErrors]);
  // The history keeps what was sent and how it went — never the token, which SentOutcome does not carry.
  const onSent = useCallback(
    ({ envelope, result, target: sentTo, conversationId }: SentOutcome) => {
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
      onSentOnce();
    },
    [onSentOnce],
  );
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
  const onBlocked = useCallback(
    (first: string) => {
      if (first === 'message') revealIssues();
      // A missing setting is a field of the connection panel, whose code may not have come yet.
      else return connectionPanel.preload();
    },
    [revealIssues],
  );
  const onClearAfterSend = useCallback(() => replace(freshSnapshot(getSnapshot())), [replace, getSnapshot]);
  return (
    <SendPanel
      ref={sendRef}
      getMessage={getMessage}
      messageValid={valid}
      subscribeToMessage={subscribe}
      messageBlockedDetail={
        unfilled.length > 0 ? t('composer.variables.blocked', { names: unfilled.join(', ') }) : undefined
      }
      onFieldErrors={onFieldErrors}
      onSent={onSent}
      onError={onError}
      onBlocked={onBlocked}
      onClearAfterSend={onClearAfterSend}
    />
  );
}

/** Saves what the composer holds as the user types; renders nothing, and not on a keystroke. */
function DraftAutosave() {
  useDraftAutosave(useComposerApi());
  return null;
}

function Phone({ phoneRef }: { phoneRef: RefObject<HTMLDivElement | null> }) {
  const thread = useThread();
  const conversationId = useConnectionState((state) => state.conversationId);
  return (
    <LivePreview
      thread={thread.entries}
      conversationId={conversationId}
      phoneRef={phoneRef}
      below={<PhoneTools phoneRef={phoneRef} thread={thread} />}
    />
  );
}

type View = 'edit' | 'preview';

function Library({
  templatesRef,
  sendRef,
  onOpened,
}: {
  templatesRef: RefObject<TemplatesPanelHandle | null>;
  sendRef: RefObject<SendPanelHandle | null>;
  onOpened: () => void;
}) {
  const { load, getSnapshot } = useComposerApi();
  const loadTemplate = useLoadTemplate();
  const getVariables = useTemplateVariables();
  const { setConversationId } = useConnectionActions();
  const target = useConnectionState((state) => state.target);
  const onOpen = useCallback(
    (draft: Draft, sendToThird: boolean, conversationId: string) => {
      load({ draft, sendToThird });
      setConversationId(conversationId);
      onOpened();
    },
    [load, setConversationId, onOpened],
  );
  return (
    <>
      <TemplatesPanel
        ref={templatesRef}
        getSnapshot={getSnapshot}
        getVariables={getVariables}
        onLoad={loadTemplate}
      />
      <HistoryPanel
        onOpen={onOpen}
        currentTarget={target}
        onResend={(envelope) => sendRef.current?.resend(envelope)}
      />
    </>
  );
}

/**
 * Below the `lg` breakpoint the editor and the phone are two views, one tap apart; each keeps its own scroll
 * position. From `lg` both columns show and this control is hidden.
 */
function ViewSwitch({ view, onChange }: { view: View; onChange: (view: View) => void }) {
  const { t } = useI18n();
  const tab = (value: View, label: string, controls: string) => (
    <button
      type="button"
      aria-pressed={view === value}
      aria-controls={controls}
      onClick={() => onChange(value)}
      className={cn(
        'h-9 flex-1 rounded-md text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-wa-teal',
        view === value
          ? 'bg-white text-neutral-900 shadow-sm dark:bg-neutral-700 dark:text-white'
          : 'text-neutral-700 hover:bg-white/60 dark:text-neutral-300 dark:hover:bg-neutral-800',
      )}
    >
      {label}
    </button>
  );
  return (
    <div className="sticky top-0 z-30 -mx-3 -mt-3 mb-3 border-b border-neutral-200 bg-neutral-100 px-3 py-2 sm:-mx-4 sm:-mt-4 sm:px-4 lg:hidden dark:border-neutral-800 dark:bg-neutral-950">
      <div
        role="group"
        aria-label={t('app.tabs.label')}
        className="flex gap-1 rounded-lg bg-neutral-200 p-1 dark:bg-neutral-900"
      >
        {tab('edit', t('app.tabs.edit'), EDITOR_COLUMN_ID)}
        {tab('preview', t('app.tabs.preview'), PHONE_COLUMN_ID)}
      </div>
    </div>
  );
}

const EDITOR_COLUMN_ID = 'workspace-editor';
const PHONE_COLUMN_ID = 'workspace-phone';

function Columns() {
  const { t } = useI18n();
  const { setConversationId } = useConnectionActions();
  const { getSnapshot, replace, variables } = useComposerApi();
  const newMessage = useNewMessage({ getSnapshot, onReplace: replace });
  const templates = useRef<TemplatesPanelHandle>(null);
  const send = useRef<SendPanelHandle>(null);
  const phone = useRef<HTMLDivElement>(null);
  const editor = useRef<HTMLElement>(null);
  const [sends, setSends] = useState(0);
  const onSentOnce = useCallback(() => setSends((count) => count + 1), []);

  const [view, setView] = useState<View>('edit');
  const scrolls = useRef<Record<View, number>>({ edit: 0, preview: 0 });
  const switchView = useCallback(
    (next: View) => {
      if (next === view) return;
      scrolls.current[view] = window.scrollY;
      setView(next);
    },
    [view],
  );
  const restored = useRef(view);
  useLayoutEffect(() => {
    if (restored.current === view) return;
    restored.current = view;
    window.scrollTo({ top: scrolls.current[view], behavior: 'instant' });
  }, [view]);

  // Open in editor: the editor comes into view, takes focus, and its Undo notice (at its top) is in view too.
  const [opened, setOpened] = useState(0);
  const onOpened = useCallback(() => {
    scrolls.current.edit = 0;
    setView('edit');
    setOpened((count) => count + 1);
  }, []);
  useEffect(() => {
    if (opened === 0) return;
    const element = editor.current;
    if (element === null) return;
    element.scrollIntoView({ block: 'start', behavior: 'instant' });
    element.focus({ preventScroll: true });
  }, [opened]);

  return (
    <main className="mx-auto w-full max-w-[1440px] flex-1 p-3 sm:p-4 lg:p-6">
      <ViewSwitch view={view} onChange={switchView} />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_400px]">
        <div
          id={EDITOR_COLUMN_ID}
          className={cn('flex min-w-0 flex-col gap-6', view !== 'edit' && 'max-lg:hidden')}
        >
          <section
            ref={editor}
            tabIndex={-1}
            aria-labelledby="editor-heading"
            className={cn(
              CARD,
              'scroll-mt-16 focus-visible:outline-2 focus-visible:outline-wa-teal lg:scroll-mt-4',
            )}
          >
            <h2 id="editor-heading" className="sr-only">
              {t('app.editor')}
            </h2>
            <DraftAutosave />
            <StorageNotices areas={['drafts']} />
            <OtherTabDraft getSnapshot={getSnapshot} onRestore={replace} />
            <ShareLinkLoader />
            <VariablesSync />
            <SavedReplies />
            <Composer
              onConversationId={setConversationId}
              actions={
                <>
                  <NewMessageButton onStart={newMessage.start} />
                  {newMessage.toast}
                  <KeyboardShortcuts
                    onNew={newMessage.start}
                    onSaveTemplate={() => templates.current?.openSave()}
                    onFocusSearch={() => setCannedOpen(variables, true)}
                  />
                </>
              }
            />
          </section>
          {/*
            The send bar travels with the message: sticky to the bottom of the window while the editor is in view,
            back in its place once the page scrolls past it.
          */}
          <section
            aria-labelledby="send-heading"
            className="sticky bottom-0 z-20 -mt-3 rounded-xl border border-neutral-300 bg-white px-4 py-3 shadow-[0_-6px_16px_-8px_rgb(0_0_0/0.25)] dark:border-neutral-700 dark:bg-neutral-900"
          >
            <h2 id="send-heading" className="sr-only">
              {t('app.send')}
            </h2>
            <Send sendRef={send} onSentOnce={onSentOnce} />
          </section>
          <div className={ISOLATED_CARD}>
            <connectionPanel.Component foldSignal={sends} />
          </div>
          <Inspector />
          <div className={ISOLATED_CARD}>
            <Library templatesRef={templates} sendRef={send} onOpened={onOpened} />
          </div>
        </div>
        <div
          id={PHONE_COLUMN_ID}
          className={cn(
            'flex min-w-0 flex-col gap-4 [--phone-screen-height:clamp(380px,calc(100dvh-210px),720px)]',
            'lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto lg:[--phone-screen-height:clamp(400px,calc(100dvh-124px),720px)]',
            view !== 'preview' && 'max-lg:hidden',
          )}
        >
          <section aria-labelledby="preview-heading" className="flex flex-col gap-3">
            <h2 id="preview-heading" className="sr-only">
              {t('app.phone')}
            </h2>
            <Phone phoneRef={phone} />
          </section>
        </div>
      </div>
    </main>
  );
}
export function Workspace() {
  // Read once, synchronously, so the first render already shows the saved draft.
  const [saved] = useState(() => loadSavedDraft() ?? undefined);
  const [savedVariables] = useState(() => loadSavedVariables() ?? undefined);
  return (
    <ConnectionProvider>
      <ComposerProvider initialValues={saved} initialVariables={savedVariables}>
        <Columns />
      </ComposerProvider>
    </ConnectionProvider>
  );
}
