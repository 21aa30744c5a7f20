/**
 * The values of the message's placeholders, beside the form rather than in it: the form holds the template (what
 * templates, drafts and share links keep), these hold what is typed for one customer (what is sent). Values are
 * remembered per conversation id for the session, so a second reply to the same customer starts filled in.
 * Templates bring their defaults (pre-filled values) and samples (examples shown in empty boxes).
 */
import { createContext, use } from 'react';
import { createStore, type Store } from '../../lib/create-store.ts';

export interface PlaceholderSettings {
  defaults: Record<string, string>;
  samples: Record<string, string>;
}

export interface VariablesState extends PlaceholderSettings {
  values: Record<string, string>;
  conversationId: string;
  /** What was typed for each conversation id this session. */
  byConversation: Record<string, Record<string, string>>;
  /** Bumped to ask the variables panel to move focus to its first box (after a canned reply or import). */
  focusRequest: number;
  /** Whether the canned-replies list is open. */
  cannedOpen: boolean;
}

export type VariablesStore = Store<VariablesState>;

/** What survives a reload (the draft store): everything but the transient UI requests. */
export type SavedVariables = Pick<
  VariablesState,
  'values' | 'defaults' | 'samples' | 'byConversation' | 'conversationId'
>;

export function createVariablesStore(saved?: Partial<SavedVariables>): VariablesStore {
  return createStore<VariablesState>({
    values: {},
    defaults: {},
    samples: {},
    conversationId: '',
    byConversation: {},
    ...saved,
    focusRequest: 0,
    cannedOpen: false,
  });
}

export function savedVariables(state: VariablesState): SavedVariables {
  const { values, defaults, samples, byConversation, conversationId } = state;
  return { values, defaults, samples, byConversation, conversationId };
}

export function setValue(store: VariablesStore, name: string, value: string): void {
  store.setState((state) => {
    const values = { ...state.values, [name]: value };
    if (state.conversationId.trim() === '') return { ...state, values };
    const id = state.conversationId.trim();
    const remembered = { ...state.byConversation[id], [name]: value };
    return { ...state, values, byConversation: { ...state.byConversation, [id]: remembered } };
  });
}

/**
 * Values typed earlier for this conversation come back (over what the boxes hold: those were for someone else).
 * Names this conversation never had keep their boxes as they are, in plain sight in the panel.
 */
export function setConversation(store: VariablesStore, conversationId: string): void {
  store.setState((state) => {
    if (state.conversationId === conversationId) return state;
    const remembered = state.byConversation[conversationId.trim()] ?? {};
    const values = { ...state.values };
    for (const [name, value] of Object.entries(remembered)) if (value !== '') values[name] = value;
    return { ...state, conversationId, values };
  });
}

/**
 * A template (or canned reply) came in: its defaults and samples replace the previous ones, and each of its
 * placeholders starts from what this conversation used last, else the template's default, else what was there.
 */
export function applyTemplateSettings(
  store: VariablesStore,
  names: readonly string[],
  settings: Partial<PlaceholderSettings> | undefined,
): void {
  store.setState((state) => {
    const defaults = settings?.defaults ?? {};
    const samples = settings?.samples ?? {};
    const remembered = state.byConversation[state.conversationId.trim()] ?? {};
    const values = { ...state.values };
    for (const name of names) {
      const next = remembered[name] || defaults[name] || values[name];
      if (next) values[name] = next;
    }
    return { ...state, defaults, samples, values };
  });
}

export function setSetting(
  store: VariablesStore,
  which: keyof PlaceholderSettings,
  name: string,
  value: string,
) {
  store.setState((state) => ({ ...state, [which]: { ...state[which], [name]: value } }));
}

export function requestVariablesFocus(store: VariablesStore): void {
  store.setState((state) => ({ ...state, focusRequest: state.focusRequest + 1 }));
}

export function setCannedOpen(store: VariablesStore, open: boolean): void {
  store.setState((state) => (state.cannedOpen === open ? state : { ...state, cannedOpen: open }));
}

export const VariablesStoreContext = createContext<VariablesStore | null>(null);

export function useVariablesStore(): VariablesStore {
  const store = use(VariablesStoreContext);
  if (!store) throw new Error('useVariablesStore must be used inside <ComposerProvider>');
  return store;
}
