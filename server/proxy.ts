/**
 * `/digishare/*` → `DIGISHARE_API_URL/*`, and nowhere else. The path is checked before anything is sent (no dot
 * segments, no encoded slash, backslash or dot, no `//` that would make a new authority), cookies and hop-by-hop
 * headers are dropped both ways, the request body is capped at 1 MiB, the whole exchange has a timeout, and both
 * bodies stream.
 *
 * Team mode: the server's credential replaces whatever Authorization the browser sent, and every response is
 * scrubbed of it (body and headers, as written, JSON-escaped and URL-encoded). With OAuth client credentials a
 * 401 makes the server fetch a new token and send the same request once more; nothing else is ever resent.
 */
import { MAX_REQUEST_BODY_BYTES } from '../src/domain/message/limits.ts';
import { CredentialError, type CredentialSource } from './credential.ts';
import { FAILED_BODY, isUnreachable, UNREACHABLE_BODY } from './upstream-errors.ts';

export const PROXY_ERROR_HEADER = 'X-Proxy-Error';
const REDACTED = '[REDACTED]';

/** RFC 9110 §7.6.1, plus the headers proxies must not forward on either side. */
const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
];
const DROPPED_REQUEST_HEADERS = new Set([
  ...HOP_BY_HOP,
  'cookie',
  'host',
  'content-length',
  'expect',
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-real-ip',
  'origin',
  'referer',
  'accept-encoding',
  'x-sandbox-scenario',
]);
const DROPPED_RESPONSE_HEADERS = new Set([
  ...HOP_BY_HOP,
  'set-cookie',
  'set-cookie2',
  // fetch has already decoded the body; the length changes when a credential is scrubbed.
  'content-encoding',
  'content-length',
  // Digishare's policies are for its own origin, not the app's.
  'strict-transport-security',
  'alt-svc',
  'content-security-policy',
]);

export type ProxyOptions = {
  apiUrl: URL;
  credentials: CredentialSource | null;
  timeoutMs: number;
  /** A header that carries identity to this server (`AUTH_TRUSTED_HEADER`): never forwarded. */
  privateHeaders?: readonly string[];
  fetchImpl?: typeof fetch;
};

function jsonError(status: number, error: string, message: string, proxyError?: string): Response {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  };
  if (proxyError !== undefined) headers[PROXY_ERROR_HEADER] = proxyError;
  return new Response(JSON.stringify({ error, message }), { status, headers });
}

/** The cross-server contract: this exact status, header and body mean "never sent". */
const unreachable = () =>
  new Response(UNREACHABLE_BODY, {
    status: 502,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      [PROXY_ERROR_HEADER]: 'upstream-unreachable',
    },
  });

/** The request may have reached Digishare before things went wrong: the outcome is unknown. */
const failed = () =>
  new Response(FAILED_BODY, {
    status: 502,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      [PROXY_ERROR_HEADER]: 'upstream-failed',
    },
  });

/**
 * The upstream path for a raw request target below the prefix (`/v1/messages?x=1`), or null when it tries to leave
 * the upstream's base path or host. Checked on the raw text, before any decoding.
 */
export function upstreamUrl(apiUrl: URL, rawTarget: string): URL | null {
  const queryAt = rawTarget.indexOf('?');
  const path = queryAt < 0 ? rawTarget : rawTarget.slice(0, queryAt);
  const query = queryAt < 0 ? '' : rawTarget.slice(queryAt);
  if (!path.startsWith('/') || path.startsWith('//')) return null;
  // Backslashes, spaces, control characters and fragments have no place in an API path.
  const unsafe = [...path].some(
    (char) => char === '\\' || char === '#' || char.charCodeAt(0) <= 0x20 || char.charCodeAt(0) === 0x7f,
  );
  if (unsafe || query.includes('#')) return null;
  // Encoded slash, backslash, dot or NUL: a later decoding could turn them into a path of their own.
  if (/%(?:2f|5c|2e|00)/i.test(path) || /%(?![0-9a-f]{2})/i.test(path)) return null;
  if (path.split('/').some((segment) => segment === '.' || segment === '..')) return null;
  if (path.includes('//')) return null;
  const basePath = apiUrl.pathname.replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(`${apiUrl.origin}${basePath}${path}${query}`);
  } catch {
    return null;
  }
  if (url.origin !== apiUrl.origin || !url.pathname.startsWith(`${basePath}/`)) return null;
  return url;
}

