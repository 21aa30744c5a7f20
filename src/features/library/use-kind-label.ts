import { useCallback } from 'react';
import { assertNever } from '../../domain/assert-never.ts';
import { type MessageKind } from '../../domain/message/draft.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** The name of a message kind in the UI language. */
export function useKindLabel(): (kind: MessageKind) => string {
  const { t } = useI18n();
  return useCallback(
    (kind: MessageKind) => {
      switch (kind) {
        case 'text':
          return t('library.kind.text');
        case 'location':
          return t('library.kind.location');
        case 'button':
          return t('library.kind.button');
        case 'list':
          return t('library.kind.list');
        case 'location_request':
          return t('library.kind.location_request');
        default:
          return assertNever(kind);
      }
    },
    [t],
  );
}
