/**
 * The tap simulation: what the customer sends back when they tap a reply button, pick a list row or share their
 * location. Each tap adds a bubble on the customer's side and yields the exact webhook event Digishare would
 * deliver; the latest one is shown under the phone. The bubble and the event are built by ./simulated-reply.ts,
 * fetched with the phone's interactive drawings rather than with the page.
 */
import { useCallback, useState } from 'react';
import type { ReplyEvent } from '../../domain/message/webhook.ts';
import type { CustomerAction, CustomerReply } from './preview-types.ts';

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
      void import('./simulated-reply.ts').then(({ replyOf }) => {
        const { event, reply: bubble } = replyOf(action, source, conversationId, sentAt);
        setState((previous) => ({ replies: [...previous.replies, bubble], payload: event }));
      });
    },
    [conversationId, now],
  );
  const reset = useCallback(() => setState(EMPTY), []);
  return { replies: state.replies, payload: state.payload, reply, reset };
}
