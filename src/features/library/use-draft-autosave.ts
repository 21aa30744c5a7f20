import { useCallback, useEffect, useRef, useState } from 'react';
import { type DraftSnapshot } from '../../domain/message/draft.ts';
import { saveDraft } from './drafts.ts';
import { libraryStorage, type LibraryStorage } from './storage.ts';

/** Long enough to skip most keystrokes, short enough that a crash loses at most a word. */
export const DRAFT_AUTOSAVE_DELAY_MS = 400;

/**
 * Saves `snapshot` once typing pauses, and at once when the page is hidden or left (`pagehide`,
 * `visibilitychange`) or the component unmounts, so a closed tab keeps its last keystrokes.
 */
export function useDraftAutosave(
  snapshot: DraftSnapshot,
  {
    delayMs = DRAFT_AUTOSAVE_DELAY_MS,
    storage = libraryStorage,
  }: { delayMs?: number; storage?: LibraryStorage } = {},
): void {
  const pending = useRef<DraftSnapshot | null>(null);
  // What the page opened with is what storage holds (or the empty default): saving it again at start-up would
  // only cost the main thread a validation of every kind's draft while the page is loading.
  const [opened] = useState(() => JSON.stringify(snapshot));
  const changed = useRef(false);
  const flush = useCallback(() => {
    const next = pending.current;
    if (next === null) return;
    pending.current = null;
    saveDraft(next, storage);
  }, [storage]);

  useEffect(() => {
    if (!changed.current && JSON.stringify(snapshot) === opened) {
      pending.current = null;
      return;
    }
    changed.current = true;
    pending.current = snapshot;
    const timer = window.setTimeout(flush, delayMs);
    return () => window.clearTimeout(timer);
  }, [snapshot, delayMs, flush, opened]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [flush]);
}
