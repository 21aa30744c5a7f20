/**
 * The send bar: where the message goes, Send, and what came back. A send posts exactly once: a synchronous ref
 * closes the door before React has re-rendered, and a held Ctrl+Enter (key repeat) is ignored. It is never
 * retried; a timeout is "outcome unknown". One send per intent: after a send, Send rests until the message,
 * conversation or target changes or a short cooldown passes, and the very same message to the same conversation
 * within a minute asks "Send again?" first. The button is never `disabled` (focus would fall to the page while a
 * send runs); pressed while blocked, it takes the user to the first reason. The form is the app's: this panel
 * only reads the message through `getMessage`.
 */
import { useQueryClient } from '@tanstack/react-query';
import {
  useEffect,
  useEffectEvent,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type Ref,
} from 'react';
import { ApiError, isApiError, type FieldError } from '../../api/api-error.ts';
import { CONVERSATION_MESSAGES_QUERY_KEY } from '../../api/list-messages.ts';
import { type SendMessageResult, useSendMessage } from '../../api/send-message.ts';
import { Button } from '../../components/ui/button.tsx';
import { payloadHasFooter, toEnvelope } from '../../domain/message/codec.ts';
import type { Draft } from '../../domain/message/draft.ts';
import type { Envelope } from '../../domain/message/schema.ts';
import { type PlainKey, useI18n } from '../../i18n/i18n.tsx';
import { readSetting, writeSetting } from '../../lib/storage.ts';
import { type ConnectionGap, useConnection } from './connection-provider.tsx';
import { CONNECTION_FIELD_IDS, ConnectionSummary } from './connection-summary.tsx';
import { FailureDetails, SentDetails, usePreloadOutcomeDetails } from './lazy-outcome-details.tsx';
import type { ApiTarget } from './target.ts';
import { addSentToThread } from './use-thread.ts';

export type SentOutcome = {
  envelope: Envelope;
  result: SendMessageResult;
  /** `sandbox`, `digishare` or `custom`. */
  target: ApiTarget;
  conversationId: string;
};

export type SendPanelProps = {
  getMessage: () => { draft: Draft; sendToThird: boolean };
  messageValid: boolean;
  /**
   * Subscribes to changes of the message being composed (returns the unsubscribe): after one, the last outcome
   * no longer describes the message and goes, and Send is ready again. A subscription, not the message itself,
   * so a keystroke re-renders this panel only when it has something to lift.
   */
  subscribeToMessage?: (onChange: () => void) => () => void;
  /** A press on a blocked Send: the app takes the user to the message's problems ('message'). */
  onBlocked?: (first: 'message' | ConnectionGap) => void | Promise<unknown>;
  /** "Clear after send" is ticked and a send succeeded: the app empties the message. */
  onClearAfterSend?: () => void;
  /** How long Send rests after a send when nothing changes. */
  cooldownMs?: number;
  /** More words on why the message cannot go yet (which placeholders still need a value). */
  messageBlockedDetail?: string;
  onSent?: (outcome: SentOutcome) => void;
  /** The server's field errors of a refused send (400/422), by payload path; `[]` when a new send starts. */
  onFieldErrors?: (errors: FieldError[]) => void;
  onError?: (error: ApiError, envelope: Envelope) => void;
  ref?: Ref<SendPanelHandle>;
};

type Outcome =
  | { kind: 'sent'; result: SendMessageResult }
  | { kind: 'failed'; error: ApiError; target: ApiTarget; baseUrl: string | null }
  /** A resend that could not start: it says why instead of leaving an older result on screen. */
  | { kind: 'blocked'; reasons: BlockReason[] };

type BlockReason = 'message' | ConnectionGap | 'sending' | 'resting';

const BLOCK_REASONS: Record<BlockReason, PlainKey> = {
  message: 'connection.send.blocked.message',
  token: 'connection.send.blocked.token',
  baseUrl: 'connection.send.blocked.baseUrl',
  conversationId: 'connection.send.blocked.conversationId',
  sending: 'connection.send.sending',
  resting: 'connection.send.resting',
};

