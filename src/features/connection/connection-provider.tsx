/**
 * The connection: token, API target, sandbox scenario, conversation id, and the thread of messages sent in this
 * session. One provider so the panel, the send button, the request inspector and the thread read the same state.
 *
 * The token lives in memory. Only an explicit "Remember token for this tab" writes it, to sessionStorage; nothing
 * else here touches storage except the recent conversation ids (not secrets), kept in localStorage.
 */
import { SANDBOX_BASE_PATH } from '../../api/sandbox-scenarios.ts';
import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import { createApiClient, type ApiClient } from '../../api/client.ts';
import { useRuntimeConfig } from '../../api/get-config.ts';
import { type SandboxScenario } from '../../api/sandbox-scenarios.ts';
import { type Draft } from '../../domain/message/draft.ts';
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

export type LocalThreadEntry = {
  id: string;
  draft: Draft;
  sentAt: Date;
  /** Which conversation, on which base URL: the local thread shows only the current one. */
  threadKey: string;
};

type ThreadState = {
  local: LocalThreadEntry[];
  /** Per thread key, the ids of server-side messages hidden by "Clear thread". */
  hidden: Record<string, readonly string[]>;
};

export type ConnectionValue = {
  /** The token as requests carry it (trimmed, without `Bearer `); '' when none. */
  token: string;
  /** What the field shows; normalised on paste and on blur. */
  tokenInput: string;
  setTokenInput: (raw: string) => void;
  commitTokenInput: () => void;
  remember: boolean;
  setRemember: (remember: boolean) => void;
  forgetToken: () => void;

  target: ApiTarget;
  setTarget: (target: ApiTarget) => void;
  customUrl: string;
  setCustomUrl: (url: string) => void;
  /** Set only for the Custom target when the typed URL is not usable. */
  customUrlProblem: BaseUrlProblem | null;
  scenario: SandboxScenario;
  setScenario: (scenario: SandboxScenario) => void;
  /** `/sandbox`, `/digishare` or the custom URL; null while the custom URL is not valid. */
  baseUrl: string | null;
  /** Headers every request of this target carries besides Authorization (the sandbox scenario). */
  extraHeaders: Record<string, string>;
  client: ApiClient;

  /** What the field shows. */
  conversationIdInput: string;
  /** Trimmed: what requests carry. */
  conversationId: string;
  setConversationId: (conversationId: string) => void;
  recentConversationIds: readonly string[];
  rememberConversationId: (conversationId: string) => void;

  /** Empty when a send is possible as far as the connection goes. */
  gaps: readonly ConnectionGap[];

  thread: ThreadState;
  threadKey: string;
  /** The sandbox reads the thread back from the server; it uses no scenario, so a QA failure never hides it. */
  threadClient: ApiClient;
  addLocalThreadEntry: (entry: LocalThreadEntry) => void;
  clearThread: (threadKey: string, hideServerIds: readonly string[]) => void;
};

/** One conversation on one API: the local thread and the "Clear thread" marks are kept per key. */
export function threadKeyOf(baseUrl: string | null, conversationId: string): string {
  return `${baseUrl ?? ''}|${conversationId.trim()}`;
}

const ConnectionContext = createContext<ConnectionValue | null>(null);

function safeStorage(kind: 'session' | 'local'): Storage | null {
  try {
    return kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    // Storage can be disabled (privacy settings, sandboxed frames): the app still works from memory.
    return null;
  }
}

function readStoredToken(): string {
  try {
    return normalizeToken(safeStorage('session')?.getItem(TOKEN_STORAGE_KEY) ?? '');
  } catch {
    return '';
  }
}

function storeToken(token: string | null): void {
  try {
    const storage = safeStorage('session');
    if (token === null || token === '') storage?.removeItem(TOKEN_STORAGE_KEY);
    else storage?.setItem(TOKEN_STORAGE_KEY, token);
  } catch {
    // A full or refused storage: the token stays in memory only, which is the safe side.
  }
}

