import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyDrafts } from '../../domain/message/draft.ts';
import { TEXT_BODY_MAX_CHARS } from '../../domain/message/limits.ts';
import { renderComposer } from './test-utils.tsx';
import { wrapSelection } from './text-editor.tsx';

function counterOf(field: HTMLElement): HTMLElement {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  const counter = ids.map((id) => document.getElementById(id)).find((el) => el?.id.endsWith('-counter'));
  if (!counter) throw new Error('field has no counter');
  return counter;
}

describe('the composer form', () => {
  it('holds the message fields and never submits: Enter in a field sends nothing and keeps the page', async () => {
    const { user, message } = renderComposer();
    const body = screen.getByRole('textbox', { name: 'Message' });
    const form = body.closest('form');
    expect(form).not.toBeNull();
    expect(form).toHaveAttribute('autocomplete', 'off');
    await user.type(body, 'Bonjour');
    // fireEvent returns false when a listener prevented the default (a real submit would reload the page).
    expect(fireEvent.submit(form as HTMLFormElement)).toBe(false);
    expect(message()?.draft).toEqual({ kind: 'text', body: 'Bonjour' });
  });
});

describe('text editor', () => {
  it('counts by code points, warns from 90 %, and accepts exactly 4,096 characters', () => {
    const { message } = renderComposer();
    const body = screen.getByRole('textbox', { name: 'Message' });
    fireEvent.change(body, { target: { value: '👍'.repeat(TEXT_BODY_MAX_CHARS) } });
    expect(counterOf(body)).toHaveTextContent('4,096/4,096');
    expect(counterOf(body)).toHaveAttribute('data-state', 'warning');
    expect(body).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText(/UTF-16 units/)).toBeInTheDocument();
    expect(screen.getByText('Message ready to send.')).toBeInTheDocument();
    expect(message()?.draft).toEqual({ kind: 'text', body: '👍'.repeat(TEXT_BODY_MAX_CHARS) });
  });

  it('keeps over-limit text, flags it, and trims only when asked', async () => {
    const { user, message } = renderComposer();
    const body = screen.getByRole('textbox', { name: 'Message' });
    const typed = 'a'.repeat(TEXT_BODY_MAX_CHARS) + 'bc';
    fireEvent.change(body, { target: { value: typed } });
    expect(body).toHaveValue(typed);
    expect(body).toHaveAttribute('aria-invalid', 'true');
    expect(counterOf(body)).toHaveTextContent('4,098/4,096');
    expect(counterOf(body)).toHaveAttribute('data-state', 'error');
    const summary = screen.getByRole('heading', { name: '1 thing to fix before sending' });
    expect(summary).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Message — 4,098\/4,096 characters: remove 2\./ }),
    ).toBeInTheDocument();
    expect(message()?.draft).toEqual({ kind: 'text', body: typed });

    await user.click(screen.getByRole('button', { name: 'Trim to 4,096 characters' }));
    expect(body).toHaveValue('a'.repeat(TEXT_BODY_MAX_CHARS));
    expect(body).not.toHaveAttribute('aria-invalid');
  });

  it('flags "required" only once the field has been left', async () => {
    const { user } = renderComposer();
    const body = screen.getByRole('textbox', { name: 'Message' });
    expect(body).not.toHaveAttribute('aria-invalid');
    await user.click(body);
    await user.tab();
    expect(body).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByText('Required.').length).toBeGreaterThan(0);
  });

  it('wraps the selection in WhatsApp markers from the toolbar and with Ctrl+B / Ctrl+I', async () => {
    const { user } = renderComposer();
    const body = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Message' });
    await user.type(body, 'Bonjour Adil');
    body.setSelectionRange(8, 12);
    await user.click(screen.getByRole('button', { name: 'Bold' }));
    expect(body).toHaveValue('Bonjour *Adil*');
    body.setSelectionRange(0, 7);
    await user.keyboard('{Control>}i{/Control}');
    expect(body).toHaveValue('_Bonjour_ *Adil*');
    expect(wrapSelection('ab', 1, 1, '~')).toEqual({ value: 'a~~b', start: 2, end: 2 });
  });

  it('focuses the field from the error summary', async () => {
    const { user } = renderComposer();
    const body = screen.getByRole('textbox', { name: 'Message' });
    // Untouched and empty: a hint, no alarm.
    expect(screen.queryByRole('button', { name: /^Message — Required/ })).toBeNull();
    expect(screen.getByText('Write your message: anything to fix will show here.')).toBeInTheDocument();
    await user.click(body);
    await user.tab();
    await user.click(screen.getByRole('button', { name: /^Message — Required/ }));
    expect(body).toHaveFocus();
  });
});

