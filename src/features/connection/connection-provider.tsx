/**
 * The connection: token, API target, sandbox scenario and conversation id. The panel, the send button and the
 * request inspector read the same state, each through a selector (`useConnectionState`), so a keystroke in the
 * token field re-renders the token field and what shows the token — not the composer beside it. The actions
 * (`useConnectionActions`) never change, so components that only write never re-render at all. The thread of
 * messages sent is not connection state: it lives in the query cache (use-thread.ts).
 *
 * The token lives in memory. Only an explicit "Remember token for this tab" writes it, to the tab's session
 * storage; nothing else here touches storage except the recent conversation ids (not secrets), kept in the
 * browser's. Both go through the one storage door (src/lib/storage.ts).
 */
import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createApiClient, type ApiClient } from '../../api/client.ts';
import { useRuntimeConfig } from '../../api/get-config.ts';
import { SANDBOX_BASE_PATH, type SandboxScenario } from '../../api/sandbox-scenarios.ts';
import { createStore, type Store, useStore } from '../../lib/create-store.ts';
import { readSetting, writeSetting } from '../../lib/storage.ts';
import {
  type ApiTarget,
  type BaseUrlProblem,
  baseUrlOf,
  checkBaseUrl,
  extraHeadersOf,
  normalizeToken,
  RECENT_CONVERSATIONS_MAX,
  RECENT_CONVERSATIONS_STORAGE_KEY,
  TOKEN_STORAGE_KEY,
} from './target.ts';

/** What keeps a send from being possible, in the order the panel asks for it. */
export type ConnectionGap = 'token' | 'baseUrl' | 'conversationId';

/** What the user set; everything else in the state is derived from it. */
type ConnectionInput = {
  /** What the field shows; normalised on paste and on blur. */
  tokenInput: string;
  remember: boolean;
  target: ApiTarget;
  customUrl: string;
  scenario: SandboxScenario;
  /** What the field shows. */
  conversationIdInput: string;
  recentConversationIds: readonly string[];
  /** The deployment's server holds the credential (team mode), for every target but Custom. */
  serverCredential: boolean;
};

export type ConnectionState = ConnectionInput & {
  /** The token as requests carry it (trimmed, without `Bearer `); '' when none. */
  token: string;
  /** Set only for the Custom target when the typed URL is not usable. */
  customUrlProblem: BaseUrlProblem | null;
  /** `/sandbox`, `/digishare` or the custom URL; null while the custom URL is not valid. */
  baseUrl: string | null;
  /** Headers every request of this target carries besides Authorization (the sandbox scenario). */
  extraHeaders: Record<string, string>;
  client: ApiClient;
  /** Trimmed: what requests carry. */
  conversationId: string;
  /** Empty when a send is possible as far as the connection goes. */
  gaps: readonly ConnectionGap[];
  /** Which conversation on which API: the local thread and the "Clear thread" marks are kept per key. */
  threadKey: string;
  /** The sandbox reads the thread back from the server; it uses no scenario, so a QA failure never hides it. */
  threadClient: ApiClient;
};

export type ConnectionActions = {
  setTokenInput: (raw: string) => void;
  commitTokenInput: () => void;
  setRemember: (remember: boolean) => void;
  forgetToken: () => void;
  setTarget: (target: ApiTarget) => void;
  setCustomUrl: (url: string) => void;
  setScenario: (scenario: SandboxScenario) => void;
  setConversationId: (conversationId: string) => void;
  rememberConversationId: (conversationId: string) => void;
  setServerCredential: (held: boolean) => void;
};

export type ConnectionValue = ConnectionState & ConnectionActions;

/** One conversation on one API: the local thread and the "Clear thread" marks are kept per key. */
export function threadKeyOf(baseUrl: string | null, conversationId: string): string {
  return `${baseUrl ?? ''}|${conversationId.trim()}`;
}

function readStoredToken(): string {
  return normalizeToken(readSetting(TOKEN_STORAGE_KEY, 'session') ?? '');
}

function storeToken(token: string | null): void {
  // A full or refused storage: the token stays in memory only, which is the safe side.
  writeSetting(TOKEN_STORAGE_KEY, token === '' ? null : token, 'session');
}

/** Tolerant read: anything but a list of non-blank strings is ignored. */
function readRecentConversationIds(): string[] {
  const raw = readSetting(RECENT_CONVERSATIONS_STORAGE_KEY);
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((id): id is string => typeof id === 'string' && id.trim() !== '')
      .slice(0, RECENT_CONVERSATIONS_MAX);
  } catch {
    return [];
  }
}

function storeRecentConversationIds(ids: readonly string[]): void {
  // Not worth telling the user when refused: the list is a convenience.
  writeSetting(RECENT_CONVERSATIONS_STORAGE_KEY, JSON.stringify(ids));
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
}

/**
 * The derived fields, keeping the previous objects when their inputs did not change: a selector that reads
 * `client` or `gaps` then sees the same value and its component does not re-render.
 */
