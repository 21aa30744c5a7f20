/**
 * Parts of the page that are below the fold or open on demand load as their own chunk: the first paint does not
 * wait for their code, and the browser fetches it when the main thread is idle, so it is there before anyone
 * scrolls to it or asks for it.
 */
import { type ComponentType, lazy, type LazyExoticComponent, useEffect, useState } from 'react';

/** Runs `task` when the main thread has nothing better to do (or after `timeoutMs` at the latest). */
function whenIdle(task: () => void, timeoutMs = 2000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(task, 200);
  return () => window.clearTimeout(timer);
}

export type Preloadable<P> = {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts loading the chunk (once); resolves when the component can render without suspending. */
  preload: () => Promise<unknown>;
};

export function lazyWithPreload<P>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => (loading ??= load());
  return { Component: lazy(() => preload().then((component) => ({ default: component }))), preload };
}

/** Preloads on idle after mount; true once the chunk is in. */
export function usePreloadOnIdle(part: { preload: () => Promise<unknown> }): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() => {
      part.preload().then(
        () => live && setReady(true),
        // A chunk that failed to load is asked for again when the part renders; nothing to do here.
        () => undefined,
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [part]);
  return ready;
}
