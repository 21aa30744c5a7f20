import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { createTranslator } from '../../i18n/i18n.tsx';
import { describeApiError, type ErrorContext } from './api-error-text.ts';

const t = createTranslator('en');
const send = (target: ErrorContext['target']): ErrorContext => ({
  action: 'send',
  target,
  baseUrl: target === 'custom' ? 'https://api.example.test' : '/sandbox',
  pageOrigin: 'http://127.0.0.1:5173',
});

describe('describeApiError', () => {
  it('says a 429 without Retry-After gave no delay, and why a Custom server may hide it', () => {
    const error = new ApiError({ kind: 'rate-limited', status: 429, message: 'HTTP 429' });
    const sandbox = describeApiError(t, error, send('sandbox'));
    expect(sandbox.title).toMatch(/did not say how long/);
    expect(sandbox.details.join(' ')).not.toMatch(/Access-Control-Expose-Headers/);
    const custom = describeApiError(t, error, send('custom'));
    expect(custom.details.join(' ')).toMatch(/Access-Control-Expose-Headers/);
  });

  it('says the proxy never reached Digishare, so the message was not sent', () => {
    const error = new ApiError({ kind: 'upstream-unreachable', status: 502, message: 'HTTP 502' });
    expect(describeApiError(t, error, send('digishare')).title).toMatch(
      /could not reach Digishare.*not sent/,
    );
  });

  it('names where a redirect pointed, or says the browser hides it', () => {
    const named = new ApiError({ kind: 'redirect', status: 308, location: 'https://b.test/x', message: '' });
    expect(describeApiError(t, named, send('custom')).title).toContain('https://b.test/x');
    const hidden = new ApiError({ kind: 'redirect', message: '' });
    const text = describeApiError(t, hidden, send('custom'));
    expect(text.title).toMatch(/browser hides/);
    expect(text.details.join(' ')).toMatch(/nothing was resent/);
  });

  it('shows an excerpt of a 2xx that is not the API, cut to a readable length', () => {
    const page = `<html><h1>Welcome to nginx!</h1>${'x'.repeat(5000)}</html>`;
    const error = new ApiError({ kind: 'unexpected-response', status: 200, body: page, message: '' });
    const text = describeApiError(t, error, send('custom'));
    expect(text.title).toMatch(/outcome is unknown/);
    expect(text.details[0]).toContain('Welcome to nginx!');
    expect(text.details[0]?.length).toBeLessThan(400);
  });
});
