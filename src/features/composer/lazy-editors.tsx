/**
 * The editors of the kinds a page rarely opens on — Location (map panel, place search, geocoder, paste and fill
 * helpers), Reply buttons, List and Location request — are chunks of their own, fetched on idle after the first
 * paint so that switching kind is instant; the Text editor, which every new message starts with, stays in the
 * first load. A page that opens on another kind waits for its editor behind a placeholder of its height.
 */
import { Suspense } from 'react';
import { lazyWithPreload, type Preloadable, usePreloadOnIdle } from '../../lib/lazy-on-idle.tsx';

const location = lazyWithPreload(() =>
  import('./location-editor.tsx').then((module) => module.LocationEditor),
);
const buttons = lazyWithPreload(() => import('./buttons-editor.tsx').then((module) => module.ButtonsEditor));
const list = lazyWithPreload(() => import('./list-editor.tsx').then((module) => module.ListEditor));
const locationRequest = lazyWithPreload(() =>
  import('./location-request-editor.tsx').then((module) => module.LocationRequestEditor),
);

function LazyEditor({ part, minHeight }: { part: Preloadable<object>; minHeight: string }) {
  return (
    <Suspense
      fallback={
        <div
          aria-busy="true"
          style={{ minHeight }}
          className="animate-pulse rounded-lg bg-neutral-100 dark:bg-neutral-800/50"
        />
      }
    >
      <part.Component />
    </Suspense>
  );
}

/** Fetches every kind's editor once the main thread is idle, so the kind picker never waits. */
export function usePreloadEditors() {
  usePreloadOnIdle(location);
  usePreloadOnIdle(buttons);
  usePreloadOnIdle(list);
  usePreloadOnIdle(locationRequest);
}

export const LocationEditor = () => <LazyEditor part={location} minHeight="24rem" />;
export const ButtonsEditor = () => <LazyEditor part={buttons} minHeight="20rem" />;
export const ListEditor = () => <LazyEditor part={list} minHeight="24rem" />;
export const LocationRequestEditor = () => <LazyEditor part={locationRequest} minHeight="8rem" />;
