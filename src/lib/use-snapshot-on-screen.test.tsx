import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSnapshotOnScreen } from './use-snapshot-on-screen.ts';

/** A source of values that says when it changes, as the composer's `subscribe` does. */
function source() {
  let value = 0;
  const listeners = new Set<() => void>();
  return {
    read: vi.fn(() => value),
    subscribe: (onChange: () => void) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    change(next: number) {
      value = next;
      for (const listener of listeners) listener();
    },
  };
}

function Probe({ data }: { data: ReturnType<typeof source> }) {
  const part = useRef<HTMLParagraphElement>(null);
  const shown = useSnapshotOnScreen(data.subscribe, data.read, part);
  return <p ref={part}>shown {shown}</p>;
}

/** A probe on a new source, once its first reads are done; the reads counted from there. */
async function mounted() {
  const data = source();
  render(<Probe data={data} />);
  await act(async () => {
    await vi.runAllTimersAsync();
  });
  data.read.mockClear();
  return data;
}

describe('useSnapshotOnScreen, on screen', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads after the frame, once for all the changes made before it, and shows the latest', async () => {
    const data = await mounted();
    act(() => {
      data.change(1);
      data.change(2);
      data.change(3);
    });
    // Nothing read within the keystrokes themselves.
    expect(data.read).not.toHaveBeenCalled();
    expect(screen.getByText('shown 0')).toBeInTheDocument();
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(data.read).toHaveBeenCalledTimes(1);
    expect(screen.getByText('shown 3')).toBeInTheDocument();
    // A change after that read asks for a read of its own.
    act(() => data.change(4));
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(data.read).toHaveBeenCalledTimes(2);
    expect(screen.getByText('shown 4')).toBeInTheDocument();
  });
});

describe('useSnapshotOnScreen, off screen', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // The part is below the fold: the observer says so as soon as it watches it.
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        private readonly report: IntersectionObserverCallback;
        constructor(report: IntersectionObserverCallback) {
          this.report = report;
        }
        observe(target: Element) {
          this.report(
            [{ isIntersecting: false, target } as IntersectionObserverEntry],
            this as unknown as IntersectionObserver,
          );
        }
        disconnect() {}
      },
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('reads once the changes have stopped for a quarter of a second, once for all of them', async () => {
    const data = await mounted();
    for (const next of [1, 2, 3]) {
      act(() => data.change(next));
      await act(async () => {
        await vi.advanceTimersByTimeAsync(200);
      });
    }
    // 200 ms after the last change, typing may not be over.
    expect(data.read).not.toHaveBeenCalled();
    expect(screen.getByText('shown 0')).toBeInTheDocument();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    expect(data.read).toHaveBeenCalledTimes(1);
    expect(screen.getByText('shown 3')).toBeInTheDocument();
  });
});
