import { type RefObject, useEffect, useState } from 'react';
import { useDebouncedCallback } from './use-debounce.ts';

/** Off screen, a part reads again once changes have stopped for this long. */
const OFF_SCREEN_QUIET_MS = 250;

/**
 * What `read` returns, for a part of the page away from where the user types (the request inspector). While the
 * part is on screen, or about to be, each change `subscribe` reports is read once the browser has painted the
 * keystroke's own frame: the character shows at once, this copy a frame later, and keys typed faster than
 * frames are read once. Off screen it reads once typing pauses, so a keystroke costs it nothing and what it
 * holds (for a screen reader, a search in the page) is never more than a pause behind.
 */
export function useSnapshotOnScreen<T>(
  subscribe: (onChange: () => void) => () => void,
  read: () => T,
  part: RefObject<Element | null>,
): T {
  const [shown, setShown] = useState(read);
  // Where IntersectionObserver is missing, the part counts as always on screen.
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const element = part.current;
    if (element === null || typeof IntersectionObserver === 'undefined') return;
    // A little ahead of the screen's edge, so it has caught up by the time its text shows.
    const observer = new IntersectionObserver(
      (entries) => setOnScreen(entries.some((entry) => entry.isIntersecting)),
      { rootMargin: '64px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [part]);
  // Off screen: once changes have stopped, by the one debounce.
  const { schedule, cancel } = useDebouncedCallback(() => setShown(() => read()), OFF_SCREEN_QUIET_MS);
  useEffect(() => {
    if (!onScreen) {
      // Whatever a change left to read, then each change.
      schedule();
      const unsubscribe = subscribe(schedule);
      return () => {
        unsubscribe();
        cancel();
      };
    }
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A read is already on its way: it reads what is there when it runs, so later changes join it.
    let queued = false;
    const update = () => {
      queued = false;
      setShown(() => read());
    };
    const refresh = () => {
      if (queued) return;
      queued = true;
      // The frame's callbacks run before it is painted; a task queued from one runs after.
      frame = requestAnimationFrame(() => (timer = setTimeout(update)));
    };
    // On screen now: whatever a change left to read.
    refresh();
    const unsubscribe = subscribe(refresh);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [onScreen, subscribe, read, schedule, cancel]);
  return shown;
}