/** The forms a secret can take in a response: as written, inside a JSON string, inside a URL. */
function secretForms(secrets: readonly string[]): Buffer[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    forms.add(secret);
    forms.add(JSON.stringify(secret).slice(1, -1));
    forms.add(encodeURIComponent(secret));
  }
  // Longest first, so a form that contains another is replaced whole.
  return [...forms].sort((a, b) => b.length - a.length).map((form) => Buffer.from(form));
}

function replaceAll(buffer: Buffer, forms: readonly Buffer[], marker: Buffer): Buffer {
  let current = buffer;
  for (const form of forms) {
    let at = current.indexOf(form);
    if (at < 0) continue;
    const parts: Buffer[] = [];
    let from = 0;
    while (at >= 0) {
      parts.push(current.subarray(from, at), marker);
      from = at + form.length;
      at = current.indexOf(form, from);
    }
    parts.push(current.subarray(from));
    current = Buffer.concat(parts);
  }
  return current;
}

function redactText(text: string, secrets: readonly string[]): string {
  return replaceAll(Buffer.from(text), secretForms(secrets), Buffer.from(REDACTED)).toString();
}

/**
 * Scrubs secrets from a byte stream. A secret may be cut across two chunks, so the last (longest form − 1) bytes
 * are held back until the next chunk or the end.
 */
export function redactingStream(secrets: readonly string[]): TransformStream<Uint8Array, Uint8Array> {
  const forms = secretForms(secrets);
  const marker = Buffer.from(REDACTED);
  const keep = Math.max(0, ...forms.map((form) => form.length - 1));
  let carry = Buffer.alloc(0);
  return new TransformStream({
    transform(chunk, controller) {
      const scrubbed = replaceAll(Buffer.concat([carry, chunk]), forms, marker);
      const cut = Math.max(0, scrubbed.length - keep);
      if (cut > 0) controller.enqueue(new Uint8Array(scrubbed.subarray(0, cut)));
      carry = Buffer.from(scrubbed.subarray(cut));
    },
    flush(controller) {
      if (carry.length > 0) controller.enqueue(new Uint8Array(carry));
    },
  });
}

class BodyTooLarge extends Error {}

/** Passes bytes through until more than `limit` have gone by, then fails the stream. */
function limitingStream(limit: number, onTooLarge: () => void): TransformStream<Uint8Array, Uint8Array> {
  let seen = 0;
  return new TransformStream({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > limit) {
        onTooLarge();
        controller.error(new BodyTooLarge());
        return;
      }
      controller.enqueue(chunk);
    },
  });
}

