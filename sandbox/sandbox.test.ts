// @vitest-environment node
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_SCENARIOS } from '../src/api/sandbox-scenarios.ts';
import examples from '../src/domain/message/fixtures/spec-examples.json';
import { MAX_REQUEST_BODY_BYTES } from '../src/domain/message/limits.ts';
import { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.ts';

const TOKEN = 'tok_sandbox_test';
const SLOW_MS = 60;

type Running = { sandbox: Sandbox; url: string; server: Server };

async function start(options: SandboxOptions = {}): Promise<Running> {
  const sandbox = createSandbox({ slowDelayMs: SLOW_MS, ...options });
  const server = createServer(getRequestListener((request) => sandbox.fetch(request)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { sandbox, server, url: `http://127.0.0.1:${port}` };
}

function stop({ server }: Running): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

type CallOptions = {
  body?: string | Uint8Array;
  token?: string | null;
  scenario?: string;
  headers?: Record<string, string>;
};

type Answer = { status: number; headers: Headers; text: string; json: unknown };

async function call(base: string, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? TOKEN : options.token;
  if (token !== null) headers['Authorization'] = `Bearer ${token}`;
  if (options.scenario !== undefined) headers['X-Sandbox-Scenario'] = options.scenario;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${base}${path}`, { method, headers, body: options.body });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  // Whatever happened, nothing is ever cached.
  expect(response.headers.get('cache-control')).toBe('no-store');
  return { status: response.status, headers: response.headers, text, json };
}

const post = (base: string, payload: unknown, options: CallOptions = {}) =>
  call(base, 'POST', '/v1/messages', { body: JSON.stringify(payload), ...options });

const EXAMPLES = Object.entries(examples);
const TEXT = examples.text;

function buttonMessage(titles: string[]) {
  return {
    send_to_third: false,
    conversation_id: 'conv_buttons',
    type: 'interactive',
    body: {
      type: 'button',
      body: { text: 'Choose' },
      action: { buttons: titles.map((title, i) => ({ type: 'reply', reply: { id: `btn_${i}`, title } })) },
    },
  };
}

/** Speaks raw HTTP, for what fetch will not do: stream a body, lie about its length, hang up midway. */
function rawRequest(
  base: string,
  headers: Record<string, string | number>,
  write: (req: ReturnType<typeof httpRequest>) => void,
): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}/v1/messages`, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', reject);
    write(req);
  });
}

describe('sandbox API', () => {
  let running: Running;
  let base: string;

  beforeAll(async () => {
    running = await start({ now: () => new Date('2025-03-01T10:00:00.000Z') });
    base = running.url;
  });
  afterEach(() => running.sandbox.reset());
  afterAll(() => stop(running));

  describe('routing', () => {
    it('answers OPTIONS with 204 and the allowed methods', async () => {
      const answer = await call(base, 'OPTIONS', '/v1/messages', { token: null });
      expect(answer.status).toBe(204);
      expect(answer.text).toBe('');
      expect(answer.headers.get('allow')).toBe('POST, OPTIONS');
      expect((await call(base, 'OPTIONS', '/anything', { token: null })).status).toBe(204);
    });

    it('answers an unknown route with a JSON 404', async () => {
      const answer = await call(base, 'GET', '/v2/whatever');
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(answer.json).toEqual({ message: 'The route v2/whatever could not be found.' });
    });

    it('answers a wrong method with 405 and Allow', async () => {
      const answer = await call(base, 'GET', '/v1/messages');
      expect(answer.status).toBe(405);
      expect(answer.headers.get('allow')).toBe('POST, OPTIONS');
      expect(answer.json).toMatchObject({ message: expect.stringContaining('Supported methods: POST') });
      const put = await call(base, 'PUT', '/v1/user/profile', { body: '{}' });
      expect(put.status).toBe(405);
      expect(put.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    });

    it('ignores the query string', async () => {
      expect((await call(base, 'GET', '/v1/user/profile?fresh=1')).status).toBe(200);
    });
  });

  describe('authentication', () => {
    it('returns the sandbox profile to any bearer token', async () => {
      const answer = await call(base, 'GET', '/v1/user/profile');
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({
        data: {
          id: 'usr_sandbox',
          name: 'Sandbox user',
          email: 'sandbox@digishare.test',
          company: 'Digishare Sandbox',
        },
      });
    });

    it.each([
      ['POST', '/v1/messages'],
      ['GET', '/v1/user/profile'],
      ['GET', '/v1/conversations/c1/messages'],
    ])('refuses %s %s without a token', async (method, path) => {
      const body = method === 'POST' ? JSON.stringify(TEXT) : undefined;
      for (const authorization of [undefined, 'Bearer ', 'Bearer    ', 'Basic dXNlcjpwYXNz', TOKEN]) {
        const headers: Record<string, string> =
          authorization === undefined ? {} : { Authorization: authorization };
        const answer = await call(base, method, path, { token: null, headers, body });
        expect(answer.status).toBe(401);
        expect(answer.json).toEqual({ message: 'Unauthenticated.' });
      }
    });
  });

  describe('scenarios', () => {
    const routes: [string, string, string | undefined][] = [
      ['POST', '/v1/messages', JSON.stringify(TEXT)],
      ['GET', '/v1/user/profile', undefined],
      ['GET', '/v1/conversations/c1/messages', undefined],
    ];
    const expected: Record<string, number> = {
      unauthorized: 401,
      forbidden: 403,
      'not-found': 404,
      'rate-limited': 429,
      'server-error': 500,
    };

    it.each(routes)('applies every error scenario to %s %s', async (method, path, body) => {
      for (const [scenario, status] of Object.entries(expected)) {
        const answer = await call(base, method, path, { scenario, body });
        expect(answer.status, scenario).toBe(status);
        expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
        expect(answer.json).toEqual({ message: expect.any(String) });
      }
    });

    it('sends Retry-After: 30 when rate limited', async () => {
      const answer = await call(base, 'GET', '/v1/user/profile', { scenario: 'rate-limited' });
      expect(answer.status).toBe(429);
      expect(answer.headers.get('retry-after')).toBe('30');
    });

    it('serves an HTML page for html-error', async () => {
      const answer = await post(base, TEXT, { scenario: 'html-error' });
      expect(answer.status).toBe(500);
      expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
      expect(answer.text).toMatch(/^<!DOCTYPE html>/);
    });

    it('waits, then behaves as ok, for slow', async () => {
      const startedAt = performance.now();
      const answer = await post(base, TEXT, { scenario: 'slow' });
      expect(performance.now() - startedAt).toBeGreaterThanOrEqual(SLOW_MS - 5);
      expect(answer.status).toBe(201);
      const slowWithoutToken = await call(base, 'GET', '/v1/user/profile', { scenario: 'slow', token: null });
      expect(slowWithoutToken.status).toBe(401);
    });

    it('treats ok and an empty header as no scenario', async () => {
      expect((await post(base, TEXT, { scenario: 'ok' })).status).toBe(201);
      expect((await post(base, TEXT, { scenario: '' })).status).toBe(201);
    });

    it('refuses an unknown scenario with a clear 400', async () => {
      const answer = await call(base, 'GET', '/v1/user/profile', { scenario: 'explode' });
      expect(answer.status).toBe(400);
      expect(answer.json).toEqual({
        message: `Unknown sandbox scenario "explode". Use one of: ${SANDBOX_SCENARIOS.join(', ')}.`,
      });
    });

    it('does not store a message refused by a scenario', async () => {
      await post(base, TEXT, { scenario: 'server-error' });
      const list = await call(base, 'GET', `/v1/conversations/${TEXT.conversation_id}/messages`);
      expect(list.json).toEqual({ data: [] });
    });
  });

  describe('POST /v1/messages', () => {
    it('accepts a valid message with 201 {id, status}', async () => {
      const answer = await post(base, TEXT);
      expect(answer.status).toBe(201);
      expect(answer.json).toEqual({ id: expect.stringMatching(/^msg_[0-9a-f]{24}$/), status: 'sent' });
      const again = await post(base, TEXT);
      expect((again.json as { id: string }).id).not.toBe((answer.json as { id: string }).id);
    });

    it('refuses invalid JSON with 400 and an empty errors map', async () => {
      const answer = await call(base, 'POST', '/v1/messages', { body: '{"type": "text",' });
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({
        message: 'Invalid JSON: syntax error at line 1, column 17.',
        errors: {},
      });
      const empty = await call(base, 'POST', '/v1/messages', { body: '' });
      expect(empty.status).toBe(400);
      expect(empty.json).toMatchObject({ message: 'Invalid JSON: the request body is empty.', errors: {} });
    });

    it('refuses a body that is not UTF-8', async () => {
      const answer = await call(base, 'POST', '/v1/messages', {
        body: new Uint8Array([0x22, 0xff, 0xfe, 0x22]),
      });
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({ message: 'The request body is not valid UTF-8.' });
    });

    it('reports a button title of 21 characters at its path', async () => {
      const answer = await post(base, buttonMessage(['x'.repeat(21)]));
      expect(answer.status).toBe(400);
      expect(answer.json).toEqual({
        message: 'The given data was invalid.',
        errors: {
          'body.action.buttons[0].reply.title': [
            'The body.action.buttons[0].reply.title field must not be greater than 20 characters (it has 21).',
          ],
        },
        issues: [
          {
            path: ['body', 'action', 'buttons', 0, 'reply', 'title'],
            key: 'tooLong',
            params: { count: 21, limit: 20 },
          },
        ],
      });
    });

    it('accepts a title of 20 characters, counted in code points', async () => {
      expect((await post(base, buttonMessage(['😀'.repeat(20)]))).status).toBe(201);
    });

    it('collects several errors, including duplicates and unknown keys', async () => {
      const answer = await post(base, { ...buttonMessage(['Oui', 'Oui']), extra: 1, conversation_id: ' ' });
      expect(answer.status).toBe(400);
      const { errors } = answer.json as { errors: Record<string, string[]> };
      expect(Object.keys(errors).sort()).toEqual([
        'body.action.buttons[0].reply.title',
        'body.action.buttons[1].reply.title',
        'conversation_id',
        'extra',
      ]);
      expect(errors['extra']).toEqual(['The extra field is not allowed.']);
    });

    it('names the whole body when the payload is not an object', async () => {
      const answer = await call(base, 'POST', '/v1/messages', { body: '[]' });
      expect(answer.status).toBe(400);
      expect(Object.keys((answer.json as { errors: object }).errors)).toEqual(['']);
    });

    it('refuses a body one byte over 1 MiB with 413', async () => {
      const body = JSON.stringify({ ...TEXT, body: 'a'.repeat(MAX_REQUEST_BODY_BYTES) }).slice(
        0,
        MAX_REQUEST_BODY_BYTES + 1,
      );
      expect(Buffer.byteLength(body)).toBe(MAX_REQUEST_BODY_BYTES + 1);
      const answer = await call(base, 'POST', '/v1/messages', { body });
      expect(answer.status).toBe(413);
      expect(answer.json).toEqual({ message: expect.stringContaining('1048576 bytes') });
    });

    it('reads a body of exactly 1 MiB', async () => {
      const json = JSON.stringify(TEXT);
      const body = json + ' '.repeat(MAX_REQUEST_BODY_BYTES - Buffer.byteLength(json));
      expect(Buffer.byteLength(body)).toBe(MAX_REQUEST_BODY_BYTES);
      expect((await call(base, 'POST', '/v1/messages', { body })).status).toBe(201);
    });

    it('stops reading a streamed body that never ends', async () => {
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      // The server answers 413 and hangs up; a client still writing may see the hang-up (EPIPE, ECONNRESET)
      // before it reads the answer. Either way the server stopped reading: a server that kept on would never
      // answer, and this test would time out.
      const answer = await rawRequest(
        base,
        { Authorization: `Bearer ${TOKEN}`, 'Transfer-Encoding': 'chunked' },
        (req) => {
          const pump = () => {
            while (!req.destroyed && req.write(chunk));
            if (!req.destroyed) req.once('drain', pump);
          };
          req.on('response', () => req.destroy());
          pump();
        },
      ).catch((error: NodeJS.ErrnoException) => {
        expect(['EPIPE', 'ECONNRESET']).toContain(error.code);
        return null;
      });
      if (answer) {
        expect(answer.status).toBe(413);
        expect(answer.headers['connection']).toBe('close');
      }
      // And it is still serving.
      expect((await call(base, 'POST', '/v1/messages', { body: JSON.stringify(TEXT) })).status).toBe(201);
    });

    it('answers 413 at once to a declared length far over the limit', async () => {
      const answer = await rawRequest(
        base,
        { Authorization: `Bearer ${TOKEN}`, 'Content-Length': 100 * MAX_REQUEST_BODY_BYTES },
        (req) => {
          req.on('response', () => req.destroy());
          req.flushHeaders();
        },
      );
      expect(answer.status).toBe(413);
    });

    it('survives a client that hangs up mid-body', async () => {
      await new Promise<void>((resolve) => {
        const req = httpRequest(`${base}/v1/messages`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Length': 1000 },
        });
        req.on('error', () => resolve());
        req.write('{"type":', () => {
          req.destroy();
          resolve();
        });
      });
      expect((await post(base, TEXT)).status).toBe(201);
    });
  });

  describe('GET /v1/conversations/:id/messages', () => {
    it('gives back each of the spec examples exactly as posted, oldest first', async () => {
      for (const [, example] of EXAMPLES) expect((await post(base, example)).status).toBe(201);
      const answer = await call(base, 'GET', `/v1/conversations/${TEXT.conversation_id}/messages`);
      expect(answer.status).toBe(200);
      const { data } = answer.json as { data: Record<string, unknown>[] };
      expect(data).toHaveLength(EXAMPLES.length);
      data.forEach((item, index) => {
        const example = EXAMPLES[index]?.[1];
        const { send_to_third, conversation_id, type, body } = item;
        // Same keys, values, nesting and key order.
        expect(JSON.stringify({ send_to_third, conversation_id, type, body })).toBe(JSON.stringify(example));
        expect(item).toMatchObject({
          id: expect.stringMatching(/^msg_/),
          status: 'sent',
          created_at: '2025-03-01T10:00:00.000Z',
        });
      });
    });

    it('keeps conversations apart and decodes the id', async () => {
      await post(base, { ...TEXT, conversation_id: 'conv 1/é' });
      await post(base, { ...TEXT, conversation_id: 'other' });
      const answer = await call(base, 'GET', `/v1/conversations/${encodeURIComponent('conv 1/é')}/messages`);
      const { data } = answer.json as { data: { conversation_id: string }[] };
      expect(data.map((m) => m.conversation_id)).toEqual(['conv 1/é']);
      expect((await call(base, 'GET', '/v1/conversations/unknown/messages')).json).toEqual({ data: [] });
    });

    it('answers 404 to a malformed id', async () => {
      expect((await call(base, 'GET', '/v1/conversations/%E0%A4%A/messages')).status).toBe(404);
      expect((await call(base, 'GET', '/v1/conversations//messages')).status).toBe(404);
    });

    it('forgets everything on reset', async () => {
      await post(base, TEXT);
      running.sandbox.reset();
      const answer = await call(base, 'GET', `/v1/conversations/${TEXT.conversation_id}/messages`);
      expect(answer.json).toEqual({ data: [] });
    });
  });

  describe('robustness (fast-check)', () => {
    type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

    /** Every path to a value inside `value` (objects and arrays included), root excluded. */
    function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
      if (Array.isArray(value))
        return value.flatMap((item, i) => [[...prefix, i], ...pathsOf(item, [...prefix, i])]);
      if (value !== null && typeof value === 'object') {
        return Object.entries(value).flatMap(([key, item]) => [
          [...prefix, key],
          ...pathsOf(item, [...prefix, key]),
        ]);
      }
      return [];
    }

    function setAt(root: Json, path: (string | number)[], replacement: Json | undefined): Json {
      const copy = structuredClone(root);
      let parent: Json = copy;
      for (const part of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[part] as Json;
      const last = path[path.length - 1] as string | number;
      if (replacement === undefined) delete (parent as Record<string | number, Json>)[last];
      else (parent as Record<string | number, Json>)[last] = replacement;
      return copy;
    }

    const exampleValues = EXAMPLES.map(([, example]) => example as Json);
    const replacement = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', minLength: 15, maxLength: 30 }),
      fc.integer({ min: -400, max: 400 }),
      fc.double(),
      fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
      fc.constant(undefined),
    );
    /** A spec example with a few values replaced or removed, or as is: reaches every rule, and the 201. */
    const nearlyValid = fc.constantFrom(...exampleValues).chain((example) =>
      fc.array(fc.tuple(fc.constantFrom(...pathsOf(example)), replacement), { maxLength: 3 }).map((edits) =>
        edits.reduce<Json>((value, [path, next]) => {
          try {
            return setAt(value, path, next);
          } catch {
            return value; // an earlier edit removed or replaced this path's parent
          }
        }, example),
      ),
    );
    const body = fc.oneof(
      { arbitrary: nearlyValid.map((value) => JSON.stringify(value)), weight: 4 },
      { arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)), weight: 1 },
      { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
      { arbitrary: fc.string(), weight: 1 },
    );

    function expectNoServerError(answer: Answer) {
      expect(answer.status).toBeLessThan(500);
      expect(answer.text).not.toMatch(/\bat .*\.ts:\d+/);
    }

    it('never answers 5xx to any POSTed body', async () => {
      const statuses = new Set<number>();
      await fc.assert(
        fc.asyncProperty(body, async (text) => {
          const answer = await call(base, 'POST', '/v1/messages', { body: text });
          statuses.add(answer.status);
          expectNoServerError(answer);
        }),
        { numRuns: 1_000 },
      );
      // The run reached both the refusal and the acceptance.
      expect([...statuses].sort()).toEqual([201, 400]);
    }, 60_000);

    it('never answers 5xx to any method, path and token', async () => {
      const request = fc.record({
        method: fc.constantFrom('POST', 'GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
        path: fc.oneof(
          fc.constant('/v1/messages'),
          fc.constant('/v1/user/profile'),
          fc.string().map((id) => `/v1/conversations/${encodeURIComponent(id)}/messages`),
          fc.webPath(),
        ),
        body,
        token: fc.oneof(fc.constant(TOKEN), fc.constant(null), fc.string({ unit: 'grapheme-ascii' })),
      });
      await fc.assert(
        fc.asyncProperty(request, async ({ method, path, body: text, token }) => {
          const hasBody = method !== 'GET' && method !== 'HEAD';
          expectNoServerError(await call(base, method, path, { body: hasBody ? text : undefined, token }));
        }),
        { numRuns: 500 },
      );
    }, 60_000);
  });
});

