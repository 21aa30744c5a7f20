/**
 * The production server's settings, read from the environment (and `.env`) once at start and checked with zod.
 * Every bad value is one line naming the variable; the server does not start with any of them.
 */
import { isIP } from 'node:net';
import * as z from 'zod';
import {
  geocoderUrlSchema,
  type MapSettings,
  tileAttributionSchema,
  tileUrlSchema,
} from '../src/config/env.ts';
import { parsePasswordHash, type PasswordHash } from './password.ts';

const DEFAULT_PORT = 8080;
const DEFAULT_API_URL = 'https://api.digishare.ma';
const DEFAULT_PROXY_TIMEOUT_MS = 30_000;

export type Credential =
  { kind: 'token'; token: string } | { kind: 'oauth'; clientId: string; clientSecret: string } | null;

export type Settings = {
  port: number;
  host: string;
  apiUrl: URL;
  credential: Credential;
  /** Shown to the team as "Token held by the server (<who>)"; never the secret. */
  accountLabel: string;
  basicUsers: ReadonlyMap<string, PasswordHash>;
  trustedHeader: string | null;
  trustedProxies: readonly string[];
  allowOpenAccess: boolean;
  trustProxy: boolean;
  sandbox: boolean;
  customTarget: boolean;
  businessName: string | null;
  map: MapSettings;
  proxyTimeoutMs: number;
  distDir: string;
};

const blank = (value: unknown) => value === undefined || (typeof value === 'string' && value.trim() === '');
/** Unset and empty are the same: a `.env` line `FOO=` means "not set". */
const optionalText = z.preprocess(
  (value) => (blank(value) ? undefined : String(value).trim()),
  z.string().optional(),
);

