import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type ApiErrorKind, isOutcomeUnknown } from './api-error.ts';
import { createApiClient, joinUrl, type ApiClient, type ApiClientOptions } from './client.ts';
import { redactToken, tokenForms } from './http.ts';

type Call = { url: string; init: RequestInit };

/** A fetch double: records calls and answers with `respond`. */
function fakeFetch(respond: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetchImpl = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(input), init: init ?? {} };
    calls.push(call);
    return Promise.resolve().then(() => respond(call));
  });
  return { calls, fetchImpl: fetchImpl as unknown as typeof fetch };
}

/** Never answers; rejects like a real fetch when its signal aborts. */
function hangingFetch() {
  return fakeFetch(
    ({ init }) =>
      new Promise<Response>((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }),
  );
}

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

function client(fetchImpl: typeof fetch, options: Partial<ApiClientOptions> = {}): ApiClient {
  return createApiClient({ baseUrl: 'https://api.example.test', token: 'tok_123', fetchImpl, ...options });
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the request to fail');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('joinUrl', () => {
  it.each([
    ['https://api.example.test', '/v1/messages', 'https://api.example.test/v1/messages'],
    ['https://api.example.test/', '/v1/messages', 'https://api.example.test/v1/messages'],
    ['https://api.example.test//', 'v1/messages', 'https://api.example.test/v1/messages'],
    ['https://api.example.test', 'v1/messages', 'https://api.example.test/v1/messages'],
    ['/sandbox', '/v1/user/profile', '/sandbox/v1/user/profile'],
    ['/digishare/', '//v1/messages', '/digishare/v1/messages'],
  ])('joins %s and %s', (base, path, expected) => {
    expect(joinUrl(base, path)).toBe(expected);
  });
});

describe('createApiClient: the request it sends', () => {
  it('posts JSON with the bearer token to the joined URL', async () => {
    const { calls, fetchImpl } = fakeFetch(() => json(201, { id: 'msg_1' }));
    const envelope = { send_to_third: true, conversation_id: 'c1', type: 'text', body: 'Bonjour' };
    await client(fetchImpl, { baseUrl: 'https://api.example.test/' }).request({
      method: 'POST',
      path: '/v1/messages',
      body: envelope,
    });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.url).toBe('https://api.example.test/v1/messages');
    expect(call?.init.method).toBe('POST');
    expect(call?.init.body).toBe(JSON.stringify(envelope));
    const headers = new Headers(call?.init.headers);
    expect(headers.get('authorization')).toBe('Bearer tok_123');
    expect(headers.get('accept')).toBe('application/json');
    expect(headers.get('content-type')).toBe('application/json');
    // Cookies and a login go only to the page's own server (its access gate); never to another origin.
    expect(call?.init.credentials).toBe('same-origin');
  });

  it('sends no Content-Type and no body on a GET', async () => {
    const { calls, fetchImpl } = fakeFetch(() => json(200, {}));
    await client(fetchImpl).request({ method: 'GET', path: '/v1/user/profile' });
    const headers = new Headers(calls[0]?.init.headers);
    expect(headers.has('content-type')).toBe(false);
    expect(calls[0]?.init.body).toBeUndefined();
  });

  it('adds the client-wide and per-request headers (e.g. the sandbox scenario)', async () => {
    const { calls, fetchImpl } = fakeFetch(() => json(200, {}));
    await client(fetchImpl, { headers: { 'X-Sandbox-Scenario': 'slow' } }).request({
      method: 'GET',
      path: '/v1/user/profile',
      headers: { 'X-Request-Id': 'r1' },
    });
    const headers = new Headers(calls[0]?.init.headers);
    expect(headers.get('x-sandbox-scenario')).toBe('slow');
    expect(headers.get('x-request-id')).toBe('r1');
  });

  it('trims a pasted token and sends no Authorization without one', async () => {
    const { calls, fetchImpl } = fakeFetch(() => json(200, {}));
    await client(fetchImpl, { token: '  tok_123\n' }).request({ method: 'GET', path: '/a' });
    await client(fetchImpl, { token: '   ' }).request({ method: 'GET', path: '/a' });
    expect(new Headers(calls[0]?.init.headers).get('authorization')).toBe('Bearer tok_123');
    expect(new Headers(calls[1]?.init.headers).has('authorization')).toBe(false);
  });

  it('refuses a token no header can carry without repeating it', async () => {
    const { calls, fetchImpl } = fakeFetch(() => json(200, {}));
    const error = await caught(
      client(fetchImpl, { token: 'tok_secret…' }).request({ method: 'GET', path: '/a' }),
    );
    expect(error.kind).toBe('validation');
    expect(error.status).toBeUndefined();
    expect(error.message).not.toContain('tok_secret');
    expect(calls).toHaveLength(0);
  });

  it('keeps the token out of the cache key but still tells tokens apart', () => {
    const { fetchImpl } = fakeFetch(() => json(200, {}));
    const a = client(fetchImpl, { token: 'tok_secret_a' });
    const b = client(fetchImpl, { token: 'tok_secret_b' });
    expect(a.cacheKey).not.toContain('tok_secret');
    expect(a.cacheKey).not.toBe(b.cacheKey);
    expect(client(fetchImpl, { token: 'tok_secret_a' }).cacheKey).toBe(a.cacheKey);
  });
});

