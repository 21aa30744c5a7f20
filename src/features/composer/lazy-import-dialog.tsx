/**
 * The import dialog opens on demand: its code is a chunk of its own, fetched on idle after the first paint (or
 * when the dialog is opened first). Closed, the dialog takes no room, so there is nothing to hold in its place.
 */
import { type ComponentProps, Suspense } from 'react';
import { lazyWithPreload, usePreloadOnIdle } from '../../lib/lazy-on-idle.tsx';
import type * as ImportDialogModule from './import-dialog.tsx';

const dialog = lazyWithPreload(() => import('./import-dialog.tsx').then((module) => module.ImportDialog));

export function ImportDialog(props: ComponentProps<typeof ImportDialogModule.ImportDialog>) {
  const ready = usePreloadOnIdle(dialog);
  if (!ready && !props.open) return null;
  return (
    <Suspense fallback={null}>
      <dialog.Component {...props} />
    </Suspense>
  );
}