function flag(name: string, fallback: boolean) {
  return z.preprocess(
    (value) => (blank(value) ? fallback : String(value).trim().toLowerCase()),
    z.union(
      [
        z.boolean(),
        z.enum(['true', '1', 'yes', 'on']).transform(() => true),
        z.enum(['false', '0', 'no', 'off']).transform(() => false),
      ],
      { error: `${name} must be true or false (or on/off)` },
    ),
  );
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
/** Headers a client could set on its own or the server itself relies on: never a source of identity. */
const RESERVED_HEADERS = new Set(['authorization', 'cookie', 'host', 'content-type', 'content-length']);

function integer(name: string, fallback: number, min: number, max: number) {
  return z.preprocess(
    (value) => (blank(value) ? fallback : Number(String(value).trim())),
    z
      .number({ error: `${name} must be a whole number` })
      .int(`${name} must be a whole number`)
      .min(min, `${name} must be at least ${min}`)
      .max(max, `${name} must be at most ${max}`),
  );
}

const schema = z.object({
  PORT: integer('PORT', DEFAULT_PORT, 1, 65_535),
  HOST: optionalText,
  DIGISHARE_API_URL: optionalText,
  DIGISHARE_TOKEN: optionalText,
  DIGISHARE_CLIENT_ID: optionalText,
  DIGISHARE_CLIENT_SECRET: optionalText,
  DIGISHARE_ACCOUNT_LABEL: optionalText,
  AUTH_BASIC_USERS: optionalText,
  AUTH_TRUSTED_HEADER: optionalText,
  TRUSTED_PROXIES: optionalText,
  ALLOW_OPEN_ACCESS: flag('ALLOW_OPEN_ACCESS', false),
  TRUST_PROXY: flag('TRUST_PROXY', false),
  SANDBOX: flag('SANDBOX', true),
  CUSTOM_TARGET: optionalText,
  BUSINESS_NAME: optionalText,
  TILE_URL: tileUrlSchema,
  TILE_ATTRIBUTION: tileAttributionSchema,
  GEOCODER_URL: geocoderUrlSchema,
  PROXY_TIMEOUT_MS: integer('PROXY_TIMEOUT_MS', DEFAULT_PROXY_TIMEOUT_MS, 100, 600_000),
  DIST_DIR: optionalText,
});

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

function parseApiUrl(raw: string | undefined, errors: string[]): URL {
  const text = raw ?? DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    errors.push(`DIGISHARE_API_URL must be an absolute URL (got "${text}")`);
    return new URL(DEFAULT_API_URL);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    errors.push('DIGISHARE_API_URL must use https (plain http is allowed only for localhost)');
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    errors.push('DIGISHARE_API_URL must not carry credentials, a query or a fragment');
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

function parseBasicUsers(raw: string | undefined, errors: string[]): Map<string, PasswordHash> {
  const users = new Map<string, PasswordHash>();
  if (raw === undefined) return users;
  raw.split(',').forEach((entry, index) => {
    const trimmed = entry.trim();
    if (trimmed === '') return;
    const colon = trimmed.indexOf(':');
    const user = colon < 0 ? '' : trimmed.slice(0, colon).trim();
    if (user === '') {
      errors.push(`AUTH_BASIC_USERS entry ${index + 1} must be user:hash`);
      return;
    }
    const hash = parsePasswordHash(trimmed.slice(colon + 1).trim());
    if (!hash) {
      errors.push(`AUTH_BASIC_USERS: the hash of "${user}" is not one printed by "npm run -s hash-password"`);
      return;
    }
    if (users.has(user)) errors.push(`AUTH_BASIC_USERS names "${user}" twice`);
    users.set(user, hash);
  });
  return users;
}

function parseProxies(raw: string | undefined, errors: string[]): string[] {
  if (raw === undefined) return [];
  const proxies = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const proxy of proxies) {
    if (isIP(proxy) === 0) errors.push(`TRUSTED_PROXIES: "${proxy}" is not an IP address`);
  }
  return proxies;
}

/** Checks everything and reports every problem at once, one line each. */
export function parseSettings(env: Record<string, string | undefined>): SettingsResult {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '');
        return issue.message.startsWith(name) ? issue.message : `${name} ${issue.message}`;
      }),
    };
  }
  const data = parsed.data;
  const errors: string[] = [];

  const apiUrl = parseApiUrl(data.DIGISHARE_API_URL, errors);

  let credential: Credential = null;
  const hasClient = data.DIGISHARE_CLIENT_ID !== undefined || data.DIGISHARE_CLIENT_SECRET !== undefined;
  if (data.DIGISHARE_TOKEN !== undefined && hasClient) {
    errors.push(
      'DIGISHARE_TOKEN and DIGISHARE_CLIENT_ID/DIGISHARE_CLIENT_SECRET are exclusive: set one or the other',
    );
  } else if (data.DIGISHARE_TOKEN !== undefined) {
    if (/\s/.test(data.DIGISHARE_TOKEN))
      errors.push('DIGISHARE_TOKEN must not contain spaces (give the token alone, without "Bearer")');
    else credential = { kind: 'token', token: data.DIGISHARE_TOKEN };
  } else if (hasClient) {
    if (data.DIGISHARE_CLIENT_ID === undefined)
      errors.push('DIGISHARE_CLIENT_ID is required with DIGISHARE_CLIENT_SECRET');
    else if (data.DIGISHARE_CLIENT_SECRET === undefined)
      errors.push('DIGISHARE_CLIENT_SECRET is required with DIGISHARE_CLIENT_ID');
    else
      credential = {
        kind: 'oauth',
        clientId: data.DIGISHARE_CLIENT_ID,
        clientSecret: data.DIGISHARE_CLIENT_SECRET,
      };
  }

  const basicUsers = parseBasicUsers(data.AUTH_BASIC_USERS, errors);
  const trustedProxies = parseProxies(data.TRUSTED_PROXIES, errors);
  const trustedHeader = data.AUTH_TRUSTED_HEADER ?? null;
  if (trustedHeader !== null) {
    if (!HEADER_NAME.test(trustedHeader) || RESERVED_HEADERS.has(trustedHeader.toLowerCase())) {
      errors.push(
        `AUTH_TRUSTED_HEADER must be a header name such as X-Forwarded-User (got "${trustedHeader}")`,
      );
    } else if (trustedProxies.length === 0) {
      errors.push(
        'AUTH_TRUSTED_HEADER needs TRUSTED_PROXIES: the addresses of the proxies allowed to set it',
      );
    }
  }
  const gated = basicUsers.size > 0 || trustedHeader !== null;
  if (credential !== null && !gated && !data.ALLOW_OPEN_ACCESS) {
    errors.push(
      'The Digishare credential is held by the server but nothing guards it: set AUTH_BASIC_USERS or AUTH_TRUSTED_HEADER, or ALLOW_OPEN_ACCESS=true to let anyone who reaches this server send as your company',
    );
  }

  let customTarget = credential === null;
  if (data.CUSTOM_TARGET !== undefined) {
    const value = data.CUSTOM_TARGET.toLowerCase();
    if (['on', 'true', '1', 'yes'].includes(value)) customTarget = true;
    else if (['off', 'false', '0', 'no'].includes(value)) customTarget = false;
    else errors.push('CUSTOM_TARGET must be on or off');
  }

  if (errors.length > 0) return { ok: false, errors };
  const accountLabel =
    data.DIGISHARE_ACCOUNT_LABEL ??
    (credential?.kind === 'oauth' ? `OAuth client ${credential.clientId}` : 'Digishare API token');
  return {
    ok: true,
    settings: {
      port: data.PORT,
      host: data.HOST ?? '127.0.0.1',
      apiUrl,
      credential,
      accountLabel,
      basicUsers,
      trustedHeader,
      trustedProxies,
      allowOpenAccess: data.ALLOW_OPEN_ACCESS,
      trustProxy: data.TRUST_PROXY,
      sandbox: data.SANDBOX,
      customTarget,
      businessName: data.BUSINESS_NAME ?? null,
      map: { tileUrl: data.TILE_URL, tileAttribution: data.TILE_ATTRIBUTION, geocoderUrl: data.GEOCODER_URL },
      proxyTimeoutMs: data.PROXY_TIMEOUT_MS,
      distDir: data.DIST_DIR ?? 'dist',
    },
  };
}
