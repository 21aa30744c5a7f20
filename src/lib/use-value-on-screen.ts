import { type RefObject, useEffect, useState } from 'react';

/**
 * `value`, for a part of the page away from where the user types (the request inspector). While the part is on
 * screen, or about to be, it gets each change once the browser has painted the keystroke's own frame: the
 * character shows at once, this copy a frame later. Off screen it keeps what it last showed and costs nothing,
 * and catches up as it scrolls near. Keys typed faster than frames come as one update with the latest value.
 */
export function useValueOnScreen<T>(value: T, part: RefObject<Element | null>): T {
  const [shown, setShown] = useState(value);
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
    if (!onScreen || Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame's callbacks run before it is painted; a task queued from one runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(() => value));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown, onScreen]);
  return shown;
}
