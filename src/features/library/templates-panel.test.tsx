import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNDO_TIMEOUT_MS } from '../../components/ui/undo-toast.tsx';
import { emptyDrafts } from '../../domain/message/draft.ts';
import examples from '../../domain/message/fixtures/spec-examples.json' with { type: 'json' };
import { createLibraryStorage } from '../../lib/storage.ts';
import { MemoryStorage } from '../../lib/test-storage.ts';
import { TemplatesPanel, type TemplatesPanelHandle } from './templates-panel.tsx';
import { createTemplatesStore, TEMPLATES_FILE_FORMAT } from './templates.ts';
import { fakeComposer, renderInEnglish } from './test-utils.tsx';

function setup(text = 'Bonjour Adil ! Votre commande est prête.') {
  const store = createTemplatesStore(createLibraryStorage(() => new MemoryStorage()));
  const composer = fakeComposer({ drafts: { ...emptyDrafts(), text: { kind: 'text', body: text } } });
  const onLoad = vi.fn((snapshot) => composer.set(snapshot));
  const ref = createRef<TemplatesPanelHandle>();
  const view = renderInEnglish(
    <TemplatesPanel ref={ref} store={store} getSnapshot={composer.getSnapshot} onLoad={onLoad} />,
  );
  return { ...view, store, composer, onLoad, ref };
}

async function saveAs(user: ReturnType<typeof setup>['user'], name: string) {
  await user.click(screen.getByRole('button', { name: 'Save as template…' }));
  const dialog = screen.getByRole('dialog', { name: 'Save the message as a template' });
  const field = within(dialog).getByRole('textbox', { name: 'Template name' });
  await user.clear(field);
  await user.type(field, name);
  await user.click(within(dialog).getByRole('button', { name: /^(Save|Replace)$/ }));
}

function file(content: unknown, name = 'templates.json') {
  return new File([typeof content === 'string' ? content : JSON.stringify(content)], name, {
    type: 'application/json',
  });
}

