/**
 * The send history: every send with what went out (the envelope exactly as posted) and what came back, newest
 * first, the last 200 kept. An entry has no field for the token, and `recordSend` copies the fields it knows one
 * by one, so nothing else a caller holds can be stored by accident. A base URL is stored without credentials,
 * query or fragment.
 */
import * as z from 'zod/mini';
import { envelopeOf } from '../../domain/message/codec.ts';
import { messageShapeSchema, type Envelope, type MessageShape } from '../../domain/message/schema.ts';
import { createPersistentValue, libraryStorage, parseItems, type RecordSpec } from '../../lib/storage.ts';
import { newId } from './new-id.ts';

const HISTORY_RECORD_VERSION = 1;
export const HISTORY_MAX_ENTRIES = 200;
const HISTORY_FILE_FORMAT = 'digishare-composer-history';
const HISTORY_FILE_VERSION = 1;
const SHORT_TEXT_MAX_CHARS = 200;

/** `unknown`: no answer in time, so the message may have arrived (see isOutcomeUnknown). */
type SendOutcome = 'sent' | 'failed' | 'unknown';

/** What the app reports after each send. */
export interface SendRecord {
  /** The target's name (`sandbox`, `digishare`, `custom`) or its base URL. */
  target: string;
  conversationId: string;
  envelope: Envelope;
  httpStatus?: number;
  messageId?: string;
  durationMs?: number;
  outcome: SendOutcome;
  /** A short machine word for a failure: `unauthorized`, `timeout`, `network`… */
  errorKind?: string;
  at: Date;
}

export interface HistoryEntry {
  id: string;
  /** ISO 8601. */
  at: string;
  target: string;
  conversationId: string;
  envelope: Envelope;
  outcome: SendOutcome;
  httpStatus?: number;
  messageId?: string;
  durationMs?: number;
  errorKind?: string;
}

const envelopeShapeSchema = z.pipe(
  messageShapeSchema,
  z.transform((m: MessageShape, payload) => {
    const { send_to_third, conversation_id } = m;
    if (send_to_third === undefined || conversation_id === undefined) {
      payload.issues.push({
        code: 'custom',
        message: 'An envelope has send_to_third and conversation_id',
        input: m,
      });
      return z.NEVER;
    }
    return envelopeOf(m, { send_to_third, conversation_id });
  }),
);

const shortText = z.pipe(
  z.string(),
  z.transform((s: string) => s.slice(0, SHORT_TEXT_MAX_CHARS)),
);

const historyEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  at: z.iso.datetime({ offset: true }),
  target: shortText,
  conversationId: z.string(),
  envelope: envelopeShapeSchema,
  outcome: z.enum(['sent', 'failed', 'unknown']),
  httpStatus: z.catch(z.optional(z.int()), undefined),
  messageId: z.catch(z.optional(shortText), undefined),
  durationMs: z.catch(z.optional(z.number().check(z.nonnegative())), undefined),
  errorKind: z.catch(z.optional(shortText), undefined),
}) satisfies z.ZodMiniType<HistoryEntry>;

/** Only the envelope's four fields, in the spec's order. */
function copyEnvelope(envelope: Envelope): Envelope {
  return envelopeOf(envelope, envelope);
}

function copyEntry(entry: HistoryEntry): HistoryEntry {
  return {
    id: entry.id,
    at: entry.at,
    target: entry.target,
    conversationId: entry.conversationId,
    envelope: copyEnvelope(entry.envelope),
    outcome: entry.outcome,
    ...(entry.httpStatus !== undefined && { httpStatus: entry.httpStatus }),
    ...(entry.messageId !== undefined && { messageId: entry.messageId }),
    ...(entry.durationMs !== undefined && { durationMs: entry.durationMs }),
    ...(entry.errorKind !== undefined && { errorKind: entry.errorKind }),
  };
}

export const historyRecord: RecordSpec<HistoryEntry[]> = {
  area: 'history',
  name: 'history',
  version: HISTORY_RECORD_VERSION,
  parse(data) {
    const parsed = parseItems(data.entries, historyEntrySchema);
    return parsed && { value: parsed.items.slice(0, HISTORY_MAX_ENTRIES), skipped: parsed.skipped };
  },
  serialize: (entries) => ({ entries: entries.map(copyEntry) }),
};

export const historyStore = createPersistentValue<HistoryEntry[]>(libraryStorage, historyRecord, () => []);

/** A base URL without what must not be kept (credentials, query, fragment); a target name as it is. */
export function safeTarget(target: string): string {
  try {
    const url = new URL(target);
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.toString().slice(0, SHORT_TEXT_MAX_CHARS);
  } catch {
    return target.slice(0, SHORT_TEXT_MAX_CHARS);
  }
}

function toHistoryEntry(record: SendRecord): HistoryEntry {
  return copyEntry({
    id: newId(),
    at: record.at.toISOString(),
    target: safeTarget(record.target),
    conversationId: record.conversationId,
    envelope: record.envelope,
    outcome: record.outcome,
    httpStatus: record.httpStatus,
    messageId: record.messageId?.slice(0, SHORT_TEXT_MAX_CHARS),
    durationMs:
      record.durationMs === undefined || !Number.isFinite(record.durationMs)
        ? undefined
        : Math.max(0, Math.round(record.durationMs)),
    errorKind: record.errorKind?.slice(0, SHORT_TEXT_MAX_CHARS),
  });
}

/**
 * Adds a send at the top of the history. When the browser's storage is full, older entries are dropped until the
 * rest fits (the notice says so); the session still shows them all.
 */
export function recordSend(record: SendRecord, store = historyStore): HistoryEntry {
  const entry = toHistoryEntry(record);
  const next = [entry, ...store.get()].slice(0, HISTORY_MAX_ENTRIES);
  const result = store.set(next);
  if (!result.ok && result.reason === 'quota') {
    let saved = false;
    for (let keep = Math.floor(next.length / 2); keep >= 1 && !saved; keep = Math.floor(keep / 2)) {
      saved = store.set(next.slice(0, keep)).ok;
    }
    if (!saved) store.set(next);
  }
  return entry;
}

/** The conversations in the history, most recent first. */
export function conversationsOf(entries: readonly HistoryEntry[]): string[] {
  return [...new Set(entries.map((e) => e.conversationId))];
}

export interface HistoryFile {
  format: typeof HISTORY_FILE_FORMAT;
  version: typeof HISTORY_FILE_VERSION;
  entries: HistoryEntry[];
}

export function toHistoryFile(entries: readonly HistoryEntry[]): HistoryFile {
  return { format: HISTORY_FILE_FORMAT, version: HISTORY_FILE_VERSION, entries: entries.map(copyEntry) };
}
