/**
 * The webhook event shows only once the customer has tapped something in the phone: its code is a chunk of its
 * own, fetched on idle after the first paint so it is there by the first tap.
 */
import { type ComponentProps, Suspense } from 'react';
import { lazyWithPreload, usePreloadOnIdle } from '../../lib/lazy-on-idle.tsx';
import type * as WebhookPanelModule from './webhook-panel.tsx';

const panel = lazyWithPreload(() => import('./webhook-panel.tsx').then((module) => module.WebhookPanel));

export function WebhookPanel(props: ComponentProps<typeof WebhookPanelModule.WebhookPanel>) {
  usePreloadOnIdle(panel);
  return (
    <Suspense fallback={null}>
      <panel.Component {...props} />
    </Suspense>
  );
}
