/**
 * The Location editor (map panel, place search, geocoder, paste and fill helpers) is the composer's largest and is
 * used only for one kind: its code is a chunk of its own, fetched on idle after the first paint so switching to
 * Location is instant. A page that opens on Location waits for it behind a placeholder of its height.
 */
import { Suspense } from 'react';
import { lazyWithPreload, usePreloadOnIdle } from '../../lib/lazy-on-idle.tsx';

const editor = lazyWithPreload(() => import('./location-editor.tsx').then((module) => module.LocationEditor));

export function LocationEditor() {
  usePreloadOnIdle(editor);
  return (
    <Suspense
      fallback={
        <div
          aria-busy="true"
          className="min-h-96 animate-pulse rounded-lg bg-neutral-100 dark:bg-neutral-800/50"
        />
      }
    >
      <editor.Component />
    </Suspense>
  );
}
