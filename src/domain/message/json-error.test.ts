import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError, parseJsonText } from './json-error.ts';

describe('locateJsonError', () => {
  it.each([
    ['{"a": 1,}', 1, 9],
    ['{\n  "a": tru\n}', 2, 11],
    ['[1, 2', 1, 6],
    ['{"a" 1}', 1, 6],
    ['{"a": "line\nbreak"}', 1, 12],
    ['{"a": 01}', 1, 8],
    ['{} x', 1, 4],
    ['', 1, 1],
    ["{'a': 1}", 1, 2],
  ])('%j fails at line %i column %i', (text, line, column) => {
    expect(locateJsonError(text)).toMatchObject({ line, column });
  });

  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map((j) => j.slice(0, -1)),
        ),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          expect(locateJsonError(text) === null).toBe(valid);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('parseJsonText', () => {
  it('says where invalid JSON is wrong', () => {
    expect(parseJsonText('{\n  "type": "text",\n  "body": oops\n}')).toEqual({
      ok: false,
      issues: [{ path: [], key: 'invalidJson', params: { line: 3, column: 11 } }],
    });
    expect(parseJsonText('{"a": 1}')).toEqual({ ok: true, json: { a: 1 } });
  });
});
