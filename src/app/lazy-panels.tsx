/**
 * The page's below-the-fold and on-demand panels, each in its own chunk (see src/lib/lazy-on-idle.tsx). Each
 * takes the same props as the panel it stands for. A panel shows a placeholder of its size (so nothing on screen
 * moves) until its code, fetched on idle after the first paint, is in; a closed dialog draws nothing until then,
 * and fetches its code at once if it is opened first.
 * scripts/check-size.mjs fails the build when one of these modules ends up in the first-load JS again.
 */
import { Placeholder } from '../components/ui/placeholder.tsx';
import { useComposerApi } from '../features/composer/composer-provider.tsx';
import { useStore } from '../lib/create-store.ts';
import { lazyWithPreload } from '../lib/lazy-on-idle.tsx';

export type { TemplatesPanelHandle } from '../features/library/templates-panel.tsx';

const belowTheFold = (minHeight: string) => ({
  fallback: () => <Placeholder minHeight={minHeight} />,
  wanted: () => false,
});
const whenOpen = { wanted: ({ open }: { open: boolean }) => open };

export const TemplatesPanel = lazyWithPreload(
  () => import('../features/library/templates-panel.tsx').then((module) => module.TemplatesPanel),
  belowTheFold('12rem'),
).Component;

export const HistoryPanel = lazyWithPreload(
  () => import('../features/library/history-panel.tsx').then((module) => module.HistoryPanel),
  belowTheFold('8rem'),
).Component;

export const RequestInspector = lazyWithPreload(
  () => import('../features/connection/request-inspector.tsx').then((module) => module.RequestInspector),
  belowTheFold('16rem'),
).Component;

/** The shortcuts' list. */
export const ShortcutsOverlay = lazyWithPreload(
  () => import('./shortcuts-overlay.tsx').then((module) => module.ShortcutsOverlay),
  whenOpen,
).Component;

const SavedRepliesDialog = lazyWithPreload<{ open: boolean }>(
  () => import('./saved-replies-dialog.tsx').then((module) => module.SavedReplies),
  whenOpen,
).Component;

/** The saved-replies dialog, whose open state lives in the composer's variables store. */
export function SavedReplies() {
  const { variables } = useComposerApi();
  return <SavedRepliesDialog open={useStore(variables, (state) => state.cannedOpen)} />;
}
