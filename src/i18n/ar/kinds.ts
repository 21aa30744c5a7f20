import type { kinds as fr } from '../fr/kinds.ts';
import type { Translation } from '../types.ts';

export const kinds: Translation<typeof fr> = {
  'kind.text': 'نص',
  'kind.location': 'موقع',
  'kind.button': 'أزرار الرد',
  'kind.list': 'قائمة',
  'kind.location_request': 'طلب الموقع',
};
