// @vitest-environment node
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { hashPassword, parsePasswordHash, verifyPassword } from './password.ts';
import { parseSettings } from './settings.ts';

const run = promisify(execFile);

function errorsOf(env: Record<string, string>): string[] {
  const result = parseSettings(env);
  return result.ok ? [] : result.errors;
}

describe('settings', () => {
  it('starts with nothing set: browser-held tokens, sandbox on, Custom target offered', () => {
    const result = parseSettings({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      credential: null,
      sandbox: true,
      customTarget: true,
      allowOpenAccess: false,
    });
    expect(result.settings.apiUrl.href).toBe('https://api.digishare.ma/');
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT must be a whole number$/],
    [{ PORT: '70000' }, /^PORT must be at most 65535$/],
    [{ DIGISHARE_API_URL: 'not a url' }, /^DIGISHARE_API_URL must be an absolute URL/],
    [{ DIGISHARE_API_URL: 'http://api.digishare.ma' }, /^DIGISHARE_API_URL must use https/],
    [{ DIGISHARE_API_URL: 'https://u:p@api.digishare.ma' }, /^DIGISHARE_API_URL must not carry credentials/],
    [{ DIGISHARE_TOKEN: 'abc', ALLOW_OPEN_ACCESS: 'maybe' }, /^ALLOW_OPEN_ACCESS must be true or false/],
    [{ SANDBOX: 'sometimes' }, /^SANDBOX must be true or false/],
    [
      {
        DIGISHARE_TOKEN: 'abc',
        DIGISHARE_CLIENT_ID: 'x',
        DIGISHARE_CLIENT_SECRET: 'y',
        ALLOW_OPEN_ACCESS: 'true',
      },
      /^DIGISHARE_TOKEN and DIGISHARE_CLIENT_ID/,
    ],
    [{ DIGISHARE_CLIENT_ID: 'x', ALLOW_OPEN_ACCESS: 'true' }, /^DIGISHARE_CLIENT_SECRET is required/],
    [
      { DIGISHARE_TOKEN: 'Bearer abc', ALLOW_OPEN_ACCESS: 'true' },
      /^DIGISHARE_TOKEN must not contain spaces/,
    ],
    [{ AUTH_BASIC_USERS: 'ana' }, /^AUTH_BASIC_USERS entry 1 must be user:hash$/],
    [{ AUTH_BASIC_USERS: 'ana:plaintext' }, /^AUTH_BASIC_USERS: the hash of "ana"/],
    [{ AUTH_TRUSTED_HEADER: 'X-Forwarded-User' }, /^AUTH_TRUSTED_HEADER needs TRUSTED_PROXIES/],
    [
      { AUTH_TRUSTED_HEADER: 'Authorization', TRUSTED_PROXIES: '10.0.0.1' },
      /^AUTH_TRUSTED_HEADER must be a header name/,
    ],
    [
      { AUTH_TRUSTED_HEADER: 'X-User', TRUSTED_PROXIES: 'proxy.local' },
      /^TRUSTED_PROXIES: "proxy.local" is not an IP address$/,
    ],
    [{ TILE_URL: 'https://tiles.example/{z}/{x}.png' }, /^TILE_URL must contain \{z\}, \{x\} and \{y\}/],
    [{ GEOCODER_URL: 'ftp://geo.example' }, /^GEOCODER_URL must be an http\(s\) URL/],
    [{ PROXY_TIMEOUT_MS: '5' }, /^PROXY_TIMEOUT_MS must be at least 100$/],
    [{ CUSTOM_TARGET: 'perhaps' }, /^CUSTOM_TARGET must be on or off$/],
  ])('refuses %o with one line naming the variable', (env, message) => {
    const errors = errorsOf(env as Record<string, string>);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(errors[0]).not.toContain('\n');
  });

  it('refuses a server-held credential with no gate, and says why', () => {
    const [error] = errorsOf({ DIGISHARE_TOKEN: 'tok_abcdef' });
    expect(error).toMatch(/held by the server but nothing guards it/);
    expect(error).toMatch(/AUTH_BASIC_USERS or AUTH_TRUSTED_HEADER, or ALLOW_OPEN_ACCESS=true/);
    expect(error).not.toContain('tok_abcdef');
    expect(parseSettings({ DIGISHARE_TOKEN: 'tok_abcdef', ALLOW_OPEN_ACCESS: 'true' }).ok).toBe(true);
  });

  it('reports every bad value at once', () => {
    expect(errorsOf({ PORT: 'x', SANDBOX: 'y', DIGISHARE_API_URL: 'http://evil.example' }).length).toBe(2);
    expect(errorsOf({ DIGISHARE_API_URL: 'http://evil.example', AUTH_BASIC_USERS: 'a:b' })).toHaveLength(2);
  });

  it('treats an empty value as unset, and allows plain http only to localhost', () => {
    expect(parseSettings({ PORT: '', DIGISHARE_TOKEN: '', TILE_URL: '  ' }).ok).toBe(true);
    expect(parseSettings({ DIGISHARE_API_URL: 'http://127.0.0.1:9999' }).ok).toBe(true);
  });

  it('closes the Custom target in team mode unless asked', async () => {
    const hash = await hashPassword('pw', { N: 1024, r: 8, p: 1 });
    const team = parseSettings({ DIGISHARE_TOKEN: 'tok_abcdef', AUTH_BASIC_USERS: `ana:${hash}` });
    expect(team.ok && team.settings.customTarget).toBe(false);
    const reopened = parseSettings({
      DIGISHARE_TOKEN: 'tok_abcdef',
      AUTH_BASIC_USERS: `ana:${hash}`,
      CUSTOM_TARGET: 'on',
    });
    expect(reopened.ok && reopened.settings.customTarget).toBe(true);
  });
});

describe('passwords', () => {
  it('verifies the right password only', async () => {
    const stored = parsePasswordHash(await hashPassword('s3cret', { N: 1024, r: 8, p: 1 }));
    expect(stored).not.toBeNull();
    if (!stored) return;
    expect(await verifyPassword('s3cret', stored)).toBe(true);
    expect(await verifyPassword('s3cret ', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('refuses hashes it did not write, or that would cost too much memory', () => {
    expect(parsePasswordHash('$2b$10$abcdefghijklmnopqrstuv')).toBeNull();
    expect(parsePasswordHash('scrypt.1000.8.1.AAAAAAAAAAAAAAAAAAAAAA.' + 'A'.repeat(43))).toBeNull();
    expect(parsePasswordHash('scrypt.1048576.64.1.AAAAAAAAAAAAAAAAAAAAAA.' + 'A'.repeat(43))).toBeNull();
  });

  it('agrees with `npm run -s hash-password` (scripts/hash-password.mjs)', async () => {
    const { stdout } = await run(process.execPath, ['scripts/hash-password.mjs', 'pässword with spaces']);
    const stored = parsePasswordHash(stdout.trim());
    expect(stored).not.toBeNull();
    if (!stored) return;
    expect(await verifyPassword('pässword with spaces', stored)).toBe(true);
    expect(await verifyPassword('password with spaces', stored)).toBe(false);
    const settings = parseSettings({ AUTH_BASIC_USERS: `ana:${stdout.trim()}` });
    expect(settings.ok).toBe(true);
  });
});
