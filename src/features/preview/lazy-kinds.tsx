/**
 * The phone's drawings of the kinds other than Text (reply buttons, list and its bottom sheet, location, location
 * request) and of the customer's simulated replies are a chunk of their own, fetched on idle after the first
 * paint: a new message starts as Text, and by the time anyone picks another kind or taps a reply its drawing is
 * there. A thread that opens on another kind shows a bubble of
 * the same shape for the moment it takes to arrive.
 */
import { type ComponentProps, type ComponentType, Suspense } from 'react';
import {
  lazyWithPreload,
  type Preloadable,
  preloadGroup,
  usePreloadOnIdle,
} from '../../lib/lazy-on-idle.tsx';
import { Bubble, type BubbleSide } from './bubble.tsx';
import type * as KindsModule from './kind-messages.tsx';

type Kinds = typeof KindsModule;

const load = () => import('./kind-messages.tsx');
const pick = <K extends keyof Kinds>(name: K) =>
  lazyWithPreload(() => load().then((module) => module[name] as ComponentType<ComponentProps<Kinds[K]>>));

const parts = {
  ButtonMessage: pick('ButtonMessage'),
  ListMessage: pick('ListMessage'),
  LocationMessage: pick('LocationMessage'),
  LocationRequestMessage: pick('LocationRequestMessage'),
  ListSheet: pick('ListSheet'),
  CustomerReplyBubble: pick('CustomerReplyBubble'),
};

const all = preloadGroup(Object.values(parts));

/** Fetches the drawings once the main thread is idle, so none of them suspends when it first appears. */
export function usePreloadKinds() {
  usePreloadOnIdle(all);
}

function BubbleFallback({ tail, side = 'business' }: { tail: boolean; side?: BubbleSide }) {
  return (
    <Bubble side={side} tail={tail}>
      <div aria-busy="true" className="h-16 w-48 max-w-full" />
    </Bubble>
  );
}

function withBubbleFallback<P extends { tail: boolean }>(part: Preloadable<P>) {
  return function LazyKind(props: P) {
    return (
      <Suspense fallback={<BubbleFallback tail={props.tail} />}>
        <part.Component {...(props as P & object)} />
      </Suspense>
    );
  };
}

export const ButtonMessage = withBubbleFallback(parts.ButtonMessage);
export const ListMessage = withBubbleFallback(parts.ListMessage);
export const LocationMessage = withBubbleFallback(parts.LocationMessage);
export const LocationRequestMessage = withBubbleFallback(parts.LocationRequestMessage);

export function CustomerReplyBubble(props: ComponentProps<Kinds['CustomerReplyBubble']>) {
  return (
    <Suspense fallback={<BubbleFallback tail={props.tail} side="customer" />}>
      <parts.CustomerReplyBubble.Component {...props} />
    </Suspense>
  );
}

/** The sheet opens on a tap, by which time its code is in; nothing to hold a place for. */
export function ListSheet(props: ComponentProps<Kinds['ListSheet']>) {
  return (
    <Suspense fallback={null}>
      <parts.ListSheet.Component {...props} />
    </Suspense>
  );
}
