import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode } from 'react';
import { emptyDrafts, type DraftSnapshot } from '../../domain/message/draft.ts';
import { I18nProvider } from '../../i18n/i18n.tsx';

/** Renders in English, as the e2e suite reads the page. */
export function renderInEnglish(ui: ReactNode) {
  const user = userEvent.setup();
  return { user, ...render(<I18nProvider initialLocale="en">{ui}</I18nProvider>) };
}

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
