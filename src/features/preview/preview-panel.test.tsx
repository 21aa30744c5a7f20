import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fromPayload } from '../../domain/message/codec.ts';
import type { Draft, ListDraft } from '../../domain/message/draft.ts';
import specExamples from '../../domain/message/fixtures/spec-examples.json';
import { buttonReplyEvent, listReplyEvent, locationReplyEvent } from '../../domain/message/webhook.ts';
import { I18nProvider, type Locale } from '../../i18n/i18n.tsx';
import { PreviewPanel } from './preview-panel.tsx';
import type { ThreadEntry } from './preview-types.ts';
import { PHONE_THEME_STORAGE_KEY } from './use-phone-theme.ts';

type Example = keyof typeof specExamples;

function example(name: Example): Draft {
  const result = fromPayload(specExamples[name]);
  if (!result.ok) throw new Error(`spec example ${name} does not decode`);
  return result.draft;
}

const NOW = new Date(2025, 5, 12, 14, 5);
const now = () => NOW;

function renderPanel(
  props: Partial<Parameters<typeof PreviewPanel>[0]> & { draft: Draft },
  locale: Locale = 'en',
) {
  const ui = (next: typeof props) => (
    <I18nProvider initialLocale={locale}>
      <PreviewPanel now={now} conversationId="conv_42" {...next} />
    </I18nProvider>
  );
  const result = render(ui(props));
  return { ...result, rerenderPanel: (next: typeof props) => result.rerender(ui(next)) };
}

const phone = () => screen.getByRole('region', { name: 'Phone preview' });
/** The panel's code loads lazily, so its first appearance is awaited. */
const webhookJson = async () =>
  JSON.parse(
    within(await screen.findByRole('region', { name: 'Webhook payload' })).getByText(/"event"/).textContent ??
      '',
  ) as {
    data: { id: string };
  };

beforeEach(() => {
  localStorage.clear();
});

