/**
 * Templates: one message (kind, draft, `send_to_third`) saved under a name. In storage a template keeps the
 * editor form, so a draft saved mid-edit comes back as it was. The exchange file carries payloads instead — the
 * API's own `{type, body, send_to_third}` through `toPayload` — so it is readable outside this app, and an
 * imported file goes through the one domain schema (`fromPayload`) entry by entry: bad entries are reported
 * with their index, name and issue paths, good ones are kept.
 */
import * as z from 'zod/mini';
import { fromPayload, toPayload } from '../../domain/message/codec.ts';
import { type Draft, type DraftSnapshot, draftSchema } from '../../domain/message/draft.ts';
import type { PayloadIssue } from '../../domain/message/issues.ts';
import { parseJsonText } from '../../domain/message/json-error.ts';
import { draftPlaceholders, pickValues } from '../../domain/message/placeholders.ts';
import type { MessagePayload } from '../../domain/message/schema.ts';
import {
  createPersistentValue,
  libraryStorage,
  parseItems,
  type LibraryStorage,
  type RecordSpec,
} from '../../lib/storage.ts';
import { draftTexts } from './draft-text.ts';
import { newId } from './new-id.ts';

const TEMPLATES_RECORD_VERSION = 1;
export const TEMPLATES_FILE_FORMAT = 'digishare-composer-templates';
const TEMPLATES_FILE_VERSION = 1;
/** Far above any real library, small enough to parse without freezing the tab. */
export const TEMPLATES_FILE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * A template's own help for its placeholders: a default pre-fills the value when the template is loaded, a sample
 * is only shown as an example. Never the values typed for a customer.
 */
export interface TemplateVariables {
  defaults?: Record<string, string>;
  samples?: Record<string, string>;
}

export interface Template extends TemplateVariables {
  id: string;
  name: string;
  draft: Draft;
  sendToThird: boolean;
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
}

export type TemplateMessage = Pick<Template, 'name' | 'draft' | 'sendToThird' | 'defaults' | 'samples'>;

const valuesSchema = z.record(z.string(), z.string());

/** Defaults and samples for the draft's placeholders only, empty ones left out; no key at all when none. */
export function templateVariables(draft: Draft, variables: TemplateVariables | undefined): TemplateVariables {
  const names = draftPlaceholders(draft);
  const defaults = pickValues(variables?.defaults ?? {}, names);
  const samples = pickValues(variables?.samples ?? {}, names);
  return {
    ...(Object.keys(defaults).length > 0 && { defaults }),
    ...(Object.keys(samples).length > 0 && { samples }),
  };
}

const templateSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  draft: draftSchema,
  sendToThird: z.boolean(),
  // Older records have none; a damaged one loses its defaults, never the template.
  defaults: z.catch(z.optional(valuesSchema), undefined),
  samples: z.catch(z.optional(valuesSchema), undefined),
  createdAt: z.catch(z.string(), ''),
  updatedAt: z.catch(z.string(), ''),
}) satisfies z.ZodMiniType<Template>;

const templatesRecord: RecordSpec<Template[]> = {
  area: 'templates',
  name: 'templates',
  version: TEMPLATES_RECORD_VERSION,
  parse(data) {
    const parsed = parseItems(data.items, templateSchema);
    return parsed && { value: parsed.items, skipped: parsed.skipped };
  },
  serialize: (templates) => ({
    items: templates.map((t) => ({
      id: t.id,
      name: t.name,
      draft: t.draft,
      sendToThird: t.sendToThird,
      ...templateVariables(t.draft, t),
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
    })),
  }),
};

export function createTemplatesStore(storage: LibraryStorage) {
  return createPersistentValue<Template[]>(storage, templatesRecord, () => []);
}

export const templatesStore = createTemplatesStore(libraryStorage);

export function createTemplate(message: TemplateMessage, now: Date = new Date()): Template {
  const at = now.toISOString();
  return { id: newId(), ...message, createdAt: at, updatedAt: at };
}

/** The template's message as a whole composer state: the current state with that kind's draft replaced. */
export function applyTemplate(current: DraftSnapshot, template: Pick<Template, 'draft' | 'sendToThird'>) {
  return {
    kind: template.draft.kind,
    sendToThird: template.sendToThird,
    drafts: { ...current.drafts, [template.draft.kind]: template.draft },
  } as DraftSnapshot;
}

/** Case, accents and width folded, so "reponse" finds "Réponse". */
function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Templates whose name or text hold every word of the query. */
export function searchTemplates(templates: readonly Template[], query: string): Template[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...templates];
  return templates.filter((template) => {
    const haystack = foldForSearch([template.name, ...draftTexts(template.draft)].join('\n'));
    return words.every((word) => haystack.includes(word));
  });
}

