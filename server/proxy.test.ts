// @vitest-environment node
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_REQUEST_BODY_BYTES } from '../src/domain/message/limits.ts';
import { hashPassword } from './password.ts';
import { redactingStream, upstreamUrl } from './proxy.ts';
import { basic, startApp, startUpstream, type RunningApp, type Upstream } from './test-support.ts';

const TOKEN = 'srv_tok_9f8e7d6c5b4a';
const MESSAGE = JSON.stringify({
  send_to_third: false,
  conversation_id: 'c1',
  type: 'text',
  body: 'Bonjour',
});

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanup.map((stop) => stop()));
  cleanup = [];
});

async function upstream(answer: Parameters<typeof startUpstream>[0]): Promise<Upstream> {
  const running = await startUpstream(answer);
  cleanup.push(running.close);
  return running;
}

async function app(env: Record<string, string>): Promise<RunningApp> {
  const running = await startApp(env);
  cleanup.push(running.close);
  return running;
}

/** Raw HTTP, so the path is sent exactly as written (fetch would normalise it). */
function rawGet(base: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const url = new URL(base);
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end();
  });
}

const postMessage = (base: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/digishare/v1/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: MESSAGE,
  });

describe('path normalisation', () => {
  const api = new URL('https://api.digishare.test/base');

  it('keeps a plain path and its query under the upstream base', () => {
    expect(upstreamUrl(api, '/v1/messages?page=2')?.href).toBe(
      'https://api.digishare.test/base/v1/messages?page=2',
    );
    expect(upstreamUrl(api, '/v1/conversations/a%20b/messages')?.pathname).toBe(
      '/base/v1/conversations/a%20b/messages',
    );
  });

  it.each([
    '/../secret',
    '/v1/../../admin',
    '/./v1',
    '/v1/%2e%2e/admin',
    '/v1/%2E%2e%2fadmin',
    '/v1%2f..%2fadmin',
    '/v1/%5c..%5cadmin',
    '/v1\\..\\admin',
    '//evil.example/v1/messages',
    '/v1//messages',
    '/@evil.example/x',
    'http://evil.example/v1',
    'evil.example/v1',
    '/v1/%00',
    '/v1/%zz',
    '/v1/messages#frag',
    '/v1/mes sages',
  ])('refuses %s', (target) => {
    const url = upstreamUrl(api, target);
    // Either refused outright, or (for "@") still on the upstream's own host and under its base.
    if (url !== null) {
      expect(url.origin).toBe(api.origin);
      expect(url.pathname.startsWith('/base/')).toBe(true);
    } else expect(url).toBeNull();
    if (target !== '/@evil.example/x') expect(url).toBeNull();
  });

  it('answers 400 over HTTP and sends nothing upstream', async () => {
    const fake = await upstream((_request, res) => res.end('{}'));
    const running = await app({ DIGISHARE_API_URL: fake.url });
    for (const path of [
      '/digishare/v1/%2e%2e/admin',
      '/digishare//evil.example/x',
      '/digishare/v1%2fadmin',
    ]) {
      const answer = await rawGet(running.url, path);
      expect(answer.status, path).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ error: 'bad_path' });
    }
    // Dot segments the HTTP layer resolves never reach the proxy route, nor a file outside the build.
    for (const path of [
      '/digishare/../../etc/passwd',
      '/assets/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
    ]) {
      const answer = await rawGet(running.url, path);
      expect(answer.body, path).not.toContain('root:');
    }
    expect(fake.requests).toHaveLength(0);
  });
});

