/**
 * What Digishare's webhook delivers (`live_chat.new_message`) when the customer taps a reply button, picks a list
 * row or shares a location: the preview's tap simulation shows these exact payloads.
 */

const WEBHOOK_EVENT = 'live_chat.new_message';

interface EventContext {
  /** The id Digishare gives the incoming message. */
  messageId: string;
  conversationId: string;
}

interface IncomingMessage<T extends string, B> {
  conversation_id: string;
  type: T;
  body: B;
  send_to_third: false;
}

interface WebhookEvent<T extends string = string, B = unknown> {
  event: typeof WEBHOOK_EVENT;
  data: { id: string; data: IncomingMessage<T, B> };
}

function event<T extends string, B>({ messageId, conversationId }: EventContext, type: T, body: B) {
  const data: IncomingMessage<T, B> = { conversation_id: conversationId, type, body, send_to_third: false };
  return { event: WEBHOOK_EVENT, data: { id: messageId, data } } satisfies WebhookEvent<T, B>;
}

export function buttonReplyEvent(context: EventContext, button: { id: string; title: string }) {
  return event(context, 'interactive', {
    type: 'button_reply' as const,
    button_reply: { id: button.id, title: button.title },
  });
}

export function listReplyEvent(
  context: EventContext,
  row: { id: string; title: string; description?: string },
) {
  return event(context, 'interactive', {
    type: 'list_reply' as const,
    list_reply: {
      id: row.id,
      title: row.title,
      ...(row.description !== undefined && row.description !== '' && { description: row.description }),
    },
  });
}

export function locationReplyEvent(
  context: EventContext,
  location: { latitude: number; longitude: number; name?: string; address?: string },
) {
  return event(context, 'location', {
    latitude: location.latitude,
    longitude: location.longitude,
    ...(location.name !== undefined && location.name !== '' && { name: location.name }),
    ...(location.address !== undefined && location.address !== '' && { address: location.address }),
  });
}

type ButtonReplyEvent = ReturnType<typeof buttonReplyEvent>;
type ListReplyEvent = ReturnType<typeof listReplyEvent>;
type LocationReplyEvent = ReturnType<typeof locationReplyEvent>;
export type ReplyEvent = ButtonReplyEvent | ListReplyEvent | LocationReplyEvent;
