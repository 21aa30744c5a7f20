/**
 * The Send button and what came back. A send posts exactly once: a synchronous ref closes the door before React
 * has re-rendered the button as disabled, and a held Ctrl+Enter (key repeat) is ignored. It is never retried; a
 * timeout is "outcome unknown". The form is the app's: this panel only reads the message through `getMessage`.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { ApiError, isApiError, isOutcomeUnknown, type FieldError } from '../../api/api-error.ts';
import { CONVERSATION_MESSAGES_QUERY_KEY } from '../../api/list-messages.ts';
import { type SendMessageResult, useSendMessage } from '../../api/send-message.ts';
import { Button } from '../../components/ui/button.tsx';
import { cn } from '../../components/ui/cn.ts';
import { toEnvelope } from '../../domain/message/codec.ts';
import { type Draft } from '../../domain/message/draft.ts';
import { type Envelope } from '../../domain/message/schema.ts';
import { type MessageKey, useI18n } from '../../i18n/i18n.tsx';
import { describeApiError } from './api-error-text.ts';
import { type ConnectionGap, useConnection } from './connection-provider.tsx';
import { type ApiTarget } from './target.ts';
import { sentThreadEntry } from './use-thread.ts';

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

type BlockReason = 'message' | ConnectionGap | 'sending';

const BLOCK_REASONS: Record<BlockReason, MessageKey> = {
  message: 'connection.send.blocked.message',
  token: 'connection.send.blocked.token',
  baseUrl: 'connection.send.blocked.baseUrl',
  conversationId: 'connection.send.blocked.conversationId',
  sending: 'connection.send.sending',
};

function isSendShortcut(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

/** Pretty JSON when the body is JSON, the text as is otherwise (never interpreted as markup). */
function bodyText(body: unknown): string {
  if (body === undefined) return '';
  if (typeof body === 'string') return body;
  return JSON.stringify(body, null, 2);
}

export type SendPanelHandle = {
  /**
   * Sends a message again exactly as it was posted (from the history), through this same path: one POST,
   * never retried, the outcome shown here. Its conversation is the envelope's own.
   */
  resend(envelope: Envelope): void;
};