describe('createApiClient: responses', () => {
  it('returns status, parsed data, raw text, headers and a duration', async () => {
    const { fetchImpl } = fakeFetch(() => json(201, { id: 'msg_1', status: 'sent' }, { 'X-Trace': 't1' }));
    const response = await client(fetchImpl).request({
      method: 'POST',
      path: '/m',
      body: {},
    });
    expect(response.status).toBe(201);
    expect(response.data).toEqual({ id: 'msg_1', status: 'sent' });
    expect(response.rawText).toBe('{"id":"msg_1","status":"sent"}');
    expect(response.headers.get('x-trace')).toBe('t1');
    expect(response.durationMs).toBeGreaterThanOrEqual(0);
  });

  it.each([204, 201, 200])('reads an empty %i as no data', async (status) => {
    const { fetchImpl } = fakeFetch(() => new Response(status === 204 ? null : '', { status }));
    const response = await client(fetchImpl).request({ method: 'POST', path: '/m', body: {} });
    expect(response).toMatchObject({ status, data: undefined, rawText: '' });
  });

  it('keeps a non-JSON success as raw text without throwing', async () => {
    const { fetchImpl } = fakeFetch(
      () => new Response('OK, queued', { status: 200, headers: { 'Content-Type': 'text/plain' } }),
    );
    const response = await client(fetchImpl).request({ method: 'GET', path: '/m' });
    expect(response.data).toBeUndefined();
    expect(response.rawText).toBe('OK, queued');
  });

  it('parses JSON even when the server labels it text/html', async () => {
    const { fetchImpl } = fakeFetch(
      () => new Response('{"id":"msg_2"}', { status: 201, headers: { 'Content-Type': 'text/html' } }),
    );
    const response = await client(fetchImpl).request({ method: 'POST', path: '/m', body: {} });
    expect(response.data).toEqual({ id: 'msg_2' });
  });
});

