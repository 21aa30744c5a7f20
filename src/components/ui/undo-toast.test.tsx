import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n.tsx';
import { UNDO_TIMEOUT_MS, useUndoToast } from './undo-toast.tsx';

function Harness({ onUndo }: { onUndo: () => void }) {
  const { offer, element } = useUndoToast();
  return (
    <>
      <button type="button" onClick={() => offer('Deleted.', onUndo)}>
        act
      </button>
      {element}
    </>
  );
}

function setup() {
  const undo = vi.fn();
  render(
    <I18nProvider initialLocale="en">
      <Harness onUndo={undo} />
    </I18nProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'act' }));
  return { undo };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useUndoToast', () => {
  it('offers Undo in a status line for the one timeout, then goes', () => {
    setup();
    expect(screen.getByRole('status')).toHaveTextContent('Deleted.');
    act(() => vi.advanceTimersByTime(UNDO_TIMEOUT_MS - 1));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('waits while the pointer is on it, and starts again when it leaves', () => {
    setup();
    const status = screen.getByRole('status');
    fireEvent.mouseEnter(status);
    act(() => vi.advanceTimersByTime(UNDO_TIMEOUT_MS * 3));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    fireEvent.mouseLeave(status);
    act(() => vi.advanceTimersByTime(UNDO_TIMEOUT_MS));
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('undoes once and says so; Close dismisses', () => {
    const { undo } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Undone.');
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