export function SendPanel({
  getMessage,
  messageValid,
  messageBlockedDetail,
  onSent,
  onFieldErrors,
  onError,
  ref,
}: SendPanelProps) {
  const { t } = useI18n();
  const connection = useConnection();
  const { client, gaps, target, baseUrl, rememberConversationId, addLocalThreadEntry } = connection;
  const queryClient = useQueryClient();
  const mutation = useSendMessage({ client });
  const inFlight = useRef(false);
  // The ref closes the door synchronously; the button follows the mutation's own state.
  const sending = mutation.isPending;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const reasonId = useId();
  const resultId = useId();

  const reasons: BlockReason[] = [...(messageValid ? [] : ['message' as const]), ...gaps];
  if (sending) reasons.push('sending');
  const blocked = reasons.length > 0;

  const send = async (again?: Envelope) => {
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
    if (inFlight.current || (!again && blocked)) return;
    inFlight.current = true;
    setOutcome(null);
    const sentTo = { target, baseUrl };
    let envelope: Envelope | undefined;
    const conversationId = again?.conversation_id ?? connection.conversationId;
    try {
      if (again) envelope = again;
      else {
        const { draft, sendToThird } = getMessage();
        envelope = toEnvelope(draft, { sendToThird, conversationId });
      }
      onFieldErrors?.([]);
      const result = await mutation.mutateAsync({ envelope });
      setOutcome({ kind: 'sent', result });
      rememberConversationId(conversationId);
      // The message joins the thread whether or not the app listens to onSent.
      const entry = sentThreadEntry(envelope, result, sentTo.baseUrl);
      if (entry) addLocalThreadEntry(entry);
      void queryClient.invalidateQueries({ queryKey: CONVERSATION_MESSAGES_QUERY_KEY });
      onSent?.({ envelope, result, target: sentTo.target, conversationId });
    } catch (caught) {
      const error = isApiError(caught)
        ? caught
        : new ApiError({ kind: 'network', message: 'The request failed', cause: caught });
      setOutcome({ kind: 'failed', error, ...sentTo });
      if (error.kind === 'validation' && error.fieldErrors.length > 0) onFieldErrors?.(error.fieldErrors);
      if (envelope) onError?.(error, envelope);
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
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="primary"
          className="px-6"
          disabled={blocked}
          aria-describedby={blocked ? reasonId : undefined}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          onClick={() => void send()}
        >
          {t('connection.send.button')}
        </Button>
        {blocked ? (
          <p id={reasonId} className="text-sm text-neutral-600 dark:text-neutral-300">
            {[...reasons.map((reason) => t(BLOCK_REASONS[reason])), !messageValid && messageBlockedDetail]
              .filter(Boolean)
              .join(' ')}
          </p>
        ) : (
          <p className="text-xs text-neutral-500 dark:text-neutral-400">
            <kbd className="rounded border border-neutral-300 px-1 font-sans dark:border-neutral-600">
              {t('connection.send.shortcut')}
            </kbd>
          </p>
        )}
      </div>
      <div role="status" id={resultId} aria-label={t('connection.send.result')}>
        {outcome?.kind === 'sent' && <SentDetails result={outcome.result} />}
      </div>
      {outcome?.kind === 'failed' && <FailureDetails outcome={outcome} />}
      {outcome?.kind === 'blocked' && (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {t('connection.send.resendBlocked', {
            reasons: outcome.reasons.map((reason) => t(BLOCK_REASONS[reason])).join(' '),
          })}
        </p>
      )}
    </div>
  );
}

function SentDetails({ result }: { result: SendMessageResult }) {
  const { t } = useI18n();
  const body = bodyText(result.body);
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
      <p className="font-medium">
        {result.id === undefined
          ? t('connection.send.sentNoId', { status: result.httpStatus, ms: result.durationMs })
          : t('connection.send.sent', {
              id: result.id,
              status: result.httpStatus,
              ms: result.durationMs,
            })}
      </p>
      {body !== '' && (
        <div className="flex flex-col gap-1">
          <p className="text-xs font-medium">{t('connection.send.responseBody')}</p>
          <pre className="max-h-64 overflow-auto rounded bg-white/70 p-2 font-mono text-xs whitespace-pre-wrap dark:bg-black/30">
            {body}
          </pre>
        </div>
      )}
    </div>
  );
}

function FailureDetails({ outcome }: { outcome: Extract<Outcome, { kind: 'failed' }> }) {
  const { t } = useI18n();
  const text = describeApiError(t, outcome.error, {
    action: 'send',
    target: outcome.target,
    baseUrl: outcome.baseUrl,
    pageOrigin: window.location.origin,
  });
  const unknown = isOutcomeUnknown(outcome.error);
  return (
    <div
      role="alert"
      className={cn(
        'flex flex-col gap-1 rounded-lg border px-3 py-2 text-sm',
        unknown
          ? 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100'
          : 'border-red-200 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100',
      )}
    >
      <p className="font-medium">{text.title}</p>
      {text.details.map((detail) => (
        <p key={detail}>{detail}</p>
      ))}
      {text.fieldErrors.length > 0 && (
        <>
          <p>{t('connection.error.fieldErrors', { count: text.fieldErrors.length })}</p>
          <ul className="list-disc ps-5">
            {text.fieldErrors.map((fieldError, index) => (
              <li key={`${fieldError.path}-${index}`}>
                {fieldError.path === '' ? (
                  fieldError.message
                ) : (
                  <>
                    <code className="font-mono text-xs">{fieldError.path}</code>
                    {`: ${fieldError.message}`}
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="text-xs opacity-80">
        {isOutcomeUnknown(outcome.error)
          ? t('connection.send.formKeptUnknown')
          : t('connection.send.formKept')}
      </p>
    </div>
  );
}
