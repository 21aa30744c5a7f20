/**
 * The phone's drawings of the kinds other than Text (reply buttons, list and its bottom sheet, location, location
 * request) and of the customer's simulated replies are a chunk of their own, fetched on idle after the first
 * paint: a new message starts as Text, and by the time anyone picks another kind or taps a reply its drawing is
 * there. A thread that opens on another kind shows a bubble of the same shape for the moment it takes to arrive.
 */
import type { ComponentProps, ComponentType } from 'react';
import {
  type LazyPartOptions,
  lazyWithPreload,
  preloadGroup,
  usePreloadOnIdle,
} from '../../lib/lazy-on-idle.tsx';
import { Bubble, type BubbleSide } from './bubble.tsx';
import type * as KindsModule from './kind-messages.tsx';
import { simulatedReplies } from './use-simulation.ts';

type Kinds = typeof KindsModule;

function BubbleFallback({ tail, side }: { tail: boolean; side: BubbleSide }) {
  return (
    <Bubble side={side} tail={tail}>
      <div aria-busy="true" className="h-16 w-48 max-w-full" />
    </Bubble>
  );
}

const bubble = (side: BubbleSide) => ({
  fallback: ({ tail }: { tail: boolean }) => <BubbleFallback tail={tail} side={side} />,
});

const load = () => import('./kind-messages.tsx');
const pick = <K extends keyof Kinds>(name: K, options?: LazyPartOptions<ComponentProps<Kinds[K]>>) =>
  lazyWithPreload(
    () => load().then((module) => module[name] as ComponentType<ComponentProps<Kinds[K]>>),
    options,
  );

const parts = {
  ButtonMessage: pick('ButtonMessage', bubble('business')),
  ListMessage: pick('ListMessage', bubble('business')),
  LocationMessage: pick('LocationMessage', bubble('business')),
  LocationRequestMessage: pick('LocationRequestMessage', bubble('business')),
  CustomerReplyBubble: pick('CustomerReplyBubble', bubble('customer')),
  // The sheet opens on a tap, by which time its code is in; nothing to hold a place for.
  ListSheet: pick('ListSheet'),
};

// What a tap on a reply computes comes with the drawings it is tapped on.
const all = preloadGroup([...Object.values(parts), simulatedReplies]);

/** Fetches the drawings once the main thread is idle, so none of them suspends when it first appears. */
export function usePreloadKinds() {
  usePreloadOnIdle(all);
}

export const ButtonMessage = parts.ButtonMessage.Component;
export const ListMessage = parts.ListMessage.Component;
export const LocationMessage = parts.LocationMessage.Component;
export const LocationRequestMessage = parts.LocationRequestMessage.Component;
export const CustomerReplyBubble = parts.CustomerReplyBubble.Component;
export const ListSheet = parts.ListSheet.Component;
