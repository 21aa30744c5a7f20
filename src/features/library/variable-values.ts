/**
 * The placeholders' values kept with the draft: what was typed for the current message, the template's defaults
 * and samples, and the values remembered per conversation id. They live in the draft store only — never in a
 * template, a share link or the history, which keep placeholders.
 */
import * as z from 'zod/mini';
import { libraryStorage, type LibraryStorage, type RecordSpec, type WriteResult } from '../../lib/storage.ts';

const VARIABLES_RECORD_VERSION = 1;

export interface SavedPlaceholderValues {
  values: Record<string, string>;
  defaults: Record<string, string>;
  samples: Record<string, string>;
  conversationId: string;
  byConversation: Record<string, Record<string, string>>;
}

const valuesSchema = z.catch(z.record(z.string(), z.string()), {});

const savedSchema = z.object({
  values: valuesSchema,
  defaults: valuesSchema,
  samples: valuesSchema,
  conversationId: z.catch(z.string(), ''),
  byConversation: z.catch(z.record(z.string(), z.record(z.string(), z.string())), {}),
});

const variablesRecord: RecordSpec<SavedPlaceholderValues> = {
  area: 'drafts',
  name: 'variables',
  version: VARIABLES_RECORD_VERSION,
  parse(data) {
    const result = savedSchema.safeParse(data);
    return result.success ? { value: result.data, skipped: 0 } : null;
  },
  serialize: ({ values, defaults, samples, conversationId, byConversation }) => ({
    values,
    defaults,
    samples,
    conversationId,
    byConversation,
  }),
};

export function loadSavedVariables(storage: LibraryStorage = libraryStorage): SavedPlaceholderValues | null {
  return storage.read(variablesRecord);
}

export function saveVariables(
  saved: SavedPlaceholderValues,
  storage: LibraryStorage = libraryStorage,
): WriteResult {
  return storage.write(variablesRecord, saved);
}
