/**
 * The production server as one Hono app: the built page (with caching and compression), the runtime config,
 * the sandbox, the Digishare proxy, behind the access gate, with the security headers on every answer and one JSON
 * log line per request. `main.ts` reads the settings and listens; tests drive this directly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { createSandbox } from '../sandbox/sandbox.ts';
import { SANDBOX_BASE_PATH } from '../src/api/sandbox-scenarios.ts';
import { RUNTIME_CONFIG_PATH, type RuntimeConfig } from '../src/config/runtime-config.ts';
import { credentialSource } from './credential.ts';
import { buildCsp, securityHeaders } from './csp.ts';
import { createGate, normalizeAddress } from './gate.ts';
import { createDigishareProxy } from './proxy.ts';
import type { Settings } from './settings.ts';

const DIGISHARE_PREFIX = '/digishare';
const IMMUTABLE = 'public, max-age=31536000, immutable';

export type LogLine = {
  time: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  user: string | null;
};

export type AppOptions = {
  settings: Settings;
  /** Upstream calls (proxy and OAuth); tests give a fake. */
  fetchImpl?: typeof fetch;
  log?: (line: LogLine) => void;
  now?: () => number;
};

type Variables = { user: string | null };

/** What the page may know about this deployment: never a secret. */
function runtimeConfigOf(settings: Settings): RuntimeConfig {
  const targets: RuntimeConfig['targets'] = [
    ...(settings.sandbox ? (['sandbox'] as const) : []),
    'digishare',
    ...(settings.customTarget ? (['custom'] as const) : []),
  ];
  return {
    targets,
    sandbox: settings.sandbox ? 'server' : 'off',
    serverCredential: settings.credential === null ? null : { who: settings.accountLabel },
    businessName: settings.businessName,
    map: settings.map,
  };
}

/** The built page, without the `<meta>` policy meant for static hosts: this server sends the real one. */
function loadIndex(distDir: string) {
  const path = join(distDir, 'index.html');
  if (!existsSync(path)) return null;
  const html = readFileSync(path, 'utf8').replace(
    /\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i,
    '',
  );
  const raw = Buffer.from(html);
  return { raw, gzip: gzipSync(raw), br: brotliCompressSync(raw) };
}

