import { type RefObject, useEffect, useState } from 'react';

/**
 * What `read` returns, for a part of the page away from where the user types (the request inspector). While the
 * part is on screen, or about to be, each change `subscribe` reports is read once the browser has painted the
 * keystroke's own frame: the character shows at once, this copy a frame later, and keys typed faster than
 * frames are read once. Off screen the part is not subscribed at all, costs nothing per keystroke and keeps
 * what it last showed; it reads again as it scrolls near.
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
  useEffect(() => {
    if (!onScreen) return;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      // The frame's callbacks run before it is painted; a task queued from one runs after.
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => setShown(() => read()));
      });
    };
    // Back on screen: what changed meanwhile.
    refresh();
    const unsubscribe = subscribe(refresh);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [onScreen, subscribe, read]);
  return shown;
}