async function readLimited(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const tooLarge = () =>
  jsonError(
    413,
    'payload_too_large',
    `The request body must not be larger than ${MAX_REQUEST_BODY_BYTES} bytes (${MAX_REQUEST_BODY_BYTES / 1_048_576} MiB).`,
  );

export function createDigishareProxy(options: ProxyOptions) {
  const { apiUrl, credentials, timeoutMs } = options;
  const fetchImpl = options.fetchImpl ?? fetch;
  const privateHeaders = new Set((options.privateHeaders ?? []).map((name) => name.toLowerCase()));

  function requestHeaders(incoming: Headers): Headers {
    const named = (incoming.get('connection') ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean);
    const headers = new Headers();
    incoming.forEach((value, name) => {
      if (DROPPED_REQUEST_HEADERS.has(name) || privateHeaders.has(name) || named.includes(name)) return;
      if (name.startsWith('sec-') || name.startsWith('proxy-')) return;
      // Team mode: whatever the browser sends is ignored; the server's own credential goes instead.
      if (name === 'authorization' && credentials !== null) return;
      headers.set(name, value);
    });
    return headers;
  }

  function responseHeaders(upstream: Headers, secrets: readonly string[]): Headers {
    const named = (upstream.get('connection') ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean);
    const headers = new Headers();
    upstream.forEach((value, name) => {
      if (DROPPED_RESPONSE_HEADERS.has(name) || named.includes(name)) return;
      headers.append(name, secrets.length > 0 ? redactText(value, secrets) : value);
    });
    headers.set('Cache-Control', upstream.get('cache-control') ?? 'no-store');
    return headers;
  }

  /** `rawTarget`: the request target below `/digishare`, as received (path and query). */
  return async function proxy(request: Request, rawTarget: string): Promise<Response> {
    const target = upstreamUrl(apiUrl, rawTarget);
    if (target === null) {
      return jsonError(400, 'bad_path', 'This path cannot be forwarded to the Digishare API.');
    }
    const method = request.method.toUpperCase();
    const hasBody = method !== 'GET' && method !== 'HEAD' && request.body !== null;
    const declared = Number(request.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > MAX_REQUEST_BODY_BYTES) {
      await request.body?.cancel().catch(() => undefined);
      return tooLarge();
    }

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onClientGone = () => controller.abort();
    request.signal.addEventListener('abort', onClientGone, { once: true });
    const done = () => {
      clearTimeout(timer);
      request.signal.removeEventListener('abort', onClientGone);
    };

    // A request that may have to be sent twice (OAuth, after a 401) is read first; any other streams through.
    const mayRetry = credentials?.renewable === true;
    let body: Uint8Array | ReadableStream<Uint8Array> | null = null;
    let overLimit = false;
    if (hasBody && request.body !== null) {
      if (mayRetry) {
        const bytes = await readLimited(request.body, MAX_REQUEST_BODY_BYTES).catch(() => undefined);
        if (bytes === undefined) {
          done();
          return jsonError(400, 'client_gone', 'The request body could not be read.');
        }
        if (bytes === null) {
          done();
          return tooLarge();
        }
        body = bytes;
      } else {
        body = request.body.pipeThrough(
          limitingStream(MAX_REQUEST_BODY_BYTES, () => {
            overLimit = true;
          }),
        );
      }
    }

    const baseHeaders = requestHeaders(request.headers);
    const send = async (token: string | null): Promise<Response> => {
      const headers = new Headers(baseHeaders);
      if (token !== null) headers.set('Authorization', `Bearer ${token}`);
      const init: RequestInit & { duplex?: 'half' } = {
        method,
        headers,
        body,
        redirect: 'manual',
        signal: controller.signal,
      };
      if (body instanceof ReadableStream) init.duplex = 'half';
      return fetchImpl(target, init);
    };

    let upstream: Response;
    try {
      let token = credentials === null ? null : await credentials.token(controller.signal);
      upstream = await send(token);
      if (upstream.status === 401 && token !== null && mayRetry && credentials?.invalidate(token)) {
        await upstream.body?.cancel().catch(() => undefined);
        token = await credentials.token(controller.signal);
        upstream = await send(token);
      }
    } catch (cause) {
      done();
      if (overLimit) return tooLarge();
      if (cause instanceof CredentialError) {
        return cause.kind === 'unreachable'
          ? unreachable()
          : jsonError(502, 'credential_refused', cause.message, 'credential-refused');
      }
      if (timedOut)
        return jsonError(504, 'upstream_timeout', `No answer within ${timeoutMs} ms.`, 'upstream-timeout');
      if (request.signal.aborted) return jsonError(499, 'client_gone', 'The client left.');
      return isUnreachable(cause) ? unreachable() : failed();
    }

    const secrets = credentials?.secrets() ?? [];
    const headers = responseHeaders(upstream.headers, secrets);
    if (upstream.body === null) {
      done();
      return new Response(null, { status: upstream.status, statusText: upstream.statusText, headers });
    }
    let stream: ReadableStream<Uint8Array> = upstream.body;
    if (secrets.length > 0) stream = stream.pipeThrough(redactingStream(secrets));
    // The timer keeps running while the body streams: a server that stalls mid-body is cut off too.
    stream = stream.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        flush: () => done(),
      }),
    );
    return new Response(stream, { status: upstream.status, statusText: upstream.statusText, headers });
  };
}
