import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDrafts, freshSnapshot, type DraftSnapshot } from '../../domain/message/draft.ts';
import { createStore } from '../../lib/create-store.ts';
import { createLibraryStorage, STORAGE_PREFIX } from '../../lib/storage.ts';
import { MemoryStorage } from '../../lib/test-storage.ts';
import { currentTabId, loadSavedDraft, saveDraft } from './drafts.ts';
import { DRAFT_AUTOSAVE_DELAY_MS, useDraftAutosave } from './use-draft-autosave.ts';

const KEY = `${STORAGE_PREFIX}draft`;

function setup() {
  const backend = new MemoryStorage();
  return { backend, storage: createLibraryStorage(() => backend) };
}

function filled(): DraftSnapshot {
  return {
    kind: 'list',
    sendToThird: false,
    drafts: {
      text: { kind: 'text', body: 'x'.repeat(4100) },
      location: { kind: 'location', latitude: '33,5a', longitude: '-7.6', name: 'HQ', address: '' },
      button: {
        kind: 'button',
        header: '',
        body: 'Confirmez ?',
        buttons: [
          { id: 'btn_oui', title: 'Oui' },
          { id: 'btn_non', title: 'Non' },
        ],
      },
      list: {
        kind: 'list',
        header: 'Menu',
        body: 'Choisissez 👇',
        button: 'Options',
        sections: [{ title: 'Support', rows: [{ id: 'r1', title: 'Facturation', description: '' }] }],
      },
      location_request: { kind: 'location_request', body: 'Où êtes-vous ? مرحبا' },
    },
  };
}

describe('saved draft', () => {
  it('round-trips every kind exactly as typed, over-limit text and half-typed coordinates included', () => {
    const { storage } = setup();
    const snapshot = filled();
    expect(saveDraft(snapshot, storage)).toEqual({ ok: true });
    expect(loadSavedDraft(storage)).toEqual(snapshot);
  });

  it('is null when nothing was saved', () => {
    expect(loadSavedDraft(setup().storage)).toBeNull();
  });

  it('falls back to an empty draft for a corrupt kind only, and says so', () => {
    const { backend, storage } = setup();
    saveDraft(filled(), storage);
    // This tab's own draft is the one read back.
    const ownKey = `${KEY}:${currentTabId()}`;
    const record = JSON.parse(backend.getItem(ownKey) ?? '');
    record.drafts.button = { kind: 'button', body: 42 };
    record.drafts.list = 'nonsense';
    backend.setItem(ownKey, JSON.stringify(record));
    const restored = loadSavedDraft(storage);
    expect(restored?.drafts.button).toEqual(emptyDrafts().button);
    expect(restored?.drafts.list).toEqual(emptyDrafts().list);
    expect(restored?.drafts.text).toEqual(filled().drafts.text);
    expect(restored?.kind).toBe('list');
    expect(storage.notices.getState()).toEqual([
      expect.objectContaining({ area: 'drafts', reason: 'skipped', count: 2 }),
    ]);
  });

  it('keeps what it can of a record with an unknown kind or a missing flag', () => {
    const { backend, storage } = setup();
    backend.setItem(
      KEY,
      JSON.stringify({ v: 1, kind: 'carousel', drafts: { text: { kind: 'text', body: 'Hi' } } }),
    );
    expect(loadSavedDraft(storage)).toEqual({
      kind: 'text',
      sendToThird: true,
      drafts: { ...emptyDrafts(), text: { kind: 'text', body: 'Hi' } },
    });
  });

  it('skips a draft saved by a newer version', () => {
    const { backend, storage } = setup();
    backend.setItem(KEY, JSON.stringify({ v: 9, kind: 'text', drafts: {} }));
    expect(loadSavedDraft(storage)).toBeNull();
    expect(storage.notices.getState()).toEqual([expect.objectContaining({ reason: 'newer', version: 9 })]);
  });

  it('stores only the draft fields', () => {
    const { backend, storage } = setup();
    const snapshot = filled() as DraftSnapshot & { token?: string };
    snapshot.token = 'canary-token';
    (snapshot.drafts.text as { token?: string }).token = 'canary-token';
    saveDraft(snapshot, storage);
    expect(backend.getItem(KEY)).not.toContain('canary-token');
  });

  it('starts a fresh message keeping the kind and send_to_third', () => {
    expect(freshSnapshot(filled())).toEqual({ kind: 'list', sendToThird: false, drafts: emptyDrafts() });
  });
});

