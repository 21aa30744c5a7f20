import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../domain/message/draft.ts';
import examples from '../../domain/message/fixtures/spec-examples.json';
import type { Envelope } from '../../domain/message/schema.ts';
import type { ConnectionInitialState } from './connection-provider.tsx';
import { SendPanel, type SendPanelHandle, type SendPanelProps } from './send-panel.tsx';
import { deferred, fakeFetch, jsonResponse, renderWithConnection } from './test-utils.tsx';

const SECRET = 'canary-7f3e9b';
const TEXT: Draft = { kind: 'text', body: 'Bonjour Adil ! Votre commande est prête.' };
const READY: ConnectionInitialState = { token: SECRET, conversationId: 'VOTRE_CONVERSATION_ID' };

/** The composer's side of `subscribeToMessage`: `edit()` is a change of the message. */
function messageEdits() {
  const listeners = new Set<() => void>();
  return {
    subscribeToMessage: (onChange: () => void) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    edit: () => {
      for (const listener of [...listeners]) listener();
    },
  };
}

function renderSend(props: Partial<SendPanelProps> = {}, initial: ConnectionInitialState = READY) {
  const getMessage = vi.fn(() => ({ draft: TEXT, sendToThird: true }));
  const handlers = { onSent: vi.fn(), onFieldErrors: vi.fn(), onError: vi.fn() };
  const { subscribeToMessage, edit } = messageEdits();
  const result = renderWithConnection(
    <SendPanel
      getMessage={getMessage}
      messageValid
      subscribeToMessage={subscribeToMessage}
      {...handlers}
      {...props}
    />,
    initial,
  );
  return {
    ...result,
    ...handlers,
    getMessage,
    edit: () => act(edit),
    button: screen.getByRole('button', { name: 'Send' }),
  };
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('Send button', () => {
  it('is disabled and says why while the connection is incomplete or the message invalid', () => {
    const { button } = renderSend({ messageValid: false }, {});
    // aria-disabled, never disabled: the button stays focusable and a press says why.
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      'Fix the message first. Enter an API token. Enter a conversation ID.',
    );
  });

  it('asks for a valid base URL on the Custom target', () => {
    const { button } = renderSend({}, { ...READY, target: 'custom', customUrl: 'api.example.test' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription('Enter a valid base URL.');
  });

  it('is enabled when everything is there, and Ctrl+Enter does nothing while it is not', async () => {
    const { posts } = fakeFetch(() => jsonResponse(201, { id: 'msg_1', status: 'sent' }));
    const { button } = renderSend({ messageValid: false });
    fireEvent.keyDown(window, { key: 'Enter', ctrlKey: true });
    await act(() => Promise.resolve());
    expect(posts()).toHaveLength(0);
    expect(button).toHaveAttribute('aria-disabled', 'true');
  });

  it('pressed while blocked, takes the user to the first reason', async () => {
    fakeFetch(() => jsonResponse(201, { id: 'msg_1' }));
    const onBlocked = vi.fn();
    const { user, button } = renderSend({ onBlocked }, { conversationId: 'conv-1' });
    const token = document.createElement('input');
    token.id = 'connection-token';
    document.body.append(token);
    try {
      await user.click(button);
      expect(onBlocked).toHaveBeenCalledWith('token');
      await waitFor(() => expect(token).toHaveFocus());
    } finally {
      token.remove();
    }
  });

  it('pressed with an invalid message, asks the app to show its problems', async () => {
    const onBlocked = vi.fn();
    const { user, button } = renderSend({ onBlocked, messageValid: false });
    await user.click(button);
    expect(onBlocked).toHaveBeenCalledWith('message');
  });

  it('posts the envelope exactly, and says "Sent" with the id, HTTP status, duration and response', async () => {
    const { calls } = fakeFetch(() => jsonResponse(201, { id: 'msg_abc', status: 'sent' }));
    const { user, button, onSent, onFieldErrors } = renderSend();
    expect(button).toBeEnabled();
    await user.click(button);
    const status = await screen.findByRole('status', { name: 'Send result' });
    await waitFor(() => expect(status).toHaveTextContent(/^Sent: message msg_abc · HTTP 201 · \d+ ms/));
    expect(status).toHaveTextContent('"id": "msg_abc"');
    expect(status.querySelector('pre')?.textContent).toBe(
      JSON.stringify({ id: 'msg_abc', status: 'sent' }, null, 2),
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/sandbox/v1/messages');
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.headers.get('Authorization')).toBe(`Bearer ${SECRET}`);
    expect(calls[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(calls[0]?.body).toBe(JSON.stringify(examples.text));
    expect(onSent).toHaveBeenCalledWith(
      expect.objectContaining({
        envelope: examples.text,
        target: 'sandbox',
        conversationId: 'VOTRE_CONVERSATION_ID',
        result: expect.objectContaining({ id: 'msg_abc', httpStatus: 201 }),
      }),
    );
    expect(onFieldErrors).toHaveBeenCalledWith([]);
  });

  it('sends once however fast the button is clicked, keeps focus while in flight, then rests', async () => {
    const held = deferred<Response>();
    const { posts } = fakeFetch(() => held.promise);
    const { user, button, edit } = renderSend();
    button.focus();
    // Inside one act() React cannot re-render between the clicks: only the synchronous guard stands.
    act(() => {
      button.click();
      button.click();
      button.click();
    });
    await user.dblClick(button);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription('Sending…');
    expect(button).toHaveFocus();
    await act(async () => held.resolve(jsonResponse(201, { id: 'msg_1', status: 'sent' })));
    await screen.findByText(/^Sent/);
    expect(button).toHaveFocus();
    // One send per intent: ten more clicks right after the send post nothing.
    for (let i = 0; i < 10; i += 1) await user.click(button);
    expect(posts()).toHaveLength(1);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(/^Just sent/);
    // A changed message is a new intent: Send is ready, and the old outcome goes.
    edit();
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByText(/^Sent/)).toBeNull();
  });

  it('keeps the outcome when "Clear after send" empties the message, and lifts it at the next edit', async () => {
    fakeFetch(() => jsonResponse(201, { id: 'msg_1', status: 'sent' }));
    const { subscribeToMessage, edit } = messageEdits();
    // The form empties itself at once, inside the send: the change reaches the panel while it sends.
    const onClearAfterSend = vi.fn(edit);
    const { user, button } = renderSend({ subscribeToMessage, onClearAfterSend });
    await user.click(screen.getByRole('checkbox', { name: 'Clear after send' }));
    await user.click(button);
    await screen.findByText(/^Sent/);
    expect(onClearAfterSend).toHaveBeenCalledOnce();
    expect(button).toHaveAccessibleDescription(/^Just sent/);
    act(edit);
    expect(screen.queryByText(/^Sent/)).toBeNull();
    expect(button).not.toHaveAttribute('aria-disabled');
  });

  it('asks "Send it again?" before the same message goes to the same conversation within a minute', async () => {
    const { posts } = fakeFetch(() => jsonResponse(201, { id: 'msg_1', status: 'sent' }));
    const { user, button } = renderSend({ cooldownMs: 20 });
    await user.click(button);
    await screen.findByText(/^Sent/);
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
    await user.click(button);
    const question = await screen.findByRole('alert');
    expect(question).toHaveTextContent(/This same message went to VOTRE_CONVERSATION_ID \d+ s ago/);
    expect(posts()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(posts()).toHaveLength(1);
    expect(button).toHaveFocus();
    await user.click(button);
    await user.click(await screen.findByRole('button', { name: 'Send again' }));
    await waitFor(() => expect(posts()).toHaveLength(2));
  });

  it('asks before sending a footer (not in Digishare’s documentation), then posts it as written', async () => {
    const { posts } = fakeFetch(() => jsonResponse(201, { id: 'msg_f', status: 'sent' }));
    const withFooter: Draft = {
      kind: 'button',
      header: '',
      body: 'Confirmez-vous ?',
      footer: 'Réponse sous 24 h',
      buttons: [{ id: 'oui', title: 'Oui' }],
    };
    const { user, button, getMessage } = renderSend({ cooldownMs: 20 });
    getMessage.mockReturnValue({ draft: withFooter, sendToThird: true });
    await user.click(button);
    const question = await screen.findByRole('alert');
    expect(question).toHaveTextContent(/Digishare’s documentation does not list “footer”/);
    expect(posts()).toHaveLength(0);
    const sendAnyway = screen.getByRole('button', { name: 'Send with footer anyway' });
    expect(sendAnyway).toHaveFocus();
    // Cancel sends nothing; Ctrl+Enter asks again rather than slipping past the question.
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByRole('button', { name: 'Send with footer anyway' });
    expect(posts()).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Send with footer anyway' }));
    await waitFor(() => expect(posts()).toHaveLength(1));
    const sent = JSON.parse(String(posts()[0]?.body)) as Envelope;
    expect(sent.type === 'interactive' && sent.body).toMatchObject({
      type: 'button',
      body: { text: 'Confirmez-vous ?' },
      footer: { text: 'Réponse sous 24 h' },
    });
    await screen.findByText(/^Sent/);
    // The footer removed, nothing is asked.
    const { footer: _removed, ...withoutFooter } = withFooter;
    getMessage.mockReturnValue({ draft: withoutFooter, sendToThird: true });
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
    await user.click(button);
    await waitFor(() => expect(posts()).toHaveLength(2));
    expect(JSON.stringify(JSON.parse(String(posts()[1]?.body)))).not.toContain('footer');
  });

  it('Ctrl+Enter (or ⌘+Enter) anywhere sends once, even when held down', async () => {
    const held = deferred<Response>();
    const { posts } = fakeFetch(() => held.promise);
    renderSend();
    fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true });
    for (let i = 0; i < 10; i += 1)
      fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true, repeat: true });
    await act(async () => held.resolve(jsonResponse(201, { id: 'msg_1', status: 'sent' })));
    await screen.findByText(/^Sent/);
    expect(posts()).toHaveLength(1);

    // Held down after the send finished: still repeats of the same press, still nothing.
    fireEvent.keyDown(document.body, { key: 'Enter', metaKey: true, repeat: true });
    await act(() => Promise.resolve());
    expect(posts()).toHaveLength(1);

    // A new press right away is the same intent: Send rests.
    fireEvent.keyDown(document.body, { key: 'Enter', metaKey: true });
    await act(() => Promise.resolve());
    expect(posts()).toHaveLength(1);
  });

  it('ignores plain Enter and Ctrl+Enter inside an open dialog', async () => {
    const { posts } = fakeFetch(() => jsonResponse(201, { id: 'msg_1' }));
    renderSend();
    fireEvent.keyDown(document.body, { key: 'Enter' });
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    const inner = document.createElement('textarea');
    dialog.append(inner);
    document.body.append(dialog);
    fireEvent.keyDown(inner, { key: 'Enter', ctrlKey: true });
    await act(() => Promise.resolve());
    expect(posts()).toHaveLength(0);
    dialog.remove();
  });
});

