import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDebouncedCallback, useDebouncedValue } from './use-debounce.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useDebouncedCallback', () => {
  it('runs only the last call, once calls have stopped for the delay', () => {
    const calls: string[] = [];
    const { result } = renderHook(() => useDebouncedCallback((text: string) => calls.push(text), 300));
    act(() => result.current.schedule('a'));
    act(() => vi.advanceTimersByTime(200));
    act(() => result.current.schedule('ab'));
    act(() => vi.advanceTimersByTime(299));
    expect(calls).toEqual([]);
    act(() => vi.advanceTimersByTime(1));
    expect(calls).toEqual(['ab']);
    act(() => vi.advanceTimersByTime(1_000));
    expect(calls).toEqual(['ab']);
  });

  it('is stable across renders and calls the latest callback', () => {
    const calls: string[] = [];
    const { result, rerender } = renderHook(
      ({ prefix }: { prefix: string }) => useDebouncedCallback(() => calls.push(prefix), 100),
      { initialProps: { prefix: 'old' } },
    );
    const first = result.current;
    act(() => result.current.schedule());
    rerender({ prefix: 'new' });
    expect(result.current).toBe(first);
    act(() => vi.advanceTimersByTime(100));
    expect(calls).toEqual(['new']);
  });

  it('flush runs the pending call now; cancel drops it', () => {
    const calls: number[] = [];
    const { result } = renderHook(() => useDebouncedCallback((n: number) => calls.push(n), 100));
    act(() => result.current.flush());
    expect(calls).toEqual([]);
    act(() => result.current.schedule(1));
    act(() => result.current.flush());
    expect(calls).toEqual([1]);
    act(() => result.current.schedule(2));
    act(() => result.current.cancel());
    act(() => vi.advanceTimersByTime(1_000));
    expect(calls).toEqual([1]);
  });

  it('drops a pending call on unmount, unless told to flush on leave', () => {
    const dropped: number[] = [];
    const dropping = renderHook(() => useDebouncedCallback((n: number) => dropped.push(n), 100));
    act(() => dropping.result.current.schedule(1));
    dropping.unmount();
    act(() => vi.advanceTimersByTime(1_000));
    expect(dropped).toEqual([]);

    const kept: number[] = [];
    const keeping = renderHook(() =>
      useDebouncedCallback((n: number) => kept.push(n), 100, { flushOnLeave: true }),
    );
    act(() => keeping.result.current.schedule(2));
    act(() => window.dispatchEvent(new Event('pagehide')));
    expect(kept).toEqual([2]);
    act(() => keeping.result.current.schedule(3));
    keeping.unmount();
    expect(kept).toEqual([2, 3]);
  });
});

describe('useDebouncedValue', () => {
  it('follows the value once it has stopped changing', () => {
    const { result, rerender } = renderHook(({ value }: { value: string }) => useDebouncedValue(value, 400), {
      initialProps: { value: 'a' },
    });
    expect(result.current).toBe('a');
    rerender({ value: 'ab' });
    act(() => vi.advanceTimersByTime(300));
    rerender({ value: 'abc' });
    act(() => vi.advanceTimersByTime(300));
    expect(result.current).toBe('a');
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe('abc');
  });
});