describe('sandbox bounds and failures', () => {
  it('keeps at most maxMessages, dropping the oldest', async () => {
    const running = await start({ maxMessages: 3 });
    try {
      for (let i = 1; i <= 5; i += 1) await post(running.url, { ...TEXT, body: `Message ${i}` });
      const answer = await call(running.url, 'GET', `/v1/conversations/${TEXT.conversation_id}/messages`);
      const { data } = answer.json as { data: { body: string }[] };
      expect(data.map((m) => m.body)).toEqual(['Message 3', 'Message 4', 'Message 5']);
    } finally {
      await stop(running);
    }
  });

  it('keeps at most maxStoredBytes, dropping the oldest', async () => {
    const running = await start({ maxStoredBytes: 1_000 });
    try {
      for (let i = 1; i <= 5; i += 1) await post(running.url, { ...TEXT, body: `${i}`.repeat(300) });
      const answer = await call(running.url, 'GET', `/v1/conversations/${TEXT.conversation_id}/messages`);
      const { data } = answer.json as { data: { body: string }[] };
      expect(data.map((m) => m.body[0])).toEqual(['4', '5']);
    } finally {
      await stop(running);
    }
  });

  it('answers an internal failure with a bare JSON 500, no stack trace', async () => {
    const running = await start({
      now: () => {
        throw new Error('boom in the clock');
      },
    });
    try {
      const answer = await post(running.url, TEXT);
      expect(answer.status).toBe(500);
      expect(answer.json).toEqual({ message: 'Server Error' });
      expect((await call(running.url, 'GET', '/v1/user/profile')).status).toBe(200);
    } finally {
      await stop(running);
    }
  });

  it('reads the slow delay from SANDBOX_SLOW_MS', async () => {
    const previous = process.env['SANDBOX_SLOW_MS'];
    process.env['SANDBOX_SLOW_MS'] = '1';
    const sandbox = createSandbox();
    if (previous === undefined) delete process.env['SANDBOX_SLOW_MS'];
    else process.env['SANDBOX_SLOW_MS'] = previous;
    const server = createServer(getRequestListener((request) => sandbox.fetch(request)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const running = { sandbox, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
    try {
      const startedAt = performance.now();
      const answer = await call(running.url, 'GET', '/v1/user/profile', { scenario: 'slow' });
      expect(answer.status).toBe(200);
      expect(performance.now() - startedAt).toBeLessThan(1_000);
    } finally {
      await stop(running);
    }
  });
});

describe('sandbox as a plain Fetch handler (as the page runs it)', () => {
  it('answers under its mount point with no server at all', async () => {
    const sandbox = createSandbox({ basePath: '/sandbox' });
    const headers = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };
    const created = await sandbox.fetch(
      new Request('https://app.example/sandbox/v1/messages', {
        method: 'POST',
        headers,
        body: JSON.stringify(TEXT),
      }),
    );
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const list = await sandbox.fetch(
      new Request(`https://app.example/sandbox/v1/conversations/${TEXT.conversation_id}/messages`, {
        headers,
      }),
    );
    expect(((await list.json()) as { data: { id: string }[] }).data.map((message) => message.id)).toEqual([
      id,
    ]);
    const head = await sandbox.fetch(
      new Request('https://app.example/sandbox/v1/user/profile', { method: 'HEAD', headers }),
    );
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('stops waiting in the slow scenario when the caller aborts', async () => {
    const sandbox = createSandbox({ basePath: '/sandbox', slowDelayMs: 60_000 });
    const controller = new AbortController();
    const pending = sandbox.fetch(
      new Request('https://app.example/sandbox/v1/user/profile', {
        headers: { Authorization: `Bearer ${TOKEN}`, 'X-Sandbox-Scenario': 'slow' },
        signal: controller.signal,
      }),
    );
    controller.abort();
    expect((await pending).status).toBe(499);
  });
});
