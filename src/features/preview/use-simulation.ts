/**
 * The tap simulation: what the customer sends back when they tap a reply button, pick a list row or share their
 * location. Each tap adds a bubble on the customer's side and yields the exact webhook event Digishare would
 * deliver; the latest one is shown under the phone. The bubble and the event are built by ./simulated-reply.ts,
 * fetched with the phone's interactive drawings rather than with the page.
 */
import { useCallback, useState } from 'react';
import type { ReplyEvent } from '../../domain/message/webhook.ts';
import { preloadableModule } from '../../lib/lazy-on-idle.tsx';
import type { CustomerAction, CustomerReply } from './preview-types.ts';
import type * as SimulatedReply from './simulated-reply.ts';

/** The code a tap computes with, preloaded with the phone's drawings (lazy-kinds.tsx). */
export const simulatedReplies = preloadableModule(() => import('./simulated-reply.ts'));

export const PLACEHOLDER_CONVERSATION_ID = 'CONVERSATION_ID';

/** The source of a reply to the draft when the caller does not say which message it answers. */
const DRAFT_SOURCE = 'draft';

/** The source of a reply to the draft of one kind: it stays with that kind's draft across kind switches. */
export function draftSource(kind: string): string {
  return `${DRAFT_SOURCE}:${kind}`;
}

interface SimulationState {
  replies: CustomerReply[];
  payload: ReplyEvent | null;
}

const EMPTY: SimulationState = { replies: [], payload: null };

export function useSimulation({ conversationId, now }: { conversationId: string; now: () => Date }) {
  const [state, setState] = useState<SimulationState>(EMPTY);
  const reply = useCallback(
    (action: CustomerAction, source = DRAFT_SOURCE) => {
      const sentAt = now();
      const add = ({ replyOf }: typeof SimulatedReply) => {
        const { event, reply: bubble } = replyOf(action, source, conversationId, sentAt);
        setState((previous) => ({ replies: [...previous.replies, bubble], payload: event }));
      };
      // Within the tap's own task once the code is in, so the chat sticks to the new bubble before any scroll
      // event of that frame can say the user moved away.
      const module = simulatedReplies.current();
      if (module) add(module);
      else void simulatedReplies.preload().then(add);
    },
    [conversationId, now],
  );
  const reset = useCallback(() => setState(EMPTY), []);
  return { replies: state.replies, payload: state.payload, reply, reset };
}
