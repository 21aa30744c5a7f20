/**
 * How much input the app takes in at all. Beyond the API's own limits (limits.ts) a message can still be
 * structurally valid and huge: a 5 MB paste, a list of 10,000 rows. Such input is refused before it is parsed,
 * validated or rendered, because each of those steps grows with its size and once froze the tab for minutes.
 *
 * - Text coming in (a paste, a file, a share link, a saved draft) is at most the API's request limit, 1 MiB.
 * - A draft the editor would show is at most a few times what can be sent: more sections, rows or buttons would
 *   render thousands of inputs for a message the API refuses anyway.
 */
import type { Draft } from './draft.ts';
import { BUTTONS_MAX, MAX_REQUEST_BODY_BYTES, SECTIONS_MAX } from './limits.ts';

/** Largest paste, file, share link payload or saved draft, in UTF-8 bytes: the API's own request limit. */
export const MAX_INPUT_BYTES = MAX_REQUEST_BODY_BYTES;

/** Largest share token: the base64url of `MAX_INPUT_BYTES`. */
export const MAX_SHARE_TOKEN_CHARS = Math.ceil((MAX_INPUT_BYTES * 4) / 3);

/** The editor shows at most this much structure; the API takes 10 sections, 10 rows and 3 buttons. */
export const EDITOR_SECTIONS_CAP = SECTIONS_MAX;
export const EDITOR_ROWS_CAP = 50;
export const EDITOR_BUTTONS_CAP = BUTTONS_MAX * 3;

/**
 * UTF-8 length of `text`, stopping as soon as it passes `stopAbove` (a 5 MB paste costs only the first MiB).
 * A lone surrogate counts as the 3 bytes of its replacement character.
 */
export function utf8Length(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  if (text.length > stopAbove) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAbove; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export function isInputTooLarge(text: string): boolean {
  return utf8Length(text, MAX_INPUT_BYTES) > MAX_INPUT_BYTES;
}

export type EditorOverflow = { sections: number; rows: number; buttons: number };

/** The draft's size when it is more than the editor shows; `null` when it fits. */
export function editorOverflow(draft: Draft): EditorOverflow | null {
  const sections = draft.kind === 'list' ? draft.sections.length : 0;
  const rows = draft.kind === 'list' ? draft.sections.reduce((sum, s) => sum + s.rows.length, 0) : 0;
  const buttons = draft.kind === 'button' ? draft.buttons.length : 0;
  const over = sections > EDITOR_SECTIONS_CAP || rows > EDITOR_ROWS_CAP || buttons > EDITOR_BUTTONS_CAP;
  return over ? { sections, rows, buttons } : null;
}

function arrayAt(root: unknown, path: readonly string[]): unknown[] | undefined {
  let value = root;
  for (const part of path) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return Array.isArray(value) ? value : undefined;
}

/**
 * The same check on parsed JSON, before any validation: a 10,000-row list is summarised without running every
 * rule on every row. `null` when the JSON is not over the cap (or not a list or buttons message at all).
 */
export function payloadOverflow(json: unknown): EditorOverflow | null {
  const sections = arrayAt(json, ['body', 'action', 'sections']) ?? [];
  const rows = sections.reduce<number>((sum, section) => sum + (arrayAt(section, ['rows'])?.length ?? 0), 0);
  const buttons = arrayAt(json, ['body', 'action', 'buttons'])?.length ?? 0;
  const over =
    sections.length > EDITOR_SECTIONS_CAP || rows > EDITOR_ROWS_CAP || buttons > EDITOR_BUTTONS_CAP;
  return over ? { sections: sections.length, rows, buttons } : null;
}
