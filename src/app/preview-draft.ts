/**
 * The draft the phone shows: the message as the customer will get it (placeholders filled), or the template
 * itself while "Show placeholders" is on (src/app/placeholder-preview.tsx, under the phone).
 */
import type { Draft } from '../domain/message/draft.ts';
import { useActiveMessage, useFilledMessage } from '../features/composer/composer-provider.tsx';
import { createStore, useStore } from '../lib/create-store.ts';

export const showPlaceholders = createStore(false);

export function usePreviewDraft(): Draft {
  const filled = useFilledMessage().draft;
  const raw = useActiveMessage().draft;
  return useStore(showPlaceholders, (on) => on) ? raw : filled;
}
