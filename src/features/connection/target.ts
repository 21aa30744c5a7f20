/**
 * Where a request goes and with what: the three API targets, the base URL each one means, the check of a typed
 * custom URL and the clean-up of a pasted token. Plain functions, so the panel, the send button, the inspector
 * and the tests all read the same rules.
 */
import {
  SANDBOX_BASE_PATH,
  SANDBOX_SCENARIO_HEADER,
  type SandboxScenario,
} from '../../api/sandbox-scenarios.ts';
import { assertNever } from '../../domain/assert-never.ts';

export const API_TARGETS = ['sandbox', 'digishare', 'custom'] as const;
export type ApiTarget = (typeof API_TARGETS)[number];

export function isApiTarget(value: string): value is ApiTarget {
  return (API_TARGETS as readonly string[]).includes(value);
}

/** Same-origin proxy to the real API (vite.config.ts, and the README's rule for a production server). */
export const DIGISHARE_BASE_PATH = '/digishare';
export const DIGISHARE_UPSTREAM = 'https://api.digishare.ma';

/** The only place a token may be kept, and only when the user asks (§6 of the design). */
export const TOKEN_STORAGE_KEY = 'digishare-composer:token';
/** Conversation ids are not secrets: the last few are offered again. */
export const RECENT_CONVERSATIONS_STORAGE_KEY = 'digishare-composer:recent-conversations';
export const RECENT_CONVERSATIONS_MAX = 5;

/**
 * What people paste: `Bearer abc…`, `Authorization: Bearer abc…`, surrounding spaces or a trailing newline.
 * The token is what is left.
 */
export function normalizeToken(raw: string): string {
  return raw
    .trim()
    .replace(/^authorization\s*:\s*/i, '')
    .replace(/^bearer(?:\s+|$)/i, '')
    .trim();
}

export type BaseUrlProblem = 'empty' | 'invalid' | 'protocol' | 'credentials' | 'queryOrHash';

export type BaseUrlCheck = { ok: true; url: string } | { ok: false; problem: BaseUrlProblem };

/**
 * A custom base URL must be an absolute http(s) URL the client can append `/v1/messages` to: no user:password
 * (fetch refuses them), no query or fragment (the path would land inside them). Trailing slashes are dropped.
 */
export function checkBaseUrl(text: string): BaseUrlCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, problem: 'protocol' };
  if (url.hostname === '') return { ok: false, problem: 'invalid' };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
  if (url.search !== '' || url.hash !== '' || /[?#]/.test(trimmed))
    return { ok: false, problem: 'queryOrHash' };
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/** The base URL requests use: a same-origin path for the sandbox and the proxy, the typed URL for Custom. */
export function baseUrlOf(target: ApiTarget, customUrl: string): string | null {
  switch (target) {
    case 'sandbox':
      return SANDBOX_BASE_PATH;
    case 'digishare':
      return DIGISHARE_BASE_PATH;
    case 'custom': {
      const check = checkBaseUrl(customUrl);
      return check.ok ? check.url : null;
    }
    default:
      return assertNever(target);
  }
}

/** An absolute URL for a base (relative bases are resolved against the page's origin). */
export function absoluteUrl(base: string, origin: string): string {
  return base.startsWith('/') ? `${origin}${base}` : base;
}

/** Extra headers of a target: the QA scenario travels only to the sandbox, and only when one is chosen. */
export function extraHeadersOf(target: ApiTarget, scenario: SandboxScenario): Record<string, string> {
  return target === 'sandbox' && scenario !== 'ok' ? { [SANDBOX_SCENARIO_HEADER]: scenario } : {};
}
