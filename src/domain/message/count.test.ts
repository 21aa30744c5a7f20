import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparisonKey,
  countChars,
  hasEdgeWhitespace,
  hasLoneSurrogate,
  isBlank,
  removeLoneSurrogates,
  sliceChars,
  sliceGraphemes,
  truncateChars,
  utf16Overflow,
} from './count.ts';

describe('countChars', () => {
  it.each([
    ['', 0],
    ['Bonjour', 7],
    ['👍', 1],
    ['👍🏽', 2], // thumbs up + skin-tone modifier: two code points
    ['👨‍👩‍👧', 5], // man, ZWJ, woman, ZWJ, girl
    ['e\u0301', 2], // e + combining acute accent
    ['é', 1], // precomposed
    ['مرحبا', 5],
    ['سلام 👋', 6],
    ['a\r\nb', 4], // CRLF counts as two characters, as a server sees it
    ['\ud83d', 1], // a lone surrogate still counts as one
  ])('counts %j as %i code points', (text, expected) => {
    expect(countChars(text)).toBe(expected);
    expect(countChars(text)).toBe([...text].length);
  });
});

describe('utf16Overflow', () => {
  it('warns when emoji push the UTF-16 length over the limit while code points fit', () => {
    const text = '👍'.repeat(3); // 3 code points, 6 UTF-16 units
    expect(utf16Overflow(text, 4)).toBe(true);
    expect(utf16Overflow(text, 6)).toBe(false);
    expect(utf16Overflow(text, 2)).toBe(false); // over by code points too: that is an error, not this warning
    expect(utf16Overflow('abc', 3)).toBe(false);
  });
});

describe('sliceChars', () => {
  it('keeps the first N code points and never splits a surrogate pair', () => {
    expect(sliceChars('👍👍👍', 2)).toBe('👍👍');
    expect(sliceChars('abc', 5)).toBe('abc');
    expect(sliceChars('abc', 0)).toBe('');
    expect(countChars(sliceChars('x👨‍👩‍👧y', 3))).toBe(3);
  });
});

describe('isBlank', () => {
  it('treats spaces, tabs and line breaks as blank', () => {
    expect(isBlank(' \t\r\n')).toBe(true);
    expect(isBlank(' a ')).toBe(false);
  });
});

describe('truncateChars', () => {
  it('keeps short text and cuts long text to the limit, "…" included, by code points', () => {
    expect(truncateChars('Bonjour', 7)).toBe('Bonjour');
    expect(truncateChars('Bonjour', 5)).toBe('Bonj…');
    expect(truncateChars('👍👍👍', 2)).toBe('👍…');
  });
});

describe('text rules a reader cannot see', () => {
  const INVISIBLE = [
    '\u200B',
    '\u200C',
    '\u200D',
    '\u2060',
    '\uFEFF',
    '\u3164',
    '\uFFA0',
    '\u2800',
    '\u00AD',
    '\uFE0F',
    '\u200E',
    ' ',
    '\t',
    '\n',
    '\u00A0',
    '\u3000',
  ];

  it.each(INVISIBLE)('counts text made only of U+%s as blank', (char) => {
    expect(isBlank(char.repeat(3))).toBe(true);
  });

  it('is blank for any mix of invisible characters, and not once a visible one is added', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...INVISIBLE), { maxLength: 20 }),
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 3 })
          // A letter or symbol a reader sees: U+3164 and U+FFA0 are letters and U+2800 a symbol, yet all three draw nothing.
          .filter((s) =>
            [...s].some(
              (c) =>
                /[\p{L}\p{N}\p{P}\p{S}]/u.test(c) && !/[\p{Default_Ignorable_Code_Point}\u2800]/u.test(c),
            ),
          ),
        fc.nat(),
        (invisible, visible, at) => {
          expect(isBlank(invisible.join(''))).toBe(true);
          const position = at % (invisible.length + 1);
          const text = [...invisible.slice(0, position), visible, ...invisible.slice(position)].join('');
          expect(isBlank(text)).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('finds lone surrogates, and removing them leaves well-formed text with every pair kept', () => {
    expect(hasLoneSurrogate('a\uD83Db')).toBe(true);
    expect(hasLoneSurrogate('a\uDC4Db')).toBe(true);
    expect(hasLoneSurrogate('👍\uD83D')).toBe(true);
    expect(hasLoneSurrogate('👍 é')).toBe(false);
    expect(removeLoneSurrogates('a\uD83Db👍\uDC4D')).toBe('ab👍');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const fixed = removeLoneSurrogates(text);
        expect(hasLoneSurrogate(fixed)).toBe(false);
        expect(() => encodeURIComponent(fixed)).not.toThrow();
        expect(hasLoneSurrogate(text)).toBe(fixed !== text);
        expect(hasLoneSurrogate(text)).toBe(/\p{Cs}/u.test(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('compares texts as NFC, without invisible characters or surrounding space', () => {
    expect(comparisonKey('Caf\u00e9')).toBe(comparisonKey('Cafe\u0301'));
    expect(comparisonKey(' a\u200B ')).toBe(comparisonKey('a'));
    expect(hasEdgeWhitespace(' a')).toBe(true);
    expect(hasEdgeWhitespace('a b')).toBe(false);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (text) => {
        expect(comparisonKey(text.normalize('NFD'))).toBe(comparisonKey(text.normalize('NFC')));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('sliceGraphemes', () => {
  const segments = (text: string) =>
    [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

  it('keeps a family emoji whole or drops it whole: no stray joiner', () => {
    const text = `${'a'.repeat(4092)}👨‍👩‍👧`;
    expect(sliceGraphemes(text, 4096)).toBe('a'.repeat(4092));
    expect(sliceGraphemes(text, 4097)).toBe(text);
    expect(sliceGraphemes('e\u0301e\u0301', 3)).toBe('e\u0301');
    expect(sliceGraphemes('🇲🇦🇫🇷', 3)).toBe('🇲🇦');
  });

  it('is the longest run of whole grapheme clusters within the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat({ max: 60 }), (text, limit) => {
        const kept = sliceGraphemes(text, limit);
        expect(text.startsWith(kept)).toBe(true);
        expect(countChars(kept)).toBeLessThanOrEqual(limit);
        const all = segments(text);
        const head = segments(kept);
        expect(head).toEqual(all.slice(0, head.length));
        const next = all[head.length];
        if (next !== undefined) expect(countChars(kept + next)).toBeGreaterThan(limit);
      }),
      { numRuns: 1000 },
    );
  });
});
