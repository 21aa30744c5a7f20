import { describe, expect, it } from 'vitest';
import { countChars, isBlank, sliceChars, truncateChars, utf16Overflow } from './count.ts';

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
