import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import examples from '../domain/message/fixtures/spec-examples.json';
import type { Envelope } from '../domain/message/schema.ts';
import { ApiError, isOutcomeUnknown } from './api-error.ts';
import { createApiClient } from './client.ts';
import { readSendResult, sendMessage, sendMessageMutationOptions, useSendMessage } from './send-message.ts';

const envelope = examples.text as Envelope;

function clientAnswering(respond: () => Response | Promise<Response>) {
  const fetchImpl = vi.fn((_input: RequestInfo | URL, _init?: RequestInit) =>
    Promise.resolve().then(respond),
  );
  const client = createApiClient({
    baseUrl: '/sandbox',
    token: 'tok',
    fetchImpl: fetchImpl as unknown as typeof fetch,
    headers: { 'X-Sandbox-Scenario': 'ok' },
  });
  return { client, fetchImpl };
}

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('readSendResult', () => {
  it.each([
    [
      { id: 'msg_1', status: 'sent' },
      { id: 'msg_1', status: 'sent' },
    ],
    [{ data: { id: 'msg_2', status: 'queued', conversation_id: 'c' } }, { id: 'msg_2', status: 'queued' }],
    [{ data: { id: 42 } }, { id: '42', status: undefined }],
    [
      { data: [], id: 'msg_3' },
      { id: 'msg_3', status: undefined },
    ],
    [{ ok: true }, { id: undefined, status: undefined }],
    ['sent', { id: undefined, status: undefined }],
    [undefined, { id: undefined, status: undefined }],
  ])('reads %j', (body, expected) => {
    expect(readSendResult(body)).toEqual(expected);
  });
});

describe('sendMessage', () => {
  it('posts the envelope exactly to /v1/messages and reads the flat answer', async () => {
    const { client, fetchImpl } = clientAnswering(() => json(201, { id: 'msg_abc', status: 'sent' }));
    const result = await sendMessage({ client, envelope });
    expect(result).toMatchObject({ id: 'msg_abc', status: 'sent', httpStatus: 201 });
    expect(result.body).toEqual({ id: 'msg_abc', status: 'sent' });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe('/sandbox/v1/messages');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe(JSON.stringify(examples.text));
    expect(new Headers(init?.headers).get('x-sandbox-scenario')).toBe('ok');
  });

  it('reads the {data: {...}} answer', async () => {
    const { client } = clientAnswering(() =>
      json(200, { data: { id: 'msg_nested', status: 'delivered', type: 'text' } }),
    );
    const result = await sendMessage({ client, envelope });
    expect(result).toMatchObject({ id: 'msg_nested', status: 'delivered', httpStatus: 200 });
  });

  it.each([
    ['plain text', () => new Response('Accepted', { status: 202 }), 'Accepted'],
    [
      'an HTML welcome page',
      () => new Response('<html><h1>Welcome to nginx!</h1></html>', { status: 200 }),
      '<html><h1>Welcome to nginx!</h1></html>',
    ],
    ['malformed JSON', () => new Response('{"id": "msg_1"', { status: 200 }), '{"id": "msg_1"'],
    ['JSON without an id', () => json(201, { ok: true }), { ok: true }],
    ['an empty body', () => new Response(null, { status: 204 }), undefined],
  ])('calls a 2xx with %s "outcome unknown", keeping what came back', async (_name, respond, body) => {
    const { client } = clientAnswering(respond);
    const error = await sendMessage({ client, envelope }).then(
      () => {
        throw new Error('a 2xx that is not the API must not be a send');
      },
      (caught: unknown) => caught as ApiError,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('unexpected-response');
    expect(isOutcomeUnknown(error)).toBe(true);
    expect(error.body).toEqual(body);
  });

  it('throws the ApiError of a refused send', async () => {
    const { client } = clientAnswering(() =>
      json(400, { message: 'The given data was invalid.', errors: { body: ['Too long.'] } }),
    );
    await expect(sendMessage({ client, envelope })).rejects.toMatchObject({
      kind: 'validation',
      fieldErrors: [{ path: 'body', message: 'Too long.' }],
    });
  });
});

describe('useSendMessage', () => {
  function wrapper(queryClient: QueryClient) {
    return function Wrapper({ children }: { children: ReactNode }) {
      return createElement(QueryClientProvider, { client: queryClient }, children);
    };
  }

  it('never retries, even when the app would retry mutations', async () => {
    const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: 3, retryDelay: 0 } } });
    const { client, fetchImpl } = clientAnswering(() => Promise.reject(new TypeError('Failed to fetch')));
    const onError = vi.fn();
    const { result } = renderHook(() => useSendMessage({ client, mutationConfig: { onError } }), {
      wrapper: wrapper(queryClient),
    });
    act(() => result.current.mutate({ envelope }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(result.current.error).toBeInstanceOf(ApiError);
    expect(result.current.error?.kind).toBe('network');
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('resolves with the send result', async () => {
    const queryClient = new QueryClient();
    const { client } = clientAnswering(() => json(201, { id: 'msg_ok', status: 'sent' }));
    const { result } = renderHook(() => useSendMessage({ client }), { wrapper: wrapper(queryClient) });
    act(() => result.current.mutate({ envelope }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ id: 'msg_ok', status: 'sent', httpStatus: 201 });
  });

  it('keeps retry off and runs while the browser reports itself offline', () => {
    const { client } = clientAnswering(() => json(201, {}));
    const options = sendMessageMutationOptions({ client });
    expect(options.retry).toBe(false);
    expect(options.networkMode).toBe('always');
  });
});
