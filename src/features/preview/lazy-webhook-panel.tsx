/**
 * The webhook event shows only once the customer has tapped something in the phone: its code is a chunk of its
 * own, fetched on idle after the first paint so it is there by the first tap.
 */
import { lazyWithPreload } from '../../lib/lazy-on-idle.tsx';

export const WebhookPanel = lazyWithPreload(() =>
  import('./webhook-panel.tsx').then((module) => module.WebhookPanel),
).Component;
