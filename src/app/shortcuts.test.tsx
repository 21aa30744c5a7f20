import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInEnglish } from '../test/render.tsx';
import { KeyboardShortcuts } from './shortcuts.tsx';
import { matchShortcut } from './use-shortcuts.ts';

function key(init: Partial<KeyboardEvent> & { key: string }, target: EventTarget | null = document.body) {
  return {
    code: '',
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    repeat: false,
    defaultPrevented: false,
    target,
    ...init,
  };
}

describe('matchShortcut', () => {
  const field = document.createElement('textarea');
  const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });

  it('reads Alt+N and Alt+S everywhere, even in a field and with a Mac Option symbol', () => {
    expect(matchShortcut(key({ key: 'n', code: 'KeyN', altKey: true }, field), false)).toBe('new');
    expect(matchShortcut(key({ key: '˜', code: 'KeyN', altKey: true }), true)).toBe('new');
    expect(matchShortcut(key({ key: 'S', code: 'KeyS', altKey: true }), false)).toBe('saveTemplate');
    expect(matchShortcut(key({ key: 'n', code: 'KeyN', altKey: true, ctrlKey: true }), false)).toBeNull();
    expect(matchShortcut(key({ key: 'n', code: 'KeyN', altKey: true, repeat: true }), false)).toBeNull();
  });

  it('leaves Option+letter to typing in a text field on a Mac (the "~" and "ñ" dead key)', () => {
    expect(matchShortcut(key({ key: 'Dead', code: 'KeyN', altKey: true }, field), true)).toBeNull();
    expect(matchShortcut(key({ key: 'ß', code: 'KeyS', altKey: true }, field), true)).toBeNull();
  });

  it('reads "/" and "?" only outside text fields', () => {
    expect(matchShortcut(key({ key: '/' }), false)).toBe('focusSearch');
    expect(matchShortcut(key({ key: '?', shiftKey: true }), false)).toBe('help');
    expect(matchShortcut(key({ key: '?', shiftKey: true }, checkbox), false)).toBe('help');
    expect(matchShortcut(key({ key: '/' }, field), false)).toBeNull();
    expect(matchShortcut(key({ key: '?', shiftKey: true }, field), false)).toBeNull();
  });

  it('reads Ctrl+K, or ⌘K on a Mac where Ctrl+K stays the fields’ own', () => {
    expect(matchShortcut(key({ key: 'k', code: 'KeyK', ctrlKey: true }, field), false)).toBe('focusSearch');
    expect(matchShortcut(key({ key: 'k', code: 'KeyK', metaKey: true }, field), true)).toBe('focusSearch');
    expect(matchShortcut(key({ key: 'k', code: 'KeyK', ctrlKey: true }, field), true)).toBeNull();
  });

  it('leaves alone keys already handled, and Ctrl/⌘+Enter to the send button', () => {
    expect(matchShortcut(key({ key: '/', defaultPrevented: true }), false)).toBeNull();
    expect(matchShortcut(key({ key: 'Enter', ctrlKey: true }), false)).toBeNull();
  });
});

describe('KeyboardShortcuts', () => {
  function setup() {
    const handlers = { onNew: vi.fn(), onSaveTemplate: vi.fn(), onFocusSearch: vi.fn() };
    const view = renderInEnglish(<KeyboardShortcuts {...handlers} />);
    return { ...view, ...handlers };
  }

  it('runs the handlers for the keys', () => {
    const { onNew, onSaveTemplate, onFocusSearch } = setup();
    fireEvent.keyDown(document.body, { key: 'n', code: 'KeyN', altKey: true });
    fireEvent.keyDown(document.body, { key: 's', code: 'KeyS', altKey: true });
    fireEvent.keyDown(document.body, { key: '/', code: 'Slash' });
    expect(onNew).toHaveBeenCalledTimes(1);
    expect(onSaveTemplate).toHaveBeenCalledTimes(1);
    expect(onFocusSearch).toHaveBeenCalledTimes(1);
  });

  // Escape on the native dialog is the browser's (jsdom has none); the e2e suite presses it.
  it('opens the list of shortcuts with "?", including send, and pauses the others while open', async () => {
    const { user, onNew } = setup();
    fireEvent.keyDown(document.body, { key: '?', shiftKey: true });
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    for (const action of [
      'Send the message',
      'New message',
      'Save as template',
      'Insert a saved reply',
      'Show this list',
    ])
      expect(screen.getByRole('rowheader', { name: action })).toBeInTheDocument();
    const row = (action: string) => screen.getByRole('rowheader', { name: action }).closest('tr')!;
    expect(row('Send the message')).toHaveTextContent(/Ctrl\s*\+\s*Enter/);
    expect(row('New message')).toHaveTextContent(/Alt\s*\+\s*N/);
    expect(row('Save as template')).toHaveTextContent(/Alt\s*\+\s*S/);

    fireEvent.keyDown(document.body, { key: 'n', code: 'KeyN', altKey: true });
    expect(onNew).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens the same list from its button', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });
});
