/**
 * The access gate: who may use the server (and so, in team mode, send as the company). HTTP Basic users with
 * scrypt hashes, or a header set by the company's SSO proxy, honoured only when the request comes from one of
 * `TRUSTED_PROXIES`. A successful Basic login also gets a short-lived, signed, HttpOnly session cookie, so the
 * page's own API calls (which carry `Authorization: Bearer` for a browser-held token) still pass the gate.
 * Failed logins are counted per address; past the limit that address is refused for a while, password or not.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { parsePasswordHash, verifyPassword, type PasswordHash } from './password.ts';

export const SESSION_COOKIE = 'composer_session';
const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Bounds the failure table: an attacker rotating addresses cannot grow it without end. */
const MAX_TRACKED_ADDRESSES = 10_000;
const REALM = 'Digishare Composer';

/** Verified against when the user is unknown, so an unknown name costs as much time as a wrong password. */
const DUMMY_HASH = parsePasswordHash(`scrypt.16384.8.1.${'A'.repeat(22)}.${'A'.repeat(43)}`);
if (DUMMY_HASH === null) throw new Error("The gate's placeholder hash does not parse");

export type GateOptions = {
  basicUsers: ReadonlyMap<string, PasswordHash>;
  trustedHeader: string | null;
  trustedProxies: readonly string[];
  secureCookie: boolean;
  now?: () => number;
};

export type GateRequest = {
  headers: Headers;
  /** The socket's peer address (not a forwarded one): what TRUSTED_PROXIES is compared with. */
  peerAddress: string;
  /** The address failures are counted against (the client behind a trusted proxy, else the peer). */
  clientAddress: string;
};

export type GateAnswer =
  | { ok: true; user: string | null; setCookie?: string }
  | {
      ok: false;
      status: 401 | 429;
      headers: Record<string, string>;
      body: { error: string; message: string };
    };

/** `::ffff:127.0.0.1` and `127.0.0.1` are the same peer. */
export function normalizeAddress(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}

function readCookie(header: string | null, name: string): string | null {
  if (header === null) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

function parseBasic(header: string | null): { user: string; password: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export function createGate(options: GateOptions) {
  const now = options.now ?? Date.now;
  const key = randomBytes(32);
  const proxies = new Set(options.trustedProxies.map(normalizeAddress));
  const trustedHeader = options.trustedHeader?.toLowerCase() ?? null;
  const failures = new Map<string, { count: number; resetAt: number }>();
  const open = options.basicUsers.size === 0 && trustedHeader === null;

  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

  function sessionCookie(user: string): string {
    const payload = `${Buffer.from(user).toString('base64url')}.${now() + SESSION_TTL_MS}`;
    const attributes = ['Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${SESSION_TTL_MS / 1000}`];
    if (options.secureCookie) attributes.push('Secure');
    return [`${SESSION_COOKIE}=${payload}.${sign(payload)}`, ...attributes].join('; ');
  }

  function sessionUser(headers: Headers): string | null {
    const value = readCookie(headers.get('cookie'), SESSION_COOKIE);
    const parts = value?.split('.');
    if (parts?.length !== 3) return null;
    const [user, expiry, signature] = parts as [string, string, string];
    const expected = Buffer.from(sign(`${user}.${expiry}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    if (!(Number(expiry) > now())) return null;
    const name = Buffer.from(user, 'base64url').toString('utf8');
    // A user removed from AUTH_BASIC_USERS loses access at the next restart (the key changes) or now.
    return options.basicUsers.has(name) ? name : null;
  }

  function blocked(address: string): number | null {
    const entry = failures.get(address);
    if (!entry) return null;
    if (entry.resetAt <= now()) {
      failures.delete(address);
      return null;
    }
    return entry.count >= MAX_FAILURES ? entry.resetAt - now() : null;
  }

  function recordFailure(address: string): void {
    const entry = failures.get(address);
    if (entry && entry.resetAt > now()) entry.count += 1;
    else {
      if (failures.size >= MAX_TRACKED_ADDRESSES) {
        for (const [tracked, { resetAt }] of failures) if (resetAt <= now()) failures.delete(tracked);
        if (failures.size >= MAX_TRACKED_ADDRESSES) failures.delete(failures.keys().next().value as string);
      }
      failures.set(address, { count: 1, resetAt: now() + FAILURE_WINDOW_MS });
    }
  }

  const challenge = (): Record<string, string> =>
    options.basicUsers.size > 0 ? { 'WWW-Authenticate': `Basic realm="${REALM}", charset="UTF-8"` } : {};

  async function check(request: GateRequest): Promise<GateAnswer> {
    if (open) return { ok: true, user: null };

    if (trustedHeader !== null && proxies.has(normalizeAddress(request.peerAddress))) {
      const user = request.headers.get(trustedHeader)?.trim() ?? '';
      if (user !== '' && user.length <= 200) return { ok: true, user };
    }

    if (options.basicUsers.size > 0) {
      const session = sessionUser(request.headers);
      if (session !== null) return { ok: true, user: session };

      const basic = parseBasic(request.headers.get('authorization'));
      if (basic !== null) {
        const waitMs = blocked(request.clientAddress);
        if (waitMs !== null) {
          return {
            ok: false,
            status: 429,
            headers: { 'Retry-After': String(Math.ceil(waitMs / 1000)) },
            body: {
              error: 'too_many_attempts',
              message: 'Too many failed logins from this address; try later.',
            },
          };
        }
        const stored = options.basicUsers.get(basic.user);
        const valid = await verifyPassword(basic.password, stored ?? (DUMMY_HASH as PasswordHash));
        if (valid && stored !== undefined) {
          failures.delete(request.clientAddress);
          return { ok: true, user: basic.user, setCookie: sessionCookie(basic.user) };
        }
        recordFailure(request.clientAddress);
        return {
          ok: false,
          status: 401,
          headers: challenge(),
          body: { error: 'unauthorized', message: 'Wrong user name or password.' },
        };
      }
    }

    return {
      ok: false,
      status: 401,
      headers: challenge(),
      body: { error: 'unauthorized', message: 'Sign in to use this server.' },
    };
  }

  return { open, check };
}
