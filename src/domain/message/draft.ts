/**
 * What the editor holds for each message kind: plain strings shaped for forms (coordinates stay text so a typo is
 * kept and flagged, not lost), with no rule applied. The codec turns a draft into the exact API payload and back.
 */

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

export interface ButtonDraft {
  kind: 'button';
  header: string;
  body: string;
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
  button: string;
  sections: ListSectionDraft[];
}

export interface LocationRequestDraft {
  kind: 'location_request';
  body: string;
}

export type Draft = TextDraft | LocationDraft | ButtonDraft | ListDraft | LocationRequestDraft;
export type DraftOf<K extends MessageKind> = Extract<Draft, { kind: K }>;
export type DraftsByKind = { [K in MessageKind]: DraftOf<K> };

export function isMessageKind(value: unknown): value is MessageKind {
  return typeof value === 'string' && (MESSAGE_KINDS as readonly string[]).includes(value);
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
