import { createContext, use, useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { FormProvider, useForm, useFormContext, useWatch } from 'react-hook-form';
import { payloadPathToDraftPath, validateDraft } from '../../domain/message/codec.ts';
import { isWarning, parseIssuePath } from '../../domain/message/issues.ts';
import { type Draft, isDraftEmpty, type MessageKind } from '../../domain/message/draft.ts';
import { type ComposerValues, defaultComposerValues } from './composer-values.ts';
import { createIssueStore, IssueStoreContext, type IssueStore } from './issue-store.ts';
import { createStore, type Store, useStore } from '../../lib/create-store.ts';

/** The id of the error summary, which a blocked Send focuses. */
export const ERROR_SUMMARY_ID = 'error-summary';

export interface LoadedMessage {
  draft: Draft;
  sendToThird?: boolean;
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
  /** Replaces everything the composer holds (a template, a restored draft, a new message). */
  replace(values: ComposerValues): void;
  /** The active kind's draft and `send_to_third`, read when needed (no re-render). */
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
}

const ComposerApiContext = createContext<ComposerApi | null>(null);

/** Recomputes the issues of the active draft on every change; renders nothing. */
function IssuesSync({ store }: { store: IssueStore }) {
  const { control } = useFormContext<ComposerValues>();
  const kind = useWatch({ control, name: 'kind' });
  const draft: Draft = useWatch({ control, name: `drafts.${kind}` });
  useLayoutEffect(() => {
    store.set(validateDraft(draft));
  }, [store, draft]);
  return null;
}

export function ComposerProvider({
  children,
  initialValues,
}: {
  children: ReactNode;
  initialValues?: ComposerValues;
}) {
  const form = useForm<ComposerValues>({
    defaultValues: initialValues ?? defaultComposerValues(),
  });
  const [store] = useState(createIssueStore);
  const [attempted] = useState(() => createStore(false));
  const { reset, getValues } = form;
  const [replaced, setReplaced] = useState<ComposerValues | null>(null);
  const load = useCallback(
    ({ draft, sendToThird }: LoadedMessage) => {
      const current = structuredClone(getValues());
      // Loading over typed text must not lose it: keep what was there, for an Undo.
      const before = current.drafts[draft.kind];
      const lost = !isDraftEmpty(before) && JSON.stringify(before) !== JSON.stringify(draft);
      setReplaced(lost ? current : null);
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
    return { draft: values.drafts[values.kind], sendToThird: values.sendToThird };
  }, [getValues]);
  const undoLoad = useCallback(() => {
    if (replaced) reset(replaced);
    setReplaced(null);
  }, [replaced, reset]);
  const dismissUndo = useCallback(() => setReplaced(null), []);
  const getSnapshot = useCallback(() => structuredClone(getValues()), [getValues]);
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
      replace,
      showServerErrors,
      revealIssues,
      attempted,
      store,
    }),
    [
      load,
      replaced,
      undoLoad,
      dismissUndo,
      getMessage,
      getSnapshot,
      replace,
      showServerErrors,
      revealIssues,
      attempted,
      store,
    ],
  );
  return (
    <FormProvider {...form}>
      <IssueStoreContext value={store}>
        <ComposerApiContext value={api}>
          <IssuesSync store={store} />
          {children}
        </ComposerApiContext>
      </IssueStoreContext>
    </FormProvider>
  );
}

export function useComposerApi(): ComposerApi {
  const api = use(ComposerApiContext);
  if (!api) throw new Error('useComposerApi must be used inside <ComposerProvider>');
  return api;
}

/** The kind, its draft and `send_to_third`, re-read on every change: for the preview and the inspector. */
export function useActiveMessage(): { kind: MessageKind; draft: Draft; sendToThird: boolean } {
  const { control } = useFormContext<ComposerValues>();
  const kind = useWatch({ control, name: 'kind' });
  const draft: Draft = useWatch({ control, name: `drafts.${kind}` });
  const sendToThird = useWatch({ control, name: 'sendToThird' });
  return { kind, draft, sendToThird };
}

/** Whether the draft breaks no rule (what the server said last and warnings are shown, but do not block). */
export function useMessageValid(): boolean {
  const { store } = useComposerApi();
  return useStore(store.state, (state) =>
    state.all.every((issue) => issue.key === 'server' || isWarning(issue)),
  );
}

/** Everything the composer holds, re-read on every change (for autosave). */
export function useComposerValues(): ComposerValues {
  const { control } = useFormContext<ComposerValues>();
  return useWatch({ control }) as ComposerValues;
}
