import { act, render, screen } from '@testing-library/react';
import { startTransition, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyWithPreload, preloadableModule, preloadGroup } from './lazy-on-idle.tsx';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;

/** Holds the main thread, as a large part of a page does while it renders. */
function keepBusy(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('lazyWithPreload', () => {
  it('suspends the first time, then renders without a Suspense round once the code is in', async () => {
    const chunk = deferred<typeof Hello>();
    const load = vi.fn(() => chunk.promise);
    const part = lazyWithPreload(load, { fallback: () => <p>loading</p> });
    const view = render(
      <Suspense fallback={<p>loading</p>}>
        <part.Component name="Salma" />
      </Suspense>,
    );
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(part.loaded()).toBe(false);
    await act(async () => chunk.resolve(Hello));
    expect(await screen.findByText('Hello Salma')).toBeInTheDocument();
    expect(part.loaded()).toBe(true);
    view.unmount();
    // A second mount draws at once: no fallback, not even for a frame.
    render(
      <Suspense fallback={<p>loading</p>}>
        <part.Component name="Omar" />
      </Suspense>,
    );
    expect(screen.getByText('Hello Omar')).toBeInTheDocument();
    expect(screen.queryByText('loading')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders a preloaded part at once, without its fallback', async () => {
    const part = lazyWithPreload(() => Promise.resolve(Hello), { fallback: () => <p>loading</p> });
    await part.preload();
    render(
      <Suspense fallback={<p>loading</p>}>
        <part.Component name="Nadia" />
      </Suspense>,
    );
    expect(screen.getByText('Hello Nadia')).toBeInTheDocument();
    expect(screen.queryByText('loading')).toBeNull();
  });

  it('asks for a chunk again after a failed load', async () => {
    const load = vi
      .fn<() => Promise<typeof Hello>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(Hello);
    const part = lazyWithPreload(load);
    await expect(part.preload()).rejects.toThrow('offline');
    await expect(part.preload()).resolves.toBe(Hello);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('preloadableModule', () => {
  it('loads a plain module once, says when it is in, and tries again after a failure', async () => {
    const load = vi
      .fn<() => Promise<{ answer: number }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ answer: 42 });
    const module = preloadableModule(load);
    await expect(module.preload()).rejects.toThrow('offline');
    expect(module.loaded()).toBe(false);
    await module.preload();
    await module.preload();
    expect(module.loaded()).toBe(true);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('preloadGroup', () => {
  it('marks every part of a chunk loaded, so none of them suspends on its first appearance', async () => {
    const chunk = Promise.resolve({ Hello, Bye: () => <p>Bye</p> });
    const hello = lazyWithPreload(() => chunk.then((module) => module.Hello));
    const bye = lazyWithPreload(() => chunk.then((module) => module.Bye), { fallback: () => <p>loading</p> });
    const group = preloadGroup([hello, bye]);
    expect(group.loaded()).toBe(false);
    await group.preload();
    expect(group.loaded()).toBe(true);
    render(
      <Suspense fallback={<p>loading</p>}>
        <bye.Component />
      </Suspense>,
    );
    expect(screen.getByText('Bye')).toBeInTheDocument();
  });
});

describe('what a part draws before its code is in', () => {
  it('a part not wanted yet keeps its placeholder and fetches nothing until asked for', () => {
    const load = vi.fn(() => Promise.resolve(Hello));
    const Panel = lazyWithPreload(load, {
      fallback: () => <p>placeholder</p>,
      wanted: () => false,
    }).Component;
    render(<Panel name="Salma" />);
    expect(screen.getByText('placeholder')).toBeInTheDocument();
    expect(load).not.toHaveBeenCalled();
  });

  it('a part not wanted yet is drawn as soon as anyone loads its code, before idle', async () => {
    const Panel = lazyWithPreload(() => Promise.resolve(Hello), {
      fallback: () => <p>placeholder</p>,
      wanted: () => false,
    });
    render(<Panel.Component name="Salma" />);
    expect(screen.getByText('placeholder')).toBeInTheDocument();
    // Say, Send's "what is missing" needs a field of the panel now: no idle callback has run yet.
    await act(async () => {
      await Panel.preload();
    });
    expect(screen.getByText('Hello Salma')).toBeInTheDocument();
  });

  it('code that arrives while React renders the page in slices does not make it render the page again', async () => {
    // React's own scheduler, not act(): the page's first render is a transition, rendered in slices with the
    // event loop turning between them, and the chunk arrives in one of those turns.
    const actEnvironment = Reflect.get(globalThis, 'IS_REACT_ACT_ENVIRONMENT');
    Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', false);
    const chunk = deferred<typeof Hello>();
    const Panel = lazyWithPreload(() => chunk.promise, {
      fallback: () => <p>placeholder</p>,
      wanted: () => false,
    });
    void Panel.preload();
    let rows = 0;
    function Row({ index }: { index: number }) {
      rows++;
      // The chunk arrives while the rows render: a row takes long enough that React yields after each.
      if (index === 0) chunk.resolve(Hello);
      keepBusy(6);
      return <li>row {index}</li>;
    }
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    try {
      startTransition(() =>
        root.render(
          <>
            <Panel.Component name="Salma" />
            <ul>
              {[0, 1, 2, 3, 4].map((index) => (
                <Row key={index} index={index} />
              ))}
            </ul>
          </>,
        ),
      );
      await vi.waitFor(() => expect(container.textContent).toContain('Hello Salma'));
      expect(rows).toBe(5);
    } finally {
      root.unmount();
      container.remove();
      Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', actEnvironment);
    }
  });

  it('a closed dialog draws nothing; opened before idle, it fetches its code at once', async () => {
    const load = vi.fn(() =>
      Promise.resolve(({ open }: { open: boolean }) => <p>{open ? 'open' : 'shut'}</p>),
    );
    const Dialog = lazyWithPreload(load, { wanted: ({ open }) => open }).Component;
    const view = render(<Dialog open={false} />);
    expect(view.container).toBeEmptyDOMElement();
    expect(load).not.toHaveBeenCalled();
    view.rerender(<Dialog open />);
    expect(await screen.findByText('open')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });
});

const Ready = () => <p>ready</p>;

/** A panel below the fold: "waiting" until its code, fetched on idle, is in; then the panel, "ready". */
function idlePanel(load: () => Promise<typeof Ready>) {
  return lazyWithPreload(load, { fallback: () => <p>waiting</p>, wanted: () => false }).Component;
}

describe('usePreloadOnIdle, in a part below the fold', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads when the main thread is idle and reports it', async () => {
    const load = vi.fn(() => Promise.resolve(Ready));
    const Panel = idlePanel(load);
    render(<Panel />);
    expect(screen.getByText('waiting')).toBeInTheDocument();
    expect(load).not.toHaveBeenCalled();
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByText('ready')).toBeInTheDocument();
  });

  it('waits while code the page needs now is loading, so that code has the network to itself', async () => {
    const needed = deferred<typeof Hello>();
    const neededNow = lazyWithPreload(() => needed.promise);
    const load = vi.fn(() => Promise.resolve(Ready));
    const Panel = idlePanel(load);
    render(<Panel />);
    // Say, the page opened on a List: its editor is asked for by the render, not by idle.
    void neededNow.preload();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1500);
    });
    expect(load).not.toHaveBeenCalled();
    await act(async () => {
      needed.resolve(Hello);
      await vi.runAllTimersAsync();
    });
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByText('ready')).toBeInTheDocument();
  });

  it('waits two seconds at most: a load the page needs that hangs does not hold back the rest', async () => {
    const neededNow = lazyWithPreload(() => new Promise<typeof Hello>(() => {}));
    const load = vi.fn(() => Promise.resolve(Ready));
    void neededNow.preload();
    const Panel = idlePanel(load);
    render(<Panel />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1900);
    });
    expect(load).not.toHaveBeenCalled();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByText('ready')).toBeInTheDocument();
  });
});
