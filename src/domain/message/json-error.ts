/**
 * Pasted or uploaded JSON text, parsed, and where it goes wrong. Engines word `JSON.parse` errors differently and
 * some give no position at all, so a small recursive-descent scanner (same grammar as RFC 8259) finds the first
 * offending character itself. Loaded with the import dialog and the template library, not with the page.
 */
import type { PayloadIssue } from './issues.ts';

export interface JsonErrorLocation {
  offset: number;
  line: number;
  column: number;
}

class Stop {
  readonly offset: number;
  constructor(offset: number) {
    this.offset = offset;
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const MAX_DEPTH = 10_000;

function scan(text: string): number | null {
  let i = 0;
  const fail = (at = i): never => {
    throw new Stop(at);
  };
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
  };
  const expect = (literal: string) => {
    for (const char of literal) {
      if (text[i] !== char) fail();
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const char = text[i] as string;
      if (char === '"') {
        i++;
        return;
      }
      if (char < ' ') fail();
      if (char === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail(i + 1);
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail(i + 1);
      } else i++;
    }
    fail();
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match || match[0] === '-') fail();
    i += match?.[0].length ?? 0;
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) fail();
    skip();
    const char = text[i];
    if (char === '{') {
      i++;
      skip();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skip();
        if (text[i] !== '"') fail();
        string();
        skip();
        expect(':');
        value(depth + 1);
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    } else if (char === '[') {
      i++;
      skip();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    } else if (char === '"') string();
    else if (char === 't') expect('true');
    else if (char === 'f') expect('false');
    else if (char === 'n') expect('null');
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) number();
    else fail();
  };
  try {
    value(0);
    skip();
    if (i < text.length) fail();
    return null;
  } catch (error) {
    if (error instanceof Stop) return error.offset;
    return i; // stack exhaustion on absurdly deep input
  }
}

/** The line and column (1-based) of the first JSON syntax error, or null when the text is valid JSON. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  const offset = scan(text);
  if (offset === null) return null;
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { offset, line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** Parses pasted or uploaded text; a syntax error is reported with its line and column. Never throws. */
export function parseJsonText(
  text: string,
): { ok: true; json: unknown } | { ok: false; issues: PayloadIssue[] } {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    const where = locateJsonError(text) ?? { line: 1, column: 1 };
    return {
      ok: false,
      issues: [{ path: [], key: 'invalidJson', params: { line: where.line, column: where.column } }],
    };
  }
}
