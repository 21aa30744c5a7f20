import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import {
  createLibraryStorage,
  createPersistentValue,
  isQuotaError,
  parseItems,
  type RecordSpec,
  STORAGE_PREFIX,
  UNREADABLE_SUFFIX,
} from './storage.ts';
import { MemoryStorage } from './test-storage.ts';

interface Note {
  title: string;
  tags: string[];
}

const noteSchema = z.object({ title: z.string(), tags: z.array(z.string()) });

const notesSpec: RecordSpec<Note[]> = {
  area: 'templates',
  name: 'notes',
  version: 2,
  parse(data) {
    const parsed = parseItems(data.items, noteSchema);
    return parsed && { value: parsed.items, skipped: parsed.skipped };
  },
  serialize: (notes) => ({ items: notes.map((n) => ({ title: n.title, tags: n.tags })) }),
  migrate(data, from) {
    // v1 stored `names: string[]`.
    if (from !== 1 || !Array.isArray(data.names)) return null;
    return { items: data.names.map((title: unknown) => ({ title, tags: [] })) };
  },
};

const KEY = `${STORAGE_PREFIX}notes`;

function setup() {
  const backend = new MemoryStorage();
  const storage = createLibraryStorage(() => backend);
  return { backend, storage, notices: () => storage.notices.getState() };
}

