/**
 * The saved-replies list (opened by "/" in an empty field or Ctrl/⌘+K) over the template library. Its own chunk
 * (see lazy-panels.tsx): the library's search and the list's code are not needed before someone asks for them.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { draftPlaceholders } from '../domain/message/placeholders.ts';
import { CannedReplies, type CannedReply } from '../features/composer/canned-replies.tsx';
import { useComposerApi } from '../features/composer/composer-provider.tsx';
import { applyTemplateSettings, requestVariablesFocus } from '../features/composer/variables-store.ts';
import { draftSummary } from '../features/library/draft-text.ts';
import { searchTemplates, templatesStore } from '../features/library/templates.ts';

export function SavedReplies() {
  const { load, variables } = useComposerApi();
  const templates = useSyncExternalStore(templatesStore.subscribe, templatesStore.get, templatesStore.get);
  const search = useCallback(
    (query: string): CannedReply[] =>
      searchTemplates(templates, query).map((template) => ({
        id: template.id,
        name: template.name,
        kind: template.draft.kind,
        summary: draftSummary(template.draft),
        placeholders: draftPlaceholders(template.draft),
      })),
    [templates],
  );
  const pick = useCallback(
    (id: string) => {
      const template = templates.find((candidate) => candidate.id === id);
      if (!template) return;
      const draft = structuredClone(template.draft);
      load({ draft, sendToThird: template.sendToThird, undoKindSwitch: true });
      applyTemplateSettings(variables, draftPlaceholders(draft), template);
      requestVariablesFocus(variables);
    },
    [templates, load, variables],
  );
  return <CannedReplies search={search} onPick={pick} />;
}
