/**
 * The one debounce: a call waits until calls stop for `delayMs`, and only the last one runs. Typing must not
 * fetch, save or search at every keystroke; saving must still not lose the last keystrokes, so a debounce can
 * be told to run what is pending when the page is hidden or left, and when its component unmounts.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface Debounced<A extends unknown[]> {
  /** Runs `callback(...args)` once calls have stopped for the delay; a newer call replaces a pending one. */
  schedule(...args: A): void;
  /** Runs the pending call now, if any. */
  flush(): void;
  /** Drops the pending call, if any. */
  cancel(): void;
}

export interface DebounceOptions {
  /** Run the pending call on `pagehide`, when the page is hidden, and on unmount (else it is dropped). */
  flushOnLeave?: boolean;
}

/** A stable `schedule`/`flush`/`cancel` around `callback`; the latest `callback` is the one that runs. */
export function useDebouncedCallback<A extends unknown[]>(
  callback: (...args: A) => void,
  delayMs: number,
  { flushOnLeave = false }: DebounceOptions = {},
): Debounced<A> {
  const latest = useRef(callback);
  const delay = useRef(delayMs);
  useLayoutEffect(() => {
    latest.current = callback;
    delay.current = delayMs;
  });
  const [debounced] = useState(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: { args: A } | null = null;
    // When the pending call is due. A call moves it and leaves the timer be: the timer, on firing early, waits
    // for the rest. Typing schedules at every keystroke, and clearing and setting a timer each time costs more.
    let due = 0;
    const cancel = () => {
      clearTimeout(timer);
      timer = undefined;
      pending = null;
    };
    const flush = () => {
      const call = pending;
      cancel();
      if (call !== null) latest.current(...call.args);
    };
    const fire = () => {
      const rest = due - Date.now();
      if (rest > 0) timer = setTimeout(fire, rest);
      else flush();
    };
    const schedule = (...args: A) => {
      pending = { args };
      due = Date.now() + delay.current;
      timer ??= setTimeout(fire, delay.current);
    };
    return { schedule, flush, cancel };
  });

  useEffect(() => {
    if (!flushOnLeave) return debounced.cancel;
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') debounced.flush();
    };
    window.addEventListener('pagehide', debounced.flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', debounced.flush);
      document.removeEventListener('visibilitychange', onVisibility);
      debounced.flush();
    };
  }, [debounced, flushOnLeave]);

  return debounced;
}

/** `value`, once it has stopped changing for `delayMs`; the first render returns it at once. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  const { schedule, cancel } = useDebouncedCallback(setSettled, delayMs);
  useEffect(() => {
    if (Object.is(value, settled)) cancel();
    else schedule(value);
  }, [value, settled, schedule, cancel]);
  return settled;
}
