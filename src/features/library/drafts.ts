/**
 * The draft that survives: the whole composer state (every kind's draft, `send_to_third`, the chosen kind) is
 * written as the user types and read back, synchronously, for the composer's first render — after a reload, a
 * crash, or in a new tab.
 *
 * Each tab keeps its own draft, under a key holding the tab's id (kept in the tab's session storage, which a
 * reload keeps and another tab does not share), so two tabs never overwrite each other and a share link opened
 * in a new tab leaves the other tabs' drafts alone. Every save also updates the shared "latest draft": a new tab starts from
 * it, and another tab open at the time is told (storage event) and offered it, never given it unasked.
 *
 * Each kind is read on its own: a corrupt list draft comes back empty while the text draft is kept. Text is
 * stored as typed, over-limit included; no rule is applied here — but size is bounded (bounds.ts): a record over
 * `MAX_INPUT_BYTES` is not parsed at startup, and a draft over it, or with more structure than the editor shows,
 * is not saved; both say so with a notice.
 */
import { editorOverflow, MAX_INPUT_BYTES } from '../../domain/message/bounds.ts';
import {
  DRAFT_SCHEMAS,
  type DraftSnapshot,
  type DraftsByKind,
  emptyDrafts,
  type MessageKind,
  messageKindSchema,
} from '../../domain/message/draft.ts';
import {
  libraryStorage,
  type LibraryStorage,
  readSetting,
  type RecordSpec,
  STORAGE_PREFIX,
  writeSetting,
  type WriteResult,
} from '../../lib/storage.ts';

const DRAFT_RECORD_VERSION = 1;

function readKind<K extends MessageKind>(
  kind: K,
  stored: Record<string, unknown>,
  empty: DraftsByKind,
  onSkip: () => void,
): DraftsByKind[K] {
  const value = stored[kind];
  const result = DRAFT_SCHEMAS[kind].safeParse(value);
  if (result.success && editorOverflow(result.data) === null) return result.data;
  if (value !== undefined) onSkip();
  return empty[kind];
}

/** A copy holding only the draft's own fields; a draft the schema cannot read is kept as it is. */
function copyDraft<K extends MessageKind>(kind: K, draft: DraftsByKind[K]): unknown {
  const result = DRAFT_SCHEMAS[kind].safeParse(draft);
  return result.success ? result.data : draft;
}

export const draftRecord: RecordSpec<DraftSnapshot> = {
  area: 'drafts',
  name: 'draft',
  version: DRAFT_RECORD_VERSION,
  maxChars: MAX_INPUT_BYTES,
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

const TAB_ID_STORAGE_KEY = 'digishare-composer:tab-id';
/** Tabs whose drafts are kept; older ones are dropped (their tabs are most likely long closed). */
const TAB_DRAFTS_MAX = 5;
const TAB_INDEX_KEY = `${STORAGE_PREFIX}draft-tabs`;

let fallbackTabId: string | undefined;

function newTabId(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** This tab's id: kept in the tab's session storage (a reload keeps it), in memory when that is refused. */
export function currentTabId(): string {
  const stored = readSetting(TAB_ID_STORAGE_KEY, 'session');
  if (stored !== null && /^[\w-]{1,64}$/.test(stored)) return stored;
  const id = fallbackTabId ?? newTabId();
  // Refused: the id lives in memory, for this page only.
  if (!writeSetting(TAB_ID_STORAGE_KEY, id, 'session')) fallbackTabId = id;
  return id;
}

function tabDraftRecord(tabId: string): RecordSpec<DraftSnapshot> {
  return { ...draftRecord, name: `${draftRecord.name}:${tabId}` };
}

/** Where each tab's draft was last saved (tab id → ms), to drop the oldest beyond `TAB_DRAFTS_MAX`. */
function readTabIndex(backend: Storage): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(backend.getItem(TAB_INDEX_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
    );
  } catch {
    return {};
  }
}

function touchTab(storage: LibraryStorage, tabId: string): void {
  const backend = storage.backend();
  if (!backend) return;
  try {
    const index = { ...readTabIndex(backend), [tabId]: Date.now() };
    const stale = Object.entries(index)
      .sort((a, b) => b[1] - a[1])
      .slice(TAB_DRAFTS_MAX);
    for (const [id] of stale) {
      delete index[id];
      backend.removeItem(storage.keyOf(tabDraftRecord(id) as RecordSpec<unknown>));
    }
    backend.setItem(TAB_INDEX_KEY, JSON.stringify(index));
  } catch {
    // The index only tidies up; a failure leaves an old draft behind, nothing more.
  }
}

/**
 * The saved draft, for the composer's initial values: this tab's own, else the latest of any tab (a new tab);
 * null when there is none (or it cannot be read).
 */
export function loadSavedDraft(
  storage: LibraryStorage = libraryStorage,
  tabId: string = currentTabId(),
): DraftSnapshot | null {
  return storage.read(tabDraftRecord(tabId)) ?? storage.read(draftRecord);
}

/** The latest draft saved by any tab, for offering it to this one. */
export function loadLatestDraft(storage: LibraryStorage = libraryStorage): DraftSnapshot | null {
  return storage.read(draftRecord);
}

export function saveDraft(
  snapshot: DraftSnapshot,
  storage: LibraryStorage = libraryStorage,
  tabId: string = currentTabId(),
): WriteResult {
  if (Object.values(snapshot.drafts).some((draft) => editorOverflow(draft) !== null)) {
    storage.notices.report({ area: 'drafts', reason: 'tooLarge' });
    return { ok: false, reason: 'tooLarge' };
  }
  const own = storage.write(tabDraftRecord(tabId), snapshot);
  if (!own.ok) return own;
  touchTab(storage, tabId);
  return storage.write(draftRecord, snapshot);
}
