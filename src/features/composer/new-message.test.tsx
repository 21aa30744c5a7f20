import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { type DraftSnapshot, emptyDrafts } from '../../domain/message/draft.ts';
import { renderInEnglish } from '../../test/render.tsx';
import { NewMessageButton, useNewMessage } from './new-message.tsx';

function Harness({
  getSnapshot,
  onReplace,
  expose,
}: {
  getSnapshot: () => DraftSnapshot;
  onReplace: (snapshot: DraftSnapshot) => void;
  expose: (start: () => void) => void;
}) {
  const { start, toast } = useNewMessage({ getSnapshot, onReplace });
  expose(start);
  return (
    <>
      <NewMessageButton onStart={start} />
      {toast}
    </>
  );
}

function setup() {
  let state: DraftSnapshot = {
    kind: 'location_request',
    sendToThird: false,
    drafts: {
      ...emptyDrafts(),
      text: { kind: 'text', body: 'Bonjour' },
      location_request: { kind: 'location_request', body: 'Où êtes-vous ?' },
    },
  };
  const composer = {
    getSnapshot: () => state,
    get state() {
      return state;
    },
  };
  const onReplace = vi.fn((snapshot: DraftSnapshot) => {
    state = snapshot;
  });
  let start: (() => void) | undefined;
  const view = renderInEnglish(
    <Harness getSnapshot={composer.getSnapshot} onReplace={onReplace} expose={(s) => (start = s)} />,
  );
  return { ...view, composer, onReplace, start: () => start?.() };
}

describe('New message', () => {
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

  it('starts from the shortcut too (Alt+N), with the same undo notice', () => {
    const { composer, start } = setup();
    act(() => start());
    expect(composer.state.drafts).toEqual(emptyDrafts());
    expect(screen.getByRole('status')).toHaveTextContent('New message started');
    expect(screen.getByRole('button', { name: 'New message' })).toHaveAttribute('aria-keyshortcuts', 'Alt+N');
  });
});
