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

/**
 * Notices over the editor (a share link's outcome, another tab's draft, what storage could not do): nothing to
 * draw on a usual start, so their code comes right after the first paint. The link's hash was already taken out
 * of the address bar (opening-share-link.ts), and a page opened from one waits for its loader (main.tsx); the
 * other tab's draft is compared when the part mounts.
 */
export const shareLinkLoader = lazyWithPreload(() =>
  import('./share-link-loader.tsx').then((module) => module.ShareLinkLoader),
);
export const ShareLinkLoader = shareLinkLoader.Component;

export const OtherTabDraft = lazyWithPreload(() =>
  import('../features/library/other-tab-draft.tsx').then((module) => module.OtherTabDraft),
).Component;

export const StorageNotices = lazyWithPreload(() =>
  import('../features/library/storage-notices.tsx').then((module) => module.StorageNotices),
).Component;

/** Below the send bar: where the message goes and with what. Send's "what is missing" loads it at once. */
export const connectionPanel = lazyWithPreload(
  () => import('../features/connection/connection-panel.tsx').then((module) => module.ConnectionPanel),
  belowTheFold('4rem'),
);

export const PhoneTools = lazyWithPreload(
  () => import('./phone-tools.tsx').then((module) => module.PhoneTools),
  belowTheFold('9rem'),
).Component;

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
