import { type DraftSnapshot } from './draft-snapshot.ts';

/**
 * A snapshot the library can keep: the form's values object is mutated in place as the user types, so anything
 * held for later (an undo, a template) is a deep copy taken now.
 */
export function copySnapshot(snapshot: DraftSnapshot): DraftSnapshot {
  return structuredClone(snapshot);
}
