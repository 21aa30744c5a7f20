/**
 * The draft that survives: the whole composer state (every kind's draft, `send_to_third`, the chosen kind) is
 * written as the user types and read back, synchronously, for the composer's first render — after a reload, a
 * crash, or in a new tab (the latest write of any tab wins).
 *
 * Each kind is read on its own: a corrupt list draft comes back empty while the text draft is kept. Text is
 * stored as typed, over-limit included; no rule is applied here.
 */
import {
  DRAFT_SCHEMAS,
  type DraftSnapshot,
  type DraftsByKind,
  emptyDrafts,
  type MessageKind,
  messageKindSchema,
} from '../../domain/message/draft.ts';

import { libraryStorage, type LibraryStorage, type RecordSpec, type WriteResult } from './storage.ts';

const DRAFT_RECORD_VERSION = 1;

function readKind<K extends MessageKind>(
  kind: K,
  stored: Record<string, unknown>,
  empty: DraftsByKind,
  onSkip: () => void,
): DraftsByKind[K] {
  const value = stored[kind];
  const result = DRAFT_SCHEMAS[kind].safeParse(value);
  if (result.success) return result.data;
  if (value !== undefined) onSkip();
  return empty[kind];
}

/** A copy holding only the draft's own fields; a draft the schema cannot read is kept as it is. */
function copyDraft<K extends MessageKind>(kind: K, draft: DraftsByKind[K]): unknown {
  const result = DRAFT_SCHEMAS[kind].safeParse(draft);
  return result.success ? result.data : draft;
}

const draftRecord: RecordSpec<DraftSnapshot> = {
  area: 'drafts',
  name: 'draft',
  version: DRAFT_RECORD_VERSION,
  parse(data) {
    const stored = data.drafts;
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return null;
    const drafts = stored as Record<string, unknown>;
    let skipped = 0;
    const skip = () => skipped++;
    const empty = emptyDrafts();
    const kind = messageKindSchema.safeParse(data.kind);
    if (!kind.success) skipped++;
    if (typeof data.sendToThird !== 'boolean') skipped++;
    const value: DraftSnapshot = {
      kind: kind.success ? kind.data : 'text',
      // The composer's default, as in every example of the spec.
      sendToThird: typeof data.sendToThird === 'boolean' ? data.sendToThird : true,
      drafts: {
        text: readKind('text', drafts, empty, skip),
        location: readKind('location', drafts, empty, skip),
        button: readKind('button', drafts, empty, skip),
        list: readKind('list', drafts, empty, skip),
        location_request: readKind('location_request', drafts, empty, skip),
      },
    };
    return { value, skipped };
  },
  serialize(snapshot) {
    const { drafts } = snapshot;
    return {
      savedAt: new Date().toISOString(),
      kind: snapshot.kind,
      sendToThird: snapshot.sendToThird,
      drafts: {
        text: copyDraft('text', drafts.text),
        location: copyDraft('location', drafts.location),
        button: copyDraft('button', drafts.button),
        list: copyDraft('list', drafts.list),
        location_request: copyDraft('location_request', drafts.location_request),
      },
    };
  },
};

/** The saved draft, for the composer's initial values; null when there is none (or it cannot be read). */
export function loadSavedDraft(storage: LibraryStorage = libraryStorage): DraftSnapshot | null {
  return storage.read(draftRecord);
}

export function saveDraft(snapshot: DraftSnapshot, storage: LibraryStorage = libraryStorage): WriteResult {
  return storage.write(draftRecord, snapshot);
}

/** A fresh message: every kind's draft emptied; the chosen kind and `send_to_third` are the agent's settings. */
export function freshSnapshot(current: Pick<DraftSnapshot, 'kind' | 'sendToThird'>): DraftSnapshot {
  return { kind: current.kind, sendToThird: current.sendToThird, drafts: emptyDrafts() };
}
