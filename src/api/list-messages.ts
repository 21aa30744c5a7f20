/**
 * `GET /v1/conversations/:id/messages`: what was sent to a conversation, for the thread view. The list may come
 * as `{data: [...]}` or as a bare array; items are read tolerantly and keep their raw form.
 */
import { queryOptions } from '@tanstack/react-query';
import type { ApiError } from './api-error.ts';
import type { ApiClient } from './client.ts';

export type ConversationMessage = {
  id?: string;
  conversation_id?: string;
  type?: string;
  body: unknown;
  send_to_third?: boolean;
  status?: string;
  created_at?: string;
  raw: unknown;
};

export function conversationMessagesPath(conversationId: string): string {
  return `/v1/conversations/${encodeURIComponent(conversationId)}/messages`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function readMessage(item: Record<string, unknown>): ConversationMessage {
  const message: ConversationMessage = { body: item['body'], raw: item };
  const id = stringOf(item['id']);
  const conversationId = stringOf(item['conversation_id']);
  const type = stringOf(item['type']);
  const sendToThird = item['send_to_third'];
  const status = stringOf(item['status']);
  const createdAt = stringOf(item['created_at']);
  if (id !== undefined) message.id = id;
  if (conversationId !== undefined) message.conversation_id = conversationId;
  if (type !== undefined) message.type = type;
  if (typeof sendToThird === 'boolean') message.send_to_third = sendToThird;
  if (status !== undefined) message.status = status;
  if (createdAt !== undefined) message.created_at = createdAt;
  return message;
}

export function readConversationMessages(body: unknown): ConversationMessage[] {
  const list = isRecord(body) ? body['data'] : body;
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).map(readMessage);
}

export async function listConversationMessages({
  client,
  conversationId,
  signal,
}: {
  client: ApiClient;
  conversationId: string;
  signal?: AbortSignal;
}): Promise<ConversationMessage[]> {
  const path = conversationMessagesPath(conversationId);
  const response = await client.request({ method: 'GET', path, signal });
  return readConversationMessages(response.data);
}

export const CONVERSATION_MESSAGES_QUERY_KEY = ['conversation-messages'] as const;

function conversationMessagesQueryKey(client: ApiClient, conversationId: string) {
  return [...CONVERSATION_MESSAGES_QUERY_KEY, client.cacheKey, conversationId] as const;
}

export function listConversationMessagesQueryOptions({
  client,
  conversationId,
  enabled = false,
}: {
  client: ApiClient;
  conversationId: string;
  enabled?: boolean;
}) {
  return queryOptions<ConversationMessage[], ApiError>({
    queryKey: conversationMessagesQueryKey(client, conversationId),
    queryFn: ({ signal }) => listConversationMessages({ client, conversationId, signal }),
    enabled: enabled && conversationId.trim() !== '',
    retry: false,
    networkMode: 'always',
    refetchOnWindowFocus: false,
  });
}
