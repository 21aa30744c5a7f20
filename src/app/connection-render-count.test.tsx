/**
 * The connection and the composer share the page: a keystroke in the token or the conversation field must
 * re-render that field and what shows it (the panel, the send button, the phone's header), never the message
 * fields. Each LimitedField of the composer is wrapped in a React Profiler, which reports every commit inside it.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Profiler, type ComponentProps } from 'react';
import { beforeEach, expect, it, vi } from 'vitest';
import type * as LimitedFieldModule from '../features/composer/limited-field.tsx';
import { I18nProvider } from '../i18n/i18n.tsx';
import { Workspace } from './workspace.tsx';

const commits = new Map<string, number>();

vi.mock('../features/composer/limited-field.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof LimitedFieldModule>();
  function CountedField(props: ComponentProps<typeof actual.LimitedField>) {
    const key = props.name;
    return (
      <Profiler id={key} onRender={() => commits.set(key, (commits.get(key) ?? 0) + 1)}>
        <actual.LimitedField {...props} />
      </Profiler>
    );
  }
  return { ...actual, LimitedField: CountedField };
});

beforeEach(() => {
  commits.clear();
  localStorage.clear();
  sessionStorage.clear();
  // The sandbox thread is read back once the token and the conversation settle; it has nothing to say here.
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(
    new Response('{"data":[]}', { headers: { 'Content-Type': 'application/json' } }),
  );
});

function renderPage() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <I18nProvider initialLocale="en">
      <QueryClientProvider client={queryClient}>
        <Workspace />
      </QueryClientProvider>
    </I18nProvider>,
  );
}

function messageFieldCommits() {
  return [...commits.values()].reduce((sum, count) => sum + count, 0);
}

async function typeInto(field: HTMLElement, text: string) {
  for (let end = 1; end <= text.length; end++) {
    fireEvent.change(field, { target: { value: text.slice(0, end) } });
    await act(async () => {});
  }
}

it('typing a token re-renders no message field', async () => {
  renderPage();
  const body = screen.getByRole('textbox', { name: 'Message' });
  expect(commits.size).toBeGreaterThan(0);
  const before = messageFieldCommits();
  const token = screen.getByLabelText('API token');
  await typeInto(token, 'tok-123');
  expect(token).toHaveValue('tok-123');
  expect(messageFieldCommits()).toBe(before);
  expect(body).toBeInTheDocument();
});

it('typing a conversation id re-renders no message field', async () => {
  renderPage();
  const before = messageFieldCommits();
  const conversation = screen.getByLabelText('Conversation ID');
  await typeInto(conversation, 'conv-42');
  expect(conversation).toHaveValue('conv-42');
  expect(messageFieldCommits()).toBe(before);
});
