/**
 * The embedded Digishare-like API. It lets the whole flow (compose, send, read back) work on a fresh clone, and
 * lets QA provoke every failure the UI must explain (scenarios, chosen per request with `X-Sandbox-Scenario`).
 *
 * One Fetch-API handler (Request -> Response) and nothing of Node's: the dev and preview servers (vite-plugin.ts)
 * and the production server mount it under `/sandbox`, and a page served by a plain file server runs the very same
 * handler in the browser. It validates with the same domain schema as the editor, answers in the shapes and tone
 * of Digishare's (Laravel) API, keeps messages in memory within fixed bounds, and never lets a request crash its
 * host or see a stack trace.
 */
import { isSandboxScenario, SANDBOX_SCENARIOS, type SandboxScenario } from '../src/api/sandbox-scenarios.ts';
import { assertNever } from '../src/domain/assert-never.ts';
import { formatIssuePath, type PayloadIssue } from '../src/domain/message/issues.ts';
import { locateJsonError } from '../src/domain/message/json-error.ts';
import { MAX_REQUEST_BODY_BYTES } from '../src/domain/message/limits.ts';
import { validateEnvelope, type Envelope } from '../src/domain/message/schema.ts';

const DEFAULT_SLOW_DELAY_MS = 4_000;
const DEFAULT_MAX_MESSAGES = 1_000;
/** Bounds memory even when every message carries a huge conversation id. */
const DEFAULT_MAX_STORED_BYTES = 16 * 1_048_576;
const RATE_LIMIT_RETRY_AFTER_SECONDS = 30;
/**
 * How much of an oversized body is read and thrown away before answering 413. Answering while the client is still
 * uploading and then closing the connection makes most clients report a connection reset instead of the 413;
 * past this much, the connection is closed anyway.
 */
const MAX_DRAIN_BYTES = 4 * 1_048_576;

export type SandboxOptions = {
  /** Delay of the `slow` scenario; defaults to `SANDBOX_SLOW_MS` from the environment (on a server), else 4 s. */
  slowDelayMs?: number;
  /** Messages kept in memory, all conversations together; the oldest go first. */
  maxMessages?: number;
  /** Total size (serialized) of the messages kept; the oldest go first. */
  maxStoredBytes?: number;
  /**
   * Where the handler is mounted (`/sandbox`): stripped from the request's path before routing. Requests whose
   * path is already relative to the mount (a test server) pass unchanged.
   */
  basePath?: string;
  now?: () => Date;
};

export type Sandbox = {
  fetch(request: Request): Promise<Response>;
  reset(): void;
};

type StoredMessage = {
  id: string;
  conversation_id: string;
  type: Envelope['type'];
  body: Envelope['body'];
  send_to_third: boolean;
  status: 'sent';
  created_at: string;
};

type Route =
  { name: 'messages' } | { name: 'profile' } | { name: 'conversation-messages'; conversationId: string };
type RouteMatch = { route: Route; methods: readonly string[] };

const SANDBOX_PROFILE = {
  id: 'usr_sandbox',
  name: 'Sandbox user',
  email: 'sandbox@digishare.test',
  company: 'Digishare Sandbox',
};

const HTML_ERROR_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>500 Internal Server Error</title></head>
<body><h1>Internal Server Error</h1><p>The server encountered an unexpected condition (sandbox scenario "html-error").</p></body>
</html>
`;

function matchRoute(pathname: string): RouteMatch | undefined {
  if (pathname === '/v1/messages') return { route: { name: 'messages' }, methods: ['POST'] };
  if (pathname === '/v1/user/profile') return { route: { name: 'profile' }, methods: ['GET', 'HEAD'] };
  const conversation = /^\/v1\/conversations\/([^/]+)\/messages$/.exec(pathname);
  if (conversation?.[1] !== undefined) {
    let conversationId: string;
    try {
      conversationId = decodeURIComponent(conversation[1]);
    } catch {
      return undefined;
    }
    return { route: { name: 'conversation-messages', conversationId }, methods: ['GET', 'HEAD'] };
  }
  return undefined;
}

function allowHeader(match: RouteMatch): string {
  return [...match.methods, 'OPTIONS'].join(', ');
}

function respond(status: number, body: string, headers: Record<string, string> = {}): Response {
  // 204 may carry no body at all, not even an empty one.
  return new Response(status === 204 ? null : body, {
    status,
    headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers },
  });
}

function respondJson(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return respond(status, JSON.stringify(body), {
    'Content-Type': 'application/json; charset=utf-8',
    ...headers,
  });
}

function hasBearerToken(request: Request): boolean {
  return /^Bearer\s+\S/i.test(request.headers.get('authorization') ?? '');
}

/** What a Laravel API would say for each issue, with the field named by its payload path. */
function describeIssue(issue: PayloadIssue): string {
  const field = formatIssuePath(issue.path);
  const subject = field === '' ? 'The request body' : `The ${field} field`;
  const param = (name: string) => issue.params?.[name] ?? '?';
  switch (issue.key) {
    case 'required':
      return `${subject} is required.`;
    case 'blank':
      return `${subject} must not be blank.`;
    case 'tooLong':
      return `${subject} must not be greater than ${param('limit')} characters (it has ${param('count')}).`;
    case 'tooMany':
      return `${subject} must not have more than ${param('limit')} ${param('item')} (it has ${param('count')}).`;
    case 'tooFew':
      return `${subject} must have at least ${param('limit')} ${param('item')}.`;
    case 'duplicate':
      return `${subject} has a duplicate value: "${param('value')}".`;
    case 'outOfRange':
      return `${subject} must be between ${param('min')} and ${param('max')}.`;
    case 'notANumber':
      return `${subject} must be a number.`;
    case 'invalidType':
      return `${subject} must be of type ${param('expected')}.`;
    case 'invalidValue':
      return issue.params?.['expected'] === undefined
        ? `${subject} is invalid.`
        : `${subject} is invalid (expected ${param('expected')}).`;
    case 'unknownKey':
      return `${subject} is not allowed.`;
    case 'unknownType':
      return `${subject} has an unsupported type (expected ${param('expected')}).`;
    case 'invalidJson':
      return `${subject} is not valid JSON.`;
    case 'invalidEncoding':
      return `${subject} is not valid UTF-8.`;
    case 'loneSurrogate':
      return `${subject} is not well-formed UTF-16 (a lone surrogate).`;
    case 'edgeSpace':
      return `${subject} must not start or end with white space.`;
    case 'duplicateTitle':
      return `${subject} repeats another row's title.`;
    case 'undocumentedFooter':
      return `${subject} is not in the documented message format.`;
    case 'unfilled':
      return `${subject} has no value for ${param('name')}.`;
    case 'server':
      return `${subject} was refused: ${param('message')}.`;
    default:
      return assertNever(issue.key);
  }
}