describe('createApiClient: HTTP errors', () => {
  const cases: [number, ApiErrorKind][] = [
    [400, 'validation'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [405, 'http'],
    [408, 'timeout'],
    [409, 'http'],
    [410, 'not-found'],
    [413, 'payload-too-large'],
    [415, 'http'],
    [422, 'validation'],
    [429, 'rate-limited'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
    [504, 'timeout'],
  ];
  it.each(cases)('maps %i to %s and keeps the server message', async (status, kind) => {
    const { fetchImpl } = fakeFetch(() => json(status, { message: `Message for ${status}` }));
    const error = await caught(client(fetchImpl).request({ method: 'POST', path: '/m', body: {} }));
    expect(error).toMatchObject({ kind, status, serverMessage: `Message for ${status}` });
    expect(error.body).toEqual({ message: `Message for ${status}` });
    expect(error.name).toBe('ApiError');
  });

  it('reads Laravel-style field errors from a 422', async () => {
    const body = {
      message: 'The given data was invalid.',
      errors: { 'body.text': ['The text is required.', 'Second reason.'], conversation_id: ['Required.'] },
    };
    const { fetchImpl } = fakeFetch(() => json(422, body));
    const error = await caught(client(fetchImpl).request({ method: 'POST', path: '/m', body: {} }));
    expect(error.kind).toBe('validation');
    expect(error.serverMessage).toBe('The given data was invalid.');
    expect(error.fieldErrors).toEqual([
      { path: 'body.text', message: 'The text is required.' },
      { path: 'body.text', message: 'Second reason.' },
      { path: 'conversation_id', message: 'Required.' },
    ]);
  });

  it('reads list-style field errors from a 400 (path, field or path array)', async () => {
    const body = {
      errors: [
        { path: 'body.action.buttons[0].reply.title', message: 'Too long' },
        { field: 'conversation_id', message: 'Required' },
        { path: ['body', 'action', 'buttons', 1, 'reply', 'id'], message: 'Duplicate' },
        { message: 'Whole request' },
        { nothing: 'useful' },
        42,
      ],
    };
    const { fetchImpl } = fakeFetch(() => json(400, body));
    const error = await caught(client(fetchImpl).request({ method: 'POST', path: '/m', body: {} }));
    expect(error.kind).toBe('validation');
    expect(error.serverMessage).toBeUndefined();
    expect(error.fieldErrors).toEqual([
      { path: 'body.action.buttons[0].reply.title', message: 'Too long' },
      { path: 'conversation_id', message: 'Required' },
      { path: 'body.action.buttons[1].reply.id', message: 'Duplicate' },
      { path: '', message: 'Whole request' },
    ]);
  });

  it.each([
    [{ error: 'invalid_token' }, 'invalid_token'],
    [{ error: { message: 'Token expired', code: 17 } }, 'Token expired'],
    [{ detail: 'Quota exceeded', title: 'Forbidden' }, 'Quota exceeded'],
    [{ title: 'Forbidden' }, 'Forbidden'],
    [{ message: '   ', error: 'fallback' }, 'fallback'],
    [{ unrelated: true }, undefined],
    [[1, 2], undefined],
  ])('finds the server message in %j', async (body, serverMessage) => {
    const { fetchImpl } = fakeFetch(() => json(403, body));
    const error = await caught(client(fetchImpl).request({ method: 'GET', path: '/m' }));
    expect(error.serverMessage).toBe(serverMessage);
  });

  it('reads Retry-After in seconds on a 429', async () => {
    const { fetchImpl } = fakeFetch(() =>
      json(429, { message: 'Too Many Attempts.' }, { 'Retry-After': '30' }),
    );
    const error = await caught(client(fetchImpl).request({ method: 'POST', path: '/m', body: {} }));
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterSeconds: 30 });
  });

  it('reads Retry-After as an HTTP-date on a 429', async () => {
    vi.useFakeTimers({ now: new Date('2025-03-01T10:00:00Z'), toFake: ['Date'] });
    const { fetchImpl } = fakeFetch(() =>
      json(429, { message: 'Slow down' }, { 'Retry-After': 'Sat, 01 Mar 2025 10:01:30 GMT' }),
    );
    const error = await caught(client(fetchImpl).request({ method: 'POST', path: '/m', body: {} }));
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 90 });
  });

  it('ignores an unreadable Retry-After', async () => {
    const { fetchImpl } = fakeFetch(() => json(429, {}, { 'Retry-After': 'soon' }));
    const error = await caught(client(fetchImpl).request({ method: 'POST', path: '/m', body: {} }));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterSeconds).toBeUndefined();
  });

  it('keeps an HTML 500 as raw text with no server message and no SyntaxError', async () => {
    const html = '<!DOCTYPE html><html><body><h1>500 Internal Server Error</h1></body></html>';
    const { fetchImpl } = fakeFetch(
      () => new Response(html, { status: 500, headers: { 'Content-Type': 'text/html' } }),
    );
    const error = await caught(client(fetchImpl).request({ method: 'POST', path: '/m', body: {} }));
    expect(error).toMatchObject({ kind: 'server', status: 500, body: html, fieldErrors: [] });
    expect(error.serverMessage).toBeUndefined();
  });

  it('uses a short plain-text error body as the server message', async () => {
    const { fetchImpl } = fakeFetch(
      () => new Response('Service Unavailable\n', { status: 503, headers: { 'Content-Type': 'text/plain' } }),
    );
    const error = await caught(client(fetchImpl).request({ method: 'GET', path: '/m' }));
    expect(error).toMatchObject({ kind: 'server', status: 503, serverMessage: 'Service Unavailable' });
  });

  it('handles an error with an empty body', async () => {
    const { fetchImpl } = fakeFetch(() => new Response(null, { status: 502 }));
    const error = await caught(client(fetchImpl).request({ method: 'GET', path: '/m' }));
    expect(error).toMatchObject({ kind: 'server', status: 502, fieldErrors: [] });
    expect(error.body).toBeUndefined();
    expect(error.serverMessage).toBeUndefined();
  });
});

