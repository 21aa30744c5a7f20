/**
 * The request behind `ApiClient.request` (./client.ts): URL, headers, timeout, reading the body defensively,
 * taking the token out of it, and turning every failure into an `ApiError`. A chunk of its own, fetched with the
 * first request.
 */
import { ApiError, apiErrorFromResponse } from './api-error.ts';
import {
  type ApiClientOptions,
  type ApiRequest,
  type ApiResponse,
  type HttpMethod,
  joinUrl,
  TOKEN_PLACEHOLDER,
} from './client.ts';
import { routedFetch } from './in-page-sandbox.ts';

const DEFAULT_TIMEOUT_MS = 15_000;

/** Below this length a "token" is a placeholder (`x`), and masking it would garble every word that holds it. */
const REDACT_MIN_TOKEN_CHARS = 6;

function base64Of(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/=+$/, '');
}

/**
 * Every form in which a server may echo the token: as written, JSON-escaped, URL-encoded (percent and form
 * encoding) and base64 (standard and URL-safe, padding left out so a padded copy matches too). Longest first,
 * so a form that contains another is replaced whole.
 */
export function tokenForms(token: string): string[] {
  const base64 = base64Of(token);
  const forms = [
    token,
    JSON.stringify(token).slice(1, -1),
    encodeURIComponent(token),
    encodeURIComponent(token).replace(/%20/g, '+'),
    base64,
    base64.replace(/\+/g, '-').replace(/\//g, '_'),
  ];
  return [...new Set(forms)]
    .filter((form) => form.length >= REDACT_MIN_TOKEN_CHARS)
    .sort((a, b) => b.length - a.length);
}

/**
 * Replaces the token in a text, in every form `tokenForms` lists. A server may echo the Authorization header
 * back (in a message, an id, a field error, a redirect's location): nothing the client returns carries it.
 */
export function redactToken(text: string, token: string): string {
  if (token.length < REDACT_MIN_TOKEN_CHARS) return text;
  let out = text;
  for (const form of tokenForms(token)) out = out.split(form).join(TOKEN_PLACEHOLDER);
  return out;
}

/** Empty and blank bodies are `undefined`; JSON is parsed; anything else (HTML, text) is left as text. */
function parseBody(rawText: string): { parsed: boolean; value: unknown } {
  if (rawText.trim() === '') return { parsed: false, value: undefined };
  try {
    return { parsed: true, value: JSON.parse(rawText) as unknown };
  } catch {
    return { parsed: false, value: rawText };
  }
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}

type AbortCause = 'timeout' | 'caller';

function followsRedirects(method: HttpMethod): boolean {
  return method === 'GET' || method === 'HEAD';
}

/**
 * A redirect the client did not follow. Browsers hide it entirely (`opaqueredirect`, status 0, no headers);
 * other runtimes hand over the 3xx with its Location, which is named (token-free) so the user can fix the URL.
 */
function redirectError(response: Response, token: string): ApiError | undefined {
  if (response.type === 'opaqueredirect') {
    return new ApiError({
      kind: 'redirect',
      message: 'The server answered with a redirect the browser does not reveal; nothing was resent',
    });
  }
  if (response.status < 300 || response.status > 399 || response.status === 304) return undefined;
  const raw = response.headers.get('location');
  const location = raw === null ? undefined : redactToken(raw, token);
  return new ApiError({
    kind: 'redirect',
    status: response.status,
    message: `HTTP ${response.status}: redirected${location === undefined ? '' : ` to ${location}`}; nothing was resent`,
    ...(location !== undefined && { location }),
  });
}

function headersFor(
  request: ApiRequest,
  hasBody: boolean,
  defaultHeaders: Record<string, string>,
  token: string,
): Headers {
  try {
    const headers = new Headers({ Accept: 'application/json' });
    if (hasBody) headers.set('Content-Type', 'application/json');
    for (const [name, value] of Object.entries(defaultHeaders)) headers.set(name, value);
    for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);
    if (token !== '') headers.set('Authorization', `Bearer ${token}`);
    return headers;
  } catch (cause) {
    // The platform's message quotes the offending value, which may be the token: keep it out.
    throw new ApiError({
      kind: 'validation',
      message: 'A header (the token or an extra header) contains characters HTTP headers cannot carry',
      cause: cause instanceof Error ? cause.name : undefined,
    });
  }
}

