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

/**
 * The first code points of `text`, at most `limit` of them, ending on a grapheme-cluster boundary: what "Trim to
 * N characters" keeps. A family emoji, a flag or a letter with its accents is kept whole or dropped whole, never
 * left as a broken half with a stray joiner. Segmentation stops at the cut, so a huge text costs only its head.
 */
export function sliceGraphemes(text: string, limit: number): string {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return sliceChars(text, limit);
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let end = 0;
  let count = 0;
  for (const { segment, index } of segmenter.segment(text)) {
    const size = countChars(segment);
    if (count + size > limit) break;
    count += size;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/**
 * What does not show: white space, control characters, default-ignorable code points (zero-width space and
 * joiner, variation selectors, the Hangul fillers, bidi marks…) and the blank Braille pattern, which renders as
 * a space. WhatsApp takes text made only of these as empty ("cannot be an empty string").
 */
const INVISIBLE = /^[\s\p{Cc}\p{Default_Ignorable_Code_Point}\u2800]*$/u;
const INVISIBLE_CHARS = /[\p{Cc}\p{Default_Ignorable_Code_Point}\u2800]/gu;

export function isBlank(text: string): boolean {
  return INVISIBLE.test(text);
}

/** Whether the text holds half of a surrogate pair: malformed UTF-16, which cannot be encoded as UTF-8. */
export function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    if (code >= 0xdc00) return true;
    const next = text.charCodeAt(i + 1);
    if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
    i++;
  }
  return false;
}

/** The text without its lone surrogates (the one-click fix); well-formed pairs are kept. */
export function removeLoneSurrogates(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) {
      out += text[i];
      continue;
    }
    const next = text.charCodeAt(i + 1);
    if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += text.slice(i, i + 2);
      i++;
    }
  }
  return out;
}

/** Whether the text starts or ends with white space (forbidden in ids by Meta's reference). */
export function hasEdgeWhitespace(text: string): boolean {
  return text !== '' && text.trim() !== text;
}

/**
 * What two texts are compared by when they must be unique: NFC-normalised ("Café" typed either way is one
 * title), without invisible characters and surrounding space, since a reader cannot tell those apart.
 */
export function comparisonKey(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE_CHARS, '').trim();
}

/** At most `limit` code points, ending in "…" when something was cut: for one-line summaries, never for content. */
export function truncateChars(text: string, limit: number): string {
  return countChars(text) <= limit ? text : `${sliceChars(text, limit - 1)}…`;
}
