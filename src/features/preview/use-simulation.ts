/**
 * The tap simulation: what the customer sends back when they tap a reply button, pick a list row or share their
 * location. Each tap adds a bubble on the customer's side and yields the exact webhook event Digishare would
 * deliver; the latest one is shown under the phone.
 */
import { useCallback, useState } from 'react';
import { assertNever } from '../../domain/assert-never.ts';
import { SPEC_EXAMPLE_POINT } from '../../domain/geo/coordinates.ts';
import {
  buttonReplyEvent,
  listReplyEvent,
  locationReplyEvent,
  type ReplyEvent,
} from '../../domain/message/webhook.ts';
import type { CustomerAction, CustomerReply } from './preview-types.ts';

/** The customer's shared location in the simulation: the API docs' example point. */
const DEMO_CUSTOMER_LOCATION = SPEC_EXAMPLE_POINT;

export const PLACEHOLDER_CONVERSATION_ID = 'CONVERSATION_ID';

/** The source of a reply to the draft when the caller does not say which message it answers. */
const DRAFT_SOURCE = 'draft';

/** The source of a reply to the draft of one kind: it stays with that kind's draft across kind switches. */
export function draftSource(kind: string): string {
  return `${DRAFT_SOURCE}:${kind}`;
}

const MESSAGE_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const MESSAGE_ID_LENGTH = 24;

/** Digishare passes WhatsApp's message id through: `wamid.` and an opaque string. */
function randomMessageId(): string {
  const bytes = new Uint8Array(MESSAGE_ID_LENGTH);
  crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += MESSAGE_ID_ALPHABET.charAt(byte % MESSAGE_ID_ALPHABET.length);
  return `wamid.${id}`;
}

function replyOf(
  action: CustomerAction,
  source: string,
  messageId: string,
  conversationId: string,
  sentAt: Date,
) {
  const context = { messageId, conversationId };
  switch (action.kind) {
    case 'button':
      return {
        event: buttonReplyEvent(context, { id: action.id, title: action.title }),
        reply: {
          kind: 'text',
          id: messageId,
          source,
          title: action.title,
          description: '',
          quote: action.quote,
          sentAt,
        },
      } satisfies { event: ReplyEvent; reply: CustomerReply };
    case 'list':
      return {
        event: listReplyEvent(context, action),
        reply: {
          kind: 'text',
          id: messageId,
          source,
          title: action.title,
          description: action.description,
          quote: action.quote,
          sentAt,
        },
      } satisfies { event: ReplyEvent; reply: CustomerReply };
    case 'location':
      return {
        event: locationReplyEvent(context, DEMO_CUSTOMER_LOCATION),
        reply: { kind: 'location', id: messageId, source, point: DEMO_CUSTOMER_LOCATION, sentAt },
      } satisfies { event: ReplyEvent; reply: CustomerReply };
    default:
      return assertNever(action);
  }
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
      const { event, reply: bubble } = replyOf(action, source, randomMessageId(), conversationId, now());
      setState((previous) => ({ replies: [...previous.replies, bubble], payload: event }));
    },
    [conversationId, now],
  );
  const reset = useCallback(() => setState(EMPTY), []);
  return { replies: state.replies, payload: state.payload, reply, reset };
}
