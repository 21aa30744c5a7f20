/**
 * The words for what came back (outcome-details.tsx) load on idle after the first paint: nothing has come back
 * before the first send or token check, and by then the code is in. Until it is, nothing is drawn (the live
 * region it fills is already on the page).
 */
import { lazyWithPreload, preloadGroup, usePreloadOnIdle } from '../../lib/lazy-on-idle.tsx';

const load = () => import('./outcome-details.tsx');
const sent = lazyWithPreload(() => load().then((module) => module.SentDetails));
const failure = lazyWithPreload(() => load().then((module) => module.FailureDetails));
const profileError = lazyWithPreload(() => load().then((module) => module.ProfileErrorDetails));
const all = preloadGroup([sent, failure, profileError]);

/** Fetches the chunk once the main thread is idle. */
export function usePreloadOutcomeDetails() {
  usePreloadOnIdle(all);
}

export const SentDetails = sent.Component;
export const FailureDetails = failure.Component;
export const ProfileErrorDetails = profileError.Component;
