/**
 * Draft ⇄ payload. `toPayload` builds the exact JSON the API documents (key order as in the spec, optional keys
 * omitted when empty); `fromPayload` turns any JSON back into an editor draft, or into keyed issues, never
 * throwing. `validateDraft` checks a draft with the one schema and reports issues at the draft's own paths.
 */
import { assertNever } from '../assert-never.ts';
import { parseCoordinateField } from '../geo/coordinates.ts';
import { isBlank } from './count.ts';
import type { Draft, LocationDraft, MessageKind } from './draft.ts';
import type { IssuePath, PayloadIssue } from './issues.ts';
import {
  duplicateGroups,
  type Envelope,
  type MessageShape,
  validateMessage,
  validateMessageShape,
} from './schema.ts';

/** `type` and `body` of one kind of message, kept together (`Pick` over the union would let them mix). */
export type MessageParts = {
  [T in Envelope['type']]: Pick<Extract<Envelope, { type: T }>, 'type' | 'body'>;
}[Envelope['type']];

/** The footer as the payload writes it (`footer: {text}`), or nothing when the draft has none or it is empty. */
function footerOf(draft: { footer?: string }): { footer?: { text: string } } {
  return draft.footer === undefined || draft.footer === '' ? {} : { footer: { text: draft.footer } };
}

/** Whether a payload carries a footer (which Digishare's documentation does not list): Send asks first. */
export function payloadHasFooter(message: MessageParts | MessageShape): boolean {
  return message.type === 'interactive' && 'footer' in message.body && message.body.footer !== undefined;
}

export function toPayload(draft: Draft): MessageParts {
  switch (draft.kind) {
    case 'text':
      return { type: 'text', body: draft.body };
    case 'location':
      return {
        type: 'location',
        body: {
          latitude: parseCoordinateField(draft.latitude) ?? Number.NaN,
          longitude: parseCoordinateField(draft.longitude) ?? Number.NaN,
          ...(draft.name !== '' && { name: draft.name }),
          ...(draft.address !== '' && { address: draft.address }),
        },
      };
    case 'button':
      return {
        type: 'interactive',
        body: {
          type: 'button',
          ...(draft.header !== '' && { header: { type: 'text', text: draft.header } }),
          body: { text: draft.body },
          ...footerOf(draft),
          action: {
            buttons: draft.buttons.map((b) => ({ type: 'reply', reply: { id: b.id, title: b.title } })),
          },
        },
      };
    case 'list':
      return {
        type: 'interactive',
        body: {
          type: 'list',
          ...(draft.header !== '' && { header: { type: 'text', text: draft.header } }),
          body: { text: draft.body },
          ...footerOf(draft),
          action: {
            button: draft.button,
            sections: draft.sections.map((s) => ({
              title: s.title,
              rows: s.rows.map((r) => ({
                id: r.id,
                title: r.title,
                ...(r.description !== '' && { description: r.description }),
              })),
            })),
          },
        },
      };
    case 'location_request':
      return {
        type: 'interactive',
        body: {
          type: 'location_request_message',
          body: { text: draft.body },
          action: { name: 'send_location' },
        },
      };
    default:
      return assertNever(draft);
  }
}

export interface EnvelopeOptions {
  sendToThird: boolean;
  conversationId: string;
}

/** The complete `POST /v1/messages` body, keys in the spec's order. */
export function toEnvelope(draft: Draft, { sendToThird, conversationId }: EnvelopeOptions): Envelope {
  return envelopeOf(toPayload(draft), { send_to_third: sendToThird, conversation_id: conversationId });
}

/**
 * An envelope of exactly four fields, in the spec's order, from a message's `type` and `body`: whatever else the
 * message carries (a stray header, say) is left behind.
 */
export function envelopeOf(
  message: MessageParts | MessageShape,
  fields: Pick<Envelope, 'send_to_third' | 'conversation_id'>,
): Envelope {
  const { send_to_third, conversation_id } = fields;
  switch (message.type) {
    case 'text':
      return { send_to_third, conversation_id, type: message.type, body: message.body };
    case 'location':
      return { send_to_third, conversation_id, type: message.type, body: message.body };
    case 'interactive':
      return { send_to_third, conversation_id, type: message.type, body: message.body };
    default:
      return assertNever(message);
  }
}

/**
 * A coordinate written back into a form field: the shortest text that parses to the same number, without the
 * exponent form `String()` uses for very small or large values.
 */
