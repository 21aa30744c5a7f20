/**
 * The draft the phone shows: the message as the customer will get it (placeholders filled), or the template
 * itself while "Show placeholders" is on (src/app/placeholder-preview.tsx, under the phone).
 */
import { useMemo } from 'react';
import type { Draft } from '../domain/message/draft.ts';
import { fillDraft } from '../domain/message/placeholders.ts';
import { useActiveDraft, useComposerApi } from '../features/composer/composer-provider.tsx';
import { createStore, useStore } from '../lib/create-store.ts';

export const showPlaceholders = createStore(false);

export function usePreviewDraft(): Draft {
  const draft = useActiveDraft();
  const { variables } = useComposerApi();
  const values = useStore(variables, (state) => state.values);
  const raw = useStore(showPlaceholders, (on) => on);
  return useMemo(() => (raw ? draft : fillDraft(draft, values)), [raw, draft, values]);
}
