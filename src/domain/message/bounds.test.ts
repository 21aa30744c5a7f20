import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editorOverflow, isInputTooLarge, MAX_INPUT_BYTES, utf8Length } from './bounds.ts';
import { emptyRow } from './draft.ts';

describe('utf8Length', () => {
  it('is the UTF-8 byte count of well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
      { numRuns: 1000 },
    );
  });

  it('stops counting past the bound, so a 5 MB paste costs only its head', () => {
    expect(isInputTooLarge('x'.repeat(MAX_INPUT_BYTES))).toBe(false);
    expect(isInputTooLarge('x'.repeat(MAX_INPUT_BYTES + 1))).toBe(true);
    expect(isInputTooLarge('é'.repeat(MAX_INPUT_BYTES / 2 + 1))).toBe(true);
    expect(utf8Length('x'.repeat(5_000_000), MAX_INPUT_BYTES)).toBeGreaterThan(MAX_INPUT_BYTES);
  });
});

describe('editorOverflow', () => {
  const list = (sections: number, rowsEach: number) => ({
    kind: 'list' as const,
    header: '',
    body: 'b',
    button: 'v',
    sections: Array.from({ length: sections }, () => ({
      title: 's',
      rows: Array.from({ length: rowsEach }, emptyRow),
    })),
  });

  it('lets through what the editor shows and summarises more', () => {
    expect(editorOverflow(list(10, 5))).toBeNull();
    expect(editorOverflow(list(11, 1))).toEqual({ sections: 11, rows: 11, buttons: 0 });
    expect(editorOverflow(list(1, 10_000))).toEqual({ sections: 1, rows: 10_000, buttons: 0 });
    expect(editorOverflow({ kind: 'text', body: 'x' })).toBeNull();
  });
});