function validationErrors(issues: PayloadIssue[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const path = formatIssuePath(issue.path);
    // Paths come from the client's keys: an own-property map keeps "__proto__" an ordinary field.
    if (!Object.hasOwn(errors, path)) Object.defineProperty(errors, path, { value: [], enumerable: true });
    errors[path]?.push(describeIssue(issue));
  }
  return errors;
}

type BodyResult =
  | { kind: 'read'; bytes: Uint8Array }
  | { kind: 'too-large'; closeConnection: boolean }
  | { kind: 'client-gone' };

/** Reads at most `limit` bytes into memory; beyond that it only counts (and gives up past the drain bound). */
async function readBody(request: Request, limit: number): Promise<BodyResult> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit + MAX_DRAIN_BYTES) {
    await request.body?.cancel().catch(() => undefined);
    return { kind: 'too-large', closeConnection: true };
  }
  if (request.body === null) return { kind: 'read', bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received <= limit) chunks.push(value);
      else if (received > limit + MAX_DRAIN_BYTES) {
        await reader.cancel().catch(() => undefined);
        return { kind: 'too-large', closeConnection: true };
      } else chunks.length = 0;
    }
  } catch {
    return { kind: 'client-gone' };
  }
  if (received > limit) return { kind: 'too-large', closeConnection: false };
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { kind: 'read', bytes };
}