/** Tolerant read: anything but a list of non-blank strings is ignored. */
function readRecentConversationIds(): string[] {
  try {
    const raw = safeStorage('local')?.getItem(RECENT_CONVERSATIONS_STORAGE_KEY);
    if (!raw) return [];
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
  try {
    safeStorage('local')?.setItem(RECENT_CONVERSATIONS_STORAGE_KEY, JSON.stringify(ids));
  } catch {
    // Not worth telling the user: the list is a convenience.
  }
}

export type ConnectionInitialState = Partial<{
  token: string;
  target: ApiTarget;
  customUrl: string;
  scenario: SandboxScenario;
  conversationId: string;
}>;

export function ConnectionProvider({
  children,
  initial,
}: {
  children: ReactNode;
  /** For tests and demos; the token given here is never stored. */
  initial?: ConnectionInitialState;
}) {
  const [stored] = useState(readStoredToken);
  const [tokenInput, setTokenInputState] = useState(() => initial?.token ?? stored);
  const [remember, setRememberState] = useState(() => initial?.token === undefined && stored !== '');
  const [target, setTarget] = useState<ApiTarget>(initial?.target ?? 'sandbox');
  const [customUrl, setCustomUrl] = useState(initial?.customUrl ?? '');
  const [scenario, setScenario] = useState<SandboxScenario>(initial?.scenario ?? 'ok');
  const [conversationIdInput, setConversationIdInput] = useState(initial?.conversationId ?? '');
  const [recentConversationIds, setRecent] = useState(readRecentConversationIds);
  const [thread, setThread] = useState<ThreadState>({ local: [], hidden: {} });

  const token = normalizeToken(tokenInput);
  const conversationId = conversationIdInput.trim();

  const setTokenInput = useCallback(
    (raw: string) => {
      setTokenInputState(raw);
      if (remember) storeToken(normalizeToken(raw));
    },
    [remember],
  );
  const commitTokenInput = useCallback(() => setTokenInputState((raw) => normalizeToken(raw)), []);
  const setRemember = useCallback(
    (next: boolean) => {
      setRememberState(next);
      storeToken(next ? token : null);
    },
    [token],
  );
  const forgetToken = useCallback(() => {
    storeToken(null);
    setTokenInputState('');
    setRememberState(false);
  }, []);

  const setConversationId = useCallback((id: string) => setConversationIdInput(id), []);
  const rememberConversationId = useCallback((id: string) => {
    const trimmed = id.trim();
    if (trimmed === '') return;
    setRecent((current) => {
      const next = [trimmed, ...current.filter((other) => other !== trimmed)].slice(
        0,
        RECENT_CONVERSATIONS_MAX,
      );
      storeRecentConversationIds(next);
      return next;
    });
  }, []);

  const baseUrl = baseUrlOf(target, customUrl);
  const customCheck = target === 'custom' ? checkBaseUrl(customUrl) : null;
  const customUrlProblem = customCheck && !customCheck.ok ? customCheck.problem : null;
  const extraHeaders = useMemo(() => extraHeadersOf(target, scenario), [target, scenario]);

  const client = useMemo(
    () => createApiClient({ baseUrl: baseUrl ?? '', token, headers: extraHeaders }),
    [baseUrl, token, extraHeaders],
  );
  const threadClient = useMemo(() => createApiClient({ baseUrl: SANDBOX_BASE_PATH, token }), [token]);

  // Team mode: the deployment's server adds the credential for its own targets; no token is asked for.
  const tokenHeldByServer = useRuntimeConfig()?.serverCredential != null && target !== 'custom';
  const gaps = useMemo(() => {
    const list: ConnectionGap[] = [];
    if (token === '' && !tokenHeldByServer) list.push('token');
    if (baseUrl === null) list.push('baseUrl');
    if (conversationId === '') list.push('conversationId');
    return list;
  }, [token, tokenHeldByServer, baseUrl, conversationId]);

  const threadKey = threadKeyOf(baseUrl, conversationId);
  const addLocalThreadEntry = useCallback(
    (entry: LocalThreadEntry) => setThread((current) => ({ ...current, local: [...current.local, entry] })),
    [],
  );
  const clearThread = useCallback(
    (key: string, hideServerIds: readonly string[]) =>
      setThread((current) => ({
        local: current.local.filter((entry) => entry.threadKey !== key),
        hidden: { ...current.hidden, [key]: [...(current.hidden[key] ?? []), ...hideServerIds] },
      })),
    [],
  );

  const value = useMemo<ConnectionValue>(
    () => ({
      token,
      tokenInput,
      setTokenInput,
      commitTokenInput,
      remember,
      setRemember,
      forgetToken,
      target,
      setTarget,
      customUrl,
      setCustomUrl,
      customUrlProblem,
      scenario,
      setScenario,
      baseUrl,
      extraHeaders,
      client,
      conversationIdInput,
      conversationId,
      setConversationId,
      recentConversationIds,
      rememberConversationId,
      gaps,
      thread,
      threadKey,
      threadClient,
      addLocalThreadEntry,
      clearThread,
    }),
    [
      token,
      tokenInput,
      setTokenInput,
      commitTokenInput,
      remember,
      setRemember,
      forgetToken,
      target,
      customUrl,
      customUrlProblem,
      scenario,
      baseUrl,
      extraHeaders,
      client,
      conversationIdInput,
      conversationId,
      setConversationId,
      recentConversationIds,
      rememberConversationId,
      gaps,
      thread,
      threadKey,
      threadClient,
      addLocalThreadEntry,
      clearThread,
    ],
  );
  return <ConnectionContext value={value}>{children}</ConnectionContext>;
}

export function useConnection(): ConnectionValue {
  const value = use(ConnectionContext);
  if (!value) throw new Error('useConnection must be used inside <ConnectionProvider>');
  return value;
}
