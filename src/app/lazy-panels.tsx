/**
 * The page's below-the-fold and on-demand panels, each in its own chunk (see src/lib/lazy-on-idle.tsx). Each
 * wrapper takes the same props as the panel it stands for and shows a placeholder of the panel's size (so nothing
 * on screen moves) until the code, fetched on idle after the first paint, is in.
 * scripts/check-size.mjs fails the build when one of these modules ends up in the first-load JS again.
 */
import { type ComponentProps, Suspense } from 'react';
import { useComposerApi } from '../features/composer/composer-provider.tsx';
import type * as InspectorModule from '../features/connection/request-inspector.tsx';
import type * as HistoryModule from '../features/library/history-panel.tsx';
import type * as TemplatesModule from '../features/library/templates-panel.tsx';
import { useStore } from '../lib/create-store.ts';
import { lazyWithPreload, usePreloadOnIdle } from '../lib/lazy-on-idle.tsx';

export type { TemplatesPanelHandle } from '../features/library/templates-panel.tsx';

const templates = lazyWithPreload(() =>
  import('../features/library/templates-panel.tsx').then((module) => module.TemplatesPanel),
);
const history = lazyWithPreload(() =>
  import('../features/library/history-panel.tsx').then((module) => module.HistoryPanel),
);
const savedReplies = lazyWithPreload(() =>
  import('./saved-replies-dialog.tsx').then((module) => module.SavedReplies),
);
const shortcuts = lazyWithPreload(() =>
  import('./shortcuts-overlay.tsx').then((module) => module.ShortcutsOverlay),
);
const inspector = lazyWithPreload(() =>
  import('../features/connection/request-inspector.tsx').then((module) => module.RequestInspector),
);

/** Holds a panel's place: its height while loading, announced as busy to assistive technology. */
function PanelPlaceholder({ minHeight }: { minHeight: string }) {
  return (
    <div
      aria-busy="true"
      style={{ minHeight }}
      className="animate-pulse rounded-lg bg-neutral-100 dark:bg-neutral-800/50"
    />
  );
}

export function TemplatesPanel(props: ComponentProps<typeof TemplatesModule.TemplatesPanel>) {
  const ready = usePreloadOnIdle(templates);
  const placeholder = <PanelPlaceholder minHeight="12rem" />;
  return ready ? (
    <Suspense fallback={placeholder}>
      <templates.Component {...props} />
    </Suspense>
  ) : (
    placeholder
  );
}

export function HistoryPanel(props: ComponentProps<typeof HistoryModule.HistoryPanel>) {
  const ready = usePreloadOnIdle(history);
  const placeholder = <PanelPlaceholder minHeight="8rem" />;
  return ready ? (
    <Suspense fallback={placeholder}>
      <history.Component {...props} />
    </Suspense>
  ) : (
    placeholder
  );
}

export function RequestInspector(props: ComponentProps<typeof InspectorModule.RequestInspector>) {
  const ready = usePreloadOnIdle(inspector);
  const placeholder = <PanelPlaceholder minHeight="16rem" />;
  return ready ? (
    <Suspense fallback={placeholder}>
      <inspector.Component {...props} />
    </Suspense>
  ) : (
    placeholder
  );
}

/** The saved-replies dialog: nothing on screen until it opens, so nothing to hold a place for. */
export function SavedReplies() {
  const ready = usePreloadOnIdle(savedReplies);
  const { variables } = useComposerApi();
  const open = useStore(variables, (state) => state.cannedOpen);
  return ready || open ? (
    <Suspense fallback={null}>
      <savedReplies.Component />
    </Suspense>
  ) : null;
}

/** The shortcuts' list: a closed dialog until asked for, so nothing to hold a place for. */
export function ShortcutsOverlay(props: { open: boolean; onClose: () => void }) {
  const ready = usePreloadOnIdle(shortcuts);
  return ready || props.open ? (
    <Suspense fallback={null}>
      <shortcuts.Component {...props} />
    </Suspense>
  ) : null;
}
