/**
 * Placeholders: `{{name}}` in any text of a message (names are letters, digits and `_`; spaces just inside the
 * braces are tolerated, so `{{ name }}` is `name`). Anything else between braces — `{{}}`, `{{a-b}}`, `{{#if}}`,
 * `{name}` — is ordinary text and stays as typed. Filling is one pass from left to right: a value is inserted as
 * it is and never read again for placeholders, so a value cannot expand into another value.
 *
 * Ids (button and row ids) and coordinates are never templated: ids are what the customer's reply carries back,
 * and must not change from one customer to the next.
 */
import { assertNever } from '../assert-never.ts';
import type { Draft } from './draft.ts';

/** A value per placeholder name; an empty string is a value not given yet. */
export type PlaceholderValues = Readonly<Record<string, string>>;

const PLACEHOLDER_SOURCE = String.raw`\{\{[ \t]*([\p{L}\p{M}\p{Nd}_]+)[ \t]*\}\}`;

function pattern(): RegExp {
  // A fresh object per call: a shared global RegExp carries `lastIndex` from one caller to the next.
  return new RegExp(PLACEHOLDER_SOURCE, 'gu');
}

/** Whether `name` can be a placeholder name (what `{{name}}` accepts). */
export function isPlaceholderName(name: string): boolean {
  return new RegExp(`^[\\p{L}\\p{M}\\p{Nd}_]+$`, 'u').test(name);
}

export interface PlaceholderMatch {
  name: string;
  /** UTF-16 offsets of the whole `{{…}}`, end exclusive. */
  start: number;
  end: number;
}

/**
 * Whether `text` may hold a placeholder at all: each one starts with `{{`. A substring search is far cheaper than
 * the pattern's Unicode scan, and these functions run on the whole text at every keystroke, mostly on text
 * without any.
 */
function mayHold(text: string): boolean {
  return text.includes('{{');
}

/** Every placeholder occurrence in `text`, left to right. */
export function matchPlaceholders(text: string): PlaceholderMatch[] {
  const matches: PlaceholderMatch[] = [];
  if (!mayHold(text)) return matches;
  for (const match of text.matchAll(pattern())) {
    const name = match[1];
    if (name === undefined) continue;
    matches.push({ name, start: match.index, end: match.index + match[0].length });
  }
  return matches;
}

/** The distinct placeholder names of one or more texts, in order of first appearance. */
export function findPlaceholders(...texts: readonly string[]): string[] {
  const names = new Set<string>();
  for (const text of texts) for (const { name } of matchPlaceholders(text)) names.add(name);
  return [...names];
}

function valueOf(values: PlaceholderValues, name: string): string | undefined {
  // Own keys only: a name like `constructor` must not find Object.prototype's.
  if (!Object.hasOwn(values, name)) return undefined;
  const value = values[name];
  return value === undefined || value === '' ? undefined : value;
}

/** `text` with every placeholder that has a non-empty value replaced by it; the others stay as typed. */
export function fillText(text: string, values: PlaceholderValues): string {
  if (!mayHold(text)) return text;
  return text.replace(pattern(), (whole, name: string) => valueOf(values, name) ?? whole);
}

/** The placeholder names of `texts` with no value yet, in order of first appearance. */
export function unfilledPlaceholders(texts: readonly string[], values: PlaceholderValues): string[] {
  return withoutValue(findPlaceholders(...texts), values);
}

/** Those of `names` that have no value yet (a missing or empty one), in their order. */
export function withoutValue(names: readonly string[], values: PlaceholderValues): string[] {
  return names.filter((name) => valueOf(values, name) === undefined);
}

/** Every text of a draft that may hold placeholders, in the order the editor shows them (ids excluded). */
function templatedTexts(draft: Draft): string[] {
  switch (draft.kind) {
    case 'text':
    case 'location_request':
      return [draft.body];
    case 'location':
      return [draft.name, draft.address];
    case 'button':
      return [draft.header, draft.body, ...draft.buttons.map((b) => b.title)];
    case 'list':
      return [
        draft.header,
        draft.body,
        draft.button,
        ...draft.sections.flatMap((s) => [s.title, ...s.rows.flatMap((r) => [r.title, r.description])]),
      ];
    default:
      return assertNever(draft);
  }
}

/** The distinct placeholder names of a draft, in the editor's order of first appearance. */
export function draftPlaceholders(draft: Draft): string[] {
  return findPlaceholders(...templatedTexts(draft));
}

/** The draft's placeholders that have no value yet. */
export function unfilledInDraft(draft: Draft, values: PlaceholderValues): string[] {
  return unfilledPlaceholders(templatedTexts(draft), values);
}

/** The draft with its placeholders filled (those without a value stay as typed); ids and coordinates untouched. */
export function fillDraft(draft: Draft, values: PlaceholderValues): Draft {
  const fill = (text: string) => fillText(text, values);
  switch (draft.kind) {
    case 'text':
    case 'location_request':
      return { ...draft, body: fill(draft.body) };
    case 'location':
      return { ...draft, name: fill(draft.name), address: fill(draft.address) };
    case 'button':
      return {
        ...draft,
        header: fill(draft.header),
        body: fill(draft.body),
        buttons: draft.buttons.map((b) => ({ ...b, title: fill(b.title) })),
      };
    case 'list':
      return {
        ...draft,
        header: fill(draft.header),
        body: fill(draft.body),
        button: fill(draft.button),
        sections: draft.sections.map((s) => ({
          title: fill(s.title),
          rows: s.rows.map((r) => ({ ...r, title: fill(r.title), description: fill(r.description) })),
        })),
      };
    default:
      return assertNever(draft);
  }
}

/** Only the values of the names given, without empty ones: what a template keeps as its defaults. */
export function pickValues(values: PlaceholderValues, names: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = valueOf(values, name);
    if (value !== undefined) picked[name] = value;
  }
  return picked;
}
