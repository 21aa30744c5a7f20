/**
 * The app's one door to browser storage: nothing else touches `localStorage` or `sessionStorage`.
 *
 * Records (drafts, templates, history, variable values) are versioned: each is `{ v: <version>, ...data }` under a
 * `digishare-composer:` key in localStorage (the draft must be back synchronously, before the first render; the
 * amounts are small), read tolerantly in the manner of hoppscotch-data: JSON that does not parse, a shape we do
 * not know, an older version nobody migrates or a version newer than this build is skipped and reported as a
 * notice — never thrown. Its raw text is set aside under `<key>:unreadable` before the key is next written, so a
 * downgrade or a bad byte loses nothing. Writes never throw either: a full quota or a refused storage becomes a
 * notice and the app carries on from memory. No record has a field for the API token: each `serialize` builds
 * what is stored field by field, so a token cannot ride along on a spread object.
 *
 * Settings (the phone's theme, "clear after send", recent conversation ids, this tab's id, and the token when the
 * user asks to remember it for the tab) are plain strings, read with `readSetting` and written with
 * `writeSetting`: no version and no notice, since losing one costs a click, and a refused storage keeps the
 * setting for the page only.
 */
import * as z from 'zod/mini';
import { createStore, type Store } from './create-store.ts';

export const STORAGE_PREFIX = 'digishare-composer:';
export const UNREADABLE_SUFFIX = ':unreadable';

export type StorageArea = 'drafts' | 'templates' | 'history';

type StorageNoticeReason =
  /** Not JSON, not a record, or not the shape this version writes. */
  | 'corrupt'
  /** Written by a newer version of the app: left untouched, set aside before being overwritten. */
  | 'newer'
  /** Written by an older version nobody can migrate. */
  | 'older'
  /** Some entries of an otherwise readable record were dropped (`count`). */
  | 'skipped'
  /** The browser's storage is full. */
  | 'quota'
  /** Storage is disabled or refused (private mode, policies). */
  | 'unavailable'
  /** Over the size the app reads or writes (`RecordSpec.maxChars`): not parsed, or not saved. */
  | 'tooLarge';

export interface StorageNotice {
  id: number;
  area: StorageArea;
  reason: StorageNoticeReason;
  count?: number;
  version?: number;
}

type NewNotice = Omit<StorageNotice, 'id'>;

/** The notices the UI lists, as a store; a notice equal to one still listed is not added twice. */
export interface NoticeBoard extends Store<readonly StorageNotice[]> {
  report(notice: NewNotice): void;
  dismiss(id: number): void;
}

function createNoticeBoard(): NoticeBoard {
  const store = createStore<readonly StorageNotice[]>([]);
  let nextId = 1;
  return {
    ...store,
    report(notice) {
      store.setState((notices) =>
        notices.some(
          (n) =>
            n.area === notice.area &&
            n.reason === notice.reason &&
            n.count === notice.count &&
            n.version === notice.version,
        )
          ? notices
          : [...notices, { ...notice, id: nextId++ }],
      );
    },
    dismiss(id) {
      store.setState((notices) => notices.filter((n) => n.id !== id));
    },
  };
}

type RecordData = Record<string, unknown>;

/** What one stored record is: where it lives, its version, and how it is read and written. */
export interface RecordSpec<T> {
  area: StorageArea;
  /** The key without the prefix. */
  name: string;
  version: number;
  /** The record's data (version already checked) to a value; `skipped` counts the parts that had to go. */
  parse(data: RecordData): { value: T; skipped: number } | null;
  /** The record's data, without `v`, built field by field. */
  serialize(value: T): RecordData;
  /** Upgrades an older record's data; without it, older records are skipped with a notice. */
  migrate?(data: RecordData, from: number): RecordData | null;
  /**
   * Largest stored text, in UTF-16 units: a bigger record is neither parsed (startup would pay for it) nor
   * written; both say so with a `tooLarge` notice.
   */
  maxChars?: number;
}

export type WriteResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' | 'tooLarge' };

export interface LibraryStorage {
  keyOf(spec: RecordSpec<unknown>): string;
  /** The browser storage behind this door, for housekeeping outside records (null when refused). */
  backend(): Storage | null;
  /** The value, or null when there is none or it cannot be read (then with a notice). Never throws. */
  read<T>(spec: RecordSpec<T>): T | null;
  /** Never throws; a failure is returned and reported. */
  write<T>(spec: RecordSpec<T>, value: T): WriteResult;
  notices: NoticeBoard;
}

const versionSchema = z.looseObject({ v: z.int().check(z.positive()) });

export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}

/** Items of a stored list parsed one by one: a bad item is dropped and counted, the others are kept. */
export function parseItems<T>(
  items: unknown,
  schema: z.ZodMiniType<T>,
): { items: T[]; skipped: number } | null {
  if (!Array.isArray(items)) return null;
  const kept: T[] = [];
  let skipped = 0;
  for (const item of items) {
    const result = schema.safeParse(item);
    if (result.success) kept.push(result.data);
    else skipped++;
  }
  return { items: kept, skipped };
}

