/**
 * What the editor holds for each message kind: plain strings shaped for forms (coordinates stay text so a typo is
 * kept and flagged, not lost), with no rule applied. The codec turns a draft into the exact API payload and back.
 * The zod schemas below check a draft's structure only (for stored drafts and templates), never a limit.
 */
import * as z from 'zod/mini';
import { assertNever } from '../assert-never.ts';
import { isBlank } from './count.ts';

export const MESSAGE_KINDS = ['text', 'location', 'button', 'list', 'location_request'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export interface TextDraft {
  kind: 'text';
  body: string;
}

export interface LocationDraft {
  kind: 'location';
  latitude: string;
  longitude: string;
  name: string;
  address: string;
}

export interface ButtonDraftItem {
  id: string;
  title: string;
}

/**
 * `footer` (reply buttons and lists) is WhatsApp's, not in Digishare's documentation: a draft has one only when an
 * imported message carried it, and the editor offers to remove it. Absent and `''` both send none.
 */
export interface ButtonDraft {
  kind: 'button';
  header: string;
  body: string;
  footer?: string;
  buttons: ButtonDraftItem[];
}

export interface ListRowDraft {
  id: string;
  title: string;
  description: string;
}

export interface ListSectionDraft {
  title: string;
  rows: ListRowDraft[];
}

export interface ListDraft {
  kind: 'list';
  header: string;
  body: string;
  footer?: string;
  button: string;
  sections: ListSectionDraft[];
}

export interface LocationRequestDraft {
  kind: 'location_request';
  body: string;
}

export type Draft = TextDraft | LocationDraft | ButtonDraft | ListDraft | LocationRequestDraft;
type DraftOf<K extends MessageKind> = Extract<Draft, { kind: K }>;
export type DraftsByKind = { [K in MessageKind]: DraftOf<K> };

/** Everything an editor holds: the chosen kind, `send_to_third`, and one draft per kind. */
export interface DraftSnapshot {
  kind: MessageKind;
  sendToThird: boolean;
  drafts: DraftsByKind;
}

export function emptyButton(): ButtonDraftItem {
  return { id: '', title: '' };
}

export function emptyRow(): ListRowDraft {
  return { id: '', title: '', description: '' };
}

export function emptySection(): ListSectionDraft {
  return { title: '', rows: [emptyRow()] };
}

/** A fresh editor: one empty draft per kind, each with the smallest valid structure to fill in. */
export function emptyDrafts(): DraftsByKind {
  return {
    text: { kind: 'text', body: '' },
    location: { kind: 'location', latitude: '', longitude: '', name: '', address: '' },
    button: { kind: 'button', header: '', body: '', buttons: [emptyButton()] },
    list: { kind: 'list', header: '', body: '', button: '', sections: [emptySection()] },
    location_request: { kind: 'location_request', body: '' },
  };
}

/** A fresh message: every kind's draft emptied; the chosen kind and `send_to_third` are the agent's settings. */
export function freshSnapshot(current: Pick<DraftSnapshot, 'kind' | 'sendToThird'>): DraftSnapshot {
  return { kind: current.kind, sendToThird: current.sendToThird, drafts: emptyDrafts() };
}

/**
 * The id an editor proposes for a button or row from its title: `btn_` / `row_` + the title folded to ASCII
 * lower-case words joined by `_` ("Oui" → `btn_oui`, "Problèmes API" → `row_problemes_api`). Titles with no
 * ASCII letter or digit (Arabic, emoji) fall back to the prefix and the position.
 */
export function deriveId(prefix: 'btn' | 'row', title: string, position: number): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return slug === '' ? `${prefix}_${position + 1}` : `${prefix}_${slug}`;
}

/** Whether a draft holds nothing a person typed (blank text counts as nothing; derived ids do not count). */
export function isDraftEmpty(draft: Draft): boolean {
  switch (draft.kind) {
    case 'text':
    case 'location_request':
      return isBlank(draft.body);
    case 'location':
      return [draft.latitude, draft.longitude, draft.name, draft.address].every(isBlank);
    case 'button':
      return (
        isBlank(draft.header) &&
        isBlank(draft.body) &&
        isBlank(draft.footer ?? '') &&
        draft.buttons.every((b) => isBlank(b.title))
      );
    case 'list':
      return (
        isBlank(draft.header) &&
        isBlank(draft.body) &&
        isBlank(draft.footer ?? '') &&
        isBlank(draft.button) &&
        draft.sections.every(
          (s) => isBlank(s.title) && s.rows.every((r) => isBlank(r.title) && isBlank(r.description)),
        )
      );
    default:
      return assertNever(draft);
  }
}

export const messageKindSchema = z.enum(MESSAGE_KINDS);

const textDraftSchema = z.object({
  kind: z.literal('text'),
  body: z.string(),
}) satisfies z.ZodMiniType<TextDraft>;

const locationDraftSchema = z.object({
  kind: z.literal('location'),
  latitude: z.string(),
  longitude: z.string(),
  name: z.string(),
  address: z.string(),
}) satisfies z.ZodMiniType<LocationDraft>;

const buttonDraftSchema = z.object({
  kind: z.literal('button'),
  header: z.string(),
  body: z.string(),
  footer: z.optional(z.string()),
  buttons: z.array(z.object({ id: z.string(), title: z.string() })),
}) satisfies z.ZodMiniType<ButtonDraft>;

const listDraftSchema = z.object({
  kind: z.literal('list'),
  header: z.string(),
  body: z.string(),
  footer: z.optional(z.string()),
  button: z.string(),
  sections: z.array(
    z.object({
      title: z.string(),
      rows: z.array(z.object({ id: z.string(), title: z.string(), description: z.string() })),
    }),
  ),
}) satisfies z.ZodMiniType<ListDraft>;

const locationRequestDraftSchema = z.object({
  kind: z.literal('location_request'),
  body: z.string(),
}) satisfies z.ZodMiniType<LocationRequestDraft>;

export const DRAFT_SCHEMAS: { [K in MessageKind]: z.ZodMiniType<DraftsByKind[K]> } = {
  text: textDraftSchema,
  location: locationDraftSchema,
  button: buttonDraftSchema,
  list: listDraftSchema,
  location_request: locationRequestDraftSchema,
};

export const draftSchema = z.discriminatedUnion('kind', [
  textDraftSchema,
  locationDraftSchema,
  buttonDraftSchema,
  listDraftSchema,
  locationRequestDraftSchema,
]) satisfies z.ZodMiniType<Draft>;