describe('useDraftAutosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A draft source as the composer is one: told of changes, read on demand. */
  function source(initial: DraftSnapshot) {
    const store = createStore(initial);
    const getSnapshot = vi.fn(store.getState);
    return { store, source: { subscribe: store.subscribe, getSnapshot } };
  }

  it('saves once changes pause, reading the draft only then', () => {
    const { storage } = setup();
    const { store, source: draft } = source(filled());
    renderHook(() => useDraftAutosave(draft, { storage }));
    const reads = draft.getSnapshot.mock.calls.length;
    act(() => vi.advanceTimersByTime(DRAFT_AUTOSAVE_DELAY_MS - 100));
    for (const body of ['t', 'ty', 'typ', 'typed']) {
      act(() =>
        store.setState({ ...filled(), drafts: { ...filled().drafts, text: { kind: 'text', body } } }),
      );
      act(() => vi.advanceTimersByTime(DRAFT_AUTOSAVE_DELAY_MS - 100));
    }
    expect(loadSavedDraft(storage)).toBeNull();
    expect(draft.getSnapshot).toHaveBeenCalledTimes(reads);
    act(() => vi.advanceTimersByTime(100));
    expect(loadSavedDraft(storage)?.drafts.text.body).toBe('typed');
    expect(draft.getSnapshot).toHaveBeenCalledTimes(reads + 1);
  });

  it('does not write what the page opened with, until it changes', () => {
    const { backend, storage } = setup();
    const setItem = vi.spyOn(backend, 'setItem');
    const { store, source: draft } = source(filled());
    const { unmount } = renderHook(() => useDraftAutosave(draft, { storage }));
    act(() => vi.advanceTimersByTime(DRAFT_AUTOSAVE_DELAY_MS * 2));
    window.dispatchEvent(new Event('pagehide'));
    // A change that comes back to the same content (a new object, as a form reset gives): nothing to write.
    act(() => store.setState(filled()));
    act(() => vi.advanceTimersByTime(DRAFT_AUTOSAVE_DELAY_MS * 2));
    expect(setItem).not.toHaveBeenCalled();
    act(() => store.setState({ ...filled(), kind: 'text' }));
    unmount();
    expect(loadSavedDraft(storage)?.kind).toBe('text');
  });

  it('keeps saving once the draft has left what the page opened with, even when it comes back to it', () => {
    const { storage } = setup();
    const { store, source: draft } = source(filled());
    renderHook(() => useDraftAutosave(draft, { storage }));
    act(() => store.setState({ ...filled(), kind: 'text' }));
    act(() => vi.advanceTimersByTime(DRAFT_AUTOSAVE_DELAY_MS));
    act(() => store.setState(filled()));
    act(() => vi.advanceTimersByTime(DRAFT_AUTOSAVE_DELAY_MS));
    expect(loadSavedDraft(storage)?.kind).toBe('list');
  });

  it('saves at once when the page is hidden or left, and on unmount', () => {
    const { storage } = setup();
    const { store, source: draft } = source({ ...filled(), kind: 'location' });
    const { unmount } = renderHook(() => useDraftAutosave(draft, { storage }));
    act(() => store.setState(filled()));
    window.dispatchEvent(new Event('pagehide'));
    expect(loadSavedDraft(storage)?.kind).toBe('list');

    act(() => store.setState({ ...filled(), kind: 'text' }));
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(loadSavedDraft(storage)?.kind).toBe('text');
    visibility.mockRestore();

    act(() => store.setState({ ...filled(), kind: 'button' }));
    unmount();
    expect(loadSavedDraft(storage)?.kind).toBe('button');
  });

  it('stops listening once unmounted', () => {
    const { storage } = setup();
    const { store, source: draft } = source(filled());
    const { unmount } = renderHook(() => useDraftAutosave(draft, { storage }));
    unmount();
    act(() => store.setState({ ...filled(), kind: 'text' }));
    act(() => vi.advanceTimersByTime(DRAFT_AUTOSAVE_DELAY_MS * 2));
    expect(loadSavedDraft(storage)).toBeNull();
  });
});