describe('browser-held tokens (no server credential)', () => {
  it('passes the browser’s Authorization through, drops cookies and hop-by-hop headers both ways', async () => {
    const fake = await upstream((_request, res) => {
      res.writeHead(201, {
        'Content-Type': 'application/json',
        'Set-Cookie': 'upstream=1',
        'Strict-Transport-Security': 'max-age=1',
        'X-Custom': 'kept',
      });
      res.end('{"id":"msg_1","status":"sent"}');
    });
    const running = await app({ DIGISHARE_API_URL: fake.url });
    const answer = await postMessage(running.url, {
      Authorization: 'Bearer user_token_123',
      Cookie: 'composer_session=abc; other=1',
      'X-Forwarded-For': '1.2.3.4',
      'Proxy-Authorization': 'Basic eDp5',
    });
    expect(answer.status).toBe(201);
    expect(await answer.json()).toEqual({ id: 'msg_1', status: 'sent' });
    expect(answer.headers.get('set-cookie')).toBeNull();
    expect(answer.headers.get('x-custom')).toBe('kept');
    const [sent] = fake.requests;
    expect(sent?.url).toBe('/v1/messages');
    expect(sent?.headers['authorization']).toBe('Bearer user_token_123');
    expect(sent?.headers['cookie']).toBeUndefined();
    expect(sent?.headers['x-forwarded-for']).toBeUndefined();
    expect(sent?.headers['proxy-authorization']).toBeUndefined();
    expect(sent?.body).toBe(MESSAGE);
  });

  it('answers 502 + X-Proxy-Error: upstream-unreachable when the upstream is down', async () => {
    const fake = await upstream((_request, res) => res.end());
    const downUrl = fake.url;
    await fake.close();
    const running = await app({ DIGISHARE_API_URL: downUrl });
    const answer = await postMessage(running.url, { Authorization: 'Bearer t' });
    expect(answer.status).toBe(502);
    expect(answer.headers.get('x-proxy-error')).toBe('upstream-unreachable');
    expect(await answer.json()).toEqual({ error: 'upstream_unreachable' });
  });

  it('passes a real 502 from the upstream through unchanged', async () => {
    const fake = await upstream((_request, res) => {
      res.writeHead(502, { 'Content-Type': 'text/html' });
      res.end('<h1>Bad gateway upstream</h1>');
    });
    const running = await app({ DIGISHARE_API_URL: fake.url });
    const answer = await postMessage(running.url, { Authorization: 'Bearer t' });
    expect(answer.status).toBe(502);
    expect(answer.headers.get('x-proxy-error')).toBeNull();
    expect(await answer.text()).toBe('<h1>Bad gateway upstream</h1>');
  });

  it('refuses a body over 1 MiB with 413, declared or streamed, and sends nothing', async () => {
    const fake = await upstream((_request, res) => res.end('{}'));
    const running = await app({ DIGISHARE_API_URL: fake.url });
    const big = 'a'.repeat(MAX_REQUEST_BODY_BYTES + 1);
    const declared = await fetch(`${running.url}/digishare/v1/messages`, { method: 'POST', body: big });
    expect(declared.status).toBe(413);
    const streamed = await fetch(`${running.url}/digishare/v1/messages`, {
      method: 'POST',
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 5; i += 1) controller.enqueue(new TextEncoder().encode('b'.repeat(300_000)));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(fake.posts().every((request) => request.body.length <= MAX_REQUEST_BODY_BYTES)).toBe(true);
    const exact = await fetch(`${running.url}/digishare/v1/messages`, {
      method: 'POST',
      body: 'c'.repeat(MAX_REQUEST_BODY_BYTES),
    });
    expect(exact.status).toBe(200);
  });

  it('gives up on a silent upstream after PROXY_TIMEOUT_MS with 504', async () => {
    const fake = await upstream(() => undefined);
    const running = await app({ DIGISHARE_API_URL: fake.url, PROXY_TIMEOUT_MS: '200' });
    const startedAt = performance.now();
    const answer = await postMessage(running.url, { Authorization: 'Bearer t' });
    expect(answer.status).toBe(504);
    expect(answer.headers.get('x-proxy-error')).toBe('upstream-timeout');
    expect(performance.now() - startedAt).toBeLessThan(3_000);
  });

  it('streams the answer: the first bytes arrive before the upstream has finished', async () => {
    let finish: () => void = () => undefined;
    const fake = await upstream((_request, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('first;');
      finish = () => res.end('last');
    });
    const running = await app({ DIGISHARE_API_URL: fake.url });
    const answer = await fetch(`${running.url}/digishare/v1/stream`);
    const reader = answer.body?.getReader();
    const first = await reader?.read();
    expect(new TextDecoder().decode(first?.value)).toBe('first;');
    finish();
    const rest = await reader?.read();
    expect(new TextDecoder().decode(rest?.value)).toBe('last');
  });
});

describe('team mode: the server holds the credential', () => {
  it('replaces the browser’s Authorization and strips the token from every body and header it returns', async () => {
    const escaped = JSON.stringify(TOKEN).slice(1, -1);
    const fake = await upstream((request, res) => {
      const auth = request.headers['authorization'] ?? '';
      res.writeHead(401, {
        'Content-Type': 'application/json',
        'WWW-Authenticate': `Bearer error="invalid_token", token="${auth}"`,
        'X-Echo': auth,
      });
      res.end(
        JSON.stringify({
          message: `Token ${TOKEN} refused`,
          raw: auth,
          encoded: encodeURIComponent(TOKEN),
          escaped: `\\u0022${escaped}`,
        }),
      );
    });
    const hash = await hashPassword('pw');
    const running = await app({
      DIGISHARE_API_URL: fake.url,
      DIGISHARE_TOKEN: TOKEN,
      AUTH_BASIC_USERS: `ana:${hash}`,
    });
    const answer = await postMessage(running.url, { Authorization: basic('ana', 'pw') });
    expect(fake.requests[0]?.headers['authorization']).toBe(`Bearer ${TOKEN}`);
    const text = await answer.text();
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(encodeURIComponent(TOKEN));
    expect(text).toContain('[REDACTED]');
    const headerText = [...answer.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
    expect(headerText).not.toContain(TOKEN);
    expect(answer.headers.get('x-echo')).toBe('Bearer [REDACTED]');
    // A static token is not retried on 401: one request, one POST.
    expect(fake.posts()).toHaveLength(1);
  });

  it('never forwards the Basic login, the session cookie or the trusted identity header', async () => {
    const fake = await upstream((_request, res) => res.end('{}'));
    const running = await app({
      DIGISHARE_API_URL: fake.url,
      DIGISHARE_TOKEN: TOKEN,
      AUTH_TRUSTED_HEADER: 'X-Forwarded-User',
      TRUSTED_PROXIES: '127.0.0.1',
    });
    const answer = await postMessage(running.url, { 'X-Forwarded-User': 'ana@corp', Cookie: 'a=b' });
    expect(answer.status).toBe(200);
    const headers = fake.requests[0]?.headers ?? {};
    expect(headers['x-forwarded-user']).toBeUndefined();
    expect(headers['cookie']).toBeUndefined();
    expect(headers['authorization']).toBe(`Bearer ${TOKEN}`);
  });

  it('strips a token cut across two chunks of a streamed body', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const text = `{"echo":"${TOKEN}"}`;
        const cut = text.indexOf(TOKEN) + 5;
        controller.enqueue(new TextEncoder().encode(text.slice(0, cut)));
        controller.enqueue(new TextEncoder().encode(text.slice(cut)));
        controller.close();
      },
    }).pipeThrough(redactingStream([TOKEN]));
    expect(await new Response(stream).text()).toBe('{"echo":"[REDACTED]"}');
  });
});

