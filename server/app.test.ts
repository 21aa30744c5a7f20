// @vitest-environment node
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FAILURE_WINDOW_MS, MAX_FAILURES, SESSION_COOKIE } from './gate.ts';
import { hashPassword } from './password.ts';
import { basic, startApp, startUpstream, type RunningApp } from './test-support.ts';

const TOKEN = 'srv_tok_app_test_123456';
let hash = '';
beforeAll(async () => {
  hash = await hashPassword('correct horse');
});

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanup.map((stop) => stop()));
  cleanup = [];
});

async function app(env: Record<string, string>, options: { now?: () => number } = {}): Promise<RunningApp> {
  const running = await startApp(env, options);
  cleanup.push(running.close);
  return running;
}

const teamEnv = () => ({ DIGISHARE_TOKEN: TOKEN, AUTH_BASIC_USERS: `ana:${hash}` });

describe('access gate (Basic)', () => {
  it('lets a good login in, refuses a wrong or missing one, and keeps /healthz open', async () => {
    const running = await app(teamEnv());
    const missing = await fetch(`${running.url}/`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Basic realm="Digishare Composer"/);
    const wrong = await fetch(`${running.url}/`, { headers: { Authorization: basic('ana', 'wrong') } });
    expect(wrong.status).toBe(401);
    const unknown = await fetch(`${running.url}/`, {
      headers: { Authorization: basic('bob', 'correct horse') },
    });
    expect(unknown.status).toBe(401);
    const good = await fetch(`${running.url}/`, {
      headers: { Authorization: basic('ana', 'correct horse') },
    });
    expect(good.status).toBe(200);
    expect(await good.text()).toContain('<div id="root">');
    expect((await fetch(`${running.url}/config.json`)).status).toBe(401);
    const health = await fetch(`${running.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
  });

  it('gives a session cookie that lets the page’s own API calls (with a Bearer header) through', async () => {
    const running = await app({ AUTH_BASIC_USERS: `ana:${hash}` });
    const login = await fetch(`${running.url}/`, {
      headers: { Authorization: basic('ana', 'correct horse') },
    });
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const session = cookie.split(';')[0] ?? '';
    const withCookie = await fetch(`${running.url}/sandbox/v1/user/profile`, {
      headers: { Cookie: session, Authorization: 'Bearer user_token' },
    });
    expect(withCookie.status).toBe(200);
    // A forged cookie (another user name, same signature) is refused.
    const [name, value] = session.split('=') as [string, string];
    const parts = value.split('.');
    const forged = `${name}=${Buffer.from('eve').toString('base64url')}.${parts[1]}.${parts[2]}`;
    expect((await fetch(`${running.url}/config.json`, { headers: { Cookie: forged } })).status).toBe(401);
  });

  it(`locks an address out after ${MAX_FAILURES} failed logins, even with the right password, until the window passes`, async () => {
    let clock = 1_000_000;
    const running = await app(teamEnv(), { now: () => clock });
    for (let i = 0; i < MAX_FAILURES; i += 1) {
      const answer = await fetch(`${running.url}/`, {
        headers: { Authorization: basic('ana', `guess${i}`) },
      });
      expect(answer.status).toBe(401);
    }
    const locked = await fetch(`${running.url}/`, {
      headers: { Authorization: basic('ana', 'correct horse') },
    });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    clock += FAILURE_WINDOW_MS + 1;
    const later = await fetch(`${running.url}/`, {
      headers: { Authorization: basic('ana', 'correct horse') },
    });
    expect(later.status).toBe(200);
  });
});

describe('access gate (trusted header)', () => {
  it('honours the header only from a trusted proxy address', async () => {
    const trusted = await app({
      DIGISHARE_TOKEN: TOKEN,
      AUTH_TRUSTED_HEADER: 'X-Forwarded-User',
      TRUSTED_PROXIES: '127.0.0.1',
    });
    const answer = await fetch(`${trusted.url}/config.json`, { headers: { 'X-Forwarded-User': 'ana@corp' } });
    expect(answer.status).toBe(200);
    expect(trusted.logs.at(-1)).toMatchObject({ path: '/config.json', status: 200, user: 'ana@corp' });
    expect((await fetch(`${trusted.url}/config.json`)).status).toBe(401);

    const untrusted = await app({
      DIGISHARE_TOKEN: TOKEN,
      AUTH_TRUSTED_HEADER: 'X-Forwarded-User',
      TRUSTED_PROXIES: '10.0.0.1',
    });
    const spoofed = await fetch(`${untrusted.url}/config.json`, {
      headers: { 'X-Forwarded-User': 'ana@corp' },
    });
    expect(spoofed.status).toBe(401);
  });
});

describe('runtime config', () => {
  it('tells the page about team mode without any secret', async () => {
    const running = await app({
      DIGISHARE_CLIENT_ID: 'client-xyz',
      DIGISHARE_CLIENT_SECRET: 'very-secret-value',
      ALLOW_OPEN_ACCESS: 'true',
      BUSINESS_NAME: 'Acme Support',
      TILE_URL: 'https://tiles.example/{z}/{x}/{y}.png',
    });
    const answer = await fetch(`${running.url}/config.json`);
    const text = await answer.text();
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(text).not.toContain('very-secret-value');
    expect(JSON.parse(text)).toEqual({
      targets: ['sandbox', 'digishare'],
      sandbox: 'server',
      serverCredential: { who: 'OAuth client client-xyz' },
      businessName: 'Acme Support',
      map: {
        tileUrl: 'https://tiles.example/{z}/{x}/{y}.png',
        tileAttribution: expect.any(String),
        geocoderUrl: 'https://nominatim.openstreetmap.org',
      },
    });
    expect(answer.headers.get('content-security-policy')).toContain(
      "img-src 'self' data: blob: https://tiles.example",
    );
  });

  it('removes the sandbox with SANDBOX=off', async () => {
    const running = await app({ SANDBOX: 'off' });
    expect((await (await fetch(`${running.url}/config.json`)).json()) as object).toMatchObject({
      targets: ['digishare', 'custom'],
      sandbox: 'off',
      serverCredential: null,
    });
    const answer = await fetch(`${running.url}/sandbox/v1/user/profile`, {
      headers: { Authorization: 'Bearer x' },
    });
    expect(answer.headers.get('content-type')).not.toMatch(/json/);
  });
});

describe('sandbox mount', () => {
  it('serves the sandbox under /sandbox; in team mode the gate’s user needs no token of their own', async () => {
    const open = await app({});
    expect((await fetch(`${open.url}/sandbox/v1/user/profile`)).status).toBe(401);
    expect(
      (await fetch(`${open.url}/sandbox/v1/user/profile`, { headers: { Authorization: 'Bearer t' } })).status,
    ).toBe(200);
    const team = await app(teamEnv());
    const answer = await fetch(`${team.url}/sandbox/v1/user/profile`, {
      headers: { Authorization: basic('ana', 'correct horse') },
    });
    expect(answer.status).toBe(200);
  });
});

describe('static app', () => {
  it('caches hashed assets for a year, revalidates the page, and serves compressed files', async () => {
    const running = await app({});
    const asset = await fetch(`${running.url}/assets/index-abc123.js`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(await asset.text()).toContain('console.log');
    const page = await fetch(`${running.url}/`, { headers: { 'Accept-Encoding': 'br' } });
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-encoding')).toBe('br');
    const html = await page.text();
    // The static hosts' <meta> policy is gone: the header carries the deployment's own.
    expect(html).not.toContain('http-equiv');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('falls back to the app for page paths, but not for missing files', async () => {
    const running = await app({});
    const deep = await fetch(`${running.url}/some/page`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<div id="root">');
    expect((await fetch(`${running.url}/assets/missing-123.js`)).status).toBe(404);
    expect((await fetch(`${running.url}/missing.js.map`)).status).toBe(404);
  });

  it('sends the security headers on every answer, HSTS only behind an HTTPS proxy', async () => {
    const running = await app({ TRUST_PROXY: 'true' });
    for (const path of ['/', '/healthz', '/config.json', '/assets/index-abc123.js', '/sandbox/v1/nothing']) {
      const answer = await fetch(`${running.url}${path}`);
      const csp = answer.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      expect(answer.headers.get('strict-transport-security')).toBeNull();
    }
    const https = await fetch(`${running.url}/`, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(https.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    const plain = await app({});
    const ignored = await fetch(`${plain.url}/`, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(ignored.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('cross-site requests', () => {
  it('refuses a POST from another site, even with a valid login', async () => {
    const fake = await startUpstream((_request, res) => res.end('{}'));
    cleanup.push(fake.close);
    const running = await app({ ...teamEnv(), DIGISHARE_API_URL: fake.url });
    const headers = { Authorization: basic('ana', 'correct horse'), 'Content-Type': 'text/plain' };
    const attempts: Record<string, string>[] = [
      { Origin: 'https://evil.example' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { Origin: 'null' },
    ];
    for (const extra of attempts) {
      const answer = await fetch(`${running.url}/digishare/v1/messages`, {
        method: 'POST',
        headers: { ...headers, ...extra },
        body: '{}',
      });
      expect(answer.status).toBe(403);
    }
    expect(fake.requests).toHaveLength(0);
    const same = await fetch(`${running.url}/digishare/v1/messages`, {
      method: 'POST',
      headers: { ...headers, Origin: running.url, 'Sec-Fetch-Site': 'same-origin' },
      body: '{}',
    });
    expect(same.status).toBe(200);
  });
});

describe('request log', () => {
  it('writes one line per request with method, path, status, duration and user, and nothing secret', async () => {
    const fake = await startUpstream((request, res) => res.end(JSON.stringify({ echo: request.body })));
    cleanup.push(fake.close);
    const running = await app({ ...teamEnv(), DIGISHARE_API_URL: fake.url });
    await fetch(`${running.url}/digishare/v1/messages?token=${TOKEN}`, {
      method: 'POST',
      headers: { Authorization: basic('ana', 'correct horse'), 'Content-Type': 'application/json' },
      body: '{"body":"a private conversation"}',
    });
    expect(running.logs).toHaveLength(1);
    const [line] = running.logs;
    expect(line).toEqual({
      time: expect.any(String),
      method: 'POST',
      path: '/digishare/v1/messages',
      status: 200,
      durationMs: expect.any(Number),
      user: 'ana',
    });
    const text = JSON.stringify(running.logs);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('private conversation');
    expect(text).not.toContain('correct horse');
  });
});
