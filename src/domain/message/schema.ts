/**
 * The Digishare message, as zod schemas: the envelope and a discriminated union over the five kinds (text,
 * location, and the interactive button / list / location request). The same schema validates the editor (through
 * the codec), imports, share links and the sandbox.
 *
 * Each schema exists in two modes built from one definition: `strict` enforces every rule of the product
 * (lengths in code points, not-blank, counts, uniqueness, coordinate ranges); `shape` checks only the structure,
 * so a message whose text is too long can still be loaded into the editor and shown there, flagged, never cut.
 */
import * as z from 'zod/mini';
import { comparisonKey, countChars, hasEdgeWhitespace, hasLoneSurrogate, isBlank } from './count.ts';
import { isIssueKey, type IssueKey, type IssuePath, type PayloadIssue } from './issues.ts';
import {
  BUTTON_ID_MAX_CHARS,
  BUTTON_TITLE_MAX_CHARS,
  BUTTONS_MAX,
  BUTTONS_MIN,
  FOOTER_TEXT_MAX_CHARS,
  HEADER_TEXT_MAX_CHARS,
  INTERACTIVE_BODY_MAX_CHARS,
  LATITUDE_MAX_DEG,
  LATITUDE_MIN_DEG,
  LIST_BODY_MAX_CHARS,
  LIST_BUTTON_MAX_CHARS,
  LIST_ROWS_MAX,
  LOCATION_REQUEST_BODY_MAX_CHARS,
  LONGITUDE_MAX_DEG,
  LONGITUDE_MIN_DEG,
  ROW_DESCRIPTION_MAX_CHARS,
  ROW_ID_MAX_CHARS,
  ROW_TITLE_MAX_CHARS,
  SECTION_ROWS_MIN,
  SECTION_TITLE_MAX_CHARS,
  SECTIONS_MAX,
  SECTIONS_MIN,
  TEXT_BODY_MAX_CHARS,
} from './limits.ts';

type Mode = 'strict' | 'shape';

function issue(key: IssueKey, params?: Record<string, string | number>, path?: IssuePath) {
  return { code: 'custom' as const, message: key, params, path };
}

/**
 * A required text: not empty, not blank (invisible characters alone count as blank), at most `limit` code
 * points, and well-formed UTF-16 (a lone surrogate cannot be sent as UTF-8). An id may also not start or end
 * with white space.
 */
function text(mode: Mode, limit: number, { id = false }: { id?: boolean } = {}) {
  const schema = z.string();
  if (mode === 'shape') return schema;
  return schema.check(
    z.superRefine((value, ctx) => {
      const count = countChars(value);
      if (hasLoneSurrogate(value)) ctx.addIssue(issue('loneSurrogate'));
      if (count === 0) ctx.addIssue(issue('required'));
      else if (isBlank(value)) ctx.addIssue(issue('blank'));
      else if (count > limit) ctx.addIssue(issue('tooLong', { count, limit }));
      if (id && !isBlank(value) && hasEdgeWhitespace(value)) ctx.addIssue(issue('edgeSpace'));
    }),
  );
}

function coordinate(mode: Mode, min: number, max: number) {
  const schema = z.number();
  if (mode === 'shape') return schema;
  return schema.check(
    z.superRefine((value, ctx) => {
      if (!Number.isFinite(value) || value < min || value > max)
        ctx.addIssue(issue('outOfRange', { min, max }));
    }),
  );
}

/** Flags every item whose key is shared with another item, so both ends of a duplicate are marked. */
function flagDuplicates<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  pathOf: (index: number) => IssuePath,
  addIssue: (i: ReturnType<typeof issue>) => void,
) {
  for (const indexes of duplicateGroups(items.map(keyOf))) {
    for (const index of indexes)
      addIssue(issue('duplicate', { value: keyOf(items[index] as T) }, pathOf(index)));
  }
}

/**
 * The positions of texts that are equal once compared as a reader sees them (`comparisonKey`: NFC, no invisible
 * characters, no surrounding space), one group per repeated text. Blank texts are left to the blank rule.
 */
