/**
 * The conversation so far, for the phone preview. It is server state, so it lives in the query cache: with the
 * sandbox the server is the truth — the thread is read back from `GET /v1/conversations/:id/messages` (so it
 * shows exactly what arrived) and refreshed after each send; a message just sent is written into the cache at
 * once, before that refresh lands. Other targets have no such endpoint we can rely on, so their thread is the list
 * of messages sent from this tab, kept in the same cache entry. "Clear thread" hides what is there now.
 */
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { type ConversationMessage, listConversationMessagesQueryOptions } from '../../api/list-messages.ts';
import type { SendMessageResult } from '../../api/send-message.ts';
import { fromPayload } from '../../domain/message/codec.ts';
import type { Envelope } from '../../domain/message/schema.ts';
import type { ThreadEntry } from '../../domain/message/thread.ts';
import { useDebouncedValue } from '../../lib/use-debounce.ts';
import { threadKeyOf, useConnectionState } from './connection-provider.tsx';

export type Thread = {
  entries: ThreadEntry[];
  clear(): void;
};

/** What this tab adds to one conversation's thread: its own sends, and the ids "Clear thread" hid. */
type LocalThread = { sent: readonly ThreadEntry[]; hidden: readonly string[] };

const EMPTY_LOCAL_THREAD: LocalThread = { sent: [], hidden: [] };
const NO_ENTRIES: ThreadEntry[] = [];

const LOCAL_THREAD_QUERY_KEY = ['local-thread'] as const;

function localThreadQueryKey(threadKey: string) {
  return [...LOCAL_THREAD_QUERY_KEY, threadKey] as const;
}

/** Nothing fetches these entries: they are written here and must outlive a switch to another conversation. */
function keepLocalThreads(queryClient: QueryClient): void {
  queryClient.setQueryDefaults(LOCAL_THREAD_QUERY_KEY, { staleTime: Infinity, gcTime: Infinity });
}

function updateLocalThread(
  queryClient: QueryClient,
  threadKey: string,
  change: (current: LocalThread) => LocalThread,
): void {
  keepLocalThreads(queryClient);
  queryClient.setQueryData<LocalThread>(localThreadQueryKey(threadKey), (current) =>
    change(current ?? EMPTY_LOCAL_THREAD),
  );
}

let localIds = 0;

/**
 * Adds a message just sent to its conversation's thread; false when the envelope cannot be read back as a
 * draft (then the server's read-back, if any, is the only place it shows).
 */
export function addSentToThread(
  queryClient: QueryClient,
  envelope: Envelope,
  result: SendMessageResult,
  baseUrl: string | null,
): boolean {
  const decoded = fromPayload(envelope);
  if (!decoded.draft) return false;
  localIds += 1;
  const entry: ThreadEntry = {
    id: result.id ?? `local-${localIds}`,
    draft: decoded.draft,
    sentAt: new Date(),
  };
  updateLocalThread(queryClient, threadKeyOf(baseUrl, envelope.conversation_id), (current) => ({
    ...current,
    sent: [...current.sent, entry],
  }));
  return true;
}

/** Decoded once per response (the query keeps the result while `data` is the same), not once per render. */
function toThreadEntries(messages: ConversationMessage[]): ThreadEntry[] {
  const entries: ThreadEntry[] = [];
  for (const [index, message] of messages.entries()) {
    const decoded = fromPayload({
      type: message.type,
      body: message.body,
      ...(message.send_to_third !== undefined && { send_to_third: message.send_to_third }),
    });
    if (!decoded.draft) continue;
    const sentAt = message.created_at === undefined ? new Date(Number.NaN) : new Date(message.created_at);
    entries.push({
      id: message.id ?? `server-${index}`,
      draft: decoded.draft,
      sentAt: Number.isNaN(sentAt.getTime()) ? new Date() : sentAt,
    });
  }
  return entries;
}

/** Typing a conversation id or a token should not fetch the thread at every keystroke. */
const THREAD_FETCH_DEBOUNCE_MS = 400;

export function useThread(): Thread {
  const queryClient = useQueryClient();
  const sandbox = useConnectionState((state) => state.target === 'sandbox');
  const token = useConnectionState((state) => state.token);
  const conversationId = useConnectionState((state) => state.conversationId);
  const threadClient = useConnectionState((state) => state.threadClient);
  const threadKey = useConnectionState((state) => state.threadKey);

  const fetchKey = useDebouncedValue(`${token}\n${conversationId}`, THREAD_FETCH_DEBOUNCE_MS);
  const settled = fetchKey === `${token}\n${conversationId}`;
  const server = useQuery({
    ...listConversationMessagesQueryOptions({
      client: threadClient,
      conversationId,
      enabled: sandbox && settled && token !== '',
    }),
    select: toThreadEntries,
  });
  const fromServer = (sandbox ? server.data : undefined) ?? NO_ENTRIES;

  const localKey = localThreadQueryKey(threadKey);
  const local = useQuery({
    queryKey: localKey,
    // Nothing to fetch: an invalidation (after a send, say) must find what this tab wrote, not wipe it.
    queryFn: () => queryClient.getQueryData<LocalThread>(localKey) ?? EMPTY_LOCAL_THREAD,
    initialData: EMPTY_LOCAL_THREAD,
    staleTime: Infinity,
    gcTime: Infinity,
  }).data;

  const entries = useMemo(() => {
    const hidden = new Set(local.hidden);
    const known = new Set(fromServer.map((entry) => entry.id));
    const shown = [
      ...fromServer.filter((entry) => !hidden.has(entry.id)),
      ...local.sent.filter((entry) => !known.has(entry.id) && !hidden.has(entry.id)),
    ];
    return shown.length === 0 ? NO_ENTRIES : shown;
  }, [fromServer, local]);

  const clear = useCallback(
    () =>
      updateLocalThread(queryClient, threadKey, (current) => ({
        sent: [],
        hidden: [...current.hidden, ...entries.map((entry) => entry.id)],
      })),
    [queryClient, threadKey, entries],
  );

  return useMemo(() => ({ entries, clear }), [entries, clear]);
}
