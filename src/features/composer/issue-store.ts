/**
 * The live list of what the current draft breaks, as a store (src/lib/create-store.ts). The composer provider
 * recomputes it on each change; each field reads the slice at its own path, so a keystroke re-renders only the
 * fields whose issues changed — both rows of a duplicate id included, which react-hook-form's per-field error
 * updates would miss.
 */
import { createContext, use } from 'react';
import type { PayloadIssue } from '../../domain/message/issues.ts';
import { createStore, type Store, useStore } from '../../lib/create-store.ts';

const NO_ISSUES: readonly PayloadIssue[] = Object.freeze([]);

interface IssueState {
  /** The draft's own issues. */
  local: readonly PayloadIssue[];
  /** Issues the server reported for the last send, shown until the draft changes. */
  server: readonly PayloadIssue[];
  all: readonly PayloadIssue[];
  /** By draft path (`buttons.1.title`); an unchanged path keeps its array, so its readers skip the render. */
  byPath: ReadonlyMap<string, readonly PayloadIssue[]>;
}

export interface IssueStore {
  state: Store<IssueState>;
  /** The draft's own issues, recomputed on each change; a change also drops what the server said. */
  set(issues: readonly PayloadIssue[]): void;
  /** Issues the server reported for the last send, shown until the draft changes. */
  setServer(issues: readonly PayloadIssue[]): void;
}

export function pathKey(path: readonly (string | number)[]): string {
  return path.join('.');
}

function publish(
  previous: IssueState,
  local: readonly PayloadIssue[],
  server: readonly PayloadIssue[],
): IssueState {
  const issues = [...local, ...server];
  if (JSON.stringify(issues) === JSON.stringify(previous.all)) return { ...previous, local, server };
  const grouped = new Map<string, PayloadIssue[]>();
  for (const issue of issues) {
    const key = pathKey(issue.path);
    grouped.set(key, [...(grouped.get(key) ?? []), issue]);
  }
  const byPath = new Map<string, readonly PayloadIssue[]>();
  for (const [key, list] of grouped) {
    const kept = previous.byPath.get(key);
    byPath.set(key, kept && JSON.stringify(kept) === JSON.stringify(list) ? kept : list);
  }
  return { local, server, all: issues.length === 0 ? NO_ISSUES : issues, byPath };
}

/** `initial` are the first draft's issues, so the first render already shows them. */
export function createIssueStore(initial: readonly PayloadIssue[] = NO_ISSUES): IssueStore {
  const empty: IssueState = { local: NO_ISSUES, server: NO_ISSUES, all: NO_ISSUES, byPath: new Map() };
  const state = createStore(publish(empty, initial, NO_ISSUES));
  return {
    state,
    set: (issues) => state.setState((current) => publish(current, issues, [])),
    setServer: (issues) => state.setState((current) => publish(current, current.local, issues)),
  };
}

export const IssueStoreContext = createContext<IssueStore | null>(null);

function useIssueState(): Store<IssueState> {
  const store = use(IssueStoreContext);
  if (!store) throw new Error('Issue hooks must be used inside <ComposerProvider>');
  return store.state;
}

/**
 * A value derived from the issues at one draft path; the reader re-renders only when that value changes (by
 * `Object.is`), not each time an issue's wording does (over the limit, its count changes at every keystroke).
 */
export function useIssuesAtSelect<T>(path: string, select: (issues: readonly PayloadIssue[]) => T): T {
  return useStore(useIssueState(), (state) => select(state.byPath.get(path) ?? NO_ISSUES));
}

const all = (issues: readonly PayloadIssue[]) => issues;

/** The issues at one draft path (`buttons.1.title`). */
export function useIssuesAt(path: string): readonly PayloadIssue[] {
  return useIssuesAtSelect(path, all);
}

/** Every issue of the current draft. */
export function useAllIssues(): readonly PayloadIssue[] {
  return useStore(useIssueState(), (state) => state.all);
}
