import { useEffect, useRef, useState } from 'react';
import type { DraftSnapshot } from '../../domain/message/draft.ts';
import { libraryStorage, type LibraryStorage } from '../../lib/storage.ts';
import { useDebouncedCallback } from '../../lib/use-debounce.ts';
import { saveDraft } from './drafts.ts';

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
  // What the page opened with is what storage holds (or the empty default): saving it again at start-up would
  // only cost the main thread a validation of every kind's draft while the page is loading.
  const [opened] = useState(() => JSON.stringify(snapshot));
  const changed = useRef(false);
  const save = useDebouncedCallback((next: DraftSnapshot) => saveDraft(next, storage), delayMs, {
    flushOnLeave: true,
  });

  useEffect(() => {
    if (!changed.current && JSON.stringify(snapshot) === opened) {
      save.cancel();
      return;
    }
    changed.current = true;
    save.schedule(snapshot);
  }, [snapshot, save, opened]);
}
