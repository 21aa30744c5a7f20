import type { MessageKind } from '../domain/message/draft.ts';
import type { PlainKey } from './i18n.tsx';

/** The catalog key naming each message kind ("Reply buttons"). */
export const KIND_LABEL_KEYS: Record<MessageKind, PlainKey> = {
  text: 'kind.text',
  location: 'kind.location',
  button: 'kind.button',
  list: 'kind.list',
  location_request: 'kind.location_request',
};
