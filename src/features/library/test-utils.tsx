import { emptyDrafts, type DraftSnapshot } from '../../domain/message/draft.ts';

export { renderInEnglish } from '../../test/render.tsx';

/** A stand-in for the composer's form state: what `getSnapshot` returns and `onLoad` / `onReplace` set. */
export function fakeComposer(initial?: Partial<DraftSnapshot>) {
  let state: DraftSnapshot = { kind: 'text', sendToThird: true, drafts: emptyDrafts(), ...initial };
  return {
    getSnapshot: () => state,
    set: (next: DraftSnapshot) => {
      state = next;
    },
    get state() {
      return state;
    },
  };
}
