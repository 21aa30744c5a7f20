/**
 * The one error type the API layer throws. Components decide what to tell the user from `kind`; the rest
 * (status, the server's own message, field errors, Retry-After) is what they may show next to it.
 *
 * Status → kind, and why:
 * - 400, 422 → `validation`: the server read the request and refused its content (Laravel answers 422,
 *   Digishare's sandbox and many APIs 400). Field errors are parsed from either body shape.
 * - 401 → `unauthorized`, 403 → `forbidden`, 404 and 410 → `not-found`, 413 → `payload-too-large`,
 *   429 → `rate-limited` (with Retry-After when given).
 * - 408 and 504 → `timeout`: someone on the way gave up waiting. For a send, a 504 means the message may or
 *   may not have gone out, exactly like our own timeout, so the UI must say "outcome unknown", not "failed".
 * - any other 5xx → `server`.
 * - any other status (405, 409, 415, an unfollowed 3xx…) → `http`: the request was refused for a reason the
 *   app has no specific story for; calling it `server` or `validation` would be a lie. `status` says which.
 * - no response at all → `network` (fetch rejected), `timeout` (our timer fired) or `aborted` (the caller).
 * - a redirect on a request that is not followed (every write: following a 307 would post the message twice,
 *   a 301/302 would turn it into a GET) → `redirect`, with the new location when the platform shows it.
 * - our own proxy saying it could not reach the upstream (502 + `X-Proxy-Error: upstream-unreachable`) →
 *   `upstream-unreachable`: nothing left the proxy, so unlike a real 502 the outcome is known: not sent.
 * - a 2xx whose body is not what the API answers (an HTML welcome page, text, JSON without an id) →
 *   `unexpected-response`: something answered, but not the API, so whether the message went is unknown.
 */
import { formatIssuePath } from '../domain/message/issues.ts';

export const API_ERROR_KINDS = [
  'validation',
  'unauthorized',
  'forbidden',
  'not-found',
  'payload-too-large',
  'rate-limited',
  'server',
  'http',
  'redirect',
  'upstream-unreachable',
  'unexpected-response',
  'network',
  'timeout',
  'aborted',
] as const;

export type ApiErrorKind = (typeof API_ERROR_KINDS)[number];

export type FieldError = { path: string; message: string };

export type ApiErrorInit = {
  kind: ApiErrorKind;
  message: string;
  status?: number;
  serverMessage?: string;
  retryAfterSeconds?: number;
  /** Where a refused redirect pointed; `undefined` when the browser hides it (an opaque redirect). */
  location?: string;
  fieldErrors?: FieldError[];
  body?: unknown;
  cause?: unknown;
};

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly serverMessage?: string;
  readonly retryAfterSeconds?: number;
  readonly location?: string;
  readonly fieldErrors: FieldError[];
  readonly body?: unknown;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.fieldErrors = init.fieldErrors ?? [];
    if (init.status !== undefined) this.status = init.status;
    if (init.serverMessage !== undefined) this.serverMessage = init.serverMessage;
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
    if (init.location !== undefined) this.location = init.location;
    if (init.body !== undefined) this.body = init.body;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function apiErrorKindFromStatus(status: number): ApiErrorKind {
  if (status === 400 || status === 422) return 'validation';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 408 || status === 504) return 'timeout';
  if (status === 413) return 'payload-too-large';
  if (status === 429) return 'rate-limited';
  if (status >= 500 && status <= 599) return 'server';
  return 'http';
}

/**
 * The three HTTP-date forms (IMF-fixdate, RFC 850, asctime) all start with a day name and carry hh:mm:ss;
 * Date.parse alone would also accept "Mar 2025" or "1".
 */
const HTTP_DATE = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? .*\b\d{2}:\d{2}:\d{2}\b/i;

/** Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3); anything else is ignored. */
export function parseRetryAfter(
  value: string | null | undefined,
  now: Date = new Date(),
): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) {
    const seconds = Number(trimmed);
    return Number.isSafeInteger(seconds) ? seconds : undefined;
  }
  if (!HTTP_DATE.test(trimmed)) return undefined;
  // HTTP-dates are always GMT; asctime does not say so, and Date.parse would read it as local time.
  const at = Date.parse(/\b(GMT|UTC)\b|[+-]\d{4}$/i.test(trimmed) ? trimmed : `${trimmed} GMT`);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

const MAX_PLAIN_TEXT_MESSAGE_CHARS = 500;

function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text);
}

/**
 * The server's own words, from the usual places: `message`, `error` (string or `{message}`), `detail` and
 * `title` (RFC 9457 problem details), `error_description` (OAuth). A short plain-text body counts too; an
 * HTML page (a proxy's error page) does not.
 */