/** The first of `copyName(1)`, `copyName(2)`, … not taken. */
export function uniqueName(taken: readonly string[], copyName: (n: number) => string): string {
  const names = new Set(taken);
  for (let n = 1; ; n++) {
    const candidate = copyName(n);
    if (!names.has(candidate)) return candidate;
  }
}

interface TemplatesFileEntry extends TemplateVariables {
  name: string;
  /** Placeholders stay as `{{name}}` in the message's text. */
  message: MessagePayload & { send_to_third: boolean };
}

export interface TemplatesFile {
  format: typeof TEMPLATES_FILE_FORMAT;
  version: typeof TEMPLATES_FILE_VERSION;
  templates: TemplatesFileEntry[];
}

export function toTemplatesFile(templates: readonly Template[]): TemplatesFile {
  return {
    format: TEMPLATES_FILE_FORMAT,
    version: TEMPLATES_FILE_VERSION,
    templates: templates.map((t) => {
      const { type, body } = toPayload(t.draft);
      return {
        name: t.name,
        message: { type, body, send_to_third: t.sendToThird } as TemplatesFileEntry['message'],
        ...templateVariables(t.draft, t),
      };
    }),
  };
}

export interface ImportRejection {
  /** Position in the file's `templates` array, from 0. */
  index: number;
  /** The entry's name when it has a readable one. */
  name: string | null;
  /** Paths from the entry: `name`, `message.body.text`… */
  issues: PayloadIssue[];
}

export type TemplatesImport =
  | { ok: true; accepted: TemplateMessage[]; rejected: ImportRejection[] }
  | { ok: false; problem: 'invalidJson'; issues: PayloadIssue[] }
  | { ok: false; problem: 'notTemplatesFile' }
  | { ok: false; problem: 'newerVersion'; version: number };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nameIssues(name: unknown): PayloadIssue[] {
  if (name === undefined) return [{ path: ['name'], key: 'required' }];
  if (typeof name !== 'string')
    return [{ path: ['name'], key: 'invalidType', params: { expected: 'string' } }];
  if (name === '') return [{ path: ['name'], key: 'required' }];
  if (name.trim() === '') return [{ path: ['name'], key: 'blank' }];
  return [];
}

/** Reads an exchange file. Never throws. */
export function readTemplatesFile(text: string): TemplatesImport {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, problem: 'invalidJson', issues: parsed.issues };
  const file = parsed.json;
  if (!isRecord(file) || file.format !== TEMPLATES_FILE_FORMAT)
    return { ok: false, problem: 'notTemplatesFile' };
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: 'notTemplatesFile' };
  if (version > TEMPLATES_FILE_VERSION) return { ok: false, problem: 'newerVersion', version };
  if (!Array.isArray(file.templates)) return { ok: false, problem: 'notTemplatesFile' };

  const accepted: TemplateMessage[] = [];
  const rejected: ImportRejection[] = [];
  file.templates.forEach((entry: unknown, index) => {
    if (!isRecord(entry)) {
      rejected.push({
        index,
        name: null,
        issues: [{ path: [], key: 'invalidType', params: { expected: 'object' } }],
      });
      return;
    }
    const issues = nameIssues(entry.name);
    const name = typeof entry.name === 'string' && entry.name.trim() !== '' ? entry.name : null;
    const message = fromPayload(entry.message);
    if (!message.ok) issues.push(...message.issues.map((i) => ({ ...i, path: ['message', ...i.path] })));
    if (issues.length > 0 || !message.ok || name === null) {
      rejected.push({ index, name, issues });
      return;
    }
    const variables = {
      defaults: valuesSchema.safeParse(entry.defaults).data,
      samples: valuesSchema.safeParse(entry.samples).data,
    };
    accepted.push({
      name,
      draft: message.draft,
      sendToThird: message.sendToThird ?? true,
      ...templateVariables(message.draft, variables),
    });
  });
  return { ok: true, accepted, rejected };
}

function sameMessage(a: TemplateMessage, b: TemplateMessage): boolean {
  return (
    a.name === b.name &&
    a.sendToThird === b.sendToThird &&
    JSON.stringify(toPayload(a.draft)) === JSON.stringify(toPayload(b.draft))
  );
}

/** Adds imported templates after the existing ones; an exact copy of one already there is not added twice. */
export function mergeImported(
  templates: readonly Template[],
  accepted: readonly TemplateMessage[],
  now: Date = new Date(),
): { templates: Template[]; added: number; duplicates: number } {
  const next = [...templates];
  let added = 0;
  let duplicates = 0;
  for (const message of accepted) {
    if (next.some((existing) => sameMessage(existing, message))) {
      duplicates++;
      continue;
    }
    next.push(createTemplate(message, now));
    added++;
  }
  return { templates: next, added, duplicates };
}
