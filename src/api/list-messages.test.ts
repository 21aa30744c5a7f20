import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from './client.ts';
import {
  conversationMessagesPath,
  listConversationMessages,
  listConversationMessagesQueryOptions,
  readConversationMessages,
} from './list-messages.ts';

function clientAnswering(respond: () => Response | Promise<Response>) {
  const fetchImpl = vi.fn((_input: RequestInfo | URL, _init?: RequestInit) =>
    Promise.resolve().then(respond),
  );
  const client = createApiClient({
    baseUrl: '/sandbox',
    token: 'tok',
    fetchImpl: fetchImpl as unknown as typeof fetch,
  });
  return { client, fetchImpl };
}

const STORED = {
  id: 'msg_1',
  conversation_id: 'conv 1/ä',
  type: 'text',
  body: 'Bonjour',
  send_to_third: true,
  status: 'sent',
  created_at: '2025-03-01T10:00:00.000Z',
};

describe('conversationMessagesPath', () => {
  it('encodes the conversation id as one path segment', () => {
    expect(conversationMessagesPath('conv 1/ä?x#y')).toBe(
      '/v1/conversations/conv%201%2F%C3%A4%3Fx%23y/messages',
    );
  });
});

describe('readConversationMessages', () => {
  it('reads {data: [...]} and a bare array', () => {
    expect(readConversationMessages({ data: [STORED] })).toEqual([{ ...STORED, raw: STORED }]);
    expect(readConversationMessages([STORED])).toEqual([{ ...STORED, raw: STORED }]);
  });

  it('skips what is not a message and tolerates odd fields', () => {
    const odd = { id: 3, body: { latitude: 1 }, send_to_third: 'yes' };
    expect(readConversationMessages({ data: [null, 'x', odd] })).toEqual([
      { id: '3', body: { latitude: 1 }, raw: odd },
    ]);
    expect(readConversationMessages({ data: 'nope' })).toEqual([]);
    expect(readConversationMessages(undefined)).toEqual([]);
  });
});

describe('listConversationMessages', () => {
  it('calls GET /v1/conversations/:id/messages', async () => {
    const { client, fetchImpl } = clientAnswering(
      () => new Response(JSON.stringify({ data: [STORED] }), { status: 200 }),
    );
    const messages = await listConversationMessages({ client, conversationId: 'conv 1/ä' });
    expect(messages).toHaveLength(1);
    expect(messages[0]?.body).toBe('Bonjour');
    expect(fetchImpl.mock.calls[0]?.[0]).toBe('/sandbox/v1/conversations/conv%201%2F%C3%A4/messages');
  });

  it('is enabled only when asked and with a conversation id', () => {
    const { client } = clientAnswering(() => new Response('{}'));
    const options = (conversationId: string, enabled?: boolean) =>
      listConversationMessagesQueryOptions({ client, conversationId, enabled });
    expect(options('c1').enabled).toBe(false);
    expect(options('c1', true).enabled).toBe(true);
    expect(options('  ', true).enabled).toBe(false);
    expect(options('c1', true).retry).toBe(false);
  });
});
