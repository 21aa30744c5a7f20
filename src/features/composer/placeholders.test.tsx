/**
 * Placeholders in the composer: a box per name, counters and rules on the filled text, Send's message filled,
 * and "/" in an empty field opening the saved replies.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyDrafts } from '../../domain/message/draft.ts';
import { useStore } from '../../lib/create-store.ts';
import { useComposerApi } from './composer-provider.tsx';
import { renderComposer } from './test-utils.tsx';
import { applyTemplateSettings, createVariablesStore, setConversation, setValue } from './variables-store.ts';

function counterOf(field: HTMLElement): HTMLElement {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  const counter = ids.map((id) => document.getElementById(id)).find((el) => el?.id.endsWith('-counter'));
  if (!counter) throw new Error('field has no counter');
  return counter;
}

function CannedOpen() {
  const { variables } = useComposerApi();
  return <output aria-label="canned">{String(useStore(variables, (state) => state.cannedOpen))}</output>;
}

describe('placeholders in the composer', () => {
  it('lists one box per placeholder, named exactly by it, in order of first appearance', () => {
    renderComposer({ kind: 'text' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Message' }), {
      target: { value: 'Hi {{ customer_name }}, order {{order}} for {{customer_name}} {{not-one}}' },
    });
    const panel = screen.getByRole('region', { name: 'Variables' });
    // The value boxes (the template's defaults and samples have boxes of their own, further down).
    const boxes = within(panel)
      .getAllByRole('textbox')
      .filter((box) => box.id.startsWith('field-'));
    expect(boxes.map((box) => box.getAttribute('id'))).toEqual([
      'field-text-placeholders-customer_name',
      'field-text-placeholders-order',
    ]);
    expect(screen.getByRole('textbox', { name: 'customer_name' })).toBe(boxes[0]);
    expect(screen.getByRole('textbox', { name: 'order' })).toBe(boxes[1]);
  });

  it('counts the filled text, and a placeholder without a value as typed', () => {
    const drafts = emptyDrafts();
    drafts.button = {
      kind: 'button',
      header: '',
      body: 'Body',
      buttons: [{ id: 'btn_yes', title: 'Yes {{name}}' }],
    };
    const { message } = renderComposer({ kind: 'button', drafts });
    const title = within(screen.getByRole('group', { name: 'Button 1' })).getByRole('textbox', {
      name: 'Title',
    });
    // "Yes {{name}}" as typed: 12.
    expect(counterOf(title)).toHaveTextContent('12/20');
    expect(counterOf(title)).toHaveTextContent('placeholders without a value counted as typed');
    expect(
      screen.getByRole('button', { name: /Variable name — No value for name yet\./ }),
    ).toBeInTheDocument();

    fireEvent.change(screen.getByRole('textbox', { name: 'name' }), { target: { value: 'Amina' } });
    expect(counterOf(title)).toHaveTextContent('9/20');
    expect(counterOf(title)).toHaveTextContent('with the values');
    expect(title).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText('Message ready to send.')).toBeInTheDocument();

    // "Yes " + 20 = 24 characters: over the title's 20, flagged on the title, no trim of the template.
    fireEvent.change(screen.getByRole('textbox', { name: 'name' }), {
      target: { value: 'Abdelkarim Bennani X' },
    });
    expect(counterOf(title)).toHaveTextContent('24/20');
    expect(counterOf(title)).toHaveAttribute('data-state', 'error');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('button', { name: /^Trim to/ })).not.toBeInTheDocument();
    // The template itself is untouched.
    expect(message()?.draft).toMatchObject({ buttons: [{ id: 'btn_yes', title: 'Yes {{name}}' }] });
  });

  it('gives Send the filled message and keeps the template in the form', () => {
    const { api } = renderComposer({ kind: 'text' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Message' }), { target: { value: 'Hi {{name}}!' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'name' }), { target: { value: '*Amina*' } });
    expect(api()?.getMessage().draft).toEqual({ kind: 'text', body: 'Hi *Amina*!' });
    expect(api()?.getSnapshot().drafts.text.body).toBe('Hi {{name}}!');
  });

  it('opens the saved replies on "/" in an empty field only', () => {
    renderComposer({ kind: 'text' }, <CannedOpen />);
    const body = screen.getByRole('textbox', { name: 'Message' });
    fireEvent.change(body, { target: { value: 'a' } });
    fireEvent.keyDown(body, { key: '/' });
    expect(screen.getByRole('status', { name: 'canned' })).toHaveTextContent('false');
    fireEvent.change(body, { target: { value: '' } });
    const event = fireEvent.keyDown(body, { key: '/' });
    expect(event).toBe(false);
    expect(screen.getByRole('status', { name: 'canned' })).toHaveTextContent('true');
  });
});

describe('variables store', () => {
  it('remembers values per conversation and brings them back', () => {
    const store = createVariablesStore();
    setConversation(store, 'conv-1');
    setValue(store, 'name', 'Amina');
    setConversation(store, 'conv-2');
    setValue(store, 'name', 'Omar');
    expect(store.getState().values.name).toBe('Omar');
    setConversation(store, 'conv-1');
    expect(store.getState().values.name).toBe('Amina');
  });

  it('starts a template from the conversation, else its default, else what was there', () => {
    const store = createVariablesStore({ values: { city: 'Rabat' } });
    setConversation(store, 'c');
    setValue(store, 'name', 'Amina');
    act(() =>
      applyTemplateSettings(store, ['name', 'order', 'city'], { defaults: { name: 'Client', order: 'n/a' } }),
    );
    expect(store.getState().values).toMatchObject({ name: 'Amina', order: 'n/a', city: 'Rabat' });
    expect(store.getState().defaults).toEqual({ name: 'Client', order: 'n/a' });
  });
});
