import { render } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type * as Format from '../../domain/message/format.ts';
import { tokenize } from '../../domain/message/format.ts';
import { I18nProvider } from '../../i18n/i18n.tsx';
import { PreviewPanel } from './preview-panel.tsx';
import type { ThreadEntry } from './preview-types.ts';
import type * as TextMessageModule from './text-message.tsx';

/** Renders of each text bubble, by its text: TextMessage renders exactly when its BusinessMessage does. */
const renders = new Map<string, number>();
vi.mock('./text-message.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof TextMessageModule>();
  function Counted(props: ComponentProps<typeof actual.TextMessage>) {
    renders.set(props.draft.body, (renders.get(props.draft.body) ?? 0) + 1);
    return <actual.TextMessage {...props} />;
  }
  return { ...actual, TextMessage: Counted };
});

vi.mock('../../domain/message/format.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof Format>();
  return { ...actual, tokenize: vi.fn(actual.tokenize) };
});

const now = () => new Date(2025, 5, 12, 14, 5);
const thread: ThreadEntry[] = [
  { id: 'a', draft: { kind: 'text', body: 'Un message déjà envoyé' }, sentAt: now() },
  { id: 'b', draft: { kind: 'location_request', body: 'Où êtes-vous ?' }, sentAt: now() },
];

function panel(body: string) {
  return (
    <I18nProvider initialLocale="en">
      <PreviewPanel draft={{ kind: 'text', body }} thread={thread} now={now} />
    </I18nProvider>
  );
}

describe('PreviewPanel re-rendering', () => {
  it('a keystroke tokenises only the draft, not the thread', () => {
    const spy = vi.mocked(tokenize);
    const { rerender } = render(panel('Bonjour'));
    const texts = () => spy.mock.calls.map(([text]) => text);
    expect(texts()).toEqual(expect.arrayContaining(['Un message déjà envoyé', 'Où êtes-vous ?', 'Bonjour']));
    spy.mockClear();
    rerender(panel('Bonjour A'));
    expect(texts()).toEqual(['Bonjour A']);
  });

  it('a keystroke re-renders the draft bubble, not the messages already sent', () => {
    const { rerender } = render(panel('Bonjour'));
    const sent = renders.get('Un message déjà envoyé');
    expect(sent).toBeGreaterThan(0);
    rerender(panel('Bonjour A'));
    rerender(panel('Bonjour AB'));
    expect(renders.get('Un message déjà envoyé')).toBe(sent);
    expect(renders.get('Bonjour AB')).toBeGreaterThan(0);
  });
});
