import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SHARE_TOKEN_CHARS } from './bounds.ts';
import examples from './fixtures/spec-examples.json';
import { decodeShare, encodeShare, isShareHashTooLong, shareTokenFromHash } from './share.ts';

describe('share links', () => {
  it.each(Object.entries(examples))(
    'round-trips %s without padding or URL-unsafe characters',
    (_name, payload) => {
      const token = encodeShare({
        type: payload.type,
        body: payload.body,
        send_to_third: payload.send_to_third,
      } as never);
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      const result = decodeShare(token);
      expect(result.ok).toBe(true);
      expect(result.sendToThird).toBe(true);
      expect(result.conversationId).toBeUndefined();
    },
  );

  it('is base64url of the UTF-8 JSON, as other tools can produce it', () => {
    const token = encodeShare({ type: 'text', body: 'Salut 👋 مرحبا' });
    const json = Buffer.from(token, 'base64url').toString('utf8');
    expect(json).toBe('{"type":"text","body":"Salut 👋 مرحبا"}');
  });

  it('gives clear errors for garbage', () => {
    expect(decodeShare('')).toEqual({ ok: false, issues: [{ path: [], key: 'invalidEncoding' }] });
    expect(decodeShare('!!!')).toEqual({ ok: false, issues: [{ path: [], key: 'invalidEncoding' }] });
    expect(decodeShare(Buffer.from([0xff, 0xfe]).toString('base64url'))).toMatchObject({
      issues: [{ key: 'invalidEncoding' }],
    });
    expect(decodeShare(Buffer.from('{"type":').toString('base64url'))).toMatchObject({
      issues: [{ key: 'invalidJson' }],
    });
    expect(decodeShare(Buffer.from('{"type":"video","body":1}').toString('base64url'))).toMatchObject({
      ok: false,
      issues: [{ path: ['type'], key: 'unknownType' }],
    });
  });

  it('refuses a link that carries a conversation id', () => {
    const token = Buffer.from(JSON.stringify(examples.text)).toString('base64url');
    expect(decodeShare(token)).toEqual({
      ok: false,
      issues: [{ path: ['conversation_id'], key: 'unknownKey' }],
    });
  });

  it('loads an over-limit message flagged rather than refusing it', () => {
    const result = decodeShare(encodeShare({ type: 'text', body: 'x'.repeat(4097) }));
    expect(result).toMatchObject({ ok: false, draft: { kind: 'text' }, issues: [{ key: 'tooLong' }] });
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.base64String(), fc.string({ unit: 'binary' })), (text) => {
        expect(typeof decodeShare(text).ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the token from a location hash', () => {
    expect(shareTokenFromHash('#payload=abc_-')).toBe('abc_-');
    expect(shareTokenFromHash('#other=1&payload=xyz')).toBe('xyz');
    expect(shareTokenFromHash('')).toBeNull();
  });

  it('tells a hash too long for any share token from the raw length, before parsing it', () => {
    const longest = `#payload=${'A'.repeat(MAX_SHARE_TOKEN_CHARS)}`;
    expect(isShareHashTooLong(longest)).toBe(false);
    expect(isShareHashTooLong(`${longest}&lang=en`)).toBe(false);
    expect(isShareHashTooLong(`#payload=${'A'.repeat(2_000_000)}`)).toBe(true);
  });
});
