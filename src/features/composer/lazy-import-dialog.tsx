/**
 * The import dialog opens on demand: its code is a chunk of its own, fetched on idle after the first paint (or
 * when the dialog is opened first). Closed, the dialog takes no room, so there is nothing to hold in its place.
 */
import { lazyWithPreload } from '../../lib/lazy-on-idle.tsx';

export const ImportDialog = lazyWithPreload(
  () => import('./import-dialog.tsx').then((module) => module.ImportDialog),
  { wanted: ({ open }) => open },
).Component;