describe('bounded drafts', () => {
  const hugeList = (rows: number): DraftSnapshot => ({
    kind: 'list',
    sendToThird: true,
    drafts: {
      ...emptyDrafts(),
      list: {
        kind: 'list',
        header: '',
        body: 'b',
        button: 'v',
        sections: [
          {
            title: 's',
            rows: Array.from({ length: rows }, (_, i) => ({ id: `r${i}`, title: 't', description: '' })),
          },
        ],
      },
    },
  });

  it('does not save a draft with more structure than the editor shows, and says so', () => {
    const { backend, storage } = setup();
    expect(saveDraft(hugeList(10_000), storage)).toEqual({ ok: false, reason: 'tooLarge' });
    expect(backend.getItem(KEY)).toBeNull();
    expect(storage.notices.getState()).toMatchObject([{ area: 'drafts', reason: 'tooLarge' }]);
  });

  it('does not save a draft over 1 MiB, and says so', () => {
    const { backend, storage } = setup();
    const snapshot: DraftSnapshot = {
      kind: 'text',
      sendToThird: true,
      drafts: { ...emptyDrafts(), text: { kind: 'text', body: 'x'.repeat(1_100_000) } },
    };
    expect(saveDraft(snapshot, storage)).toEqual({ ok: false, reason: 'tooLarge' });
    expect(backend.getItem(KEY)).toBeNull();
    expect(storage.notices.getState()).toMatchObject([{ area: 'drafts', reason: 'tooLarge' }]);
  });

  it('does not parse a stored draft over 1 MiB at startup, keeps it aside and says so', () => {
    const { backend, storage } = setup();
    const raw = JSON.stringify({
      v: 1,
      kind: 'text',
      sendToThird: true,
      drafts: { text: { kind: 'text', body: 'z'.repeat(4_000_000) } },
    });
    backend.setItem(KEY, raw);
    const parse = vi.spyOn(JSON, 'parse');
    expect(loadSavedDraft(storage)).toBeNull();
    expect(parse).not.toHaveBeenCalledWith(raw);
    parse.mockRestore();
    expect(storage.notices.getState()).toMatchObject([{ area: 'drafts', reason: 'tooLarge' }]);
    expect(backend.getItem(KEY)).toBe(raw);
  });

  it('reads a stored 10,000-row list back as an empty list, keeping the other kinds', () => {
    const { backend, storage } = setup();
    const snapshot = hugeList(10_000);
    snapshot.drafts.text = { kind: 'text', body: 'gardé' };
    backend.setItem(KEY, JSON.stringify({ v: 1, ...snapshot }));
    const loaded = loadSavedDraft(storage);
    expect(loaded?.drafts.list.sections[0]?.rows).toHaveLength(1);
    expect(loaded?.drafts.text.body).toBe('gardé');
    expect(storage.notices.getState()).toMatchObject([{ area: 'drafts', reason: 'skipped', count: 1 }]);
  });
});

describe('drafts per tab', () => {
  it('keeps each tab its own draft: another tab typing never changes what this tab reloads', () => {
    const { storage } = setup();
    const mine: DraftSnapshot = { ...freshSnapshot({ kind: 'text', sendToThird: true }) };
    mine.drafts.text = { kind: 'text', body: 'from A' };
    const theirs: DraftSnapshot = { ...freshSnapshot({ kind: 'text', sendToThird: true }) };
    theirs.drafts.text = { kind: 'text', body: 'from B' };
    saveDraft(mine, storage, 'tab-a');
    saveDraft(theirs, storage, 'tab-b');
    expect(loadSavedDraft(storage, 'tab-a')?.drafts.text.body).toBe('from A');
    expect(loadSavedDraft(storage, 'tab-b')?.drafts.text.body).toBe('from B');
    // A new tab starts from the latest draft of any tab.
    expect(loadSavedDraft(storage, 'tab-new')?.drafts.text.body).toBe('from B');
  });

  it('keeps the drafts of the last few tabs only', () => {
    const { backend, storage } = setup();
    for (let i = 0; i < 8; i++) {
      vi.setSystemTime(new Date(2026, 0, 1, 0, i));
      saveDraft(freshSnapshot({ kind: 'text', sendToThird: true }), storage, `tab-${i}`);
    }
    vi.useRealTimers();
    const tabKeys = Array.from({ length: backend.length }, (_, i) => backend.key(i)).filter((key) =>
      key?.startsWith(`${KEY}:`),
    );
    expect(tabKeys.sort()).toEqual(['tab-3', 'tab-4', 'tab-5', 'tab-6', 'tab-7'].map((id) => `${KEY}:${id}`));
  });
});