describe('team mode with OAuth client credentials', () => {
  type Fake = { upstream: Upstream; tokensIssued: () => number; revoke: () => void };

  /** Issues tok_1, tok_2, …; `/v1/messages` accepts only the newest token (an older one gets 401). */
  async function oauthUpstream(options: { expiresIn?: number; rejectAll?: boolean } = {}): Promise<Fake> {
    let issued = 0;
    let revokedUpTo = 0;
    const fake = await upstream((request, res) => {
      if (request.url === '/v1/oauth/token') {
        const body = JSON.parse(request.body) as Record<string, string>;
        if (body['client_secret'] !== 'shh-secret-123' || body['grant_type'] !== 'client_credentials') {
          res.writeHead(401).end('{}');
          return;
        }
        issued += 1;
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify({
            token_type: 'Bearer',
            expires_in: options.expiresIn ?? 3600,
            access_token: `oauth_tok_${issued}`,
          }),
        );
        return;
      }
      const used = Number(/^Bearer oauth_tok_(\d+)$/.exec(request.headers['authorization'] ?? '')?.[1] ?? 0);
      const ok = !options.rejectAll && used > revokedUpTo && used <= issued;
      res.writeHead(ok ? 201 : 401, { 'Content-Type': 'application/json' });
      res.end(
        ok
          ? `{"id":"msg_${issued}","by":"${request.headers['authorization']}"}`
          : '{"message":"Unauthenticated."}',
      );
    });
    return {
      upstream: fake,
      tokensIssued: () => issued,
      revoke: () => {
        revokedUpTo = issued;
      },
    };
  }

  const oauthEnv = (url: string) => ({
    DIGISHARE_API_URL: url,
    DIGISHARE_CLIENT_ID: 'client-1',
    DIGISHARE_CLIENT_SECRET: 'shh-secret-123',
    ALLOW_OPEN_ACCESS: 'true',
  });

  it('fetches a token once, caches it, and sends one POST per message', async () => {
    const fake = await oauthUpstream();
    const running = await app(oauthEnv(fake.upstream.url));
    for (let i = 0; i < 3; i += 1) {
      const answer = await postMessage(running.url);
      expect(answer.status).toBe(201);
      // The access token it used is not given back either.
      expect(await answer.text()).toContain('"by":"Bearer [REDACTED]"');
    }
    expect(fake.tokensIssued()).toBe(1);
    expect(fake.upstream.requests.filter((r) => r.url === '/v1/messages')).toHaveLength(3);
  });

  it('shares one token request among concurrent sends', async () => {
    const fake = await oauthUpstream();
    const running = await app(oauthEnv(fake.upstream.url));
    const answers = await Promise.all([0, 1, 2, 3].map(() => postMessage(running.url)));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    expect(fake.tokensIssued()).toBe(1);
  });

  it('fetches a new token when the cached one is about to expire', async () => {
    // expires_in of 1 s: cached for less than that, so a send 1.1 s later needs a new one.
    const fake = await oauthUpstream({ expiresIn: 1 });
    const running = await app(oauthEnv(fake.upstream.url));
    expect((await postMessage(running.url)).status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await postMessage(running.url)).status).toBe(201);
    expect(fake.tokensIssued()).toBe(2);
  });

  it('on a 401, refreshes the token and resends exactly once', async () => {
    const fake = await oauthUpstream();
    const running = await app(oauthEnv(fake.upstream.url));
    expect((await postMessage(running.url)).status).toBe(201);
    fake.revoke(); // the cached tok_1 is still "valid" by its expiry, but the API now refuses it
    fake.upstream.requests.length = 0;
    const answer = await postMessage(running.url);
    expect(answer.status).toBe(201);
    expect(fake.upstream.posts().map((r) => `${r.url} ${r.headers['authorization'] ?? ''}`)).toEqual([
      '/v1/messages Bearer oauth_tok_1',
      '/v1/oauth/token ',
      '/v1/messages Bearer oauth_tok_2',
    ]);
    expect(fake.upstream.posts()[2]?.body).toBe(MESSAGE);
  });

  it('on a 401 that persists, resends once only and passes the 401 on', async () => {
    const fake = await oauthUpstream({ rejectAll: true });
    const running = await app(oauthEnv(fake.upstream.url));
    const answer = await postMessage(running.url);
    expect(answer.status).toBe(401);
    const messagePosts = fake.upstream.posts().filter((r) => r.url === '/v1/messages');
    expect(messagePosts).toHaveLength(2);
    expect(messagePosts.map((r) => r.headers['authorization'])).toEqual([
      'Bearer oauth_tok_1',
      'Bearer oauth_tok_2',
    ]);
    expect(messagePosts[1]?.body).toBe(MESSAGE);
  });

  it('reports a refused client secret as 502 credential-refused, sending no message', async () => {
    const fake = await oauthUpstream();
    const running = await app({ ...oauthEnv(fake.upstream.url), DIGISHARE_CLIENT_SECRET: 'wrong-secret' });
    const answer = await postMessage(running.url);
    expect(answer.status).toBe(502);
    expect(answer.headers.get('x-proxy-error')).toBe('credential-refused');
    expect(fake.upstream.requests.filter((r) => r.url === '/v1/messages')).toHaveLength(0);
    expect(await answer.text()).not.toContain('wrong-secret');
  });
});
