import { act, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { emptyDrafts } from '../../domain/message/draft.ts';
import { NewMessageButton, type NewMessageHandle } from './new-message-button.tsx';
import { fakeComposer, renderInEnglish } from './test-utils.tsx';

function setup() {
  const composer = fakeComposer({
    kind: 'location_request',
    sendToThird: false,
    drafts: {
      ...emptyDrafts(),
      text: { kind: 'text', body: 'Bonjour' },
      location_request: { kind: 'location_request', body: 'Où êtes-vous ?' },
    },
  });
  const onReplace = vi.fn((snapshot) => composer.set(snapshot));
  const ref = createRef<NewMessageHandle>();
  const view = renderInEnglish(
    <NewMessageButton ref={ref} getSnapshot={composer.getSnapshot} onReplace={onReplace} />,
  );
  return { ...view, composer, onReplace, ref };
}

describe('NewMessageButton', () => {
  it('empties every draft, keeps the kind and send_to_third, and undo restores everything', async () => {
    const { user, composer } = setup();
    const before = structuredClone(composer.state);
    await user.click(screen.getByRole('button', { name: 'New message' }));
    expect(composer.state).toEqual({ kind: 'location_request', sendToThird: false, drafts: emptyDrafts() });
    expect(screen.getByRole('status')).toHaveTextContent('New message started');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(composer.state).toEqual(before);
    expect(screen.getByRole('status')).toHaveTextContent('Undone.');
  });

  it('undo restores what was there even if the form object was changed in place since', async () => {
    const { user, composer } = setup();
    const live = composer.state;
    await user.click(screen.getByRole('button', { name: 'New message' }));
    live.drafts.text.body = 'mutated';
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(composer.state.drafts.text.body).toBe('Bonjour');
  });

  it('starts through its handle too (Alt+N)', () => {
    const { ref, composer } = setup();
    act(() => ref.current?.start());
    expect(composer.state.drafts).toEqual(emptyDrafts());
    expect(screen.getByRole('button', { name: 'New message' })).toHaveAttribute('aria-keyshortcuts', 'Alt+N');
  });
});
