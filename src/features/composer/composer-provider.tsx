import { createContext, use, useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { payloadPathToDraftPath, validateDraft } from '../../domain/message/codec.ts';
import { type Draft, isDraftEmpty, type MessageKind } from '../../domain/message/draft.ts';
import { isWarning, parseIssuePath, type PayloadIssue } from '../../domain/message/issues.ts';
import {
  draftPlaceholders,
  fillDraft,
  unfilledInDraft,
  withoutValue,
} from '../../domain/message/placeholders.ts';
import { createStore, type Store, useStore } from '../../lib/create-store.ts';
import { type ComposerForm, ComposerFormContext, useComposerForm } from './composer-form.ts';
import { type ComposerValues, defaultComposerValues } from './composer-values.ts';
import { createIssueStore, IssueStoreContext, type IssueStore } from './issue-store.ts';
import {
  createVariablesStore,
  type SavedVariables,
  type VariablesStore,
  VariablesStoreContext,
} from './variables-store.ts';

/** The id of the error summary, which a blocked Send focuses. */
export const ERROR_SUMMARY_ID = 'error-summary';

export interface LoadedMessage {
  draft: Draft;
  sendToThird?: boolean;
  /** Offer Undo whenever the editor changes kind, not only when typed text is replaced (canned replies). */
  undoKindSwitch?: boolean;
}

interface ComposerApi {
  /** What a load replaced, while it can still be undone; null otherwise. */
  replaced: ComposerValues | null;
  /** Brings back what the last load replaced. */
  undoLoad(): void;
  dismissUndo(): void;
  /** Replaces the draft of the message's kind and switches to it; the other kinds' drafts are kept. */
  load(message: LoadedMessage): void;
  /** Everything the composer holds: the kind, `send_to_third` and every kind's draft. */
  getSnapshot(): ComposerValues;
  /**
   * Calls `onChange` after every change of what would be sent (the form or a placeholder's value), without
   * re-rendering anything; returns the unsubscribe. For readers that keep their own pace (Send, the inspector,
   * the autosave).
   */
  subscribe(onChange: () => void): () => void;
  /** Replaces everything the composer holds (a template, a restored draft, a new message). */
  replace(values: ComposerValues): void;
  /** What would be sent: the active kind's draft with its placeholders filled, and `send_to_third`. */
  getMessage(): { draft: Draft; sendToThird: boolean };
  /** Shows the server's field errors (payload paths) on the fields, until the draft changes. */
  showServerErrors(errors: readonly { path: string; message: string }[]): void;
  /**
   * Send was tried while the message breaks a rule: from now on its problems show even on an untouched empty
   * form, and focus goes to the list of them.
   */
  revealIssues(): void;
  /** Whether Send was tried since the last replace (until then an empty form shows a hint, not errors). */
  attempted: Store<boolean>;
  store: IssueStore;
  /** The placeholders' values (and the template's defaults and samples). */
  variables: VariablesStore;
}

const ComposerApiContext = createContext<ComposerApi | null>(null);

/**
 * The issues of the active draft. The rules apply to the filled message (what is sent); a placeholder without a
 * value is an issue of its own, at `placeholders.<name>`.
 */
function draftIssues(values: ComposerValues, placeholderValues: Record<string, string>): PayloadIssue[] {
  const draft = values.drafts[values.kind];
  return [
    ...validateDraft(fillDraft(draft, placeholderValues)),
    ...unfilledInDraft(draft, placeholderValues).map((name) => ({
      path: ['placeholders', name],
      key: 'unfilled' as const,
      params: { name },
    })),
  ];
}

export function ComposerProvider({
  children,
  initialValues,
  initialVariables,
}: {
  children: ReactNode;
  initialValues?: ComposerValues;
  /** Placeholder values saved with the draft. */
  initialVariables?: Partial<SavedVariables>;
}) {
  const form = useForm<ComposerValues>({
    defaultValues: initialValues ?? defaultComposerValues(),
  });
  const [attempted] = useState(() => createStore(false));
  const [variables] = useState(() => createVariablesStore(initialVariables));
  const { getValues, reset: resetValues } = form;
  // react-hook-form forgets the inputs it knew on a reset, and each field registers its input again as it renders:
  // a reset gives the fields' context a new value, so they all render once more. Nothing else does, not even the
  // form marking itself ready after mount, which would render every field again inside the page's first commit.
  const [resets, setResets] = useState(0);
  const reset = useCallback(
    (values: ComposerValues) => {
      resetValues(values);
      setResets((count) => count + 1);
    },
    [resetValues],
  );
  const methods = useMemo<ComposerForm>(() => ({ ...form, resets }), [form, resets]);
  // The store starts with the first draft's issues. Starting empty, the check in the layout effect below would
  // change it inside the page's first commit, and React would render every field again before the first paint.
  const [store] = useState(() => createIssueStore(draftIssues(getValues(), variables.getState().values)));
  const [replaced, setReplaced] = useState<ComposerValues | null>(null);
  const load = useCallback(
    ({ draft, sendToThird, undoKindSwitch }: LoadedMessage) => {
      const current = structuredClone(getValues());
      // Loading over typed text must not lose it: keep what was there, for an Undo.
      const before = current.drafts[draft.kind];
      const lost = !isDraftEmpty(before) && JSON.stringify(before) !== JSON.stringify(draft);
      const switched = undoKindSwitch === true && current.kind !== draft.kind;
      setReplaced(lost || switched ? current : null);
      reset({
        kind: draft.kind,
        sendToThird: sendToThird ?? current.sendToThird,
        drafts: { ...current.drafts, [draft.kind]: draft },
      });
    },
    [reset, getValues],
  );
  const showServerErrors = useCallback(
    (errors: readonly { path: string; message: string }[]) => {
      const kind = getValues('kind');
      store.setServer(
        errors.map((error) => ({
          path: payloadPathToDraftPath(kind, parseIssuePath(error.path)),
          key: 'server' as const,
          params: { message: error.message, path: error.path },
        })),
      );
    },
    [getValues, store],
  );
  const getMessage = useCallback(() => {
    const values = getValues();
    return {
      draft: fillDraft(values.drafts[values.kind], variables.getState().values),
      sendToThird: values.sendToThird,
    };
  }, [getValues, variables]);
  const undoLoad = useCallback(() => {
    if (replaced) reset(replaced);
    setReplaced(null);
  }, [replaced, reset]);
  const dismissUndo = useCallback(() => setReplaced(null), []);
  const getSnapshot = useCallback(() => structuredClone(getValues()), [getValues]);
  const { subscribe: subscribeToForm } = form;
  const subscribe = useCallback(
    (onChange: () => void) => {
      const unsubscribeForm = subscribeToForm({ formState: { values: true }, callback: onChange });
      const unsubscribeValues = variables.subscribe(onChange);
      return () => {
        unsubscribeForm();
        unsubscribeValues();
      };
    },
    [subscribeToForm, variables],
  );
  // The issues follow each change as it is made, before React renders it: the fields, the summary and Send read
  // them in the render of the change itself, not in a second one.
  useLayoutEffect(() => {
    const check = () => store.set(draftIssues(getValues(), variables.getState().values));
    check();
    return subscribe(check);
  }, [store, variables, getValues, subscribe]);
  const replace = useCallback(
    (values: ComposerValues) => {
      setReplaced(null);
      attempted.setState(false);
      reset(structuredClone(values));
    },
    [reset, attempted],
  );
  const revealIssues = useCallback(() => {
    attempted.setState(true);
    // The summary renders in this same commit; focus it once it is there.
    requestAnimationFrame(() => document.getElementById(ERROR_SUMMARY_ID)?.focus());
  }, [attempted]);
  const api = useMemo(
    () => ({
      load,
      replaced,
      undoLoad,
      dismissUndo,
      getMessage,
      getSnapshot,
      subscribe,
      replace,
      showServerErrors,
      revealIssues,
      attempted,
      store,
      variables,
    }),
    [
      load,
      replaced,
      undoLoad,
      dismissUndo,
      getMessage,
      getSnapshot,
      subscribe,
      replace,
      showServerErrors,
      revealIssues,
      attempted,
      store,
      variables,
    ],
  );
  return (
    <ComposerFormContext value={methods}>
      <IssueStoreContext value={store}>
        <VariablesStoreContext value={variables}>
          <ComposerApiContext value={api}>{children}</ComposerApiContext>
        </VariablesStoreContext>
      </IssueStoreContext>
    </ComposerFormContext>
  );
}

export function useComposerApi(): ComposerApi {
  const api = use(ComposerApiContext);
  if (!api) throw new Error('useComposerApi must be used inside <ComposerProvider>');
  return api;
}

/** The draft being edited, re-read on every change of it (not of `send_to_third`): for the phone and its checks. */
export function useActiveDraft(): Draft {
  const { control } = useComposerForm();
  return useWatch({ control, name: `drafts.${useActiveKind()}` });
}

/** The kind being edited, re-read only when it changes (a keystroke does not re-render the reader). */
export function useActiveKind(): MessageKind {
  const { control } = useComposerForm();
  return useWatch({ control, name: 'kind' });
}

/**
 * What `compute` makes of the active draft. The reader re-renders only when that result changes (compared
 * deeply, and then the same array or object is returned), so a keystroke that leaves it as it was costs
 * the reader nothing.
 */
export function useActiveDraftSelect<T>(compute: (draft: Draft) => T): T {
  const { control } = useComposerForm();
  return useWatch({ control, name: `drafts.${useActiveKind()}`, compute });
}

/** The placeholder names of the active draft, in order of first appearance; the same array while they stay. */
export function useDraftPlaceholders(): string[] {
  return useActiveDraftSelect(draftPlaceholders);
}

/** The placeholders of the active draft that still need a value, in order of first appearance. */
export function useUnfilledPlaceholders(): string[] {
  const names = useDraftPlaceholders();
  const { variables } = useComposerApi();
  // A string, so a value typed for a placeholder that stays filled does not re-render the reader.
  const unfilled = useStore(variables, (state) => withoutValue(names, state.values).join('\u0000'));
  return useMemo(() => (unfilled === '' ? [] : unfilled.split('\u0000')), [unfilled]);
}

/** Whether the draft breaks no rule (what the server said last and warnings are shown, but do not block). */
export function useMessageValid(): boolean {
  const { store } = useComposerApi();
  return useStore(store.state, (state) =>
    state.all.every((issue) => issue.key === 'server' || isWarning(issue)),
  );
}
