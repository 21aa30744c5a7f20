/**
 * Share links: `#payload=<base64url(UTF-8 JSON)>` (RFC 4648 §5, no padding) of `{type, body, send_to_third?}`,
 * exactly the API's field names. A link never carries the token, the conversation id or the target.
 */
import { MAX_SHARE_TOKEN_CHARS } from './bounds.ts';
import { fromPayload, type FromPayloadResult } from './codec.ts';
import type { PayloadIssue } from './issues.ts';
import type { MessagePayload } from './schema.ts';

export const SHARE_HASH_KEY = 'payload';

export interface ShareMessage extends MessagePayload {
  send_to_third?: boolean;
}

function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlToBytes(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  try {
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The share token of a message (the part after `#payload=`). */
export function encodeShare({ type, body, send_to_third }: ShareMessage): string {
  const json = JSON.stringify(send_to_third === undefined ? { type, body } : { type, body, send_to_third });
  return bytesToBase64Url(new TextEncoder().encode(json));
}

function failure(key: PayloadIssue['key']): FromPayloadResult {
  return { ok: false, issues: [{ path: [], key }] };
}

/**
 * A share token back to an editor draft, with the same result as an import: `ok`, or issues (and the draft when
 * only rules failed). Garbage gives `invalidEncoding` or `invalidJson`. Never throws.
 */
export function decodeShare(token: string): FromPayloadResult {
  const bytes = base64UrlToBytes(token.trim());
  if (!bytes || bytes.length === 0) return failure('invalidEncoding');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failure('invalidEncoding');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failure('invalidJson');
  }
  if (typeof json === 'object' && json !== null && 'conversation_id' in json) {
    // A share link never carries a conversation: refuse rather than silently use or drop it.
    return { ok: false, issues: [{ path: ['conversation_id'], key: 'unknownKey' }] };
  }
  return fromPayload(json);
}

/**
 * Whether a location hash is too long to hold a share token of at most `MAX_SHARE_TOKEN_CHARS`, whatever else it
 * holds. Checked on the raw hash before any parsing or decoding: percent-decoding a 2 MB hash alone costs time.
 */
export function isShareHashTooLong(hash: string): boolean {
  // `#payload=` plus room for a few other short parameters.
  return hash.length > MAX_SHARE_TOKEN_CHARS + SHARE_HASH_KEY.length + 64;
}

/** Reads the share token from a location hash such as `#payload=abc`, or null when there is none. */
export function shareTokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  return params.get(SHARE_HASH_KEY);
}