function isSendShortcut(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

export type SendPanelHandle = {
  /**
   * Sends a message again exactly as it was posted (from the history), through this same path: one POST,
   * never retried, the outcome shown here. Its conversation is the envelope's own.
   */
  resend(envelope: Envelope): void;
};

/** After a send, Send rests this long unless the message, conversation or target changes: one send per intent. */
const SEND_COOLDOWN_MS = 3000;
/** The same message to the same conversation within this time asks "Send again?" first. */
const SAME_MESSAGE_WINDOW_MS = 60_000;
const CLEAR_AFTER_SEND_STORAGE_KEY = 'digishare-composer:clear-after-send';

function readClearAfterSend(): boolean {
  return readSetting(CLEAR_AFTER_SEND_STORAGE_KEY) === 'true';
}

function storeClearAfterSend(value: boolean): void {
  // A refused storage: the choice holds for this page only.
  writeSetting(CLEAR_AFTER_SEND_STORAGE_KEY, String(value));
}

/** What makes two sends "the same": the exact body posted, where it went. */
function sameSendKey(envelope: Envelope, baseUrl: string | null): string {
  return `${baseUrl ?? ''}\n${JSON.stringify(envelope)}`;
}

type LastSend = { key: string; at: number; conversationId: string };

/** What Send asks before posting: the same message again, or a footer Digishare's documentation does not list. */
type Confirm =
  | { kind: 'same'; conversationId: string; seconds: number }
  /** `again`: the history's resend waiting for the answer. */
  | { kind: 'footer'; again?: Envelope };
/** What the user already said yes to, for this press. */
type Confirmed = { same?: boolean; footer?: boolean };

export function SendPanel({
  getMessage,
  messageValid,
  messageBlockedDetail,
  subscribeToMessage,
  onSent,
  onFieldErrors,
  onError,
  onBlocked,
  onClearAfterSend,
  cooldownMs = SEND_COOLDOWN_MS,
  ref,
}: SendPanelProps) {
  const { t } = useI18n();
  usePreloadOutcomeDetails();
  const connection = useConnection();
  const { client, gaps, target, baseUrl, rememberConversationId } = connection;
  const queryClient = useQueryClient();
  const mutation = useSendMessage({ client });
  const inFlight = useRef(false);
  const sending = mutation.isPending;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Set by a successful send; lifted by a change of message, conversation or target, or by the cooldown.
  const [resting, setResting] = useState(false);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [clearAfterSend, setClearAfterSend] = useState(readClearAfterSend);
  const lastSend = useRef<LastSend | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const reasonId = useId();
  const resultId = useId();
  const clearId = useId();

  // Edits of the message are counted only while one has something to lift: an outcome, a question, a rest.
  const [edits, setEdits] = useState(0);
  const liftable = outcome !== null || confirm !== null || resting;
  const liftableRef = useRef(liftable);
  useLayoutEffect(() => {
    liftableRef.current = liftable;
  });
  // "Clear after send" empties the form before the send's outcome is drawn, while nothing is liftable yet (a
  // send starts by lifting the last outcome and question, and cannot start while resting): the outcome stays.
  useEffect(
    () =>
      subscribeToMessage?.(() => {
        if (liftableRef.current) setEdits((count) => count + 1);
      }),
    [subscribeToMessage],
  );

  // What the outcome is about: when any of it changes the old outcome no longer describes the page.
  const subject = useMemo(
    () => ({ edits, target, baseUrl, conversationId: connection.conversationId }),
    [edits, target, baseUrl, connection.conversationId],
  );
  const [shownFor, setShownFor] = useState(subject);
  if (shownFor !== subject) {
    setShownFor(subject);
    setOutcome(null);
    setConfirm(null);
    setResting(false);
  }

  useEffect(() => {
    if (!resting) return;
    const timer = window.setTimeout(() => setResting(false), cooldownMs);
    return () => window.clearTimeout(timer);
  }, [resting, cooldownMs]);

  useEffect(() => {
    if (confirm !== null) confirmRef.current?.focus();
  }, [confirm]);

  const reasons: BlockReason[] = [...(messageValid ? [] : ['message' as const]), ...gaps];
  if (sending) reasons.push('sending');
  else if (resting && reasons.length === 0) reasons.push('resting');
  const blocked = reasons.length > 0;

  /** Takes the user to what keeps Send from working: the message's problems or the first missing setting. */
  const showFirstReason = (first: BlockReason) => {
    if (first === 'message') onBlocked?.('message');
    else if (first === 'token' || first === 'baseUrl' || first === 'conversationId') {
      // The panel may need its code, then a render to unfold, first.
      void Promise.resolve(onBlocked?.(first)).then(() =>
        requestAnimationFrame(() => document.getElementById(CONNECTION_FIELD_IDS[first])?.focus()),
      );
    }
  };

  const send = async (again?: Envelope, confirmed: Confirmed = {}) => {
    if (again) {
      // A resend carries its own conversation and an already-sent message; it needs only the token and target.
      const missing: BlockReason[] = [
        ...gaps.filter((gap) => gap !== 'conversationId'),
        ...(inFlight.current ? ['sending' as const] : []),
      ];
      if (missing.length > 0) {
        setOutcome({ kind: 'blocked', reasons: missing });
        return;
      }
    }
    if (inFlight.current) return;
    if (!again && blocked) {
      const first = reasons[0];
      if (first !== undefined) showFirstReason(first);
      return;
    }
    const sentTo = { target, baseUrl };
    const conversationId = again?.conversation_id ?? connection.conversationId;
    let envelope: Envelope | undefined;
    try {
      if (again) envelope = again;
      else {
        const { draft, sendToThird } = getMessage();
        envelope = toEnvelope(draft, { sendToThird, conversationId });
      }
    } catch (caught) {
      setOutcome({
        kind: 'failed',
        error: new ApiError({ kind: 'network', message: 'The request failed', cause: caught }),
        ...sentTo,
      });
      return;
    }
    if (!confirmed.footer && payloadHasFooter(envelope)) {
      // WhatsApp takes a footer; Digishare's documentation does not list it: sent only when the user says so,
      // a resend from the history included.
      setConfirm({ kind: 'footer', ...(again && { again }) });
      return;
    }
    const key = sameSendKey(envelope, sentTo.baseUrl);
    const previous = lastSend.current;
    if (
      !again &&
      !confirmed.same &&
      previous?.key === key &&
      Date.now() - previous.at < SAME_MESSAGE_WINDOW_MS
    ) {
      setConfirm({
        kind: 'same',
        conversationId,
        seconds: Math.max(1, Math.round((Date.now() - previous.at) / 1000)),
      });
      return;
    }
    inFlight.current = true;
    setConfirm(null);
    setOutcome(null);
    try {
      onFieldErrors?.([]);
      const result = await mutation.mutateAsync({ envelope });
      lastSend.current = { key, at: Date.now(), conversationId };
      setOutcome({ kind: 'sent', result });
      setResting(true);
      rememberConversationId(conversationId);
      // The message joins the thread whether or not the app listens to onSent.
      addSentToThread(queryClient, envelope, result, sentTo.baseUrl);
      void queryClient.invalidateQueries({ queryKey: CONVERSATION_MESSAGES_QUERY_KEY });
      onSent?.({ envelope, result, target: sentTo.target, conversationId });
      if (clearAfterSend && !again) {
        onClearAfterSend?.();
      }
    } catch (caught) {
      const error = isApiError(caught)
        ? caught
        : new ApiError({ kind: 'network', message: 'The request failed', cause: caught });
      setOutcome({ kind: 'failed', error, ...sentTo });
      if (error.kind === 'validation' && error.fieldErrors.length > 0) onFieldErrors?.(error.fieldErrors);
      onError?.(error, envelope);
    } finally {
      inFlight.current = false;
    }
  };

  useImperativeHandle(ref, () => ({ resend: (envelope) => void send(envelope) }));

  const onShortcut = useEffectEvent((event: KeyboardEvent) => {
    if (!isSendShortcut(event)) return;
    // A shortcut typed inside a modal (the import dialog) belongs to that dialog.
    if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
    event.preventDefault();
    if (event.repeat) return;
    void send();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onShortcut(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <ConnectionSummary />
        <span className="flex-1" />
        <div className="flex items-center gap-2 text-xs text-neutral-700 dark:text-neutral-300">
          <input
            id={clearId}
            type="checkbox"
            checked={clearAfterSend}
            onChange={(event) => {
              setClearAfterSend(event.target.checked);
              storeClearAfterSend(event.target.checked);
            }}
            className="size-4 accent-wa-teal"
          />
          <label htmlFor={clearId}>{t('connection.send.clearAfterSend')}</label>
        </div>
        <kbd className="hidden rounded border border-neutral-300 px-1 font-sans text-xs text-neutral-500 sm:inline dark:border-neutral-600 dark:text-neutral-400">
          {t('connection.send.shortcut')}
        </kbd>
        {/* aria-disabled, not disabled: the button keeps focus while a send runs, and a press says why it waits. */}
        <Button
          ref={buttonRef}
          variant="primary"
          className="px-6"
          aria-disabled={blocked || undefined}
          aria-describedby={blocked ? reasonId : undefined}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          onClick={() => void send()}
        >
          {t('connection.send.button')}
        </Button>
      </div>
      {blocked && (
        <p id={reasonId} className="text-sm text-neutral-700 dark:text-neutral-300">
          {[...reasons.map((reason) => t(BLOCK_REASONS[reason])), !messageValid && messageBlockedDetail]
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
      {confirm !== null && (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <p className="flex-1">
            {confirm.kind === 'footer'
              ? t('connection.send.footerConfirm')
              : t('connection.send.sameAgain', {
                  conversation: confirm.conversationId,
                  seconds: confirm.seconds,
                })}
          </p>
          <Button
            ref={confirmRef}
            size="sm"
            variant="primary"
            onClick={() =>
              void send(
                confirm.kind === 'footer' ? confirm.again : undefined,
                // A footer said yes to is not asked about again when the same message then needs its own yes.
                confirm.kind === 'footer' ? { footer: true } : { footer: true, same: true },
              )
            }
          >
            {confirm.kind === 'footer'
              ? t('connection.send.footerConfirmSend')
              : t('connection.send.sameAgainConfirm')}
          </Button>
          <Button
            size="sm"
            onClick={() => {
              setConfirm(null);
              buttonRef.current?.focus();
            }}
          >
            {t('connection.send.sameAgainCancel')}
          </Button>
        </div>
      )}
      <div className="flex max-h-[40vh] flex-col gap-2 overflow-y-auto">
        <div role="status" id={resultId} aria-label={t('connection.send.result')}>
          {sending && (
            <p className="text-sm text-neutral-700 dark:text-neutral-300">{t('connection.send.sending')}</p>
          )}
          {outcome?.kind === 'sent' && <SentDetails result={outcome.result} />}
        </div>
        {outcome?.kind === 'failed' && (
          <FailureDetails error={outcome.error} target={outcome.target} baseUrl={outcome.baseUrl} />
        )}
        {outcome?.kind === 'blocked' && (
          <p role="alert" className="text-sm text-red-800 dark:text-red-300">
            {t('connection.send.resendBlocked', {
              reasons: outcome.reasons.map((reason) => t(BLOCK_REASONS[reason])).join(' '),
            })}
          </p>
        )}
      </div>
    </div>
  );
}
