/**
 * The composer's whole state as the library keeps it (the same shape as the composer's form values, declared here
 * from domain types because features never import each other), and zod schemas for each kind's draft in its
 * editor form. Drafts are stored in editor form, not as payloads: a half-typed coordinate or an over-limit text
 * comes back exactly as typed. The schemas check structure only — no limit is applied to what was typed.
 */
import * as z from 'zod';
import { assertNever } from '../../domain/assert-never.ts';
import {
  type ButtonDraft,
  type Draft,
  type DraftsByKind,
  type ListDraft,
  type LocationDraft,
  type LocationRequestDraft,
  MESSAGE_KINDS,
  type MessageKind,
  type TextDraft,
} from '../../domain/message/draft.ts';

export interface DraftSnapshot {
  kind: MessageKind;
  sendToThird: boolean;
  drafts: DraftsByKind;
}

export const messageKindSchema = z.enum(MESSAGE_KINDS);

export const textDraftSchema = z.object({
  kind: z.literal('text'),
  body: z.string(),
}) satisfies z.ZodType<TextDraft>;

export const locationDraftSchema = z.object({
  kind: z.literal('location'),
  latitude: z.string(),
  longitude: z.string(),
  name: z.string(),
  address: z.string(),
}) satisfies z.ZodType<LocationDraft>;

export const buttonDraftSchema = z.object({
  kind: z.literal('button'),
  header: z.string(),
  body: z.string(),
  buttons: z.array(z.object({ id: z.string(), title: z.string() })),
}) satisfies z.ZodType<ButtonDraft>;

export const listDraftSchema = z.object({
  kind: z.literal('list'),
  header: z.string(),
  body: z.string(),
  button: z.string(),
  sections: z.array(
    z.object({
      title: z.string(),
      rows: z.array(z.object({ id: z.string(), title: z.string(), description: z.string() })),
    }),
  ),
}) satisfies z.ZodType<ListDraft>;

export const locationRequestDraftSchema = z.object({
  kind: z.literal('location_request'),
  body: z.string(),
}) satisfies z.ZodType<LocationRequestDraft>;

export const DRAFT_SCHEMAS: { [K in MessageKind]: z.ZodType<DraftsByKind[K]> } = {
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
]) satisfies z.ZodType<Draft>;

/** Every piece of text a draft holds, its body first: what template search looks through. */
export function draftTexts(draft: Draft): string[] {
  switch (draft.kind) {
    case 'text':
    case 'location_request':
      return [draft.body];
    case 'location':
      return [draft.name, draft.address, draft.latitude, draft.longitude];
    case 'button':
      return [draft.body, draft.header, ...draft.buttons.flatMap((b) => [b.title, b.id])];
    case 'list':
      return [
        draft.body,
        draft.header,
        draft.button,
        ...draft.sections.flatMap((s) => [s.title, ...s.rows.flatMap((r) => [r.title, r.description, r.id])]),
      ];
    default:
      return assertNever(draft);
  }
}

/** The first line worth showing for a draft in a list (its body, else its name or header), or ''. */
export function draftSummary(draft: Draft): string {
  const first = draftTexts(draft).find((text) => text.trim() !== '') ?? '';
  const line = first.trim().split('\n')[0] ?? '';
  return [...line].length > 80 ? `${[...line].slice(0, 79).join('')}…` : line;
}