describe('PreviewPanel: the spec examples', () => {
  it('text', () => {
    renderPanel({ draft: example('text') });
    expect(within(phone()).getByText('Bonjour Adil ! Votre commande est prête.')).toBeInTheDocument();
    expect(within(phone()).getByText('2:05 PM', { selector: 'time' })).toBeInTheDocument();
  });

  it('location, with a placeholder when no map is given', () => {
    renderPanel({ draft: example('location') });
    expect(within(phone()).getByText('Digishare HQ')).toBeInTheDocument();
    expect(within(phone()).getByText('Casablanca, Maroc')).toBeInTheDocument();
    expect(within(phone()).getByRole('img', { name: 'Map: 33.5731, -7.5898' })).toBeInTheDocument();
  });

  it('location, with the map drawn by renderMap at the parsed point', () => {
    const renderMap = vi.fn(() => <div data-testid="map" />);
    renderPanel({ draft: example('location'), renderMap });
    expect(within(phone()).getByTestId('map')).toBeInTheDocument();
    expect(renderMap).toHaveBeenCalledWith({ latitude: 33.5731, longitude: -7.5898 });
  });

  it('location with invalid coordinates: placeholder, renderMap not called', () => {
    const renderMap = vi.fn(() => <div data-testid="map" />);
    const draft: Draft = { kind: 'location', latitude: '33.5', longitude: '200', name: 'Ici', address: '' };
    renderPanel({ draft, renderMap });
    expect(renderMap).not.toHaveBeenCalled();
    expect(within(phone()).getByRole('img', { name: 'Missing or invalid coordinates' })).toBeInTheDocument();
    expect(within(phone()).getByText('Ici')).toBeInTheDocument();
  });

  it('reply buttons', () => {
    renderPanel({ draft: example('interactive-button') });
    const view = within(phone());
    expect(view.getByText('Confirmation')).toBeInTheDocument();
    expect(view.getByText('Confirmez-vous la réception ?')).toBeInTheDocument();
    expect(view.getByRole('button', { name: 'Oui' })).toBeInTheDocument();
    expect(view.getByRole('button', { name: 'Non' })).toBeInTheDocument();
  });

  it('a footer, on buttons and lists, as small grey text under the body with the time beside it', () => {
    for (const name of ['interactive-button', 'interactive-list'] as const) {
      const draft = { ...example(name), footer: 'Réponse sous 24 h' } as Draft;
      const { unmount } = renderPanel({ draft });
      const footer = within(phone()).getByText('Réponse sous 24 h');
      expect(footer.tagName).toBe('P');
      expect(footer).toHaveClass('text-[13px]', 'text-wa-meta');
      // The bubble's time moves from the body to the footer's last line.
      expect(footer.querySelector('time')).not.toBeNull();
      expect(phone().querySelectorAll('time')).toHaveLength(1);
      unmount();
    }
    renderPanel({ draft: { ...example('interactive-button'), footer: '' } as Draft });
    expect(within(phone()).queryByText('Réponse sous 24 h')).toBeNull();
  });

  it('list', () => {
    renderPanel({ draft: example('interactive-list') });
    const view = within(phone());
    expect(view.getByText('Menu Support')).toBeInTheDocument();
    expect(view.getByText('Choisissez une catégorie ci-dessous :')).toBeInTheDocument();
    expect(view.getByRole('button', { name: 'Sélectionner Option' })).toHaveAttribute(
      'aria-haspopup',
      'dialog',
    );
  });

  it('location request', () => {
    renderPanel({ draft: example('interactive-location-request') });
    expect(within(phone()).getByText('Veuillez partager votre localisation actuelle.')).toBeInTheDocument();
    expect(within(phone()).getByRole('button', { name: 'Send location' })).toBeInTheDocument();
  });

  it('speaks French', () => {
    renderPanel({ draft: example('interactive-location-request') }, 'fr');
    expect(screen.getByRole('region', { name: 'Aperçu du téléphone' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Envoyer la localisation' })).toBeInTheDocument();
    expect(screen.getByText('en ligne')).toBeInTheDocument();
    expect(screen.getByText('14:05', { selector: 'time' })).toBeInTheDocument();
  });
});

describe('PreviewPanel: the phone', () => {
  it('shows the business name, its initial and "online"', () => {
    renderPanel({ draft: example('text'), businessName: 'épicerie Adil' });
    expect(within(phone()).getByText('épicerie Adil')).toBeInTheDocument();
    expect(within(phone()).getByText('É')).toBeInTheDocument();
    expect(within(phone()).getByText('online')).toBeInTheDocument();
  });

  it('hints at the message only when nothing is typed', () => {
    const { rerenderPanel } = renderPanel({ draft: { kind: 'text', body: '' } });
    expect(within(phone()).getByText('Your message appears here')).toBeInTheDocument();
    rerenderPanel({ draft: { kind: 'button', header: '', body: '', buttons: [{ id: 'b', title: 'Oui' }] } });
    expect(within(phone()).queryByText('Your message appears here')).toBeNull();
    expect(within(phone()).getByRole('button', { name: 'Oui' })).toBeInTheDocument();
  });

  it('gives every text block dir="auto"', () => {
    renderPanel({
      draft: {
        kind: 'button',
        header: 'تأكيد',
        body: 'مرحبا\nBonjour',
        buttons: [{ id: 'b', title: 'نعم' }],
      },
    });
    for (const text of ['تأكيد', 'مرحبا', 'Bonjour', 'نعم']) {
      // The nearest element with a direction must be the text's own block, not the phone's fixed ltr frame.
      expect(within(phone()).getByText(text).closest('[dir]')).toHaveAttribute('dir', 'auto');
    }
  });

  it('shows the thread above the draft, each message with its time', () => {
    const thread: ThreadEntry[] = [
      { id: 'm1', draft: { kind: 'text', body: 'Premier message' }, sentAt: new Date(2025, 5, 12, 9, 12) },
      { id: 'm2', draft: example('location'), sentAt: new Date(2025, 5, 12, 9, 13) },
    ];
    renderPanel({ draft: { kind: 'text', body: 'Brouillon' }, thread });
    const first = within(phone()).getByText('Premier message');
    const draft = within(phone()).getByText('Brouillon');
    expect(first.compareDocumentPosition(draft) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(phone()).getByText('9:12 AM')).toBeInTheDocument();
    expect(within(phone()).getByText('9:13 AM')).toBeInTheDocument();
  });

  it('switches to the dark theme and remembers it', async () => {
    const user = userEvent.setup();
    const { unmount } = renderPanel({ draft: example('text') });
    const toggle = screen.getByRole('switch', { name: 'Dark theme' });
    expect(toggle).not.toBeChecked();
    expect(phone()).not.toHaveClass('dark');
    await user.click(toggle);
    expect(phone()).toHaveClass('dark');
    expect(localStorage.getItem(PHONE_THEME_STORAGE_KEY)).toBe('dark');
    unmount();
    renderPanel({ draft: example('text') });
    expect(screen.getByRole('switch', { name: 'Dark theme' })).toBeChecked();
    expect(phone()).toHaveClass('dark');
  });

  it('renders a 4,096-character text', () => {
    const body = ('*gras* _italique_ https://digishare.ma ' + 'mot '.repeat(20) + '\n')
      .repeat(40)
      .slice(0, 4096);
    renderPanel({ draft: { kind: 'text', body } });
    expect(within(phone()).getByRole('button', { name: 'Read more' })).toBeInTheDocument();
  });
});

describe('PreviewPanel: tap simulation', () => {
  it('a reply button sends a button_reply', async () => {
    const user = userEvent.setup();
    renderPanel({ draft: example('interactive-button') });
    expect(screen.queryByRole('region', { name: 'Webhook payload' })).toBeNull();
    await user.click(within(phone()).getByRole('button', { name: 'Oui' }));

    // The customer's bubble: the title, under a quote of the message it answers.
    expect(within(phone()).getAllByText('Oui')).toHaveLength(2);
    expect(within(phone()).getByRole('img', { name: 'Read' })).toBeInTheDocument();
    const payload = await webhookJson();
    expect(payload.data.id).toMatch(/^wamid\.[A-Z0-9]{10,}$/);
    expect(payload).toEqual(
      buttonReplyEvent(
        { messageId: payload.data.id, conversationId: 'conv_42' },
        { id: 'btn_yes', title: 'Oui' },
      ),
    );
  });

  it('taps accumulate, the payload shows the latest, reset clears', async () => {
    const user = userEvent.setup();
    renderPanel({ draft: example('interactive-button') });
    await user.click(within(phone()).getByRole('button', { name: 'Oui' }));
    const firstId = (await webhookJson()).data.id;
    await user.click(within(phone()).getByRole('button', { name: 'Non' }));
    expect(within(phone()).getAllByRole('img', { name: 'Read' })).toHaveLength(2);
    const latest = await webhookJson();
    expect(latest.data.id).not.toBe(firstId);
    expect(latest).toEqual(
      buttonReplyEvent(
        { messageId: latest.data.id, conversationId: 'conv_42' },
        { id: 'btn_no', title: 'Non' },
      ),
    );
    expect(screen.getByText('2 simulated replies')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Webhook payload' })).getByRole('button', {
        name: 'Copy payload',
      }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset simulation' }));
    expect(screen.queryByRole('region', { name: 'Webhook payload' })).toBeNull();
    expect(within(phone()).queryByRole('img', { name: 'Read' })).toBeNull();
    expect(within(phone()).getAllByText('Oui')).toHaveLength(1);
  });

  it('uses CONVERSATION_ID when no conversation is given', async () => {
    const user = userEvent.setup();
    renderPanel({ draft: example('interactive-button'), conversationId: '' });
    await user.click(within(phone()).getByRole('button', { name: 'Non' }));
    expect(await webhookJson()).toMatchObject({ data: { data: { conversation_id: 'CONVERSATION_ID' } } });
  });

  it('the list opens a sheet; choosing a row and sending gives a list_reply', async () => {
    const user = userEvent.setup();
    renderPanel({ draft: example('interactive-list') });
    const opener = within(phone()).getByRole('button', { name: 'Sélectionner Option' });
    await user.click(opener);

    const sheet = screen.getByRole('dialog', { name: 'Sélectionner Option' });
    expect(sheet).toHaveAttribute('aria-modal', 'true');
    expect(within(sheet).getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(within(sheet).getByText('Support Technique')).toBeInTheDocument();
    expect(within(sheet).getByRole('radiogroup', { name: 'Sélectionner Option' })).toBeInTheDocument();
    const send = within(sheet).getByRole('button', { name: 'Send selection' });
    expect(send).toBeDisabled();

    const row = within(sheet).getByRole('radio', { name: 'Connexion' });
    expect(row).toHaveAccessibleDescription('Accès au compte');
    await user.click(row);
    expect(send).toBeEnabled();
    await user.click(send);

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
    expect(within(phone()).getByText('Connexion')).toBeInTheDocument();
    const payload = await webhookJson();
    expect(payload).toEqual(
      listReplyEvent(
        { messageId: payload.data.id, conversationId: 'conv_42' },
        { id: 'row_2', title: 'Connexion', description: 'Accès au compte' },
      ),
    );
    expect(JSON.stringify(payload)).toContain('"description":"Accès au compte"');
  });

  it('an open sheet follows edits to the list and closes when the message is no longer a list', async () => {
    const user = userEvent.setup();
    const list = example('interactive-list') as ListDraft;
    const { rerenderPanel } = renderPanel({ draft: list });
    await user.click(within(phone()).getByRole('button', { name: 'Sélectionner Option' }));
    const edited: ListDraft = structuredClone(list);
    edited.sections[0]!.rows[1]!.title = 'Mot de passe';
    rerenderPanel({ draft: edited });
    const sheet = screen.getByRole('dialog', { name: 'Sélectionner Option' });
    expect(within(sheet).getByRole('radio', { name: 'Mot de passe' })).toBeInTheDocument();
    expect(within(sheet).queryByRole('radio', { name: 'Connexion' })).toBeNull();
    rerenderPanel({ draft: { kind: 'text', body: 'Autre chose' } });
    expect(screen.queryByRole('dialog')).toBeNull();
    rerenderPanel({ draft: edited });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('the sheet closes with Escape and with its close button, sending nothing', async () => {
    const user = userEvent.setup();
    renderPanel({ draft: example('interactive-list') });
    const opener = within(phone()).getByRole('button', { name: 'Sélectionner Option' });
    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();

    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Webhook payload' })).toBeNull();
  });

  it('keeps Tab inside the sheet', async () => {
    const user = userEvent.setup();
    renderPanel({ draft: example('interactive-list') });
    await user.click(within(phone()).getByRole('button', { name: 'Sélectionner Option' }));
    const sheet = screen.getByRole('dialog');
    const close = within(sheet).getByRole('button', { name: 'Close' });
    await user.tab();
    expect(within(sheet).getByRole('radio', { name: 'Problèmes API' })).toHaveFocus();
    await user.tab();
    // The send button is disabled: Tab wraps to the close button.
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(within(sheet).getByRole('radio', { name: 'Problèmes API' })).toHaveFocus();
  });

  it('Send location shares the customer’s position', async () => {
    const user = userEvent.setup();
    const renderMap = vi.fn(() => <div data-testid="map" />);
    renderPanel({ draft: example('interactive-location-request'), renderMap });
    await user.click(within(phone()).getByRole('button', { name: 'Send location' }));
    expect(within(phone()).getByText('Current location')).toBeInTheDocument();
    expect(renderMap).toHaveBeenCalledWith({ latitude: 33.5731, longitude: -7.5898 });
    const payload = await webhookJson();
    expect(payload).toEqual(
      locationReplyEvent(
        { messageId: payload.data.id, conversationId: 'conv_42' },
        { latitude: 33.5731, longitude: -7.5898 },
      ),
    );
  });

  it('buttons of a thread message can be tapped too', async () => {
    const user = userEvent.setup();
    const thread: ThreadEntry[] = [{ id: 'm1', draft: example('interactive-button'), sentAt: NOW }];
    renderPanel({ draft: { kind: 'text', body: 'Merci' }, thread });
    await act(async () => {
      await user.click(within(phone()).getByRole('button', { name: 'Non' }));
    });
    expect(await webhookJson()).toMatchObject({
      data: { data: { body: { button_reply: { id: 'btn_no' } } } },
    });
  });
});
