import { act, screen, waitFor, within } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectionPanel } from './connection-panel.tsx';
import { useConnection } from './connection-provider.tsx';
import { RECENT_CONVERSATIONS_STORAGE_KEY, TOKEN_STORAGE_KEY } from './target.ts';
import { fakeFetch, jsonResponse, renderWithConnection } from './test-utils.tsx';

const SECRET = 'canary-7f3e9b';

function allStoredValues(storage: Storage): string {
  const values: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null) values.push(`${key}=${storage.getItem(key) ?? ''}`);
  }
  return values.join('\n');
}

let probe: ReturnType<typeof useConnection> | undefined;
function Probe() {
  const value = useConnection();
  useEffect(() => {
    probe = value;
  });
  return null;
}

function renderPanel(initial?: Parameters<typeof renderWithConnection>[1]) {
  return renderWithConnection(
    <>
      <ConnectionPanel />
      <Probe />
    </>,
    initial,
  );
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  probe = undefined;
});
afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('API token', () => {
  it('is a password field with a show/hide toggle', async () => {
    const { user } = renderPanel();
    const field = screen.getByLabelText('API token');
    expect(field).toHaveAttribute('type', 'password');
    await user.click(screen.getByRole('button', { name: 'Show token' }));
    expect(field).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Hide token' }));
    expect(field).toHaveAttribute('type', 'password');
  });

  it('drops surrounding whitespace and a leading "Bearer " when pasted', async () => {
    const { user } = renderPanel();
    const field = screen.getByLabelText('API token');
    await user.click(field);
    await user.paste(`  Bearer ${SECRET}\n`);
    expect(field).toHaveValue(SECRET);
    expect(probe?.token).toBe(SECRET);
  });

  it('cleans a typed token on blur, and uses the clean token even before', async () => {
    const { user } = renderPanel();
    const field = screen.getByLabelText('API token');
    await user.type(field, `bearer   ${SECRET}  `);
    expect(probe?.token).toBe(SECRET);
    await user.tab();
    expect(field).toHaveValue(SECRET);
  });

  it('is kept in memory only unless "Remember token for this tab" is ticked', async () => {
    const { user } = renderPanel();
    await user.type(screen.getByLabelText('API token'), SECRET);
    expect(allStoredValues(sessionStorage)).not.toContain(SECRET);
    expect(allStoredValues(localStorage)).not.toContain(SECRET);

    await user.click(screen.getByRole('checkbox', { name: 'Remember token for this tab' }));
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe(SECRET);
    expect(allStoredValues(localStorage)).not.toContain(SECRET);

    await user.type(screen.getByLabelText('API token'), '-2');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe(`${SECRET}-2`);

    await user.click(screen.getByRole('checkbox', { name: 'Remember token for this tab' }));
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect(screen.getByLabelText('API token')).toHaveValue(`${SECRET}-2`);
  });

  it('comes back from sessionStorage when remembered, and "Forget token" clears memory and storage', async () => {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, SECRET);
    const { user } = renderPanel();
    expect(screen.getByLabelText('API token')).toHaveValue(SECRET);
    expect(screen.getByRole('checkbox', { name: 'Remember token for this tab' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Forget token' }));
    expect(screen.getByLabelText('API token')).toHaveValue('');
    expect(probe?.token).toBe('');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Remember token for this tab' })).not.toBeChecked();
    expect(allStoredValues(localStorage)).not.toContain(SECRET);
  });

  it('never writes the token into the page markup (no value attribute), typed, pasted or remembered', async () => {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, SECRET);
    const { user, container } = renderPanel();
    const field = screen.getByLabelText('API token');
    expect(field).toHaveValue(SECRET);
    expect(field).not.toHaveAttribute('value');
    expect(container.innerHTML).not.toContain(SECRET);
    await user.type(field, '-2');
    await user.click(screen.getByRole('button', { name: 'Show token' }));
    expect(field).toHaveValue(`${SECRET}-2`);
    expect(container.innerHTML).not.toContain(SECRET);
    await user.clear(field);
    await user.paste(`Bearer ${SECRET}`);
    expect(field).toHaveValue(SECRET);
    expect(container.innerHTML).not.toContain(SECRET);
  });

  it('"Test token" shows who the token belongs to', async () => {
    const { calls } = fakeFetch(() =>
      jsonResponse(200, {
        data: { name: 'Sandbox user', email: 'sandbox@digishare.test', company: 'Digishare Sandbox' },
      }),
    );
    const { user } = renderPanel({ token: SECRET });
    await user.click(screen.getByRole('button', { name: 'Test token' }));
    expect(
      await screen.findByText('Token accepted: Sandbox user · sandbox@digishare.test · Digishare Sandbox.'),
    ).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/sandbox/v1/user/profile');
    expect(calls[0]?.headers.get('Authorization')).toBe(`Bearer ${SECRET}`);
    expect(calls[0]?.headers.has('X-Sandbox-Scenario')).toBe(false);
  });

  it('"Test token" says why it failed, in words, without the token', async () => {
    fakeFetch(() => jsonResponse(401, { message: `Unauthenticated: ${SECRET}` }));
    const { user, container } = renderPanel({ token: SECRET });
    await user.click(screen.getByRole('button', { name: 'Test token' }));
    expect(await screen.findByText('Token refused (HTTP 401): check the API token.')).toBeInTheDocument();
    expect(screen.getByText('Server message: Unauthenticated: <TOKEN>')).toBeInTheDocument();
    expect(container.textContent).not.toContain(SECRET);
  });

  it('cannot be tested without a token', () => {
    renderPanel();
    expect(screen.getByRole('button', { name: 'Test token' })).toBeDisabled();
  });
});

describe('API target', () => {
  it('offers Sandbox (default), Digishare and Custom, and names where the token goes', async () => {
    const { user } = renderPanel();
    const select = screen.getByRole('combobox', { name: 'API target' });
    expect(select).toHaveValue('sandbox');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Sandbox', 'Digishare', 'Custom']);
    const origin = window.location.origin;
    expect(screen.getByText(`The token is sent only to ${origin}/sandbox, the sandbox built into this app.`));

    await user.selectOptions(select, 'Digishare');
    expect(probe?.baseUrl).toBe('/digishare');
    expect(
      screen.getByText(
        `The token is sent only to ${origin}/digishare, which forwards it to https://api.digishare.ma (Digishare).`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Scenario' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Base URL')).not.toBeInTheDocument();
  });

  it('sends the sandbox scenario as X-Sandbox-Scenario, only to the sandbox', async () => {
    const { calls } = fakeFetch(() => jsonResponse(200, { name: 'x' }));
    const { user } = renderPanel({ token: SECRET });
    const scenario = screen.getByRole('combobox', { name: 'Scenario' });
    expect(within(scenario).getAllByRole('option')).toHaveLength(8);
    await user.selectOptions(scenario, 'forbidden');
    await user.click(screen.getByRole('button', { name: 'Test token' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.headers.get('X-Sandbox-Scenario')).toBe('forbidden');

    await user.selectOptions(screen.getByRole('combobox', { name: 'API target' }), 'Digishare');
    await user.click(screen.getByRole('button', { name: 'Test token' }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]?.url).toBe('/digishare/v1/user/profile');
    expect(calls[1]?.headers.has('X-Sandbox-Scenario')).toBe(false);
  });

  it.each([
    ['ftp://api.example.test', 'The URL must start with http:// or https://.'],
    ['api.example.test', 'This is not a full URL; for example https://api.example.com.'],
    ['https://user:pw@api.example.test', 'Remove the user name and password from the URL.'],
    ['https://api.example.test/v1?x=1', 'Remove the part after “?” or “#”: a base URL ends at its path.'],
  ])('Custom refuses %s with a clear error', async (typed, message) => {
    const { user } = renderPanel();
    await user.selectOptions(screen.getByRole('combobox', { name: 'API target' }), 'Custom');
    const field = screen.getByLabelText('Base URL');
    await user.type(field, typed);
    await user.tab();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(message);
    expect(probe?.baseUrl).toBeNull();
    expect(probe?.gaps).toContain('baseUrl');
  });

  it('Custom accepts an http(s) URL, calls it directly and names it as the destination', async () => {
    const { calls } = fakeFetch(() => jsonResponse(200, { name: 'x' }));
    const { user } = renderPanel({ token: SECRET, scenario: 'forbidden' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'API target' }), 'Custom');
    const field = screen.getByLabelText('Base URL');
    await user.click(field);
    await user.tab();
    expect(field).toHaveAccessibleDescription('Enter the base URL, for example https://api.example.com.');
    await user.type(field, ' https://api.example.test/digishare/ ');
    await user.tab();
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(probe?.baseUrl).toBe('https://api.example.test/digishare');
    expect(
      screen.getByText('The token is sent only to https://api.example.test/digishare.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Test token' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.url).toBe('https://api.example.test/digishare/v1/user/profile');
    expect(calls[0]?.headers.has('X-Sandbox-Scenario')).toBe(false);
  });

  it('is never changed by the page URL', () => {
    window.history.replaceState(null, '', '/?target=custom&baseUrl=https://evil.test#target=digishare');
    renderPanel();
    expect(screen.getByRole('combobox', { name: 'API target' })).toHaveValue('sandbox');
    window.history.replaceState(null, '', '/');
  });
});

describe('Conversation ID', () => {
  it('is required and trimmed', async () => {
    const { user } = renderPanel();
    const field = screen.getByRole('textbox', { name: 'Conversation ID' });
    expect(field).toHaveAttribute('aria-required', 'true');
    expect(probe?.gaps).toContain('conversationId');
    await user.type(field, '  conv-42 ');
    expect(probe?.conversationId).toBe('conv-42');
    await user.tab();
    expect(field).toHaveValue('conv-42');
    expect(probe?.gaps).not.toContain('conversationId');
  });

  it('offers the last five ids used, kept in localStorage', async () => {
    localStorage.setItem(RECENT_CONVERSATIONS_STORAGE_KEY, JSON.stringify(['a', 'b', 'c', 'd', 'e']));
    renderPanel();
    const field = screen.getByRole('combobox', { name: 'Conversation ID' });
    const list = document.getElementById(field.getAttribute('list') ?? '');
    expect([...(list?.querySelectorAll('option') ?? [])].map((option) => option.value)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
    act(() => {
      probe?.rememberConversationId('c');
      probe?.rememberConversationId(' f ');
    });
    await waitFor(() =>
      expect(JSON.parse(localStorage.getItem(RECENT_CONVERSATIONS_STORAGE_KEY) ?? '[]')).toEqual([
        'f',
        'c',
        'a',
        'b',
        'd',
      ]),
    );
  });

  it('ignores a broken recent list', () => {
    localStorage.setItem(RECENT_CONVERSATIONS_STORAGE_KEY, '{not json');
    renderPanel();
    expect(screen.getByRole('textbox', { name: 'Conversation ID' })).not.toHaveAttribute('list');
  });

  it('can be handed over by the app (an imported JSON)', async () => {
    renderPanel();
    act(() => probe?.setConversationId('conv-from-import'));
    expect(await screen.findByDisplayValue('conv-from-import')).toBeInTheDocument();
  });
});