describe('library storage', () => {
  it('round-trips a value as a versioned record under the prefix', () => {
    const { backend, storage, notices } = setup();
    const notes = [{ title: 'Bonjour 👋 مرحبا', tags: ['a', 'b'] }];
    expect(storage.write(notesSpec, notes)).toEqual({ ok: true });
    expect(JSON.parse(backend.getItem(KEY) ?? '')).toEqual({ v: 2, items: notes });
    expect(storage.read(notesSpec)).toEqual(notes);
    expect(notices()).toEqual([]);
  });

  it('reads nothing, silently, when nothing was stored', () => {
    const { storage, notices } = setup();
    expect(storage.read(notesSpec)).toBeNull();
    expect(notices()).toEqual([]);
  });

  it.each([
    ['text that is not JSON', '{"v": 2, "items": ['],
    ['JSON that is not a record', '[1, 2, 3]'],
    ['a record without a version', '{"items": []}'],
    ['a version that is not a number', '{"v": "2", "items": []}'],
    ['a record of the wrong shape', '{"v": 2, "items": "none"}'],
  ])('skips %s with a "corrupt" notice, never throwing', (_, raw) => {
    const { backend, storage, notices } = setup();
    backend.setItem(KEY, raw);
    expect(() => storage.read(notesSpec)).not.toThrow();
    expect(storage.read(notesSpec)).toBeNull();
    expect(notices()).toEqual([expect.objectContaining({ area: 'templates', reason: 'corrupt' })]);
  });

  it('skips a record written by a newer version, and sets its bytes aside before overwriting them', () => {
    const { backend, storage, notices } = setup();
    const future = JSON.stringify({ v: 3, items: [{ title: 'from the future', tags: [], colour: 'red' }] });
    backend.setItem(KEY, future);
    expect(storage.read(notesSpec)).toBeNull();
    expect(notices()).toEqual([expect.objectContaining({ reason: 'newer', version: 3 })]);
    expect(backend.getItem(KEY)).toBe(future);

    storage.write(notesSpec, [{ title: 'now', tags: [] }]);
    expect(backend.getItem(KEY + UNREADABLE_SUFFIX)).toBe(future);
    expect(storage.read(notesSpec)).toEqual([{ title: 'now', tags: [] }]);
  });

  it('migrates an older version when it can, and skips it with a notice when it cannot', () => {
    const { backend, storage, notices } = setup();
    backend.setItem(KEY, JSON.stringify({ v: 1, names: ['Accueil', 'Relance'] }));
    expect(storage.read(notesSpec)).toEqual([
      { title: 'Accueil', tags: [] },
      { title: 'Relance', tags: [] },
    ]);
    expect(notices()).toEqual([]);

    backend.setItem(KEY, JSON.stringify({ v: 1, somethingElse: true }));
    expect(storage.read(notesSpec)).toBeNull();
    expect(notices()).toEqual([expect.objectContaining({ reason: 'older', version: 1 })]);
  });

  it('keeps the readable entries of a list and counts the others', () => {
    const { backend, storage, notices } = setup();
    const raw = JSON.stringify({
      v: 2,
      items: [{ title: 'ok', tags: [] }, { title: 42 }, 'nonsense', { title: 'also ok', tags: ['x'] }],
    });
    backend.setItem(KEY, raw);
    expect(storage.read(notesSpec)).toEqual([
      { title: 'ok', tags: [] },
      { title: 'also ok', tags: ['x'] },
    ]);
    expect(notices()).toEqual([expect.objectContaining({ reason: 'skipped', count: 2 })]);
    storage.write(notesSpec, []);
    expect(backend.getItem(KEY + UNREADABLE_SUFFIX)).toBe(raw);
  });

  it('does not report the same unreadable bytes twice', () => {
    const { backend, storage, notices } = setup();
    backend.setItem(KEY, 'garbage');
    storage.read(notesSpec);
    storage.notices.dismiss(notices()[0]?.id ?? 0);
    storage.read(notesSpec);
    expect(notices()).toEqual([]);
  });

  it('reports a full quota instead of throwing, and keeps the previous value', () => {
    const { backend, storage, notices } = setup();
    storage.write(notesSpec, [{ title: 'small', tags: [] }]);
    backend.quotaChars = 100;
    const result = storage.write(notesSpec, [{ title: 'x'.repeat(500), tags: [] }]);
    expect(result).toEqual({ ok: false, reason: 'quota' });
    expect(notices()).toEqual([expect.objectContaining({ reason: 'quota' })]);
    expect(storage.read(notesSpec)).toEqual([{ title: 'small', tags: [] }]);
  });

  it('works from memory when storage is refused, saying so once', () => {
    const storage = createLibraryStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(storage.read(notesSpec)).toBeNull();
    expect(storage.write(notesSpec, [])).toEqual({ ok: false, reason: 'unavailable' });
    expect(storage.notices.getState()).toEqual([expect.objectContaining({ reason: 'unavailable' })]);
  });

  it('treats a parse function that throws as a corrupt record', () => {
    const { backend, storage, notices } = setup();
    backend.setItem(KEY, '{"v": 2}');
    const throwing: RecordSpec<Note[]> = {
      ...notesSpec,
      parse: () => {
        throw new Error('bug');
      },
    };
    expect(storage.read(throwing)).toBeNull();
    expect(notices()).toEqual([expect.objectContaining({ reason: 'corrupt' })]);
  });

  it('recognises the quota errors of every engine', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('persistent value', () => {
  it('reads once, writes through, and re-reads when another tab changes the key', () => {
    const { backend, storage } = setup();
    const value = createPersistentValue(storage, notesSpec, () => []);
    const listener = vi.fn();
    const unsubscribe = value.subscribe(listener);
    expect(value.get()).toEqual([]);
    expect(value.get()).toBe(value.get());

    value.set([{ title: 'mine', tags: [] }]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(JSON.parse(backend.getItem(KEY) ?? '')).toEqual({ v: 2, items: [{ title: 'mine', tags: [] }] });

    backend.setItem(KEY, JSON.stringify({ v: 2, items: [{ title: 'theirs', tags: [] }] }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
    expect(value.get()).toEqual([{ title: 'mine', tags: [] }]);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(value.get()).toEqual([{ title: 'theirs', tags: [] }]);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it('keeps a change in memory when the write fails', () => {
    const { backend, storage } = setup();
    const value = createPersistentValue(storage, notesSpec, () => []);
    backend.quotaChars = 10;
    expect(value.set([{ title: 'kept for the session', tags: [] }]).ok).toBe(false);
    expect(value.get()).toEqual([{ title: 'kept for the session', tags: [] }]);
  });
});