export function duplicateGroups(texts: readonly string[]): number[][] {
  const seen = new Map<string, number[]>();
  texts.forEach((value, index) => {
    const key = comparisonKey(value);
    if (key === '') return;
    seen.set(key, [...(seen.get(key) ?? []), index]);
  });
  return [...seen.values()].filter((indexes) => indexes.length > 1);
}

function countCheck(count: number, min: number, max: number, item: string) {
  if (count < min) return issue('tooFew', { count, limit: min, item });
  if (count > max) return issue('tooMany', { count, limit: max, item });
  return undefined;
}

function headerSchema(mode: Mode) {
  return z.strictObject({ type: z.literal('text'), text: text(mode, HEADER_TEXT_MAX_CHARS) });
}

/** WhatsApp's footer (small grey text under the body): not in Digishare's documentation, see `isWarning`. */
function footerSchema(mode: Mode) {
  return z.strictObject({ text: text(mode, FOOTER_TEXT_MAX_CHARS) });
}

function buttonSchema(mode: Mode) {
  const button = z.strictObject({
    type: z.literal('reply'),
    reply: z.strictObject({
      id: text(mode, BUTTON_ID_MAX_CHARS, { id: true }),
      title: text(mode, BUTTON_TITLE_MAX_CHARS),
    }),
  });
  const buttons = z.array(button);
  return z.strictObject({
    type: z.literal('button'),
    header: z.optional(headerSchema(mode)),
    body: z.strictObject({ text: text(mode, INTERACTIVE_BODY_MAX_CHARS) }),
    footer: z.optional(footerSchema(mode)),
    action: z.strictObject({
      buttons:
        mode === 'shape'
          ? buttons
          : buttons.check(
              z.superRefine(
                (items, ctx) => {
                  const count = countCheck(items.length, BUTTONS_MIN, BUTTONS_MAX, 'buttons');
                  if (count) ctx.addIssue(count);
                  const wellFormed = items.filter(isReplyButton);
                  if (wellFormed.length !== items.length) return;
                  const add = (i: ReturnType<typeof issue>) => ctx.addIssue(i);
                  flagDuplicates(
                    wellFormed,
                    (b) => b.reply.id,
                    (i) => [i, 'reply', 'id'],
                    add,
                  );
                  flagDuplicates(
                    wellFormed,
                    (b) => b.reply.title,
                    (i) => [i, 'reply', 'title'],
                    add,
                  );
                },
                { when: (payload) => Array.isArray(payload.value) },
              ),
            ),
    }),
  });
}

interface ReplyButtonShape {
  reply: { id: string; title: string };
}
function isReplyButton(value: unknown): value is ReplyButtonShape {
  if (typeof value !== 'object' || value === null) return false;
  const reply = (value as { reply?: unknown }).reply;
  if (typeof reply !== 'object' || reply === null) return false;
  const { id, title } = reply as { id?: unknown; title?: unknown };
  return typeof id === 'string' && typeof title === 'string';
}

interface SectionShape {
  rows: { id: string }[];
}
function isSection(value: unknown): value is SectionShape {
  if (typeof value !== 'object' || value === null) return false;
  const rows = (value as { rows?: unknown }).rows;
  return (
    Array.isArray(rows) &&
    rows.every((r) => typeof r === 'object' && r !== null && typeof (r as { id?: unknown }).id === 'string')
  );
}

