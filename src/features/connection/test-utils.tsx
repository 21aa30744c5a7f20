import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n.tsx';
import { ConnectionProvider, type ConnectionInitialState } from './connection-provider.tsx';

/** A UI under the connection provider, in English, with a fresh query client that never retries. */
export function renderWithConnection(ui: ReactNode, initial?: ConnectionInitialState) {
  const user = userEvent.setup();
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  // A wrapper, so `rerender` keeps the providers (and their state) and changes only the UI.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nProvider initialLocale="en">
      <QueryClientProvider client={queryClient}>
        <ConnectionProvider initial={initial}>{children}</ConnectionProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
  const result = render(ui, { wrapper });
  return { user, queryClient, ...result };
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export type FetchCall = { url: string; method: string; headers: Headers; body: string | undefined };

/**
 * Replaces the global fetch (which the API client calls) with `respond`, recording every call. A response can be
 * held back with a promise to test what happens while a request is in flight.
 */
export function fakeFetch(respond: (call: FetchCall) => Response | Promise<Response>) {
  const calls: FetchCall[] = [];
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const call: FetchCall = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : undefined,
    };
    calls.push(call);
    return Promise.resolve().then(() => respond(call));
  });
  return { calls, spy, posts: () => calls.filter((call) => call.method === 'POST') };
}

/** A promise and its resolve function, to hold a response until the test lets it go. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
