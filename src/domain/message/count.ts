/**
 * What a "character" is. No source defines it and libraries disagree; we count Unicode code points
 * (`[...s].length`), the unit most servers use for string length. A family emoji (👨‍👩‍👧) is 5 code points, an
 * accented letter typed as e + combining accent is 2. This is the only place that measures text.
 */

/** The index just past the code point that starts at `index` (a surrogate pair is one code point). */
function nextCodePoint(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return index + 2;
  }
  return index + 1;
}

export function countChars(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i = nextCodePoint(text, i)) count++;
  return count;
}

/**
 * True when the text fits by code points but its UTF-16 length (what some clients and SDKs count) is over the
 * limit: emoji-heavy text. The UI shows a warning, not an error.
 */
export function utf16Overflow(text: string, limit: number): boolean {
  return text.length > limit && countChars(text) <= limit;
}

/** The first `limit` code points of `text`: what "Trim to N characters" keeps. Never splits a surrogate pair. */
export function sliceChars(text: string, limit: number): string {
  let end = 0;
  for (let count = 0; count < limit && end < text.length; count++) end = nextCodePoint(text, end);
  return text.slice(0, end);
}

export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}

/** At most `limit` code points, ending in "…" when something was cut: for one-line summaries, never for content. */
export function truncateChars(text: string, limit: number): string {
  return countChars(text) <= limit ? text : `${sliceChars(text, limit - 1)}…`;
}
