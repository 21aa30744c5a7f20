/**
 * Parts of the page that are below the fold or open on demand load as their own chunk: the first paint does not
 * wait for their code, and the browser fetches it when the main thread is idle, so it is there before anyone
 * scrolls to it or asks for it. Idle fetches start after the first frame and after the code the page needs now
 * (the editor of the kind a share link opened on, say), so they never compete with it for the network. Once a
 * part's code is in, it renders at once, without a Suspense round.
 */
import { type ComponentType, lazy, type ReactNode, Suspense, useEffect, useState } from 'react';

/**
 * Code the page needs now: loads started by a render or a click, not by idle. Idle loads wait for them, so a
 * page opened on a List waits for the List editor's chunk alone, not for it and every prefetch at once.
 */
const urgent = new Set<Promise<unknown>>();
/** True while idle work starts its loads: those are the ones that do not count as urgent. */
let loadingOnIdle = false;

let painted: Promise<void> | undefined;
/** Resolves once the page has drawn its first frame (a tab that draws none is served by the idle deadline). */
function afterFirstPaint(): Promise<void> {
  return (painted ??= new Promise<void>((resolve) => {
    window.requestAnimationFrame(() => window.setTimeout(resolve, 0));
  }));
}

async function urgentSettled(): Promise<void> {
  while (urgent.size > 0) await Promise.allSettled([...urgent]);
}

/** Idle work runs this long after it was asked for at the latest, whatever it waits for. */
const IDLE_DEADLINE_MS = 2000;

/**
 * Runs `task` once the first frame is drawn, what the page needs now is in, and the main thread has nothing
 * better to do, or two seconds after the call at the latest (a page still busy loading does not hold back the
 * parts below the fold for longer than that). The returned function calls it off.
 */
function whenIdle(task: () => void): () => void {
  let live = true;
  const run = () => {
    if (!live) return;
    live = false;
    loadingOnIdle = true;
    try {
      task();
    } finally {
      loadingOnIdle = false;
    }
  };
  const late = window.setTimeout(run, IDLE_DEADLINE_MS);
  void afterFirstPaint()
    .then(urgentSettled)
    .then(() => {
      // The deadline's timer runs `run` if the main thread never goes idle in time.
      if (!live) return;
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run);
      else window.setTimeout(run, 200);
    });
  return () => {
    live = false;
    window.clearTimeout(late);
  };
}

export type Preloadable<P> = {
  /** The part itself, behind its own Suspense boundary: see `LazyPartOptions` for what it draws meanwhile. */
  Component: ComponentType<P>;
  /** Starts loading the chunk (once); resolves when the component can render without suspending. */
  preload: () => Promise<unknown>;
  /** True once the chunk is in. */
  loaded: () => boolean;
};

export type LazyPartOptions<P> = {
  /** Drawn until the code is in: a placeholder of the part's size, or nothing (the default). */
  fallback?: (props: P) => ReactNode;
  /**
   * Whether the part is wanted before its code has come on idle. By default it is (an editor the page may open
   * on, a bubble in the thread): it renders at once and fetches its code if needed. A below-the-fold panel says
   * never, and keeps its placeholder until idle; a closed dialog says only when it opens.
   */
  wanted?: (props: P) => boolean;
};

/** Every part declared so far: tests load them all up front, as a page that has been idle once has. */
const declared = new Set<() => Promise<unknown>>();

const nothing = () => null;
const always = () => true;

export function lazyWithPreload<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { fallback = nothing, wanted = always }: LazyPartOptions<P> = {},
): Preloadable<P> {
  // Whoever starts the load (idle, a test, a click that needs the part now), every copy on the page draws it.
  const waiting = new Set<() => void>();
  const subscribe = (onReady: () => void) => {
    waiting.add(onReady);
    return () => waiting.delete(onReady);
  };
  let ready: ComponentType<P> | undefined;
  const chunk = preloadableModule(load, (component) => {
    ready = component;
    for (const onReady of waiting) onReady();
  });
  const { preload, loaded: isReady } = chunk;
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  const part: Preloadable<P> = { Component, preload, loaded: isReady };
  function Component(props: P) {
    usePreloadOnIdle(part);
    const loaded = useArrived(subscribe, isReady);
    if (!loaded && !wanted(props)) return fallback(props);
    const Part = ready ?? Lazy;
    return (
      <Suspense fallback={fallback(props)}>
        <Part {...props} />
      </Suspense>
    );
  }
  return part;
}

/**
 * Whether a chunk is in: read when the part mounts, then told when it arrives. Not `useSyncExternalStore`: a
 * chunk arriving while React renders the page in slices (the first render, say) would make that render
 * inconsistent with the store, and React would throw the slices away and render the whole page again in one
 * blocking task. Told after the commit instead, a chunk that arrives meanwhile costs its own part one render.
 */
function useArrived(subscribe: (onReady: () => void) => () => void, isReady: () => boolean): boolean {
  const [arrived, setArrived] = useState(isReady);
  useEffect(() => {
    const unsubscribe = subscribe(() => setArrived(true));
    // The chunk came between the render and now, so no call will come: catch up, once.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the store offers no event for the past
    if (isReady()) setArrived(true);
    return unsubscribe;
  }, [subscribe, isReady]);
  return arrived;
}

/** A chunk loaded once, on demand, and kept: what `lazyWithPreload` is built on, and code a tap computes with. */
export type PreloadableModule<M> = {
  preload: () => Promise<M>;
  loaded: () => boolean;
  /** The module once it is in, for a caller that must use it within its own task. */
  current: () => M | undefined;
};

export function preloadableModule<M>(
  load: () => Promise<M>,
  onLoad?: (module: M) => void,
): PreloadableModule<M> {
  let loading: Promise<M> | undefined;
  let current: M | undefined;
  const preload = () => {
    if (loading !== undefined) return loading;
    const started = load().then(
      (module) => {
        current = module;
        onLoad?.(module);
        return module;
      },
      (error: unknown) => {
        // A chunk that failed to load (offline, a deploy replaced it) is asked for again next time.
        loading = undefined;
        throw error;
      },
    );
    loading = started;
    if (!loadingOnIdle) {
      urgent.add(started);
      const done = () => void urgent.delete(started);
      started.then(done, done);
    }
    return started;
  };
  declared.add(preload);
  return { preload, loaded: () => current !== undefined, current: () => current };
}

/** Several parts as one, e.g. the exports of one chunk: preloading it makes every one of them render at once. */
export function preloadGroup(parts: readonly Pick<Preloadable<never>, 'preload' | 'loaded'>[]) {
  return {
    preload: () => Promise.all(parts.map((part) => part.preload())),
    loaded: () => parts.every((part) => part.loaded()),
  };
}

/** Loads every part declared so far (for tests, which render synchronously). */
export function preloadAll(): Promise<unknown> {
  return Promise.all([...declared].map((preload) => preload()));
}

/**
 * Preloads `part` on idle after mount (see `whenIdle`). A part's own component is told when its code arrives,
 * whoever loaded it (`useArrived`), so this only starts the load.
 */
export function usePreloadOnIdle(part: Pick<Preloadable<never>, 'preload' | 'loaded'>): void {
  useEffect(() => {
    if (part.loaded()) return;
    return whenIdle(() => {
      // A failed load is asked for again when the part renders; nothing to do here.
      part.preload().catch(() => undefined);
    });
  }, [part]);
}
