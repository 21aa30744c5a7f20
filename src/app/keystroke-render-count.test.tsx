/**
 * A keystroke in the message redraws the field and the phone's copy of it, nothing that only reads its kind or
 * what it lacks: the send bar, the tools under the phone, the error summary and the variables panel stay as they
 * are while their words do not change. The request inspector follows a frame later. Each part is wrapped in a
 * React Profiler, which reports every commit inside it.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { type ComponentType, Profiler } from 'react';
import { beforeEach, expect, it, vi } from 'vitest';
import type * as ErrorSummaryModule from '../features/composer/error-summary.tsx';
import type * as VariablesPanelModule from '../features/composer/variables-panel.tsx';
import type * as RequestInspectorModule from '../features/connection/request-inspector.tsx';
import type * as SendPanelModule from '../features/connection/send-panel.tsx';
import type * as PreviewPanelModule from '../features/preview/preview-panel.tsx';
import { preloadAll } from '../lib/lazy-on-idle.tsx';
import { renderWorkspace, resetWorkspaceWorld } from '../test/workspace.tsx';
import type * as PhoneToolsModule from './phone-tools.tsx';

const commits = new Map<string, number>();

// A declaration, so the mock factories (run before this module's body) can call it; it reads `commits` only
// when a part renders.
function counted<P extends object>(id: string, Part: ComponentType<P>): ComponentType<P> {
  return function Counted(props: P) {
    return (
      <Profiler id={id} onRender={() => commits.set(id, (commits.get(id) ?? 0) + 1)}>
        <Part {...props} />
      </Profiler>
    );
  };
}

vi.mock('../features/connection/send-panel.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof SendPanelModule>();
  return { ...actual, SendPanel: counted('send bar', actual.SendPanel) };
});
vi.mock('./phone-tools.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof PhoneToolsModule>();
  return { ...actual, PhoneTools: counted('tools under the phone', actual.PhoneTools) };
});
vi.mock('../features/composer/error-summary.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof ErrorSummaryModule>();
  return { ...actual, ErrorSummary: counted('error summary', actual.ErrorSummary) };
});
vi.mock('../features/composer/variables-panel.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof VariablesPanelModule>();
  return { ...actual, VariablesPanel: counted('variables panel', actual.VariablesPanel) };
});
vi.mock('../features/connection/request-inspector.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof RequestInspectorModule>();
  return { ...actual, RequestInspector: counted('inspector', actual.RequestInspector) };
});
vi.mock('../features/preview/preview-panel.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof PreviewPanelModule>();
  return { ...actual, PreviewPanel: counted('phone', actual.PreviewPanel) };
});

beforeEach(() => {
  commits.clear();
  resetWorkspaceWorld();
});

/** Types `text` after what the field holds, one change event per character, as a keyboard would. */
async function typeAfter(field: HTMLTextAreaElement, text: string) {
  for (const char of text) {
    fireEvent.change(field, { target: { value: field.value + char } });
    await act(async () => {});
  }
}

function inspectedBody(): string {
  return document.querySelector('[role="tabpanel"] pre')?.textContent ?? '';
}

it('a keystroke in the message redraws the phone, not the parts whose words stay the same', async () => {
  renderWorkspace();
  // Every lazy part in, as after the page's idle time.
  await act(() => preloadAll());
  await screen.findByRole('button', { name: 'Download image' });
  const body = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Message' });
  // The first letter changes what the summary and Send say (from "write your message" to ready).
  await typeAfter(body, 'H');
  await waitFor(() => expect(inspectedBody()).toContain('"body": "H"'));
  commits.clear();

  await typeAfter(body, 'ello');
  expect(commits.get('phone')).toBeGreaterThanOrEqual(4);
  for (const part of ['send bar', 'tools under the phone', 'error summary', 'variables panel']) {
    expect({ part, commits: commits.get(part) ?? 0 }).toEqual({ part, commits: 0 });
  }
  // The inspector catches up once the keystroke's frame is painted.
  await waitFor(() => expect(inspectedBody()).toContain('"body": "Hello"'));
  expect(commits.get('inspector')).toBeGreaterThan(0);
});

it('a placeholder typed into the message brings its value box, and Send says what it lacks', async () => {
  renderWorkspace();
  await act(() => preloadAll());
  const body = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Message' });
  await typeAfter(body, 'Hi {{name}}');
  expect(await screen.findByRole('textbox', { name: 'name' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Send' })).toHaveAccessibleDescription(/name/);
  commits.clear();
  // More text around the same placeholder: the panel's words stay the same.
  await typeAfter(body, ', welcome');
  expect(commits.get('variables panel') ?? 0).toBe(0);
  expect(commits.get('send bar') ?? 0).toBe(0);
});