function listSchema(mode: Mode) {
  const description =
    mode === 'shape'
      ? z.string()
      : z.string().check(
          z.superRefine((value, ctx) => {
            // Optional: an empty description is written by omitting the key, so a present one has text.
            const count = countChars(value);
            if (hasLoneSurrogate(value)) ctx.addIssue(issue('loneSurrogate'));
            if (count === 0 || isBlank(value)) ctx.addIssue(issue('blank'));
            else if (count > ROW_DESCRIPTION_MAX_CHARS)
              ctx.addIssue(issue('tooLong', { count, limit: ROW_DESCRIPTION_MAX_CHARS }));
          }),
        );
  const row = z.strictObject({
    id: text(mode, ROW_ID_MAX_CHARS, { id: true }),
    title: text(mode, ROW_TITLE_MAX_CHARS),
    description: z.optional(description),
  });
  const rows = z.array(row);
  const section = z.strictObject({
    title: text(mode, SECTION_TITLE_MAX_CHARS),
    rows:
      mode === 'shape'
        ? rows
        : rows.check(
            z.superRefine((items, ctx) => {
              if (items.length < SECTION_ROWS_MIN)
                ctx.addIssue(issue('tooFew', { count: items.length, limit: SECTION_ROWS_MIN, item: 'rows' }));
            }),
          ),
  });
  const sections = z.array(section);
  return z.strictObject({
    type: z.literal('list'),
    header: z.optional(headerSchema(mode)),
    body: z.strictObject({ text: text(mode, LIST_BODY_MAX_CHARS) }),
    footer: z.optional(footerSchema(mode)),
    action: z.strictObject({
      button: text(mode, LIST_BUTTON_MAX_CHARS),
      sections:
        mode === 'shape'
          ? sections
          : sections.check(
              z.superRefine(
                (items, ctx) => {
                  const count = countCheck(items.length, SECTIONS_MIN, SECTIONS_MAX, 'sections');
                  if (count) ctx.addIssue(count);
                  if (!items.every(isSection)) return;
                  const total = items.reduce((sum, s) => sum + s.rows.length, 0);
                  if (total > LIST_ROWS_MAX)
                    ctx.addIssue(issue('tooMany', { count: total, limit: LIST_ROWS_MAX, item: 'rows' }));
                  const flat = items.flatMap((s, si) => s.rows.map((r, ri) => ({ id: r.id, si, ri })));
                  flagDuplicates(
                    flat,
                    (r) => r.id,
                    (i) => [flat[i]?.si ?? 0, 'rows', flat[i]?.ri ?? 0, 'id'],
                    (i) => ctx.addIssue(i),
                  );
                },
                { when: (payload) => Array.isArray(payload.value) },
              ),
            ),
    }),
  });
}

function locationRequestSchema(mode: Mode) {
  return z.strictObject({
    type: z.literal('location_request_message'),
    body: z.strictObject({ text: text(mode, LOCATION_REQUEST_BODY_MAX_CHARS) }),
    action: z.strictObject({ name: z.literal('send_location') }),
  });
}

function locationBodySchema(mode: Mode) {
  const optionalText =
    mode === 'shape'
      ? z.string()
      : z.string().check(
          z.superRefine((value, ctx) => {
            if (hasLoneSurrogate(value)) ctx.addIssue(issue('loneSurrogate'));
            if (isBlank(value)) ctx.addIssue(issue('blank'));
          }),
        );
  return z.strictObject({
    latitude: coordinate(mode, LATITUDE_MIN_DEG, LATITUDE_MAX_DEG),
    longitude: coordinate(mode, LONGITUDE_MIN_DEG, LONGITUDE_MAX_DEG),
    name: z.optional(optionalText),
    address: z.optional(optionalText),
  });
}

function conversationIdSchema() {
  return z.string().check(
    z.superRefine((value, ctx) => {
      if (hasLoneSurrogate(value)) ctx.addIssue(issue('loneSurrogate'));
      if (isBlank(value)) ctx.addIssue(issue(value === '' ? 'required' : 'blank'));
    }),
  );
}

/** The envelope fields, in the spec's key order. */
const ENVELOPE_FIELDS = { send_to_third: z.boolean(), conversation_id: conversationIdSchema() };
/** The same, optional: an import or share link may hold just `{type, body}`. */
const OPTIONAL_ENVELOPE_FIELDS = {
  send_to_third: z.optional(z.boolean()),
  conversation_id: z.optional(conversationIdSchema()),
};

