import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SendMessageResult } from '../../api/send-message.ts';
import examples from '../../domain/message/fixtures/spec-examples.json';
import type { Envelope } from '../../domain/message/schema.ts';
import { useConnection } from './connection-provider.tsx';
import { SendPanel } from './send-panel.tsx';
import { fakeFetch, jsonResponse, renderWithConnection } from './test-utils.tsx';
import { ThreadControls } from './thread-controls.tsx';
import { addSentToThread, type Thread, useThread } from './use-thread.ts';

const SECRET = 'canary-7f3e9b';

let thread: Thread | undefined;
let connection: ReturnType<typeof useConnection> | undefined;
let queryClient: QueryClient | undefined;
/** Reads the thread as the app does, once, and shows its controls. */
function Probe({ controls = false }: { controls?: boolean }) {
  const currentThread = useThread();
  const currentConnection = useConnection();
  const currentQueryClient = useQueryClient();
  useEffect(() => {
    thread = currentThread;
    connection = currentConnection;
    queryClient = currentQueryClient;
  });
  return controls ? <ThreadControls thread={currentThread} /> : null;
}

/** What Send does after a success: the message joins the thread in the query cache. */
function recordSent(envelope: Envelope, sent: SendMessageResult) {
  if (queryClient) addSentToThread(queryClient, envelope, sent, connection?.baseUrl ?? null);
}

function result(id: string): SendMessageResult {
  return { id, status: 'sent', httpStatus: 201, durationMs: 3, body: { id, status: 'sent' } };
}

function envelopeFor(conversationId: string, example: keyof typeof examples = 'text'): Envelope {
  return { ...examples[example], conversation_id: conversationId } as Envelope;
}

function stored(id: string, example: keyof typeof examples, conversationId = 'conv-1') {
  const { type, body, send_to_third } = examples[example];
  return {
    id,
    conversation_id: conversationId,
    type,
    body,
    send_to_third,
    status: 'sent',
    created_at: '2026-11-28T10:00:00.000Z',
  };
}

beforeEach(() => {
  thread = undefined;
  connection = undefined;
  queryClient = undefined;
});
afterEach(() => sessionStorage.clear());

describe('useThread, local targets', () => {
  it('keeps the messages sent to this conversation, and "Clear thread" empties the view', async () => {
    const { user } = renderWithConnection(
      <>
        <Probe controls />
      </>,
      { token: SECRET, target: 'digishare', conversationId: 'conv-1' },
    );
    expect(screen.getByRole('button', { name: 'Clear thread' })).toBeDisabled();
    await act(async () => recordSent(envelopeFor('conv-1'), result('msg_1')));
    await act(async () => recordSent(envelopeFor('conv-1', 'interactive-button'), result('msg_2')));
    await waitFor(() => expect(thread?.entries.map((entry) => entry.id)).toEqual(['msg_1', 'msg_2']));
    expect(thread?.entries[0]?.draft).toEqual({
      kind: 'text',
      body: 'Bonjour Adil ! Votre commande est prête.',
    });
    expect(thread?.entries[1]?.draft.kind).toBe('button');
    expect(thread?.entries[0]?.sentAt).toBeInstanceOf(Date);
    expect(screen.getByText('2 messages in the conversation')).toBeInTheDocument();

    act(() => connection?.setConversationId('conv-2'));
    expect(thread?.entries).toEqual([]);
    act(() => connection?.setConversationId('conv-1'));
    expect(thread?.entries).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Clear thread' }));
    expect(thread?.entries).toEqual([]);
    expect(screen.getByText('0 messages in the conversation')).toBeInTheDocument();
  });
});

describe('useThread with Send', () => {
  it('a successful send joins the thread', async () => {
    fakeFetch(() => jsonResponse(201, { data: { id: 'msg_77', status: 'queued' } }));
    const { user } = renderWithConnection(
      <>
        <Probe />
        <SendPanel
          getMessage={() => ({ draft: { kind: 'text', body: 'Salam' }, sendToThird: false })}
          messageValid
        />
      </>,
      { token: SECRET, target: 'custom', customUrl: 'https://api.example.test', conversationId: 'conv-9' },
    );
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText(/^Sent/);
    expect(thread?.entries).toEqual([
      { id: 'msg_77', draft: { kind: 'text', body: 'Salam' }, sentAt: expect.any(Date) },
    ]);
  });

  it('a failed send does not', async () => {
    fakeFetch(() => jsonResponse(500, {}));
    const { user } = renderWithConnection(
      <>
        <Probe />
        <SendPanel
          getMessage={() => ({ draft: { kind: 'text', body: 'Salam' }, sendToThird: false })}
          messageValid
        />
      </>,
      { token: SECRET, target: 'digishare', conversationId: 'conv-9' },
    );
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByRole('alert');
    expect(thread?.entries).toEqual([]);
  });
});

describe('useThread, sandbox', () => {
  it('reads the conversation back from the sandbox, without the QA scenario, and hides what was cleared', async () => {
    const messages = [stored('msg_1', 'text'), stored('msg_2', 'interactive-list')];
    const { calls } = fakeFetch(() => jsonResponse(200, { data: messages }));
    const { user, queryClient } = renderWithConnection(
      <>
        <Probe controls />
      </>,
      { token: SECRET, conversationId: 'conv-1', scenario: 'server-error' },
    );
    await waitFor(() => expect(thread?.entries.map((entry) => entry.id)).toEqual(['msg_1', 'msg_2']));
    expect(calls[0]?.url).toBe('/sandbox/v1/conversations/conv-1/messages');
    expect(calls[0]?.headers.get('Authorization')).toBe(`Bearer ${SECRET}`);
    expect(calls[0]?.headers.has('X-Sandbox-Scenario')).toBe(false);
    expect(thread?.entries[1]?.draft).toMatchObject({ kind: 'list', button: 'Sélectionner Option' });
    expect(thread?.entries[0]?.sentAt.toISOString()).toBe('2026-11-28T10:00:00.000Z');

    await user.click(screen.getByRole('button', { name: 'Clear thread' }));
    expect(thread?.entries).toEqual([]);

    // A message sent after the clear shows at once, and stays once the server lists it too.
    messages.push(stored('msg_3', 'location'));
    await act(async () => recordSent(envelopeFor('conv-1', 'location'), result('msg_3')));
    // Before any refetch (the sandbox is asked again only below).
    await waitFor(() => expect(thread?.entries.map((entry) => entry.id)).toEqual(['msg_3']));
    const before = calls.length;
    await act(() => queryClient.invalidateQueries());
    await waitFor(() => expect(calls.length).toBeGreaterThan(before));
    // The server's copy replaced the local one: same id once, read from the server (its created_at).
    await waitFor(() => expect(thread?.entries[0]?.sentAt.toISOString()).toBe('2026-11-28T10:00:00.000Z'));
    expect(thread?.entries.map((entry) => entry.id)).toEqual(['msg_3']);
    expect(thread?.entries[0]?.draft.kind).toBe('location');
  });

  it('does not fetch at every keystroke of the conversation id', async () => {
    const { calls } = fakeFetch(() => jsonResponse(200, { data: [] }));
    const { user } = renderWithConnection(
      <>
        <Probe />
        <input aria-label="id" onChange={(event) => connection?.setConversationId(event.target.value)} />
      </>,
      { token: SECRET },
    );
    await user.type(screen.getByRole('textbox', { name: 'id' }), 'conversation-123');
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.url).toBe('/sandbox/v1/conversations/conversation-123/messages');
  });
});
