/**
 * Placeholders where the features meet: the template library feeds the composer's saved-replies list, a loaded
 * template brings its defaults and asks for its values, the conversation id picks the values remembered for that
 * customer, and the values are kept with the draft.
 */
import { useCallback, useEffect } from 'react';
import type { DraftSnapshot } from '../domain/message/draft.ts';
import { draftPlaceholders } from '../domain/message/placeholders.ts';
import { useComposerApi } from '../features/composer/composer-provider.tsx';
import {
  applyTemplateSettings,
  requestVariablesFocus,
  savedVariables,
  setConversation,
} from '../features/composer/variables-store.ts';
import { useConnection } from '../features/connection/connection-provider.tsx';
import type { TemplateVariables } from '../features/library/templates.ts';
import { saveVariables } from '../features/library/variable-values.ts';
import { useDebouncedCallback } from '../lib/use-debounce.ts';

/** Long enough to skip most keystrokes, short enough that a crash loses at most a word (as the draft). */
const VARIABLES_AUTOSAVE_DELAY_MS = 400;

/** Loading a template: the message, then its defaults, then focus on the first value to fill. */
export function useLoadTemplate() {
  const { replace, variables } = useComposerApi();
  return useCallback(
    (snapshot: DraftSnapshot, settings?: TemplateVariables) => {
      replace(snapshot);
      if (!settings) return;
      applyTemplateSettings(variables, draftPlaceholders(snapshot.drafts[snapshot.kind]), settings);
      requestVariablesFocus(variables);
    },
    [replace, variables],
  );
}

export function useTemplateVariables() {
  const { variables } = useComposerApi();
  return useCallback(() => {
    const { defaults, samples } = variables.getState();
    return { defaults, samples };
  }, [variables]);
}

/** Follows the conversation id (values remembered for it come back) and saves the values; renders nothing. */
export function VariablesSync() {
  const { variables } = useComposerApi();
  const { conversationId } = useConnection();
  useEffect(() => setConversation(variables, conversationId), [variables, conversationId]);
  const save = useDebouncedCallback(
    () => saveVariables(savedVariables(variables.getState())),
    VARIABLES_AUTOSAVE_DELAY_MS,
    { flushOnLeave: true },
  );
  useEffect(() => variables.subscribe(() => save.schedule()), [variables, save]);
  return null;
}
