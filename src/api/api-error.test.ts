import { describe, expect, it } from 'vitest';
import {
  API_ERROR_KINDS,
  ApiError,
  apiErrorKindFromStatus,
  isApiError,
  parseRetryAfter,
} from './api-error.ts';

describe('parseRetryAfter', () => {
  const now = new Date('2025-03-01T10:00:00Z');
  it.each([
    ['30', 30],
    [' 0 ', 0],
    ['Sat, 01 Mar 2025 10:00:30 GMT', 30],
    ['Sat, 01 Mar 2025 10:00:00 GMT', 0],
    ['Sat, 01 Mar 2025 09:00:00 GMT', 0],
    ['Saturday, 01-Mar-25 10:01:00 GMT', 60],
    ['Sat Mar  1 10:00:05 2025', 5],
    ['-5', undefined],
    ['1.5', undefined],
    ['2026', 2026],
    ['Mar 2025', undefined],
    ['later', undefined],
    ['', undefined],
    [null, undefined],
  ])('reads %j as %j seconds', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('apiErrorKindFromStatus', () => {
  it('only calls 5xx "server"', () => {
    for (let status = 300; status < 500; status += 1) {
      expect(apiErrorKindFromStatus(status)).not.toBe('server');
    }
    for (let status = 500; status < 600; status += 1) {
      expect(['server', 'timeout']).toContain(apiErrorKindFromStatus(status));
    }
  });

  it('returns a declared kind for every status', () => {
    for (let status = 100; status < 600; status += 1) {
      expect(API_ERROR_KINDS).toContain(apiErrorKindFromStatus(status));
    }
  });
});

describe('ApiError', () => {
  it('is an Error with its fields', () => {
    const error = new ApiError({
      kind: 'rate-limited',
      message: 'HTTP 429',
      status: 429,
      retryAfterSeconds: 3,
    });
    expect(error).toBeInstanceOf(Error);
    expect(isApiError(error)).toBe(true);
    expect(isApiError(new Error('x'))).toBe(false);
    expect(error).toMatchObject({
      name: 'ApiError',
      kind: 'rate-limited',
      status: 429,
      retryAfterSeconds: 3,
    });
    expect(error.fieldErrors).toEqual([]);
  });
});
