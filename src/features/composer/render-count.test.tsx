/**
 * Typing in one field must re-render that field (and the preview), not the other editors. Each LimitedField is
 * wrapped in a React Profiler, which reports every commit inside it — including the field's own subscriptions.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { Profiler, type ComponentProps } from 'react';
import { beforeEach, expect, it, vi } from 'vitest';
import type * as ButtonModule from '../../components/ui/button.tsx';
import type * as InputModule from '../../components/ui/input.tsx';
import { emptyDrafts } from '../../domain/message/draft.ts';
import type * as LimitedFieldModule from './limited-field.tsx';
import { renderComposer } from './test-utils.tsx';

const commits = new Map<string, number>();

vi.mock('./limited-field.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof LimitedFieldModule>();
  function CountedField(props: ComponentProps<typeof actual.LimitedField>) {
    const key = props.name.split('.').slice(2).join('.');
    return (
      <Profiler id={key} onRender={() => commits.set(key, (commits.get(key) ?? 0) + 1)}>
        <actual.LimitedField {...props} />
      </Profiler>
    );
  }
  return { ...actual, LimitedField: CountedField };
});

/** Renders of the text boxes themselves: a LimitedField's own render passes new props to its box. */
let boxRenders = 0;
vi.mock('../../components/ui/input.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof InputModule>();
  function CountedTextarea(props: ComponentProps<typeof actual.Textarea>) {
    boxRenders++;
    return <actual.Textarea {...props} />;
  }
  return { ...actual, Textarea: CountedTextarea };
});

/** Renders of the "Trim to N characters" button. */
let trimRenders = 0;
vi.mock('../../components/ui/button.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof ButtonModule>();
  function CountedButton(props: ComponentProps<typeof actual.Button>) {
    if (typeof props.children === 'string' && props.children.startsWith('Trim')) trimRenders++;
    return <actual.Button {...props} />;
  }
  return { ...actual, Button: CountedButton };
});

beforeEach(() => {
  commits.clear();
  boxRenders = 0;
  trimRenders = 0;
});

function snapshot() {
  return new Map(commits);
}

function changed(before: Map<string, number>) {
  return [...commits]
    .filter(([key, count]) => count !== before.get(key))
    .map(([key]) => key)
    .sort();
}

it('the first mount commits each field once', () => {
  // The page's first render is a transition that React renders in slices. A state change inside its commit (the
  // form marking itself ready, the issues computed for the first time) would render every field again, in one
  // blocking task before the first paint.
  const drafts = emptyDrafts();
  drafts.button = {
    kind: 'button',
    header: '',
    body: '',
    buttons: [{ id: 'btn_oui', title: 'Oui' }],
  };
  renderComposer({ kind: 'button', drafts });
  expect(screen.getByRole('group', { name: 'Button 1' })).toBeInTheDocument();
  expect([...commits.keys()].sort()).toEqual(['body', 'buttons.0.id', 'buttons.0.title', 'header']);
  expect(Object.fromEntries([...commits].filter(([, count]) => count !== 1))).toEqual({});
  // The body's text box (the others are one-line inputs).
  expect(boxRenders).toBe(1);
});

it('typing in a button title re-renders that title and its derived id only', async () => {
  const drafts = emptyDrafts();
  drafts.button = {
    kind: 'button',
    header: 'Confirmation',
    body: 'Confirmez-vous ?',
    buttons: [
      { id: '', title: '' },
      { id: 'btn_non', title: 'Non' },
    ],
  };
  renderComposer({ kind: 'button', drafts });
  const title = within(screen.getByRole('group', { name: 'Button 1' })).getByRole('textbox', {
    name: 'Title',
  });
  const before = snapshot();
  expect(before.get('header')).toBeGreaterThan(0);
  for (const value of ['O', 'Ou', 'Oui']) {
    fireEvent.change(title, { target: { value } });
    await act(async () => {});
  }
  expect(
    within(screen.getByRole('group', { name: 'Button 1' })).getByRole('textbox', { name: 'ID' }),
  ).toHaveValue('btn_oui');
  expect(changed(before)).toEqual(['buttons.0.id', 'buttons.0.title']);
});

it('typing in a 4,096-character body re-renders the body field only', () => {
  renderComposer({ kind: 'text' });
  const body = screen.getByRole('textbox', { name: 'Message' });
  const before = snapshot();
  fireEvent.change(body, { target: { value: 'x'.repeat(4095) } });
  fireEvent.change(body, { target: { value: 'x'.repeat(4096) } });
  expect(changed(before)).toEqual(['body']);
  const renders = (commits.get('body') ?? 0) - (before.get('body') ?? 0);
  // A counter update per keystroke, plus the issue change when the text becomes valid — not a render storm.
  expect(renders).toBeLessThanOrEqual(4);
});

it('over the limit, a keystroke rewrites the count and its words, not the text box or the Trim button', () => {
  renderComposer({ kind: 'text' });
  const body = screen.getByRole('textbox', { name: 'Message' });
  fireEvent.change(body, { target: { value: 'x'.repeat(5000) } });
  expect(body).toHaveAttribute('aria-invalid', 'true');
  const errors = document.getElementById(`${body.id}-error`)!;
  const words = within(errors).getByText(/904/);
  expect(screen.getByRole('button', { name: 'Trim to 4,096 characters' })).toBeInTheDocument();
  const before = boxRenders;
  const trimBefore = trimRenders;
  const commitsBefore = commits.get('body') ?? 0;
  fireEvent.change(body, { target: { value: 'x'.repeat(5001) } });
  fireEvent.change(body, { target: { value: 'x'.repeat(5002) } });
  // One commit per keystroke: the new count and its words come in the same render, not the words in a second.
  expect((commits.get('body') ?? 0) - commitsBefore).toBe(2);
  // The same element, its words updated: the count in them changes at every keystroke.
  expect(within(errors).getByText(/906/)).toBe(words);
  expect(document.getElementById(`${body.id}-counter`)).toHaveTextContent('5,002/4,096');
  expect(boxRenders - before).toBe(0);
  expect(trimRenders - trimBefore).toBe(0);
  expect(body).toHaveAttribute('aria-invalid', 'true');
});

it('typing in a list row leaves the other rows and sections alone', () => {
  const drafts = emptyDrafts();
  drafts.list = {
    kind: 'list',
    header: '',
    body: 'Choisissez',
    button: 'Voir',
    sections: [
      { title: 'A', rows: [{ id: 'a1', title: 'A1', description: '' }] },
      { title: 'B', rows: [{ id: 'b1', title: 'B1', description: 'x' }] },
    ],
  };
  renderComposer({ kind: 'list', drafts });
  const row = screen.getByRole('group', { name: 'Section 2, row 1' });
  const before = snapshot();
  fireEvent.change(within(row).getByRole('textbox', { name: /^Description/ }), { target: { value: 'xy' } });
  expect(changed(before)).toEqual(['sections.1.rows.0.description']);
});
