/**
 * The credential the server adds to every Digishare request in team mode: a fixed token, or an OAuth
 * client-credentials token fetched from `{api}/v1/oauth/token`, cached until shortly before it expires and shared
 * by concurrent requests (one token request at a time, however many sends wait for it).
 */
import type { Credential } from './settings.ts';

/** A cached token is dropped this long before its `expires_in` runs out (or a tenth of its life, if shorter). */
const EXPIRY_MARGIN_MS = 30_000;
/** Tokens issued earlier in this process are still stripped from responses, in case the API echoes an old one. */
const REMEMBERED_TOKENS = 8;

export class CredentialError extends Error {
  readonly kind: 'unreachable' | 'refused';
  constructor(kind: 'unreachable' | 'refused', message: string) {
    super(message);
    this.name = 'CredentialError';
    this.kind = kind;
  }
}

export type CredentialSource = {
  /** A token that can be renewed (OAuth): a 401 is then worth one more try with a fresh one. */
  renewable: boolean;
  /** The bearer token to send; fetches one when none is cached. */
  token(signal?: AbortSignal): Promise<string>;
  /** After a 401 with `token`: forget it, so the next call fetches a new one. False when nothing can change. */
  invalidate(token: string): boolean;
  /** Every secret the server knows (token, client secret, tokens issued so far): none may reach the browser. */
  secrets(): string[];
};

type OAuthOptions = {
  apiUrl: URL;
  clientId: string;
  clientSecret: string;
  fetchImpl?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
};

function tokenEndpoint(apiUrl: URL): string {
  return `${apiUrl.origin}${apiUrl.pathname.replace(/\/+$/, '')}/v1/oauth/token`;
}

function createOAuthSource({
  apiUrl,
  clientId,
  clientSecret,
  fetchImpl = fetch,
  now = Date.now,
  timeoutMs = 15_000,
}: OAuthOptions): CredentialSource {
  let cached: { token: string; expiresAt: number } | null = null;
  let pending: Promise<string> | null = null;
  const issued: string[] = [];

  async function fetchToken(): Promise<string> {
    let response: Response;
    try {
      response = await fetchImpl(tokenEndpoint(apiUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({
          grant_type: 'client_credentials',
          client_id: clientId,
          client_secret: clientSecret,
        }),
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new CredentialError('unreachable', 'The Digishare token endpoint could not be reached');
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) {
      throw new CredentialError('refused', `The Digishare token endpoint answered ${response.status}`);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new CredentialError('refused', 'The Digishare token endpoint did not answer JSON');
    }
    const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const token = record['access_token'];
    if (typeof token !== 'string' || token === '' || /\s/.test(token)) {
      throw new CredentialError('refused', 'The Digishare token endpoint gave no access_token');
    }
    const expiresIn = Number(record['expires_in']);
    const lifeMs = Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn * 1000 : 0;
    const margin = Math.min(EXPIRY_MARGIN_MS, lifeMs / 10);
    cached = { token, expiresAt: now() + lifeMs - margin };
    issued.push(token);
    if (issued.length > REMEMBERED_TOKENS) issued.shift();
    return token;
  }

  return {
    renewable: true,
    token() {
      if (cached && now() < cached.expiresAt) return Promise.resolve(cached.token);
      pending ??= fetchToken().finally(() => {
        pending = null;
      });
      return pending;
    },
    invalidate(token) {
      if (cached?.token === token) cached = null;
      return true;
    },
    secrets: () => [clientSecret, ...issued],
  };
}

function createStaticSource(token: string): CredentialSource {
  return {
    renewable: false,
    token: () => Promise.resolve(token),
    invalidate: () => false,
    secrets: () => [token],
  };
}

export function credentialSource(
  credential: Credential,
  apiUrl: URL,
  fetchImpl?: typeof fetch,
): CredentialSource | null {
  if (credential === null) return null;
  if (credential.kind === 'token') return createStaticSource(credential.token);
  return createOAuthSource({
    apiUrl,
    clientId: credential.clientId,
    clientSecret: credential.clientSecret,
    fetchImpl,
  });
}