/** `SANDBOX_SLOW_MS` when the handler runs on a server; a page has no environment and keeps the default. */
function readEnvSlowDelay(): number | undefined {
  const raw = typeof process === 'undefined' ? undefined : process.env['SANDBOX_SLOW_MS'];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** Waits, unless the client leaves first (then resolves false). */
function wait(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function newMessageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `msg_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

const byteLength = (text: string) => new TextEncoder().encode(text).byteLength;

/** The part of `pathname` below the mount point, or the pathname itself when it is not under it. */
function relativePath(pathname: string, basePath: string): string {
  if (basePath === '') return pathname;
  if (pathname === basePath) return '/';
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : pathname;
}

/** The client left: whatever is returned goes nowhere. */
const GONE = () => respond(499, '');

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const slowDelayMs = options.slowDelayMs ?? readEnvSlowDelay() ?? DEFAULT_SLOW_DELAY_MS;
  const maxMessages = Math.max(1, options.maxMessages ?? DEFAULT_MAX_MESSAGES);
  const maxStoredBytes = options.maxStoredBytes ?? DEFAULT_MAX_STORED_BYTES;
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());

  let stored: { message: StoredMessage; bytes: number }[] = [];
  let storedBytes = 0;

  function store(message: StoredMessage): void {
    const bytes = byteLength(JSON.stringify(message));
    stored.push({ message, bytes });
    storedBytes += bytes;
    while (stored.length > maxMessages || (storedBytes > maxStoredBytes && stored.length > 1)) {
      const dropped = stored.shift();
      storedBytes -= dropped?.bytes ?? 0;
    }
  }

  /** The answer the scenario gives, or null to go on (`ok`, and `slow` once it has waited). */
  async function applyScenario(scenario: SandboxScenario, signal: AbortSignal): Promise<Response | null> {
    switch (scenario) {
      case 'ok':
        return null;
      case 'slow':
        return (await wait(slowDelayMs, signal)) ? null : GONE();
      case 'unauthorized':
        return respondJson(401, { message: 'Unauthenticated.' });
      case 'forbidden':
        return respondJson(403, { message: 'This action is unauthorized.' });
      case 'not-found':
        return respondJson(404, { message: 'Resource not found.' });
      case 'rate-limited':
        return respondJson(
          429,
          { message: 'Too Many Attempts.' },
          { 'Retry-After': String(RATE_LIMIT_RETRY_AFTER_SECONDS) },
        );
      case 'server-error':
        return respondJson(500, { message: 'Server Error' });
      case 'html-error':
        return respond(500, HTML_ERROR_PAGE, { 'Content-Type': 'text/html; charset=utf-8' });
      default:
        return assertNever(scenario);
    }
  }

  async function postMessage(request: Request): Promise<Response> {
    const body = await readBody(request, MAX_REQUEST_BODY_BYTES);
    switch (body.kind) {
      case 'client-gone':
        return GONE();
      case 'too-large':
        return respondJson(
          413,
          {
            message: `The request body must not be larger than ${MAX_REQUEST_BODY_BYTES} bytes (${MAX_REQUEST_BODY_BYTES / 1_048_576} MiB).`,
          },
          body.closeConnection ? { Connection: 'close' } : {},
        );
      case 'read':
        break;
      default:
        return assertNever(body);
    }

    let text: string;
    try {
      // Strict UTF-8 (a BOM is dropped): a body that is not text is refused, not silently repaired.
      text = new TextDecoder('utf-8', { fatal: true }).decode(body.bytes);
    } catch {
      return respondJson(400, {
        message: 'The request body is not valid UTF-8.',
        errors: {},
        issues: [{ path: [], key: 'invalidEncoding' }],
      });
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      const where = text.trim() === '' ? null : locateJsonError(text);
      const detail = where
        ? `syntax error at line ${where.line}, column ${where.column}.`
        : 'the request body is empty.';
      return respondJson(400, {
        message: `Invalid JSON: ${detail}`,
        errors: {},
        issues: [{ path: [], key: 'invalidJson' }],
      });
    }

    const result = validateEnvelope(json);
    if (!result.success) {
      return respondJson(400, {
        message: 'The given data was invalid.',
        errors: validationErrors(result.issues),
        issues: result.issues,
      });
    }

    // What was posted, not the schema's output: the thread shows the message exactly as it was sent.
    const posted = json as Envelope;
    const message: StoredMessage = {
      id: newMessageId(),
      conversation_id: posted.conversation_id,
      type: posted.type,
      body: posted.body,
      send_to_third: posted.send_to_third,
      status: 'sent',
      created_at: now().toISOString(),
    };
    store(message);
    return respondJson(201, { id: message.id, status: message.status });
  }

  async function route(request: Request): Promise<Response> {
    const method = request.method.toUpperCase();
    const pathname = relativePath(new URL(request.url).pathname, basePath);
    const match = matchRoute(pathname);

    if (method === 'OPTIONS') return respond(204, '', match ? { Allow: allowHeader(match) } : {});
    if (!match) {
      return respondJson(404, { message: `The route ${pathname.replace(/^\/+/, '')} could not be found.` });
    }
    if (!match.methods.includes(method)) {
      return respondJson(
        405,
        {
          message: `The ${method} method is not supported for route ${pathname.replace(/^\/+/, '')}. Supported methods: ${match.methods.join(', ')}.`,
        },
        { Allow: allowHeader(match) },
      );
    }

    const requested = (request.headers.get('x-sandbox-scenario') ?? '').trim();
    const scenario = requested === '' ? 'ok' : requested;
    if (!isSandboxScenario(scenario)) {
      return respondJson(400, {
        message: `Unknown sandbox scenario "${scenario}". Use one of: ${SANDBOX_SCENARIOS.join(', ')}.`,
      });
    }
    const answered = await applyScenario(scenario, request.signal);
    if (answered) return answered;

    if (!hasBearerToken(request)) {
      return respondJson(401, { message: 'Unauthenticated.' }, { 'WWW-Authenticate': 'Bearer' });
    }

    const { route: matched } = match;
    switch (matched.name) {
      case 'messages':
        return postMessage(request);
      case 'profile':
        return respondJson(200, { data: SANDBOX_PROFILE });
      case 'conversation-messages':
        return respondJson(200, {
          data: stored
            .map((entry) => entry.message)
            .filter((message) => message.conversation_id === matched.conversationId),
        });
      default:
        return assertNever(matched);
    }
  }

  async function handle(request: Request): Promise<Response> {
    try {
      const response = await route(request);
      // HEAD: the headers of the GET, no body.
      return request.method.toUpperCase() === 'HEAD'
        ? new Response(null, { status: response.status, headers: response.headers })
        : response;
    } catch {
      return respondJson(500, { message: 'Server Error' });
    }
  }

  function reset(): void {
    stored = [];
    storedBytes = 0;
  }

  return { fetch: handle, reset };
}
