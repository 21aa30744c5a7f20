/**
 * Password hashes for `AUTH_BASIC_USERS`: scrypt from node:crypto, written `scrypt.N.r.p.<salt>.<hash>` (base64url,
 * no `$` so the value survives shells, `.env` files and compose interpolation). `npm run -s hash-password` prints
 * one (scripts/hash-password.mjs writes the same format; a test checks the two agree).
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEY_BYTES = 32;
const SALT_BYTES = 16;
export type ScryptCost = { N: number; r: number; p: number };
const DEFAULT_COST: ScryptCost = { N: 16_384, r: 8, p: 1 };
/** Above this a stored hash would make each login a denial of service (memory is 128·N·r bytes). */
const MAX_MEMORY_BYTES = 256 * 1_048_576;

export type PasswordHash = { N: number; r: number; p: number; salt: Buffer; hash: Buffer };

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: MAX_MEMORY_BYTES + 1_048_576 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), hash.toString('base64url')].join('.');
}

/** Null when `text` is not a hash this module wrote (the settings check names the user whose hash is wrong). */
export function parsePasswordHash(text: string): PasswordHash | null {
  const parts = text.split('.');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map((part) => (/^\d{1,9}$/.test(part ?? '') ? Number(part) : NaN));
  if (N === undefined || r === undefined || p === undefined) return null;
  if (!(N > 1 && (N & (N - 1)) === 0 && r >= 1 && p >= 1 && 128 * N * r <= MAX_MEMORY_BYTES)) return null;
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const hash = Buffer.from(parts[5] ?? '', 'base64url');
  if (salt.length < 8 || hash.length !== KEY_BYTES) return null;
  return { N, r, p, salt, hash };
}

/** Constant-time comparison of the derived key; the time does not depend on where the passwords differ. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const derived = await derive(password, stored.salt, stored);
  return timingSafeEqual(derived, stored.hash);
}
