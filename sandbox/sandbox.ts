/**
 * The embedded Digishare-like API. It lets the whole flow (compose, send, read back) work on a fresh clone, and
 * lets QA provoke every failure the UI must explain (scenarios, chosen per request with `X-Sandbox-Scenario`).
 *
 * A plain `node:http` handler, mounted under `/sandbox` by the Vite dev and preview servers (vite-plugin.ts);
 * paths here are relative to that mount. It validates with the same domain schema as the editor, answers in the
 * shapes and tone of Digishare's (Laravel) API, keeps messages in memory within fixed bounds, and never lets a
 * request crash the process or see a stack trace.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
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
 * uploading and then closing the socket makes most clients report a connection reset instead of the 413; past
 * this much, the connection is closed anyway.
 */
const MAX_DRAIN_BYTES = 4 * 1_048_576;

export type SandboxOptions = {
  /** Delay of the `slow` scenario; defaults to `SANDBOX_SLOW_MS` from the environment, else 4 s. */
  slowDelayMs?: number;
  /** Messages kept in memory, all conversations together; the oldest go first. */
  maxMessages?: number;
  /** Total size (serialized) of the messages kept; the oldest go first. */
  maxStoredBytes?: number;
  now?: () => Date;
};

export type Sandbox = {
  handle(req: IncomingMessage, res: ServerResponse): void;
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

function send(res: ServerResponse, status: number, body: string, headers: OutgoingHttpHeaders = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders = {},
): void {
  send(res, status, JSON.stringify(body), { 'Content-Type': 'application/json; charset=utf-8', ...headers });
}

function hasBearerToken(req: IncomingMessage): boolean {
  const authorization = req.headers.authorization;
  return typeof authorization === 'string' && /^Bearer\s+\S/i.test(authorization);
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
  { kind: 'read'; bytes: Buffer } | { kind: 'too-large'; closeConnection: boolean } | { kind: 'client-gone' };

/** Reads at most `limit` bytes into memory; beyond that it only counts (and gives up past the drain bound). */
function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit + MAX_DRAIN_BYTES) {
    return Promise.resolve({ kind: 'too-large', closeConnection: true });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const finish = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      chunks.length = 0;
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= limit) chunks.push(chunk);
      else if (received > limit + MAX_DRAIN_BYTES) finish({ kind: 'too-large', closeConnection: true });
      else chunks.length = 0;
    };
    const onEnd = () =>
      finish(
        received > limit
          ? { kind: 'too-large', closeConnection: false }
          : { kind: 'read', bytes: Buffer.concat(chunks) },
      );
    const onClose = () => finish({ kind: 'client-gone' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
  });
}

function readEnvSlowDelay(): number | undefined {
  const raw = process.env['SANDBOX_SLOW_MS'];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** Waits, unless the client leaves first (then resolves false). */
function wait(ms: number, res: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => {
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      res.off('close', onClose);
      resolve(true);
    }, ms);
    res.once('close', onClose);
  });
}