function derive(input: ConnectionInput, previous: ConnectionState | null): ConnectionState {
  const token = normalizeToken(input.tokenInput);
  const conversationId = input.conversationIdInput.trim();
  const baseUrl = baseUrlOf(input.target, input.customUrl);
  const customCheck = input.target === 'custom' ? checkBaseUrl(input.customUrl) : null;
  const extraHeaders =
    previous && previous.target === input.target && previous.scenario === input.scenario
      ? previous.extraHeaders
      : extraHeadersOf(input.target, input.scenario);
  const client =
    previous &&
    previous.baseUrl === baseUrl &&
    previous.token === token &&
    previous.extraHeaders === extraHeaders
      ? previous.client
      : createApiClient({ baseUrl: baseUrl ?? '', token, headers: extraHeaders });
  const threadClient =
    previous && previous.token === token
      ? previous.threadClient
      : createApiClient({ baseUrl: SANDBOX_BASE_PATH, token });
  const gaps: ConnectionGap[] = [];
  if (token === '' && !(input.serverCredential && input.target !== 'custom')) gaps.push('token');
  if (baseUrl === null) gaps.push('baseUrl');
  if (conversationId === '') gaps.push('conversationId');
  return {
    ...input,
    token,
    customUrlProblem: customCheck && !customCheck.ok ? customCheck.problem : null,
    baseUrl,
    extraHeaders,
    client,
    conversationId,
    gaps: previous && sameList(previous.gaps, gaps) ? previous.gaps : gaps,
    threadKey: threadKeyOf(baseUrl, conversationId),
    threadClient,
  };
}

type ConnectionStore = { store: Store<ConnectionState>; actions: ConnectionActions };

function createConnectionStore(initial: ConnectionInitialState | undefined): ConnectionStore {
  const stored = readStoredToken();
  const store = createStore(
    derive(
      {
        tokenInput: initial?.token ?? stored,
        remember: initial?.token === undefined && stored !== '',
        target: initial?.target ?? 'sandbox',
        customUrl: initial?.customUrl ?? '',
        scenario: initial?.scenario ?? 'ok',
        conversationIdInput: initial?.conversationId ?? '',
        recentConversationIds: readRecentConversationIds(),
        serverCredential: false,
      },
      null,
    ),
  );
  const update = (patch: Partial<ConnectionInput>) =>
    store.setState((current) => {
      const changed = (Object.keys(patch) as (keyof ConnectionInput)[]).some(
        (key) => !Object.is(patch[key], current[key]),
      );
      return changed ? derive({ ...current, ...patch }, current) : current;
    });
  const actions: ConnectionActions = {
    setTokenInput(raw) {
      update({ tokenInput: raw });
      if (store.getState().remember) storeToken(normalizeToken(raw));
    },
    commitTokenInput: () => update({ tokenInput: normalizeToken(store.getState().tokenInput) }),
    setRemember(remember) {
      update({ remember });
      storeToken(remember ? store.getState().token : null);
    },
    forgetToken() {
      storeToken(null);
      update({ tokenInput: '', remember: false });
    },
    setTarget: (target) => update({ target }),
    setCustomUrl: (customUrl) => update({ customUrl }),
    setScenario: (scenario) => update({ scenario }),
    setConversationId: (conversationIdInput) => update({ conversationIdInput }),
    setServerCredential: (serverCredential) => update({ serverCredential }),
    rememberConversationId(id) {
      const trimmed = id.trim();
      if (trimmed === '') return;
      const current = store.getState().recentConversationIds;
      const next = [trimmed, ...current.filter((other) => other !== trimmed)].slice(
        0,
        RECENT_CONVERSATIONS_MAX,
      );
      storeRecentConversationIds(next);
      update({ recentConversationIds: next });
    },
  };
  return { store, actions };
}

export type ConnectionInitialState = Partial<{
  token: string;
  target: ApiTarget;
  customUrl: string;
  scenario: SandboxScenario;
  conversationId: string;
}>;

/** Carries the store, which never changes: the context itself re-renders no one. */
const ConnectionContext = createContext<ConnectionStore | null>(null);

export function ConnectionProvider({
  children,
  initial,
}: {
  children: ReactNode;
  /** For tests and demos; the token given here is never stored. */
  initial?: ConnectionInitialState;
}) {
  const [connection] = useState(() => createConnectionStore(initial));
  // Team mode: the deployment's server adds the credential for its own targets; no token is asked for.
  const serverCredential = useRuntimeConfig()?.serverCredential != null;
  useEffect(() => connection.actions.setServerCredential(serverCredential), [connection, serverCredential]);
  return <ConnectionContext value={connection}>{children}</ConnectionContext>;
}

function useConnectionStore(): ConnectionStore {
  const connection = use(ConnectionContext);
  if (!connection) throw new Error('useConnection must be used inside <ConnectionProvider>');
  return connection;
}

/** One slice of the connection; the component re-renders only when that slice changes. */
export function useConnectionState<S>(selector: (state: ConnectionState) => S): S {
  return useStore(useConnectionStore().store, selector);
}

/** The setters: the same functions for the life of the provider. */
export function useConnectionActions(): ConnectionActions {
  return useConnectionStore().actions;
}

const whole = (state: ConnectionState) => state;

/**
 * The whole connection, state and actions: re-renders on every change, so it suits the panel that edits it,
 * not a component that shows one field of it (use `useConnectionState` there).
 */
export function useConnection(): ConnectionValue {
  const { store, actions } = useConnectionStore();
  const state = useStore(store, whole);
  return useMemo(() => ({ ...state, ...actions }), [state, actions]);
}
