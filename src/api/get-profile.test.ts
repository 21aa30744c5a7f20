import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from './client.ts';
import { getProfile, getProfileQueryOptions, readProfile, useProfile } from './get-profile.ts';

function clientAnswering(respond: () => Response | Promise<Response>) {
  const fetchImpl = vi.fn((_input: RequestInfo | URL, _init?: RequestInit) =>
    Promise.resolve().then(respond),
  );
  const client = createApiClient({
    baseUrl: '/sandbox/',
    token: 'tok',
    fetchImpl: fetchImpl as unknown as typeof fetch,
  });
  return { client, fetchImpl };
}

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const SANDBOX_PROFILE = {
  id: 'usr_sandbox',
  name: 'Sandbox user',
  email: 'sandbox@digishare.test',
  company: 'Digishare Sandbox',
};

describe('readProfile', () => {
  it('reads {data: {...}}', () => {
    const body = { data: SANDBOX_PROFILE };
    expect(readProfile(body)).toEqual({ ...SANDBOX_PROFILE, raw: body });
  });

  it('reads a flat profile, a numeric id, split names and a company object', () => {
    const body = { id: 7, first_name: 'Adil', last_name: 'B.', company: { name: 'Acme' } };
    expect(readProfile(body)).toEqual({ id: '7', name: 'Adil B.', company: 'Acme', raw: body });
  });

  it('returns only raw for anything else', () => {
    expect(readProfile('hello')).toEqual({ raw: 'hello' });
    expect(readProfile(undefined)).toEqual({ raw: undefined });
    expect(readProfile({ data: null, name: 42 })).toEqual({ name: '42', raw: { data: null, name: 42 } });
    expect(readProfile({ name: '  ', email: ['x'] })).toEqual({ raw: { name: '  ', email: ['x'] } });
  });
});

describe('getProfile', () => {
  it('calls GET /v1/user/profile', async () => {
    const { client, fetchImpl } = clientAnswering(() => json(200, { data: SANDBOX_PROFILE }));
    const profile = await getProfile({ client });
    expect(profile.name).toBe('Sandbox user');
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe('/sandbox/v1/user/profile');
    expect(init?.method).toBe('GET');
  });

  it('throws an unauthorized ApiError for a bad token', async () => {
    const { client } = clientAnswering(() => json(401, { message: 'Unauthenticated.' }));
    await expect(getProfile({ client })).rejects.toMatchObject({
      kind: 'unauthorized',
      serverMessage: 'Unauthenticated.',
    });
  });
});

describe('useProfile', () => {
  function wrapper(queryClient: QueryClient) {
    return function Wrapper({ children }: { children: ReactNode }) {
      return createElement(QueryClientProvider, { client: queryClient }, children);
    };
  }

  it('does nothing until asked', async () => {
    const { client, fetchImpl } = clientAnswering(() => json(200, { data: SANDBOX_PROFILE }));
    const { result } = renderHook(() => useProfile({ client }), { wrapper: wrapper(new QueryClient()) });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(result.current.fetchStatus).toBe('idle');
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('fetches once when enabled and never retries', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 3, retryDelay: 0 } } });
    const { client, fetchImpl } = clientAnswering(() => json(503, { message: 'Down' }));
    const { result } = renderHook(() => useProfile({ client, enabled: true }), {
      wrapper: wrapper(queryClient),
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.kind).toBe('server');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('keys the cache by client, not by token text', () => {
    const { client } = clientAnswering(() => json(200, {}));
    const options = getProfileQueryOptions({ client });
    expect(options.queryKey).toEqual(['profile', client.cacheKey]);
    expect(JSON.stringify(options.queryKey)).not.toContain('tok');
    expect(options.enabled).toBe(false);
  });
});
