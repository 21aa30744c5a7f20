/**
 * The live list of what the current draft breaks. Computed once per change (issues-sync.tsx) and read by each
 * field through a per-path subscription, so a keystroke re-renders only the fields whose issues changed — both
 * rows of a duplicate id included, which react-hook-form's per-field error updates would miss.
 */
import { createContext, use, useCallback, useSyncExternalStore } from 'react';
import { type PayloadIssue } from '../../domain/message/issues.ts';

const NO_ISSUES: readonly PayloadIssue[] = Object.freeze([]);

export interface IssueStore {
  /** The draft's own issues, recomputed on each change; a change also drops what the server said. */
  set(issues: PayloadIssue[]): void;
  /** Issues the server reported for the last send, shown until the draft changes. */
  setServer(issues: PayloadIssue[]): void;
  all(): readonly PayloadIssue[];
  at(path: string): readonly PayloadIssue[];
  subscribe(listener: () => void): () => void;
}

export function pathKey(path: readonly (string | number)[]): string {
  return path.join('.');
}

export function createIssueStore(): IssueStore {
  let all: readonly PayloadIssue[] = NO_ISSUES;
  let byPath = new Map<string, readonly PayloadIssue[]>();
  let signature = '';
  let local: PayloadIssue[] = [];
  let server: PayloadIssue[] = [];
  const listeners = new Set<() => void>();
  const publish = () => {
    const issues = [...local, ...server];
    const next = JSON.stringify(issues);
    if (next === signature) return;
    signature = next;
    const grouped = new Map<string, PayloadIssue[]>();
    for (const issue of issues) {
      const key = pathKey(issue.path);
      grouped.set(key, [...(grouped.get(key) ?? []), issue]);
    }
    const nextByPath = new Map<string, readonly PayloadIssue[]>();
    for (const [key, list] of grouped) {
      const previous = byPath.get(key);
      // Keep the previous array when nothing changed at this path, so its readers skip the render.
      nextByPath.set(key, previous && JSON.stringify(previous) === JSON.stringify(list) ? previous : list);
    }
    byPath = nextByPath;
    all = issues.length === 0 ? NO_ISSUES : issues;
    for (const listener of listeners) listener();
  };
  return {
    set(issues) {
      local = issues;
      server = [];
      publish();
    },
    setServer(issues) {
      server = issues;
      publish();
    },
    all: () => all,
    at: (path) => byPath.get(path) ?? NO_ISSUES,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const IssueStoreContext = createContext<IssueStore | null>(null);

function useIssueStore(): IssueStore {
  const store = use(IssueStoreContext);
  if (!store) throw new Error('Issue hooks must be used inside <ComposerProvider>');
  return store;
}

/** The issues at one draft path (`buttons.1.title`). */
export function useIssuesAt(path: string): readonly PayloadIssue[] {
  const store = useIssueStore();
  const get = useCallback(() => store.at(path), [store, path]);
  return useSyncExternalStore(store.subscribe, get, get);
}

/** Every issue of the current draft. */
export function useAllIssues(): readonly PayloadIssue[] {
  const store = useIssueStore();
  return useSyncExternalStore(store.subscribe, store.all, store.all);
}
