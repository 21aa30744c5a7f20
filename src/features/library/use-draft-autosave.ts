import { useEffect, useRef, useState } from 'react';
import type { DraftSnapshot } from '../../domain/message/draft.ts';
import { libraryStorage, type LibraryStorage } from '../../lib/storage.ts';
import { useDebouncedCallback } from '../../lib/use-debounce.ts';
import { saveDraft } from './drafts.ts';

/** Long enough to skip most keystrokes, short enough that a crash loses at most a word. */
export const DRAFT_AUTOSAVE_DELAY_MS = 400;

/** Where the draft lives: told of every change, read only when it is saved. */
export interface DraftSource {
  subscribe(onChange: () => void): () => void;
  getSnapshot(): DraftSnapshot;
}

/**
 * Saves the source's draft once changes pause, and at once when the page is hidden or left (`pagehide`,
 * `visibilitychange`) or the component unmounts, so a closed tab keeps its last keystrokes. A change only
 * restarts a timer: the draft is read when it is saved, and nothing re-renders as the user types.
 */
export function useDraftAutosave(
  { subscribe, getSnapshot }: DraftSource,
  {
    delayMs = DRAFT_AUTOSAVE_DELAY_MS,
    storage = libraryStorage,
  }: { delayMs?: number; storage?: LibraryStorage } = {},
): void {
  // What the page opened with is what storage holds (or the empty default): saving it again, e.g. after a change
  // that was undone, would only cost the main thread a validation of every kind's draft.
  const [opened] = useState(() => JSON.stringify(getSnapshot()));
  const left = useRef(false);
  const save = useDebouncedCallback(
    () => {
      const snapshot = getSnapshot();
      if (!left.current) {
        if (JSON.stringify(snapshot) === opened) return;
        left.current = true;
      }
      saveDraft(snapshot, storage);
    },
    delayMs,
    { flushOnLeave: true },
  );
  useEffect(() => subscribe(() => save.schedule()), [subscribe, save]);
}
