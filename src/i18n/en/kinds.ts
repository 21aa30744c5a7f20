import type { kinds as fr } from '../fr/kinds.ts';
import type { Translation } from '../types.ts';

export const kinds: Translation<typeof fr> = {
  'kind.text': 'Text',
  'kind.location': 'Location',
  'kind.button': 'Reply buttons',
  'kind.list': 'List',
  'kind.location_request': 'Location request',
};
