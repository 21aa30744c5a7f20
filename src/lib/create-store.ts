/**
 * The one pattern for app-wide client state: a tiny external store read through selectors.
 *
 * A component subscribes to the slice it selects (`useStore(store, (s) => s.token)`), so a change elsewhere in
 * the state does not re-render it. Actions live beside the store as plain functions and are stable, so a context
 * (when one is needed at all) carries the store, never a wide value that every reader re-renders on.
 */
import { useSyncExternalStore } from 'react';

export type Store<T> = {
  getState: () => T;
  /** Replace the state, or derive the next one from the current; readers are told only when it changed. */
  setState: (next: T | ((current: T) => T)) => void;
  subscribe: (listener: () => void) => () => void;
};

export function createStore<T>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    setState(next) {
      const value = typeof next === 'function' ? (next as (current: T) => T)(state) : next;
      if (Object.is(value, state)) return;
      state = value;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Reads one slice of a store; the component re-renders only when that slice changes (by `Object.is`). */
export function useStore<T, S>(store: Store<T>, selector: (state: T) => S): S {
  return useSyncExternalStore(
    store.subscribe,
    () => selector(store.getState()),
    () => selector(store.getState()),
  );
}