function serializeBody(body: unknown): string | undefined {
  if (body === undefined) return undefined;
  try {
    return JSON.stringify(body);
  } catch (cause) {
    throw new ApiError({
      kind: 'validation',
      message: 'The request body cannot be serialized as JSON',
      cause,
    });
  }
}

/** One request, as `ApiClient.request` describes it. `options.token` is already trimmed. */
export async function performRequest(options: ApiClientOptions, request: ApiRequest): Promise<ApiResponse> {
  const { baseUrl, token, timeoutMs = DEFAULT_TIMEOUT_MS, headers: defaultHeaders = {} } = options;
  // The sandbox may run in the page (static hosts): routedFetch sends its requests there, the rest to the network.
  const fetchImpl = options.fetchImpl ?? routedFetch;
  const url = joinUrl(baseUrl, request.path);
  const body = serializeBody(request.body);
  const headers = headersFor(request, body !== undefined, defaultHeaders, token);

  const controller = new AbortController();
  let abortCause: AbortCause | undefined;
  const abortFor = (cause: AbortCause) => {
    if (abortCause !== undefined) return;
    abortCause = cause;
    controller.abort();
  };
  const onCallerAbort = () => abortFor('caller');
  const callerSignal = request.signal;
  if (callerSignal?.aborted) {
    throw new ApiError({ kind: 'aborted', message: 'The request was cancelled before it started' });
  }
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  const timer = setTimeout(() => abortFor('timeout'), timeoutMs);

  const startedAt = now();
  const failure = (cause: unknown): ApiError => {
    if (cause instanceof ApiError) return cause;
    switch (abortCause) {
      case 'timeout':
        return new ApiError({
          kind: 'timeout',
          message: `No complete response within ${timeoutMs} ms`,
          cause,
        });
      case 'caller':
        return new ApiError({ kind: 'aborted', message: 'The request was cancelled', cause });
      case undefined:
        if (cause instanceof Error && cause.name === 'AbortError') {
          return new ApiError({ kind: 'aborted', message: 'The request was cancelled', cause });
        }
        return new ApiError({
          kind: 'network',
          message: `The server could not be reached${cause instanceof Error ? ` (${cause.message})` : ''}`,
          cause,
        });
    }
  };

  try {
    let response: Response;
    let rawText: string;
    try {
      const init: RequestInit = {
        method: request.method,
        headers,
        signal: controller.signal,
        // Same-origin only: the app's own server may need its login cookie; another origin gets nothing.
        credentials: 'same-origin',
        cache: 'no-store',
        // A write is never followed to another place: a 307/308 would post it a second time (possibly to
        // another origin) and a 301/302 would turn it into a GET whose 2xx looks like a success.
        redirect: followsRedirects(request.method) ? 'follow' : 'manual',
      };
      if (body !== undefined) init.body = body;
      response = await fetchImpl(url, init);
      // The timeout also covers reading the body: a server that stalls mid-body is still a timeout.
      // Redacted before parsing, so the data, the error's message and its field errors are all token-free.
      rawText = redactToken(await response.text(), token);
    } catch (cause) {
      throw failure(cause);
    }
    const durationMs = Math.max(0, Math.round(now() - startedAt));
    const { parsed, value } = parseBody(rawText);
    const redirect = redirectError(response, token);
    if (redirect) throw redirect;
    if (!response.ok) {
      throw apiErrorFromResponse({ status: response.status, headers: response.headers, body: value });
    }
    return {
      status: response.status,
      data: parsed ? value : undefined,
      rawText,
      durationMs,
      headers: response.headers,
    };
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}