function extractServerMessage(body: unknown): string | undefined {
  if (typeof body === 'string') {
    const text = body.trim();
    if (text === '' || looksLikeHtml(text) || text.length > MAX_PLAIN_TEXT_MESSAGE_CHARS) return undefined;
    return text;
  }
  if (!isRecord(body)) return undefined;
  const error = body['error'];
  return (
    nonBlank(body['message']) ??
    (isRecord(error) ? nonBlank(error['message']) : nonBlank(error)) ??
    nonBlank(body['detail']) ??
    nonBlank(body['title']) ??
    nonBlank(body['error_description'])
  );
}

function pathToString(path: unknown): string | undefined {
  if (typeof path === 'string') return path;
  if (Array.isArray(path) && path.every((part) => typeof part === 'string' || typeof part === 'number')) {
    return formatIssuePath(path as (string | number)[]);
  }
  return undefined;
}

/**
 * Field errors in the two shapes APIs use: Laravel's `{"errors": {"body.text": ["…", …]}}` and a list
 * `{"errors": [{"path" | "field": "…", "message": "…"}]}`. Entries that fit neither are skipped.
 */
function extractFieldErrors(body: unknown): FieldError[] {
  if (!isRecord(body)) return [];
  const errors = body['errors'];
  const fieldErrors: FieldError[] = [];
  if (Array.isArray(errors)) {
    for (const entry of errors) {
      if (typeof entry === 'string') {
        fieldErrors.push({ path: '', message: entry });
        continue;
      }
      if (!isRecord(entry)) continue;
      const message = nonBlank(entry['message']) ?? nonBlank(entry['msg']) ?? nonBlank(entry['detail']);
      if (message === undefined) continue;
      const path =
        pathToString(entry['path']) ?? pathToString(entry['field']) ?? pathToString(entry['pointer']);
      fieldErrors.push({ path: path ?? '', message });
    }
  } else if (isRecord(errors)) {
    for (const [path, messages] of Object.entries(errors)) {
      const list: unknown[] = Array.isArray(messages) ? messages : [messages];
      for (const message of list) {
        if (typeof message === 'string' && message.trim() !== '') fieldErrors.push({ path, message });
      }
    }
  }
  return fieldErrors;
}

/** The header and body our proxies answer with when the upstream cannot be reached (connection, DNS, TLS). */
const PROXY_ERROR_HEADER = 'X-Proxy-Error';
const PROXY_UPSTREAM_UNREACHABLE = 'upstream-unreachable';

/**
 * Whether a 502 is our proxy saying it never reached the upstream. The header is the signal; the body's
 * `{"error":"upstream_unreachable"}` counts too, for a proxy on another origin whose headers CORS hides.
 */
function isProxyUnreachable(status: number, headers: Headers, body: unknown): boolean {
  if (status !== 502) return false;
  if (headers.get(PROXY_ERROR_HEADER)?.trim().toLowerCase() === PROXY_UPSTREAM_UNREACHABLE) return true;
  return isRecord(body) && body['error'] === 'upstream_unreachable';
}

export function apiErrorFromResponse(response: {
  status: number;
  headers: Headers;
  body: unknown;
  now?: Date;
}): ApiError {
  const { status, headers, body } = response;
  if (isProxyUnreachable(status, headers, body)) {
    return new ApiError({
      kind: 'upstream-unreachable',
      status,
      message: `HTTP ${status}: the proxy could not reach the API`,
      body,
    });
  }
  const kind = apiErrorKindFromStatus(status);
  const serverMessage = extractServerMessage(body);
  const retryAfterSeconds = parseRetryAfter(headers.get('retry-after'), response.now);
  const init: ApiErrorInit = {
    kind,
    status,
    message: `HTTP ${status}${serverMessage === undefined ? '' : `: ${serverMessage}`}`,
    fieldErrors: extractFieldErrors(body),
  };
  if (serverMessage !== undefined) init.serverMessage = serverMessage;
  if (retryAfterSeconds !== undefined) init.retryAfterSeconds = retryAfterSeconds;
  if (body !== undefined) init.body = body;
  return new ApiError(init);
}

/**
 * Whether a failed send may still have been delivered: no answer in time (timeout, 408, 504), a gateway that
 * lost the upstream's answer (a real 502), or a 2xx that is not the API's answer. Such a send is reported as
 * "outcome unknown", never as a plain failure. Our proxy's "could not reach the upstream" is known: not sent.
 */
export function isOutcomeUnknown(error: ApiError): boolean {
  if (error.kind === 'upstream-unreachable') return false;
  return error.kind === 'timeout' || error.kind === 'unexpected-response' || error.status === 502;
}