describe('createApiClient: no response', () => {
  it('reports a timeout when the server never answers', async () => {
    const { fetchImpl } = hangingFetch();
    const error = await caught(client(fetchImpl, { timeoutMs: 20 }).request({ method: 'GET', path: '/m' }));
    expect(error.kind).toBe('timeout');
    expect(error.status).toBeUndefined();
  });

  it('reports a timeout when the body stalls after the headers', async () => {
    const { fetchImpl } = fakeFetch(({ init }) => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"id":'));
          init.signal?.addEventListener('abort', () =>
            controller.error(new DOMException('aborted', 'AbortError')),
          );
        },
      });
      return new Response(stream, { status: 201 });
    });
    const error = await caught(client(fetchImpl, { timeoutMs: 20 }).request({ method: 'GET', path: '/m' }));
    expect(error.kind).toBe('timeout');
  });

  it('uses the default timeout of 15 s', async () => {
    vi.useFakeTimers();
    const { fetchImpl } = hangingFetch();
    const pending = caught(client(fetchImpl).request({ method: 'GET', path: '/m' }));
    await vi.advanceTimersByTimeAsync(14_999);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).kind).toBe('timeout');
  });

  it('reports "aborted" when the caller aborts, not a timeout', async () => {
    const { fetchImpl } = hangingFetch();
    const controller = new AbortController();
    const pending = caught(
      client(fetchImpl, { timeoutMs: 10_000 }).request({
        method: 'GET',
        path: '/m',
        signal: controller.signal,
      }),
    );
    await Promise.resolve();
    controller.abort();
    expect((await pending).kind).toBe('aborted');
  });

  it('does not call fetch with an already aborted signal', async () => {
    const { fetchImpl } = hangingFetch();
    const controller = new AbortController();
    controller.abort();
    const error = await caught(
      client(fetchImpl).request({ method: 'GET', path: '/m', signal: controller.signal }),
    );
    expect(error.kind).toBe('aborted');
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('reports a network failure when fetch rejects with a TypeError', async () => {
    const { fetchImpl } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await caught(client(fetchImpl).request({ method: 'POST', path: '/m', body: {} }));
    expect(error.kind).toBe('network');
    expect(error.status).toBeUndefined();
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('clears its timer once the response is read', async () => {
    vi.useFakeTimers();
    const { fetchImpl } = fakeFetch(() => json(200, {}));
    await client(fetchImpl).request({ method: 'GET', path: '/m' });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('createApiClient: redirects', () => {
  it('never follows a redirect on a write and names where it pointed', async () => {
    const { calls, fetchImpl } = fakeFetch(
      () => new Response(null, { status: 307, headers: { Location: 'https://elsewhere.test/v1/messages' } }),
    );
    const error = await caught(client(fetchImpl).request({ method: 'POST', path: '/v1/messages', body: {} }));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init.redirect).toBe('manual');
    expect(error.kind).toBe('redirect');
    expect(error.status).toBe(307);
    expect(error.location).toBe('https://elsewhere.test/v1/messages');
    expect(error.message).toContain('https://elsewhere.test/v1/messages');
  });

  it('reports a browser-hidden redirect (opaqueredirect) as a redirect, not a success', async () => {
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    Object.defineProperty(opaque, 'status', { value: 0 });
    Object.defineProperty(opaque, 'ok', { value: false });
    const { fetchImpl } = fakeFetch(() => opaque);
    const error = await caught(client(fetchImpl).request({ method: 'POST', path: '/v1/messages', body: {} }));
    expect(error.kind).toBe('redirect');
    expect(error.status).toBeUndefined();
    expect(error.location).toBeUndefined();
  });

  it('takes the token out of a redirect location', async () => {
    const { fetchImpl } = fakeFetch(
      () => new Response(null, { status: 302, headers: { Location: '/login?t=tok_123' } }),
    );
    const error = await caught(client(fetchImpl).request({ method: 'POST', path: '/m', body: {} }));
    expect(error.location).toBe('/login?t=<TOKEN>');
  });

  it('still lets a read follow redirects', async () => {
    const { calls, fetchImpl } = fakeFetch(() => json(200, {}));
    await client(fetchImpl).request({ method: 'GET', path: '/v1/user/profile' });
    expect(calls[0]?.init.redirect).toBe('follow');
  });
});

describe('createApiClient: the proxy could not reach the upstream', () => {
  it("tells our proxy's 502 (never sent) from a real 502 (outcome unknown)", async () => {
    const proxy = fakeFetch(() =>
      json(502, { error: 'upstream_unreachable' }, { 'X-Proxy-Error': 'upstream-unreachable' }),
    );
    const unreachable = await caught(
      client(proxy.fetchImpl).request({ method: 'POST', path: '/m', body: {} }),
    );
    expect(unreachable.kind).toBe('upstream-unreachable');
    expect(isOutcomeUnknown(unreachable)).toBe(false);

    const real = fakeFetch(() => new Response('Bad gateway', { status: 502 }));
    const gateway = await caught(client(real.fetchImpl).request({ method: 'POST', path: '/m', body: {} }));
    expect(gateway.kind).toBe('server');
    expect(isOutcomeUnknown(gateway)).toBe(true);
  });

  it('reads the signal from the body when the header is hidden (CORS)', async () => {
    const { fetchImpl } = fakeFetch(() => json(502, { error: 'upstream_unreachable' }));
    const error = await caught(client(fetchImpl).request({ method: 'POST', path: '/m', body: {} }));
    expect(error.kind).toBe('upstream-unreachable');
  });
});

describe('redactToken', () => {
  it('takes out URL-encoded and base64 copies of the token too', () => {
    const token = 'abc/def+ghi=jkl mno';
    const base64 = btoa(token);
    const forms = [
      encodeURIComponent(token),
      encodeURIComponent(token).replace(/%20/g, '+'),
      base64,
      base64.replace(/=+$/, ''),
      base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
    ];
    for (const form of forms) {
      const redacted = redactToken(`echo: ${form} end`, token);
      expect(redacted).not.toContain(form.replace(/=+$/, ''));
      expect(redacted).toContain('<TOKEN>');
    }
  });

  it('lists each form once, longest first, and none shorter than a placeholder', () => {
    const forms = tokenForms('tok_123');
    expect(new Set(forms).size).toBe(forms.length);
    expect([...forms].sort((a, b) => b.length - a.length)).toEqual(forms);
    expect(tokenForms('x')).toEqual([]);
  });

  it('takes the token out as written and as JSON escapes it, and leaves placeholder-length tokens alone', () => {
    expect(redactToken('Token abc-123 refused', 'abc-123')).toBe('Token <TOKEN> refused');
    expect(redactToken('{"echo":"a\\"b\\\\cdef"}', 'a"b\\cdef')).toBe('{"echo":"<TOKEN>"}');
    expect(redactToken('a box of x', 'x')).toBe('a box of x');
  });
});

it('never hands back a token the server echoed, in data, error messages or field errors', async () => {
  const token = 'canary-7f3e9b';
  const echo = (status: number) =>
    createApiClient({
      baseUrl: '/api',
      token,
      fetchImpl: async () =>
        new Response(
          JSON.stringify({
            id: `msg_${token}`,
            message: `Bearer ${token} refused`,
            errors: { body: [token] },
          }),
          { status, headers: { 'Content-Type': 'application/json' } },
        ),
    });
  const ok = await echo(201).request({ method: 'POST', path: '/x', body: {} });
  expect(ok.rawText).not.toContain(token);
  expect(ok.data).toMatchObject({ id: 'msg_<TOKEN>' });
  const failure = await echo(422)
    .request({ method: 'POST', path: '/x', body: {} })
    .then(
      () => {
        throw new Error('a 422 must fail');
      },
      (error: unknown) => error as ApiError,
    );
  expect(failure).toMatchObject({
    serverMessage: 'Bearer <TOKEN> refused',
    fieldErrors: [{ message: '<TOKEN>' }],
  });
  expect(JSON.stringify(failure.body)).not.toContain(token);
});
