/**
 * The connection and the composer share the page: a keystroke in the token or the conversation field must
 * re-render that field and what shows it (the panel, the send button, the phone's header), never the message
 * fields. Each LimitedField of the composer is wrapped in a React Profiler, which reports every commit inside it.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { Profiler, type ComponentProps } from 'react';
import { beforeEach, expect, it, vi } from 'vitest';
import type * as LimitedFieldModule from '../features/composer/limited-field.tsx';
import { renderWorkspace, resetWorkspaceWorld } from '../test/workspace.tsx';

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
  resetWorkspaceWorld();
});

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
  renderWorkspace();
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
  renderWorkspace();
  const before = messageFieldCommits();
  const conversation = screen.getByLabelText('Conversation ID');
  await typeInto(conversation, 'conv-42');
  expect(conversation).toHaveValue('conv-42');
  expect(messageFieldCommits()).toBe(before);
});