export function coordinateToField(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', lead = '', fraction = '', exponentText = '0'] = match;
  const digits = lead + fraction;
  const exponent = Number(exponentText);
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const point = 1 + exponent;
  return point >= digits.length
    ? sign + digits + '0'.repeat(point - digits.length)
    : `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function shapeToDraft(message: MessageShape): Draft {
  switch (message.type) {
    case 'text':
      return { kind: 'text', body: message.body };
    case 'location':
      return {
        kind: 'location',
        latitude: coordinateToField(message.body.latitude),
        longitude: coordinateToField(message.body.longitude),
        name: message.body.name ?? '',
        address: message.body.address ?? '',
      };
    case 'interactive': {
      const body = message.body;
      switch (body.type) {
        case 'button':
          return {
            kind: 'button',
            header: body.header?.text ?? '',
            body: body.body.text,
            ...(body.footer && { footer: body.footer.text }),
            buttons: body.action.buttons.map((b) => ({ id: b.reply.id, title: b.reply.title })),
          };
        case 'list':
          return {
            kind: 'list',
            header: body.header?.text ?? '',
            body: body.body.text,
            ...(body.footer && { footer: body.footer.text }),
            button: body.action.button,
            sections: body.action.sections.map((s) => ({
              title: s.title,
              rows: s.rows.map((r) => ({ id: r.id, title: r.title, description: r.description ?? '' })),
            })),
          };
        case 'location_request_message':
          return { kind: 'location_request', body: body.body.text };
        default:
          return assertNever(body);
      }
    }
    default:
      return assertNever(message);
  }
}

export type FromPayloadResult =
  | { ok: true; draft: Draft; sendToThird?: boolean; conversationId?: string }
  /** `draft` is present when the structure is right and only rules failed: the editor can show it, flagged. */
  | { ok: false; issues: PayloadIssue[]; draft?: Draft; sendToThird?: boolean; conversationId?: string };

function envelopeExtras(message: MessageShape) {
  return {
    ...(message.send_to_third !== undefined && { sendToThird: message.send_to_third }),
    ...(message.conversation_id !== undefined && { conversationId: message.conversation_id }),
  };
}

/** Any JSON value — a full envelope or just `{type, body}` — to an editor draft. Never throws. */
export function fromPayload(json: unknown): FromPayloadResult {
  const strict = validateMessage(json);
  if (strict.success) return { ok: true, draft: shapeToDraft(strict.data), ...envelopeExtras(strict.data) };
  const shape = validateMessageShape(json);
  if (!shape.success) return { ok: false, issues: strict.issues };
  return { ok: false, issues: strict.issues, draft: shapeToDraft(shape.data), ...envelopeExtras(shape.data) };
}

/** Where a payload issue lives in the editor's draft of that kind. */
export function payloadPathToDraftPath(kind: MessageKind, path: IssuePath): IssuePath {
  const [, second, third, fourth, fifth, sixth, seventh] = path;
  switch (kind) {
    case 'text':
      return path[0] === 'body' ? ['body'] : [];
    case 'location':
      return typeof second === 'string' ? [second] : [];
    case 'location_request':
      return second === 'body' ? ['body'] : [];
    case 'button':
    case 'list':
      if (second === 'header') return ['header'];
      if (second === 'body') return ['body'];
      if (second === 'footer') return ['footer'];
      if (second !== 'action') return [];
      if (third === 'button') return ['button'];
      if (third === 'buttons') {
        if (typeof fourth !== 'number') return ['buttons'];
        return fifth === 'reply' && typeof sixth === 'string'
          ? ['buttons', fourth, sixth]
          : ['buttons', fourth];
      }
      if (third === 'sections') {
        if (typeof fourth !== 'number') return ['sections'];
        if (fifth === 'title') return ['sections', fourth, 'title'];
        if (fifth !== 'rows') return ['sections', fourth];
        if (typeof sixth !== 'number') return ['sections', fourth, 'rows'];
        return typeof seventh === 'string'
          ? ['sections', fourth, 'rows', sixth, seventh]
          : ['sections', fourth, 'rows', sixth];
      }
      return [];
    default:
      return assertNever(kind);
  }
}

function locationFieldIssues(draft: LocationDraft): PayloadIssue[] {
  const issues: PayloadIssue[] = [];
  for (const field of ['latitude', 'longitude'] as const) {
    const value = draft[field];
    if (isBlank(value)) issues.push({ path: [field], key: 'required' });
    else if (parseCoordinateField(value) === null) issues.push({ path: [field], key: 'notANumber' });
  }
  return issues;
}

/**
 * What the API accepts but is worth a word (`isWarning`): a footer, which WhatsApp takes but Digishare's
 * documentation does not list; two rows of a list with the same title (as a reader compares them), which a
 * customer cannot tell apart and some providers refuse.
 */
function draftWarnings(draft: Draft): PayloadIssue[] {
  const footer: PayloadIssue[] =
    (draft.kind === 'button' || draft.kind === 'list') && draft.footer !== undefined && draft.footer !== ''
      ? [{ path: ['footer'], key: 'undocumentedFooter' }]
      : [];
  return [...footer, ...rowTitleWarnings(draft)];
}

function rowTitleWarnings(draft: Draft): PayloadIssue[] {
  if (draft.kind !== 'list') return [];
  const rows = draft.sections.flatMap((section, si) =>
    section.rows.map((row, ri) => ({ title: row.title, si, ri })),
  );
  return duplicateGroups(rows.map((row) => row.title)).flatMap((group) =>
    group.flatMap((index) => {
      const row = rows[index];
      if (!row) return [];
      return [
        {
          path: ['sections', row.si, 'rows', row.ri, 'title'],
          key: 'duplicateTitle' as const,
          params: { value: row.title },
        },
      ];
    }),
  );
}

/**
 * Every rule the draft breaks, at draft paths (`buttons[1].title`), with the same keys as payload issues, then
 * its warnings. Coordinates the form cannot turn into numbers are reported as required / not a number.
 */
export function validateDraft(draft: Draft): PayloadIssue[] {
  const payload = toPayload(draft);
  const result = validateMessage(payload);
  const issues = [
    ...(result.success
      ? []
      : result.issues.map((i) => ({ ...i, path: payloadPathToDraftPath(draft.kind, i.path) }))),
    ...draftWarnings(draft),
  ];
  if (draft.kind !== 'location') return issues;
  const fieldIssues = locationFieldIssues(draft);
  const unparsable = new Set(fieldIssues.map((i) => i.path[0]));
  return [...fieldIssues, ...issues.filter((i) => !unparsable.has(i.path[0]))];
}
