import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createStore, useStore } from './create-store.ts';

describe('createStore', () => {
  it('notifies only on a real change', () => {
    const store = createStore({ a: 1 });
    let calls = 0;
    store.subscribe(() => calls++);
    const same = store.getState();
    store.setState(same);
    expect(calls).toBe(0);
    store.setState((s) => ({ ...s, a: 2 }));
    expect(calls).toBe(1);
    expect(store.getState().a).toBe(2);
  });

  it('re-renders a reader only when its slice changes', () => {
    const store = createStore({ a: 1, b: 1 });
    let renders = 0;
    function ReadsA() {
      renders++;
      return <span>{useStore(store, (s) => s.a)}</span>;
    }
    const view = render(<ReadsA />);
    expect(renders).toBe(1);
    act(() => store.setState((s) => ({ ...s, b: 2 })));
    expect(renders).toBe(1);
    act(() => store.setState((s) => ({ ...s, a: 5 })));
    expect(renders).toBe(2);
    expect(view.container.textContent).toBe('5');
  });
});
