/**
 * The editors of the kinds a page rarely opens on — Location (map panel, place search, geocoder, paste and fill
 * helpers), Reply buttons, List and Location request — are chunks of their own, fetched on idle after the first
 * paint so that switching kind is instant; the Text editor, which every new message starts with, stays in the
 * first load. A page that opens on another kind waits for its editor behind a placeholder of its height.
 *
 * What sits under the fields is fetched right after the first paint, and draws nothing until then: the
 * placeholders' values (shown only when the message has `{{name}}`s) and the list of what keeps Send blocked.
 */
import { Placeholder } from '../../components/ui/placeholder.tsx';
import { lazyWithPreload, preloadGroup, usePreloadOnIdle } from '../../lib/lazy-on-idle.tsx';

const withHeight = (minHeight: string) => ({ fallback: () => <Placeholder minHeight={minHeight} /> });

const location = lazyWithPreload(
  () => import('./location-editor.tsx').then((module) => module.LocationEditor),
  withHeight('24rem'),
);
const buttons = lazyWithPreload(
  () => import('./buttons-editor.tsx').then((module) => module.ButtonsEditor),
  withHeight('20rem'),
);
const list = lazyWithPreload(
  () => import('./list-editor.tsx').then((module) => module.ListEditor),
  withHeight('24rem'),
);
const locationRequest = lazyWithPreload(
  () => import('./location-request-editor.tsx').then((module) => module.LocationRequestEditor),
  withHeight('8rem'),
);
const all = preloadGroup([location, buttons, list, locationRequest]);

/** Fetches every kind's editor once the main thread is idle, so the kind picker never waits. */
export function usePreloadEditors() {
  usePreloadOnIdle(all);
}

export const LocationEditor = location.Component;
export const ButtonsEditor = buttons.Component;
export const ListEditor = list.Component;
export const LocationRequestEditor = locationRequest.Component;

export const VariablesPanel = lazyWithPreload(() =>
  import('./variables-panel.tsx').then((module) => module.VariablesPanel),
).Component;

export const ErrorSummary = lazyWithPreload(() =>
  import('./error-summary.tsx').then((module) => module.ErrorSummary),
).Component;