function acceptsEncoding(header: string | undefined, encoding: string): boolean {
  return (header ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .some(([name, q]) => name?.toLowerCase() === encoding && !/^\s*q=0(?:\.0*)?\s*$/.test(q ?? ''));
}

function peerAddress(c: Context): string {
  try {
    return normalizeAddress(getConnInfo(c).remote.address ?? '');
  } catch {
    return '';
  }
}

/** The request target exactly as received (before any URL normalisation), when the Node adapter has it. */
function rawTarget(c: Context): string {
  const incoming = (c.env as { incoming?: { url?: string } } | undefined)?.incoming;
  if (typeof incoming?.url === 'string') return incoming.url;
  const url = new URL(c.req.url);
  return `${url.pathname}${url.search}`;
}

export function createApp({ settings, fetchImpl, log, now = Date.now }: AppOptions) {
  const app = new Hono<{ Variables: Variables }>();
  const distDir = resolve(settings.distDir);
  const index = loadIndex(distDir);
  const config = JSON.stringify(runtimeConfigOf(settings));
  const csp = buildCsp({ map: settings.map, customTarget: settings.customTarget });
  const headers = securityHeaders(csp);
  const credentials = credentialSource(settings.credential, settings.apiUrl, fetchImpl);
  const gate = createGate({
    basicUsers: settings.basicUsers,
    trustedHeader: settings.trustedHeader,
    trustedProxies: settings.trustedProxies,
    secureCookie: settings.trustProxy,
    now,
  });
  const proxy = createDigishareProxy({
    apiUrl: settings.apiUrl,
    credentials,
    timeoutMs: settings.proxyTimeoutMs,
    privateHeaders: settings.trustedHeader === null ? [] : [settings.trustedHeader],
    fetchImpl,
  });
  const sandbox = settings.sandbox ? createSandbox({ basePath: SANDBOX_BASE_PATH }) : null;

  // One line per request; never a header, a query string, a body or a token.
  app.use(async (c, next) => {
    const startedAt = now();
    c.set('user', null);
    await next();
    const line: LogLine = {
      time: new Date(startedAt).toISOString(),
      method: c.req.method,
      path: c.req.path.slice(0, 200),
      status: c.res.status,
      durationMs: Math.max(0, now() - startedAt),
      user: c.get('user'),
    };
    if (log) log(line);
    else process.stdout.write(`${JSON.stringify(line)}\n`);
  });

  app.use(async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
    // HSTS only when a proxy in front says the page came over HTTPS: on plain http it would lock users out.
    if (settings.trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https') {
      c.res.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    }
  });

  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }));

  app.use(async (c, next) => {
    const peer = peerAddress(c);
    const forwarded = settings.trustProxy
      ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim()
      : undefined;
    const answer = await gate.check({
      headers: c.req.raw.headers,
      peerAddress: peer,
      clientAddress: normalizeAddress(forwarded || peer),
    });
    if (!answer.ok) {
      return c.json(answer.body, answer.status, { ...answer.headers, 'Cache-Control': 'no-store' });
    }
    c.set('user', answer.user);
    await next();
    if (answer.setCookie) c.res.headers.append('Set-Cookie', answer.setCookie);
  });

  // A page on another site must not drive this one (a cached Basic login would go along with its request).
  app.use(async (c, next) => {
    const method = c.req.method.toUpperCase();
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const host = c.req.header('host');
    const crossSite =
      (site !== undefined && site !== 'same-origin' && site !== 'none') ||
      (origin !== undefined && (origin === 'null' || new URL(origin, 'http://invalid').host !== host));
    if (crossSite)
      return c.json({ error: 'cross_site', message: 'Requests from other sites are refused.' }, 403);
    return next();
  });

  app.get(RUNTIME_CONFIG_PATH, (c) =>
    c.body(config, 200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }),
  );

  app.all(`${DIGISHARE_PREFIX}/*`, (c) => {
    const target = rawTarget(c);
    if (!target.startsWith(`${DIGISHARE_PREFIX}/`)) {
      return c.json(
        { error: 'bad_path', message: 'This path cannot be forwarded to the Digishare API.' },
        400,
      );
    }
    return proxy(c.req.raw, target.slice(DIGISHARE_PREFIX.length));
  });

  if (sandbox) {
    app.all(`${SANDBOX_BASE_PATH}/*`, (c) => {
      let request = c.req.raw;
      // Team mode: the page sends no token of its own (what Authorization holds is the Basic login, which the
      // sandbox has no business seeing); the gate has already said who this is.
      if (credentials !== null) {
        const headers = new Headers(request.headers);
        headers.set('Authorization', 'Bearer team-member');
        request = new Request(request, { headers });
      }
      return sandbox.fetch(request);
    });
  }

  const sendIndex = (c: Context) => {
    if (index === null) return c.text('The app is not built: run "npm run build" first.', 503);
    const accept = c.req.header('accept-encoding');
    const encoding = acceptsEncoding(accept, 'br') ? 'br' : acceptsEncoding(accept, 'gzip') ? 'gzip' : null;
    const body = encoding === 'br' ? index.br : encoding === 'gzip' ? index.gzip : index.raw;
    const responseHeaders: Record<string, string> = {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (encoding) responseHeaders['Content-Encoding'] = encoding;
    if (c.req.method === 'HEAD') return c.body(null, 200, responseHeaders);
    return c.body(new Uint8Array(body), 200, responseHeaders);
  };

  app.get('/', sendIndex);
  app.get('/index.html', sendIndex);
  app.use(
    serveStatic({
      root: distDir,
      precompressed: true,
      onFound: (path, c) => {
        const inAssets = path.startsWith(join(distDir, 'assets/'));
        c.header('Cache-Control', inAssets ? IMMUTABLE : 'no-cache');
      },
    }),
  );
  // SPA fallback: a path that looks like a page (no file extension) gets the app; a missing file stays a 404.
  app.get('*', (c) => {
    const last = c.req.path.split('/').at(-1) ?? '';
    if (c.req.path.startsWith('/assets/') || last.includes('.')) return c.text('Not found', 404);
    return sendIndex(c);
  });
  return app;
}