describe('kind switching', () => {
  it('keeps what was typed in each kind', async () => {
    const { user, message } = renderComposer();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Salut');
    await user.click(screen.getByRole('radio', { name: 'Reply buttons' }));
    await user.type(screen.getByRole('textbox', { name: 'Body' }), 'Confirmez ?');
    expect(message()?.kind).toBe('button');
    await user.click(screen.getByRole('radio', { name: 'Text' }));
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('Salut');
    await user.click(screen.getByRole('radio', { name: 'Reply buttons' }));
    expect(screen.getByRole('textbox', { name: 'Body' })).toHaveValue('Confirmez ?');
  });

  it('has "Send to third party" on by default', () => {
    renderComposer();
    expect(screen.getByRole('checkbox', { name: 'Send to third party' })).toBeChecked();
  });
});

describe('reply buttons editor', () => {
  it('derives ids from titles until the id is edited', async () => {
    const { user } = renderComposer({ kind: 'button' });
    const button1 = screen.getByRole('group', { name: 'Button 1' });
    const title = within(button1).getByRole('textbox', { name: 'Title' });
    const id = within(button1).getByRole('textbox', { name: 'ID' });
    await user.type(title, 'Oui');
    expect(id).toHaveValue('btn_oui');
    await user.clear(id);
    await user.type(id, 'yes');
    await user.type(title, ' !');
    expect(id).toHaveValue('yes');
  });

  it('disables "Add button" at 3 and says why; counts buttons', async () => {
    const { user } = renderComposer({ kind: 'button' });
    const add = screen.getByRole('button', { name: 'Add button' });
    expect(screen.getByText('1/3 buttons')).toBeInTheDocument();
    await user.click(add);
    await user.click(add);
    expect(add).toBeDisabled();
    expect(screen.getByText('3/3 buttons')).toBeInTheDocument();
    expect(add).toHaveAccessibleDescription(/WhatsApp takes 3 buttons at most/);
    expect(screen.getAllByRole('group', { name: /^Button \d$/ })).toHaveLength(3);
  });

  it('moves and removes buttons with named controls', async () => {
    const drafts = emptyDrafts();
    drafts.button = {
      kind: 'button',
      header: '',
      body: 'B',
      buttons: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
    };
    const { user, message } = renderComposer({ kind: 'button', drafts });
    screen.getByRole('button', { name: 'Move Button 2 up' }).focus();
    await user.keyboard('{Enter}');
    expect(message()?.draft).toMatchObject({ buttons: [{ id: 'b' }, { id: 'a' }] });
    // The moved item's button stays focused (now inert), so the keyboard user keeps their place.
    const moveUp = screen.getByRole('button', { name: 'Move Button 1 up' });
    expect(moveUp).toHaveAttribute('aria-disabled', 'true');
    expect(moveUp).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(message()?.draft).toMatchObject({ buttons: [{ id: 'b' }, { id: 'a' }] });
    await user.click(screen.getByRole('button', { name: 'Remove Button 1' }));
    expect(message()?.draft).toMatchObject({ buttons: [{ id: 'a' }] });
    expect(screen.getByRole('button', { name: 'Remove Button 1' })).toBeDisabled();
    // Focus went to the item that took the removed one's place.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Button 1' })).toHaveFocus());
  });

  it('flags a 21-character title and duplicate titles on both buttons', () => {
    const drafts = emptyDrafts();
    drafts.button = {
      kind: 'button',
      header: '',
      body: 'B',
      buttons: [
        { id: 'a', title: 'Même' },
        { id: 'b', title: 'Même' },
        { id: 'c', title: 'x'.repeat(21) },
      ],
    };
    renderComposer({ kind: 'button', drafts });
    const [first, second, third] = screen.getAllByRole('textbox', { name: 'Title' });
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(second).toHaveAttribute('aria-invalid', 'true');
    expect(first).toHaveAccessibleDescription(/“Même” is used more than once/);
    expect(third).toHaveAccessibleDescription(/21\/20 characters: remove 1 character/);
  });

  it('accepts a 20-character title', () => {
    const drafts = emptyDrafts();
    drafts.button = { kind: 'button', header: '', body: 'B', buttons: [{ id: 'a', title: 'x'.repeat(20) }] };
    renderComposer({ kind: 'button', drafts });
    expect(screen.getByRole('textbox', { name: 'Title' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText('Message ready to send.')).toBeInTheDocument();
  });
});

describe('list editor', () => {
  const fullList = () => {
    const drafts = emptyDrafts();
    drafts.list = {
      kind: 'list',
      header: '',
      body: 'Choisissez',
      button: 'Voir',
      sections: [
        {
          title: 'A',
          rows: Array.from({ length: 6 }, (_, i) => ({ id: `a${i}`, title: `A${i}`, description: '' })),
        },
        {
          title: 'B',
          rows: Array.from({ length: 4 }, (_, i) => ({ id: `b${i}`, title: `B${i}`, description: '' })),
        },
      ],
    };
    return drafts;
  };

  it('disables "Add row" and "Add section" at 10 rows in total and says why', () => {
    renderComposer({ kind: 'list', drafts: fullList() });
    expect(screen.getByText('10/10 rows')).toBeInTheDocument();
    for (const add of screen.getAllByRole('button', { name: 'Add row' })) {
      expect(add).toBeDisabled();
      expect(add).toHaveAccessibleDescription(/A list holds 10 rows at most/);
    }
    expect(screen.getByRole('button', { name: 'Add section' })).toHaveAccessibleDescription(/needs a row/);
  });

  it('flags duplicate row ids on both rows, across sections', async () => {
    const drafts = fullList();
    drafts.list.sections[1]!.rows[0]!.id = 'a0';
    renderComposer({ kind: 'list', drafts });
    const first = within(screen.getByRole('group', { name: 'Section 1, row 1' })).getByRole('textbox', {
      name: 'ID',
    });
    const other = within(screen.getByRole('group', { name: 'Section 2, row 1' })).getByRole('textbox', {
      name: 'ID',
    });
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(other).toHaveAttribute('aria-invalid', 'true');
    // Fixing one end clears both.
    fireEvent.change(other, { target: { value: 'b0-new' } });
    await act(async () => {});
    expect(first).not.toHaveAttribute('aria-invalid');
    expect(other).not.toHaveAttribute('aria-invalid');
  });

  it('adds sections and rows, deriving row ids from titles', async () => {
    const { user, message } = renderComposer({ kind: 'list' });
    await user.type(screen.getByRole('textbox', { name: 'Section title' }), 'Support');
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Problèmes API');
    expect(screen.getByRole('textbox', { name: 'ID' })).toHaveValue('row_problemes_api');
    await user.click(screen.getByRole('button', { name: 'Add section' }));
    expect(screen.getAllByRole('textbox', { name: 'Section title' })[1]).toHaveFocus();
    expect(message()?.draft).toMatchObject({
      sections: [{ title: 'Support' }, { title: '', rows: [{ id: '' }] }],
    });
    expect(screen.getByText('2/10 rows')).toBeInTheDocument();
  });
});

describe('location editor', () => {
  it('flags a non-numeric and an out-of-range coordinate', async () => {
    const drafts = emptyDrafts();
    drafts.location = { kind: 'location', latitude: '95', longitude: 'abc', name: '', address: '' };
    renderComposer({ kind: 'location', drafts });
    // The Location editor's code loads lazily.
    expect(await screen.findByRole('textbox', { name: 'Latitude' })).toHaveAccessibleDescription(
      /Must be between -90 and 90/,
    );
    expect(screen.getByRole('textbox', { name: 'Longitude' })).toHaveAccessibleDescription(/Not a number/);
  });
});

describe('server field errors', () => {
  it('shows them on the fields until the draft changes', async () => {
    const drafts = emptyDrafts();
    drafts.button = { kind: 'button', header: '', body: 'B', buttons: [{ id: 'a', title: 'Oui' }] };
    const { api } = renderComposer({ kind: 'button', drafts });
    const title = screen.getByRole('textbox', { name: 'Title' });
    act(() =>
      api()?.showServerErrors([{ path: 'body.action.buttons[0].reply.title', message: 'Title is taken' }]),
    );
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/Refused by the server: Title is taken/);
    fireEvent.change(title, { target: { value: 'Oui !' } });
    await act(async () => {});
    expect(title).not.toHaveAttribute('aria-invalid');
  });
});

describe('loading over typed text', () => {
  it('offers an Undo that brings the typed text back', async () => {
    const { user, message, api } = renderComposer({});
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Mon brouillon');
    act(() => api()?.load({ draft: { kind: 'text', body: 'Importé' } }));
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('Importé');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('Mon brouillon');
    expect(message()?.draft).toEqual({ kind: 'text', body: 'Mon brouillon' });
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('offers nothing when the replaced draft was empty', () => {
    const { api } = renderComposer({});
    act(() => api()?.load({ draft: { kind: 'text', body: 'Importé' } }));
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });
});

describe('error summary', () => {
  it('lists problems in the order the fields appear', () => {
    const drafts = emptyDrafts();
    drafts.location = { kind: 'location', latitude: '', longitude: 'abc', name: '', address: '' };
    renderComposer({ kind: 'location', drafts });
    const entries = within(screen.getByRole('heading', { name: /to fix before sending/ }).parentElement!)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(entries).toEqual(['Latitude — Required.', 'Longitude — Not a number (example: 33.5731).']);
  });
});

describe('every limited field, at and over its limit', () => {
  const list = () => {
    const drafts = emptyDrafts();
    drafts.list = {
      kind: 'list',
      header: 'H',
      body: 'B',
      button: 'Voir',
      sections: [{ title: 'S', rows: [{ id: 'r1', title: 'R', description: 'D' }] }],
    };
    return drafts;
  };
  const buttons = () => {
    const drafts = emptyDrafts();
    drafts.button = { kind: 'button', header: 'H', body: 'B', buttons: [{ id: 'a', title: 'A' }] };
    return drafts;
  };
  const cases = [
    ['location_request', 'Message', 1024, emptyDrafts],
    ['button', 'Header (optional)', 60, buttons],
    ['button', 'Body', 1024, buttons],
    ['button', 'Title', 20, buttons],
    ['button', 'ID', 256, buttons],
    ['list', 'Header (optional)', 60, list],
    ['list', 'Body', 1024, list],
    ['list', 'List button label', 20, list],
    ['list', 'Section title', 24, list],
    ['list', 'Title', 24, list],
    ['list', 'ID', 200, list],
    ['list', 'Description (optional)', 72, list],
  ] as const;

  it.each(cases)(
    '%s · %s: %i passes, one more is flagged and trimmable',
    async (kind, label, limit, drafts) => {
      const { user, message } = renderComposer({ kind, drafts: drafts() });
      const field = screen.getByRole('textbox', { name: label });
      fireEvent.change(field, { target: { value: 'é'.repeat(limit) } });
      await act(async () => {});
      expect(field).not.toHaveAttribute('aria-invalid');
      expect(counterOf(field)).toHaveTextContent(
        `${limit.toLocaleString('en')}/${limit.toLocaleString('en')}`,
      );
      fireEvent.change(field, { target: { value: 'é'.repeat(limit + 1) } });
      await act(async () => {});
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveValue('é'.repeat(limit + 1));
      expect(JSON.stringify(message()?.draft)).toContain('é'.repeat(limit + 1));
      await user.click(
        screen.getByRole('button', { name: `Trim to ${limit.toLocaleString('en')} characters` }),
      );
      expect(field).toHaveValue('é'.repeat(limit));
      expect(field).not.toHaveAttribute('aria-invalid');
    },
  );
});

describe('footer (imported; WhatsApp has it, Digishare does not document it)', () => {
  const payload = {
    type: 'interactive',
    body: {
      type: 'button',
      body: { text: 'Confirmez-vous ?' },
      footer: { text: 'Réponse sous 24 h' },
      action: { buttons: [{ type: 'reply', reply: { id: 'oui', title: 'Oui' } }] },
    },
  };

  it('comes in by import, shown with its warning, editable, and removable', async () => {
    const { user, message } = renderComposer({});
    // No footer field on a message that has none: the editor offers none of its own.
    await user.click(screen.getByRole('radio', { name: 'Reply buttons' }));
    expect(screen.queryByRole('textbox', { name: /Footer/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Import JSON' }));
    const dialog = await screen.findByRole('dialog');
    const json = within(dialog).getByRole('textbox', { name: 'Message JSON' });
    fireEvent.change(json, { target: { value: JSON.stringify(payload) } });
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    const footer = await screen.findByRole('textbox', { name: /Footer/ });
    expect(footer).toHaveValue('Réponse sous 24 h');
    expect(footer).toHaveAccessibleDescription(/Digishare’s documentation does not list “footer”/);
    expect(message()?.draft).toMatchObject({ kind: 'button', footer: 'Réponse sous 24 h' });
    await user.clear(footer);
    await user.type(footer, 'x'.repeat(61));
    expect(footer).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Remove footer' }));
    expect(screen.queryByRole('textbox', { name: /Footer/ })).toBeNull();
    // Gone from what Send posts and what the preview shows, not just emptied.
    await waitFor(() => expect(message()?.draft).toMatchObject({ kind: 'button', footer: undefined }));
    expect(JSON.stringify(message()?.draft)).not.toContain('footer');
  });

  it('a typo of it is refused as an unknown key, nothing loaded', async () => {
    const { user, message } = renderComposer({});
    await user.click(screen.getByRole('button', { name: 'Import JSON' }));
    const dialog = await screen.findByRole('dialog');
    const typo = { ...payload, body: { ...payload.body, footer: undefined, fotter: { text: 'x' } } };
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Message JSON' }), {
      target: { value: JSON.stringify(typo) },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('body.fotter');
    expect(message()?.draft).toMatchObject({ kind: 'text' });
  });
});