function messageSchema<F extends z.core.$ZodShape>(mode: Mode, fields: F) {
  return z.discriminatedUnion('type', [
    z.strictObject({ ...fields, type: z.literal('text'), body: text(mode, TEXT_BODY_MAX_CHARS) }),
    z.strictObject({ ...fields, type: z.literal('location'), body: locationBodySchema(mode) }),
    z.strictObject({
      ...fields,
      type: z.literal('interactive'),
      body: z.discriminatedUnion('type', [buttonSchema(mode), listSchema(mode), locationRequestSchema(mode)]),
    }),
  ]);
}

/** A complete request body for `POST /v1/messages`. */
const envelopeSchema = messageSchema('strict', ENVELOPE_FIELDS);
export type Envelope = z.infer<typeof envelopeSchema>;

/** A message as imported or shared: `{type, body}`, with the envelope fields optional. */
const messageInputSchema = messageSchema('strict', OPTIONAL_ENVELOPE_FIELDS);
export type MessageInput = z.infer<typeof messageInputSchema>;

/** The same structure with no length, count or uniqueness rule: what the editor can hold. */
export const messageShapeSchema = messageSchema('shape', OPTIONAL_ENVELOPE_FIELDS);
export type MessageShape = z.infer<typeof messageShapeSchema>;

export type MessagePayload = Pick<Envelope, 'type' | 'body'>;

export type ValidationResult<T> = { success: true; data: T } | { success: false; issues: PayloadIssue[] };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function toIssuePath(path: readonly PropertyKey[]): IssuePath {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

/** Turns zod's issues into keyed, translatable issues. */
function toPayloadIssues(input: unknown, issues: readonly z.core.$ZodIssue[]): PayloadIssue[] {
  return issues.flatMap((zi): PayloadIssue[] => {
    const path = toIssuePath(zi.path);
    const value = valueAt(input, zi.path);
    switch (zi.code) {
      case 'custom': {
        const params = (zi as { params?: Record<string, string | number> }).params;
        // Our refinements put an issue key in the message; any other custom check is an invalid value.
        if (!isIssueKey(zi.message)) return [{ path, key: 'invalidValue' }];
        return [{ path, key: zi.message, ...(params ? { params } : {}) }];
      }
      case 'invalid_type':
        if (value === undefined) return [{ path, key: 'required' }];
        if (typeof value === 'number' && Number.isNaN(value)) return [{ path, key: 'notANumber' }];
        return [{ path, key: 'invalidType', params: { expected: zi.expected } }];
      case 'unrecognized_keys':
        return zi.keys.map((key) => ({ path: [...path, key], key: 'unknownKey' as const }));
      case 'invalid_union': {
        if (value === undefined) return [{ path, key: 'required' }];
        const options = (zi as { options?: unknown[] }).options;
        const expected = options ? options.map((o) => String(o)).join(' | ') : '';
        return [{ path, key: 'unknownType', params: { expected } }];
      }
      case 'invalid_value':
        if (value === undefined) return [{ path, key: 'required' }];
        return [
          { path, key: 'invalidValue', params: { expected: zi.values.map((v) => String(v)).join(' | ') } },
        ];
      default:
        return [{ path, key: 'invalidValue' }];
    }
  });
}

function validateWith<S extends z.ZodMiniType>(schema: S, json: unknown): ValidationResult<z.infer<S>> {
  const result = schema.safeParse(json);
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: toPayloadIssues(json, result.error.issues) };
}

/** Validates a full `POST /v1/messages` body. Never throws. */
export function validateEnvelope(json: unknown): ValidationResult<Envelope> {
  return validateWith(envelopeSchema, json);
}

/** Validates an imported or shared message (`{type, body}`, envelope fields optional). Never throws. */
export function validateMessage(json: unknown): ValidationResult<MessageInput> {
  return validateWith(messageInputSchema, json);
}

/** Checks only the structure (no limits). Never throws. */
export function validateMessageShape(json: unknown): ValidationResult<MessageShape> {
  return validateWith(messageShapeSchema, json);
}