export function createLibraryStorage(
  getBackend: () => Storage | null,
  notices: NoticeBoard = createNoticeBoard(),
): LibraryStorage {
  /** Raw text of keys whose last read failed: kept aside before the key is overwritten. */
  const unreadable = new Map<string, string>();
  /** The raw text behind the last notice per key, so re-reading the same bytes does not nag again. */
  const reported = new Map<string, string>();

  const backend = (area: StorageArea): Storage | null => {
    try {
      const storage = getBackend();
      if (storage) return storage;
    } catch {
      // Access itself can throw (blocked cookies, sandboxed frames).
    }
    notices.report({ area, reason: 'unavailable' });
    return null;
  };

  const keyOf = (spec: RecordSpec<unknown>) => STORAGE_PREFIX + spec.name;

  const reject = (key: string, raw: string, notice: NewNotice) => {
    unreadable.set(key, raw);
    if (reported.get(key) === raw) return;
    reported.set(key, raw);
    notices.report(notice);
  };

  function read<T>(spec: RecordSpec<T>): T | null {
    const storage = backend(spec.area);
    if (!storage) return null;
    const key = keyOf(spec as RecordSpec<unknown>);
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      notices.report({ area: spec.area, reason: 'unavailable' });
      return null;
    }
    if (raw === null) return null;
    if (spec.maxChars !== undefined && raw.length > spec.maxChars) {
      reject(key, raw, { area: spec.area, reason: 'tooLarge' });
      return null;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      reject(key, raw, { area: spec.area, reason: 'corrupt' });
      return null;
    }
    const head = versionSchema.safeParse(json);
    if (!head.success) {
      reject(key, raw, { area: spec.area, reason: 'corrupt' });
      return null;
    }
    const { v, ...stored } = head.data;
    if (v > spec.version) {
      reject(key, raw, { area: spec.area, reason: 'newer', version: v });
      return null;
    }
    let data: RecordData | null = stored;
    if (v < spec.version) {
      data = spec.migrate?.(stored, v) ?? null;
      if (data === null) {
        reject(key, raw, { area: spec.area, reason: 'older', version: v });
        return null;
      }
    }
    let parsed: ReturnType<RecordSpec<T>['parse']>;
    try {
      parsed = spec.parse(data);
    } catch {
      parsed = null;
    }
    if (parsed === null) {
      reject(key, raw, { area: spec.area, reason: 'corrupt' });
      return null;
    }
    if (parsed.skipped > 0) reject(key, raw, { area: spec.area, reason: 'skipped', count: parsed.skipped });
    else unreadable.delete(key);
    return parsed.value;
  }

  function write<T>(spec: RecordSpec<T>, value: T): WriteResult {
    const storage = backend(spec.area);
    if (!storage) return { ok: false, reason: 'unavailable' };
    const key = keyOf(spec as RecordSpec<unknown>);
    const text = JSON.stringify({ v: spec.version, ...spec.serialize(value) });
    if (spec.maxChars !== undefined && text.length > spec.maxChars) {
      notices.report({ area: spec.area, reason: 'tooLarge' });
      return { ok: false, reason: 'tooLarge' };
    }
    try {
      const aside = unreadable.get(key);
      if (aside !== undefined && storage.getItem(key + UNREADABLE_SUFFIX) === null) {
        storage.setItem(key + UNREADABLE_SUFFIX, aside);
      }
    } catch {
      // Keeping the old bytes is a courtesy; the new value matters more.
    }
    try {
      storage.setItem(key, text);
    } catch (error) {
      const reason = isQuotaError(error) ? 'quota' : 'unavailable';
      notices.report({ area: spec.area, reason });
      return { ok: false, reason };
    }
    unreadable.delete(key);
    reported.delete(key);
    return { ok: true };
  }

  return { keyOf, read, write, notices, backend: () => backend('drafts') };
}

/** localStorage is kept across sessions; sessionStorage only for this tab (a reload keeps it). */
type BrowserArea = 'local' | 'session';

/** May throw: access itself is refused with blocked cookies or in sandboxed frames. */
function browserStorage(area: BrowserArea = 'local'): Storage | null {
  if (typeof window === 'undefined') return null;
  return area === 'session' ? window.sessionStorage : window.localStorage;
}

/** The app's storage. Tests build their own with `createLibraryStorage`. */
export const libraryStorage = createLibraryStorage(browserStorage);

/** A setting's stored text; null when there is none or storage is refused. Never throws. */
export function readSetting(key: string, area: BrowserArea = 'local'): string | null {
  try {
    return browserStorage(area)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores a setting (`null` removes it); false when storage refused, and the caller goes on from memory. */
export function writeSetting(key: string, value: string | null, area: BrowserArea = 'local'): boolean {
  try {
    const storage = browserStorage(area);
    if (storage === null) return false;
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/**
 * A stored value kept in memory as a store (`useStore(value, select)`): read on first use, written through,
 * re-read when another tab changes the key.
 */
export interface PersistentValue<T> extends Store<T> {
  /** The value, read from storage on first use. */
  get(): T;
  /** Takes effect in memory even when the write fails (the failure is reported), so the session goes on. */
  set(next: T): WriteResult;
  reload(): void;
}

export function createPersistentValue<T>(
  storage: LibraryStorage,
  spec: RecordSpec<T>,
  fallback: () => T,
): PersistentValue<T> {
  let memory: Store<T> | undefined;
  // Read lazily: a module that declares a value must not touch storage when it is imported.
  const inMemory = () => (memory ??= createStore(storage.read(spec) ?? fallback()));
  const key = storage.keyOf(spec as RecordSpec<unknown>);
  const reload = () => inMemory().setState(storage.read(spec) ?? fallback());
  const onStorage = (event: StorageEvent) => {
    if (event.key === key || event.key === null) reload();
  };
  let readers = 0;
  const get = () => inMemory().getState();
  const set = (next: T) => {
    inMemory().setState(next);
    return storage.write(spec, next);
  };
  return {
    get,
    getState: get,
    set,
    setState(next) {
      set(typeof next === 'function' ? (next as (current: T) => T)(get()) : next);
    },
    subscribe(listener) {
      if (readers++ === 0 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
      const unsubscribe = inMemory().subscribe(listener);
      return () => {
        unsubscribe();
        if (--readers === 0 && typeof window !== 'undefined')
          window.removeEventListener('storage', onStorage);
      };
    },
    reload,
  };
}