function newMessageId(): string {
  return `msg_${randomBytes(12).toString('hex')}`;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const slowDelayMs = options.slowDelayMs ?? readEnvSlowDelay() ?? DEFAULT_SLOW_DELAY_MS;
  const maxMessages = Math.max(1, options.maxMessages ?? DEFAULT_MAX_MESSAGES);
  const maxStoredBytes = options.maxStoredBytes ?? DEFAULT_MAX_STORED_BYTES;
  const now = options.now ?? (() => new Date());

  let stored: { message: StoredMessage; bytes: number }[] = [];
  let storedBytes = 0;

  function store(message: StoredMessage): void {
    const bytes = Buffer.byteLength(JSON.stringify(message));
    stored.push({ message, bytes });
    storedBytes += bytes;
    while (stored.length > maxMessages || (storedBytes > maxStoredBytes && stored.length > 1)) {
      const dropped = stored.shift();
      storedBytes -= dropped?.bytes ?? 0;
    }
  }

  /** Answers the request as the scenario says, or lets it go on (`ok`, and `slow` once it has waited). */
  async function applyScenario(
    scenario: SandboxScenario,
    res: ServerResponse,
  ): Promise<'continue' | 'answered'> {
    switch (scenario) {
      case 'ok':
        return 'continue';
      case 'slow':
        return (await wait(slowDelayMs, res)) ? 'continue' : 'answered';
      case 'unauthorized':
        sendJson(res, 401, { message: 'Unauthenticated.' });
        return 'answered';
      case 'forbidden':
        sendJson(res, 403, { message: 'This action is unauthorized.' });
        return 'answered';
      case 'not-found':
        sendJson(res, 404, { message: 'Resource not found.' });
        return 'answered';
      case 'rate-limited':
        sendJson(
          res,
          429,
          { message: 'Too Many Attempts.' },
          { 'Retry-After': String(RATE_LIMIT_RETRY_AFTER_SECONDS) },
        );
        return 'answered';
      case 'server-error':
        sendJson(res, 500, { message: 'Server Error' });
        return 'answered';
      case 'html-error':
        send(res, 500, HTML_ERROR_PAGE, { 'Content-Type': 'text/html; charset=utf-8' });
        return 'answered';
      default:
        return assertNever(scenario);
    }
  }

  async function postMessage(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, MAX_REQUEST_BODY_BYTES);
    switch (body.kind) {
      case 'client-gone':
        return;
      case 'too-large':
        sendJson(
          res,
          413,
          {
            message: `The request body must not be larger than ${MAX_REQUEST_BODY_BYTES} bytes (${MAX_REQUEST_BODY_BYTES / 1_048_576} MiB).`,
          },
          body.closeConnection ? { Connection: 'close' } : {},
        );
        return;
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
      sendJson(res, 400, {
        message: 'The request body is not valid UTF-8.',
        errors: {},
        issues: [{ path: [], key: 'invalidEncoding' }],
      });
      return;
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      const where = text.trim() === '' ? null : locateJsonError(text);
      const detail = where
        ? `syntax error at line ${where.line}, column ${where.column}.`
        : 'the request body is empty.';
      sendJson(res, 400, {
        message: `Invalid JSON: ${detail}`,
        errors: {},
        issues: [{ path: [], key: 'invalidJson' }],
      });
      return;
    }

    const result = validateEnvelope(json);
    if (!result.success) {
      sendJson(res, 400, {
        message: 'The given data was invalid.',
        errors: validationErrors(result.issues),
        issues: result.issues,
      });
      return;
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
    sendJson(res, 201, { id: message.id, status: message.status });
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const match = matchRoute(pathname);

    if (method === 'OPTIONS') {
      send(res, 204, '', match ? { Allow: allowHeader(match) } : {});
      return;
    }
    if (!match) {
      sendJson(res, 404, { message: `The route ${pathname.replace(/^\/+/, '')} could not be found.` });
      return;
    }
    if (!match.methods.includes(method)) {
      sendJson(
        res,
        405,
        {
          message: `The ${method} method is not supported for route ${pathname.replace(/^\/+/, '')}. Supported methods: ${match.methods.join(', ')}.`,
        },
        { Allow: allowHeader(match) },
      );
      return;
    }

    const header = req.headers['x-sandbox-scenario'];
    const requested = (Array.isArray(header) ? header.join(',') : (header ?? '')).trim();
    const scenario = requested === '' ? 'ok' : requested;
    if (!isSandboxScenario(scenario)) {
      sendJson(res, 400, {
        message: `Unknown sandbox scenario "${scenario}". Use one of: ${SANDBOX_SCENARIOS.join(', ')}.`,
      });
      return;
    }
    if ((await applyScenario(scenario, res)) === 'answered') return;

    if (!hasBearerToken(req)) {
      sendJson(res, 401, { message: 'Unauthenticated.' }, { 'WWW-Authenticate': 'Bearer' });
      return;
    }

    const { route: matched } = match;
    switch (matched.name) {
      case 'messages':
        await postMessage(req, res);
        return;
      case 'profile':
        sendJson(res, 200, { data: SANDBOX_PROFILE });
        return;
      case 'conversation-messages':
        sendJson(res, 200, {
          data: stored
            .map((entry) => entry.message)
            .filter((message) => message.conversation_id === matched.conversationId),
        });
        return;
      default:
        assertNever(matched);
    }
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    // A client that leaves mid-request makes these streams emit 'error'; unheard, that would end the process.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    route(req, res).catch(() => {
      if (res.headersSent || res.destroyed) res.destroy();
      else sendJson(res, 500, { message: 'Server Error' });
    });
  }

  function reset(): void {
    stored = [];
    storedBytes = 0;
  }

  return { handle, reset };
}