describe('TemplatesPanel', () => {
  let downloads: Blob[];
  beforeEach(() => {
    downloads = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      downloads.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves the current message under a suggested name, then lists it', async () => {
    const { user, store } = setup();
    await user.click(screen.getByRole('button', { name: 'Save as template…' }));
    const field = screen.getByRole('textbox', { name: 'Template name' });
    expect(field).toHaveValue('Bonjour Adil ! Votre commande est prête.');
    await user.clear(field);
    await user.type(field, 'Commande{Enter}');
    expect(store.get()).toEqual([
      expect.objectContaining({
        name: 'Commande',
        sendToThird: true,
        draft: { kind: 'text', body: 'Bonjour Adil ! Votre commande est prête.' },
      }),
    ]);
    expect(screen.getByRole('listitem', { name: 'Commande' })).toHaveTextContent('Text · Bonjour Adil');
    expect(screen.getByRole('status')).toHaveTextContent('Template “Commande” saved.');
  });

  it('keeps a copy: typing after saving does not change the template', async () => {
    const { user, store, composer } = setup();
    await saveAs(user, 'Copie');
    composer.state.drafts.text.body = 'changed in place, as the form does';
    expect(store.get()[0]?.draft).toEqual({ kind: 'text', body: 'Bonjour Adil ! Votre commande est prête.' });
  });

  it('replaces a template of the same name, undoably', async () => {
    const { user, store, composer } = setup();
    await saveAs(user, 'Accueil');
    composer.set({
      ...composer.state,
      drafts: { ...composer.state.drafts, text: { kind: 'text', body: 'v2' } },
    });
    await user.click(screen.getByRole('button', { name: 'Save as template…' }));
    const field = screen.getByRole('textbox', { name: 'Template name' });
    await user.clear(field);
    await user.type(field, 'Accueil');
    expect(screen.getByText(/already exists/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    expect(store.get()).toHaveLength(1);
    expect(store.get()[0]?.draft).toEqual({ kind: 'text', body: 'v2' });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.get()[0]?.draft).toEqual({ kind: 'text', body: 'Bonjour Adil ! Votre commande est prête.' });
  });

  it('loads a template into its kind, and undo brings the previous message back', async () => {
    const { user, store, composer, onLoad } = setup();
    await saveAs(user, 'Texte');
    composer.set({ ...composer.state, kind: 'list', sendToThird: false });
    store.set([
      ...store.get(),
      {
        ...store.get()[0]!,
        id: 'buttons',
        name: 'Boutons',
        draft: { kind: 'button', header: '', body: 'Oui ?', buttons: [{ id: 'y', title: 'Oui' }] },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Load “Boutons”' }));
    expect(onLoad).toHaveBeenLastCalledWith(
      expect.objectContaining({
        kind: 'button',
        sendToThird: true,
        drafts: expect.objectContaining({
          button: { kind: 'button', header: '', body: 'Oui ?', buttons: [{ id: 'y', title: 'Oui' }] },
          text: { kind: 'text', body: 'Bonjour Adil ! Votre commande est prête.' },
        }),
      }),
      // A template with no placeholders brings no defaults or samples.
      {},
    );
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(composer.state.kind).toBe('list');
    expect(composer.state.sendToThird).toBe(false);
  });

  it('renames (Escape cancels), duplicates and deletes with undo', async () => {
    const { user, store } = setup();
    await saveAs(user, 'Promo');
    await user.click(screen.getByRole('button', { name: 'Rename “Promo”' }));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('listitem', { name: 'Promo' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rename “Promo”' }));
    const field = screen.getByRole('textbox', { name: 'New name for “Promo”' });
    await user.clear(field);
    await user.type(field, 'Promo été{Enter}');
    expect(store.get().map((t) => t.name)).toEqual(['Promo été']);

    await user.click(screen.getByRole('button', { name: 'Duplicate “Promo été”' }));
    await user.click(screen.getByRole('button', { name: 'Duplicate “Promo été”' }));
    expect(store.get().map((t) => t.name)).toEqual(['Promo été', 'Promo été (copy 2)', 'Promo été (copy)']);

    await user.click(screen.getByRole('button', { name: 'Delete “Promo été (copy)”' }));
    expect(store.get().map((t) => t.name)).toEqual(['Promo été', 'Promo été (copy 2)']);
    expect(screen.getByRole('status')).toHaveTextContent('Template “Promo été (copy)” deleted.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.get().map((t) => t.name)).toEqual(['Promo été', 'Promo été (copy 2)', 'Promo été (copy)']);
  });

  it('offers undo for a few seconds only', () => {
    vi.useFakeTimers();
    const { store } = setup();
    act(() => {
      store.set([
        {
          id: 'a',
          name: 'Bref',
          draft: { kind: 'text', body: 'Hi' },
          sendToThird: true,
          createdAt: '',
          updatedAt: '',
        },
      ]);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Bref”' }));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(UNDO_TIMEOUT_MS - 100));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(100));
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('searches by name and by text', async () => {
    const { user, store } = setup();
    await saveAs(user, 'Commande');
    store.set([
      ...store.get(),
      {
        ...store.get()[0]!,
        id: 'b',
        name: 'Relance',
        draft: { kind: 'text', body: 'Avez-vous reçu le colis ?' },
      },
    ]);
    const search = screen.getByRole('searchbox', { name: 'Search templates' });
    await user.type(search, 'colis');
    expect(
      screen.getAllByRole('listitem').map((li) => li.getAttribute('aria-labelledby') && li.textContent),
    ).toEqual([expect.stringContaining('Relance')]);
    await user.clear(search);
    await user.type(search, 'zzz');
    expect(screen.getByText('No template matches “zzz”.')).toBeInTheDocument();
  });

  it('focuses the search and opens the save dialog through its handle', async () => {
    const { ref } = setup();
    act(() => ref.current?.focusSearch());
    expect(screen.getByRole('searchbox', { name: 'Search templates' })).toHaveFocus();
    act(() => ref.current?.openSave());
    expect(screen.getByRole('dialog', { name: 'Save the message as a template' })).toBeInTheDocument();
  });

  it('exports every template as a versioned JSON file of payloads', async () => {
    const { user } = setup();
    await saveAs(user, 'Commande');
    await user.click(screen.getByRole('button', { name: 'Export all templates (JSON)' }));
    expect(downloads).toHaveLength(1);
    expect(JSON.parse(await downloads[0]!.text())).toEqual({
      format: TEMPLATES_FILE_FORMAT,
      version: 1,
      templates: [
        {
          name: 'Commande',
          message: { type: 'text', body: 'Bonjour Adil ! Votre commande est prête.', send_to_third: true },
        },
      ],
    });
  });

  it('imports the good entries of a file and lists the bad ones', async () => {
    const { user, store, container } = setup();
    const bad = structuredClone(examples['interactive-button']);
    bad.body.action.buttons[1]!.reply.title = 'x'.repeat(23);
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(
      input,
      file({
        format: TEMPLATES_FILE_FORMAT,
        version: 1,
        templates: [
          { name: 'Texte', message: examples.text },
          { name: 'Trop long', message: bad },
          { name: 'Liste', message: examples['interactive-list'] },
        ],
      }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('2 templates imported.');
    expect(alert).toHaveTextContent('1 entry rejected:');
    expect(alert).toHaveTextContent('Entry 2 (“Trop long”)');
    expect(alert).toHaveTextContent('message.body.action.buttons[1].reply.title: 23/20');
    expect(store.get().map((t) => t.name)).toEqual(['Texte', 'Liste']);
  });

  it('says why a file that is not a templates export is refused', async () => {
    const { user, container, store } = setup();
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, file(examples.text));
    expect(await screen.findByRole('alert')).toHaveTextContent('not a Digishare Composer templates export');
    await user.upload(input, file('{ "format": '));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Invalid JSON at line 1'));
    expect(store.get()).toEqual([]);
  });
});