describe('Send errors', () => {
  const cases: [string, () => Response, string[]][] = [
    [
      '401',
      () => jsonResponse(401, { message: 'Unauthenticated.' }),
      ['Token refused (HTTP 401): check the API token.', 'Server message: Unauthenticated.'],
    ],
    [
      '403',
      () => jsonResponse(403, { message: 'This action is unauthorized.' }),
      ['This token is not allowed to send to this conversation (HTTP 403).'],
    ],
    [
      '404',
      () => jsonResponse(404, { message: 'Resource not found.' }),
      ['Not found (HTTP 404): check the conversation ID and the API target.'],
    ],
    [
      '413',
      () => jsonResponse(413, { message: 'Too large.' }),
      ['The message is too large for the server (HTTP 413): shorten it.'],
    ],
    [
      '429 with Retry-After',
      () => jsonResponse(429, { message: 'Too Many Attempts.' }, { 'Retry-After': '30' }),
      ['Too many requests (HTTP 429). Try again in 30 s.'],
    ],
    [
      '429 without Retry-After',
      () => jsonResponse(429, {}),
      [
        'Too many requests (HTTP 429). The server did not say how long to wait: wait a minute before trying again.',
      ],
    ],
    [
      '500 JSON',
      () => jsonResponse(500, { message: 'Server Error' }),
      ['The server failed (HTTP 500). Try again later.', 'Server message: Server Error'],
    ],
    [
      '500 HTML',
      () =>
        new Response('<!DOCTYPE html><html><body><h1>Internal Server Error</h1></body></html>', {
          status: 500,
          headers: { 'Content-Type': 'text/html' },
        }),
      [
        'The server failed (HTTP 500). Try again later.',
        'The server answered with an HTML page instead of JSON.',
      ],
    ],
    [
      '504',
      () => new Response('', { status: 504 }),
      [
        'No answer in time: the outcome is unknown. The message may have been sent; check the conversation before sending it again.',
        'Something on the way stopped waiting (HTTP 504).',
      ],
    ],
    ['405', () => jsonResponse(405, {}), ['The server answered HTTP 405.']],
    [
      'network',
      () => {
        throw new TypeError('Failed to fetch');
      },
      ['The server could not be reached: check your connection and the API target.'],
    ],
  ];

  it.each(cases)('%s gets its own message, and the form is left alone', async (_name, respond, lines) => {
    fakeFetch(respond);
    const { user, button, onError, onSent, getMessage } = renderSend();
    await user.click(button);
    const alert = await screen.findByRole('alert');
    for (const line of lines) expect(alert).toHaveTextContent(line);
    expect(alert).toHaveTextContent('Your message is unchanged');
    expect(alert.querySelector('h1')).toBeNull();
    expect(onSent).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(getMessage).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status', { name: 'Send result' })).toBeEmptyDOMElement();
    expect(button).toBeEnabled();
  });

  it('is never retried', async () => {
    const { posts } = fakeFetch(() => jsonResponse(500, { message: 'Server Error' }));
    const { user, button } = renderSend();
    await user.click(button);
    await screen.findByRole('alert');
    await new Promise((done) => setTimeout(done, 50));
    expect(posts()).toHaveLength(1);
  });

  it('a network failure on the Custom target mentions CORS and the origins involved', async () => {
    fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const { user, button } = renderSend(
      {},
      { ...READY, target: 'custom', customUrl: 'https://api.example.test/v2' },
    );
    await user.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `If https://api.example.test is up, it may be refusing requests from this page (CORS): it must allow the origin ${window.location.origin} and the Authorization and Content-Type headers.`,
    );
  });

  it('lists the field errors of a 400/422 and hands them to the app', async () => {
    fakeFetch(() =>
      jsonResponse(422, {
        message: 'The given data was invalid.',
        errors: {
          'body.action.buttons[0].reply.title': ['The title must not be greater than 20 characters.'],
        },
      }),
    );
    const { user, button, onFieldErrors, onError } = renderSend();
    await user.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server refused the message (HTTP 422).');
    expect(alert).toHaveTextContent('1 field refused by the server:');
    expect(alert).toHaveTextContent(
      'body.action.buttons[0].reply.title: The title must not be greater than 20 characters.',
    );
    expect(onFieldErrors).toHaveBeenLastCalledWith([
      {
        path: 'body.action.buttons[0].reply.title',
        message: 'The title must not be greater than 20 characters.',
      },
    ]);
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'validation', status: 422 }),
      examples.text,
    );
  });

  it('never shows the token, even when the server echoes it', async () => {
    fakeFetch(() => jsonResponse(403, { message: `Token ${SECRET} may not post here` }));
    const { user, button, container } = renderSend();
    await user.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Server message: Token <TOKEN> may not post here',
    );
    expect(container.textContent).not.toContain(SECRET);
  });

  it('a success after a failure replaces the error', async () => {
    let status = 500;
    fakeFetch(() => jsonResponse(status, status === 201 ? { id: 'msg_2' } : { message: 'Server Error' }));
    const { user, button } = renderSend();
    await user.click(button);
    await screen.findByRole('alert');
    status = 201;
    await user.click(button);
    expect(await screen.findByText(/^Sent: message msg_2/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('redacts the token from echoed field errors and from what a success hands on', async () => {
    let status = 422;
    fakeFetch(() =>
      status === 422
        ? jsonResponse(422, { message: 'Invalid', errors: { body: [`Token ${SECRET} may not post this`] } })
        : jsonResponse(201, { id: `msg_${SECRET}`, status: 'sent' }),
    );
    const { user, button, onFieldErrors, onSent, container } = renderSend();
    await user.click(button);
    await screen.findByRole('alert');
    expect(onFieldErrors).toHaveBeenLastCalledWith([
      { path: 'body', message: 'Token <TOKEN> may not post this' },
    ]);
    status = 201;
    await user.click(button);
    await screen.findByText(/^Sent: message msg_<TOKEN>/);
    expect(onSent).toHaveBeenCalledWith(
      expect.objectContaining({ result: expect.objectContaining({ id: 'msg_<TOKEN>' }) }),
    );
    expect(JSON.stringify(onSent.mock.calls)).not.toContain(SECRET);
    expect(container.textContent).not.toContain(SECRET);
  });

  it('after a gateway lost the answer (502), says the outcome is unknown rather than "send again"', async () => {
    fakeFetch(() => jsonResponse(502, { message: 'Bad Gateway' }));
    const { user, button } = renderSend();
    await user.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The outcome is unknown: check the conversation before sending it again.',
    );
  });
});

describe('resend', () => {
  it('says why a resend cannot start instead of leaving the last result on screen', async () => {
    fakeFetch(() => jsonResponse(201, { id: 'msg_1', status: 'sent' }));
    const handle: { current: SendPanelHandle | null } = { current: null };
    renderSend({ ref: handle }, { conversationId: 'conv' });
    act(() => handle.current?.resend(examples.text as Envelope));
    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot resend: Enter an API token.');
  });

  it('posts the envelope as it was, to its own conversation', async () => {
    const { calls } = fakeFetch(() => jsonResponse(201, { id: 'msg_9', status: 'sent' }));
    const handle: { current: SendPanelHandle | null } = { current: null };
    renderSend({ ref: handle }, { token: SECRET });
    const again = { ...examples.text, conversation_id: 'conv-old' } as Envelope;
    act(() => handle.current?.resend(again));
    expect(await screen.findByText(/^Sent: message msg_9/)).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.body).toBe(JSON.stringify(again));
  });

  it('asks before resending a footer too, then posts that envelope as it was', async () => {
    const { posts } = fakeFetch(() => jsonResponse(201, { id: 'msg_r', status: 'sent' }));
    const handle: { current: SendPanelHandle | null } = { current: null };
    const { user } = renderSend({ ref: handle }, { token: SECRET });
    const button = examples['interactive-button'];
    const again = {
      ...button,
      conversation_id: 'conv-old',
      body: { ...button.body, footer: { text: 'Merci' } },
    } as Envelope;
    act(() => handle.current?.resend(again));
    await user.click(await screen.findByRole('button', { name: 'Send with footer anyway' }));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]?.body).toBe(JSON.stringify(again));
  });
});
