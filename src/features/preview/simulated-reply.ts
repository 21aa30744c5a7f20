/**
 * What one tap in the phone's simulation yields: the customer's bubble and the exact webhook event Digishare
 * would deliver for it (see ./use-simulation.ts).
 */
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

/** The bubble on the customer's side and the webhook event Digishare would deliver for one tap. */
export function replyOf(action: CustomerAction, source: string, conversationId: string, sentAt: Date) {
  const messageId = randomMessageId();
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
