/** fast-check generators of valid drafts, shared by the domain's property tests. */
import fc from 'fast-check';
import { formatCoordinate } from '../../geo/coordinates.ts';
import { comparisonKey, isBlank } from '../count.ts';
import type { Draft } from '../draft.ts';
import * as L from '../limits.ts';

/** Text of 1..max code points that is not blank, drawn from letters, emoji, Arabic and markers. */
function validText(max: number): fc.Arbitrary<string> {
  const char = fc.oneof(
    fc.constantFrom('a', 'Z', 'é', ' ', '*', '_', '~', '`', '\n', '👍', '👨‍👩‍👧', 'م', 'ب', '1', '.'),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
  );
  return fc
    .array(char, { minLength: 1, maxLength: Math.min(max, 40) })
    .map((chars) => chars.join(''))
    .filter((s) => !isBlank(s) && [...s].length <= max);
}

/** An id: valid text without white space at either end (Meta forbids it). */
function validId(max: number): fc.Arbitrary<string> {
  return validText(max)
    .map((s) => s.trim())
    .filter((s) => !isBlank(s));
}

function optionalText(max: number) {
  return fc.oneof(fc.constant(''), validText(max));
}

function uniqueTexts(count: { min: number; max: number }, max: number, ids = false) {
  return fc.uniqueArray(ids ? validId(max) : validText(max), {
    minLength: count.min,
    maxLength: count.max,
    selector: comparisonKey,
  });
}

const textDraft = validText(L.TEXT_BODY_MAX_CHARS).map((body): Draft => ({ kind: 'text', body }));

const coordinate = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true }).map((n) => formatCoordinate(n));

const locationDraft = fc
  .record({
    latitude: coordinate(L.LATITUDE_MIN_DEG, L.LATITUDE_MAX_DEG),
    longitude: coordinate(L.LONGITUDE_MIN_DEG, L.LONGITUDE_MAX_DEG),
    name: optionalText(80),
    address: optionalText(120),
  })
  .map((d): Draft => ({ kind: 'location', ...d }));

const buttonDraft = fc
  .record({
    header: optionalText(L.HEADER_TEXT_MAX_CHARS),
    body: validText(L.INTERACTIVE_BODY_MAX_CHARS),
    ids: uniqueTexts({ min: 3, max: 3 }, L.BUTTON_ID_MAX_CHARS, true),
    titles: uniqueTexts({ min: L.BUTTONS_MIN, max: L.BUTTONS_MAX }, L.BUTTON_TITLE_MAX_CHARS),
  })
  .map(({ header, body, ids, titles }): Draft => ({
    kind: 'button',
    header,
    body,
    buttons: titles.map((title, i) => ({ id: ids[i] ?? `b${i}`, title })),
  }));

const listDraft = fc
  .record({
    header: optionalText(L.HEADER_TEXT_MAX_CHARS),
    body: validText(L.LIST_BODY_MAX_CHARS),
    button: validText(L.LIST_BUTTON_MAX_CHARS),
    sizes: fc
      .array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 })
      .filter((sizes) => sizes.reduce((a, b) => a + b, 0) <= L.LIST_ROWS_MAX),
    titles: fc.array(validText(L.SECTION_TITLE_MAX_CHARS), { minLength: 4, maxLength: 4 }),
    // Row titles unique too: a repeated one is a warning, and these drafts are meant to be clean.
    rows: fc.uniqueArray(
      fc.record({
        title: validText(L.ROW_TITLE_MAX_CHARS),
        description: optionalText(L.ROW_DESCRIPTION_MAX_CHARS),
      }),
      { minLength: 12, maxLength: 12, selector: (row) => comparisonKey(row.title) },
    ),
    ids: uniqueTexts({ min: 12, max: 12 }, L.ROW_ID_MAX_CHARS, true),
  })
  .map(({ header, body, button, sizes, titles, rows, ids }): Draft => {
    let n = 0;
    return {
      kind: 'list',
      header,
      body,
      button,
      sections: sizes.map((size, s) => ({
        title: titles[s] ?? 'S',
        rows: Array.from({ length: size }, () => {
          const row = rows[n] ?? { title: 'r', description: '' };
          const id = ids[n] ?? `r${n}`;
          n++;
          return { id, ...row };
        }),
      })),
    };
  });

const locationRequestDraft = validText(L.LOCATION_REQUEST_BODY_MAX_CHARS).map((body): Draft => ({
  kind: 'location_request',
  body,
}));

export const validDraft: fc.Arbitrary<Draft> = fc.oneof(
  textDraft,
  locationDraft,
  buttonDraft,
  listDraft,
  locationRequestDraft,
);
