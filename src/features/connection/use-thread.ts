/**
 * The conversation so far, for the phone preview. With the sandbox the server is the truth: the thread is read
 * back from `GET /v1/conversations/:id/messages` (so it shows exactly what arrived) and refreshed after each send;
 * a message just sent shows at once, before that refresh lands. Other targets have no such endpoint we can rely
 * on, so their thread is the list of messages sent from this tab. "Clear thread" hides what is there now.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useConversationMessages } from '../../api/list-messages.ts';
import { type SendMessageResult } from '../../api/send-message.ts';
import { fromPayload } from '../../domain/message/codec.ts';
import { type Draft } from '../../domain/message/draft.ts';
import { type Envelope } from '../../domain/message/schema.ts';
import { type LocalThreadEntry, threadKeyOf, useConnection } from './connection-provider.tsx';

export type ThreadEntry = { id: string; draft: Draft; sentAt: Date };

export type Thread = {
  entries: ThreadEntry[];
  clear(): void;
};

/** Typing a conversation id or a token should not fetch the thread at every keystroke. */
const THREAD_FETCH_DEBOUNCE_MS = 400;

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

let localIds = 0;

/** The thread entry of a message just sent; null when the envelope cannot be read back as a draft. */
export function sentThreadEntry(
  envelope: Envelope,
  result: SendMessageResult,
  baseUrl: string | null,
): LocalThreadEntry | null {
  const decoded = fromPayload(envelope);
  if (!decoded.draft) return null;
  localIds += 1;
  return {
    id: result.id ?? `local-${localIds}`,
    draft: decoded.draft,
    sentAt: new Date(),
    threadKey: threadKeyOf(baseUrl, envelope.conversation_id),
  };
}

export function useThread(): Thread {
  const { target, token, conversationId, threadClient, thread, threadKey, clearThread } = useConnection();
  const sandbox = target === 'sandbox';
  const fetchKey = useDebounced(`${token}\n${conversationId}`, THREAD_FETCH_DEBOUNCE_MS);
  const settled = fetchKey === `${token}\n${conversationId}`;
  const query = useConversationMessages({
    client: threadClient,
    conversationId,
    enabled: sandbox && settled && token !== '',
  });
  const serverMessages = sandbox ? query.data : undefined;

  const entries = useMemo(() => {
    const hidden = new Set(thread.hidden[threadKey] ?? []);
    const fromServer: ThreadEntry[] = [];
    for (const [index, message] of (serverMessages ?? []).entries()) {
      const id = message.id ?? `server-${index}`;
      if (hidden.has(id)) continue;
      const decoded = fromPayload({
        type: message.type,
        body: message.body,
        ...(message.send_to_third !== undefined && { send_to_third: message.send_to_third }),
      });
      if (!decoded.draft) continue;
      const sentAt = message.created_at === undefined ? new Date(Number.NaN) : new Date(message.created_at);
      fromServer.push({
        id,
        draft: decoded.draft,
        sentAt: Number.isNaN(sentAt.getTime()) ? new Date() : sentAt,
      });
    }
    const known = new Set(fromServer.map((entry) => entry.id));
    const local = thread.local
      .filter((entry) => entry.threadKey === threadKey && !known.has(entry.id) && !hidden.has(entry.id))
      .map(({ id, draft, sentAt }) => ({ id, draft, sentAt }));
    return [...fromServer, ...local];
  }, [serverMessages, thread, threadKey]);

  const clear = useCallback(
    () =>
      clearThread(
        threadKey,
        entries.map((entry) => entry.id),
      ),
    [clearThread, threadKey, entries],
  );

  return useMemo(() => ({ entries, clear }), [entries, clear]);
}
