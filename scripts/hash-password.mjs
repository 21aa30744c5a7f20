#!/usr/bin/env node
// Prints a password hash for AUTH_BASIC_USERS (`user:<hash>`): `npm run -s hash-password -- <password>`, or the
// password on standard input (so it stays out of the shell history): `npm run -s hash-password < file`.
// Same format as server/password.ts: scrypt.N.r.p.<salt>.<hash>, base64url.
import { randomBytes, scrypt } from 'node:crypto';
import { readFileSync } from 'node:fs';

const N = 16_384;
const r = 8;
const p = 1;

const argument = process.argv[2];
const password = argument ?? readFileSync(0, 'utf8').replace(/\r?\n$/, '');
if (password === '') {
  console.error('hash-password: give a password: npm run -s hash-password -- <password>');
  process.exit(1);
}
const salt = randomBytes(16);
scrypt(password.normalize('NFC'), salt, 32, { N, r, p }, (error, key) => {
  if (error) {
    console.error(`hash-password: ${error.message}`);
    process.exit(1);
  }
  console.log(['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('.'));
});
