import { act, screen, within } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../domain/message/draft.ts';
import examples from '../../domain/message/fixtures/spec-examples.json';
import { type ConnectionInitialState, useConnection } from './connection-provider.tsx';
import { RequestInspector } from './request-inspector.tsx';
import { shellQuote } from './snippets.ts';
import { renderWithConnection } from './test-utils.tsx';

const SECRET = 'canary-7f3e9b';
const TEXT: Draft = { kind: 'text', body: 'Bonjour Adil ! Votre commande est prête.' };
const READY: ConnectionInitialState = { token: SECRET, conversationId: 'VOTRE_CONVERSATION_ID' };

function renderInspector(draft: Draft = TEXT, initial: ConnectionInitialState = READY, sendToThird = true) {
  return renderWithConnection(<RequestInspector draft={draft} sendToThird={sendToThird} />, initial);
}

/** user-event stands in for the clipboard; this reads what was last copied. */
function copied(): Promise<string> {
  return navigator.clipboard.readText();
}

function shown(): string {
  return screen.getByRole('tabpanel').querySelector('pre')?.textContent ?? '';
}

beforeEach(() => sessionStorage.clear());
afterEach(() => sessionStorage.clear());

describe('request inspector', () => {
  it('shows the exact JSON body Send will post, pretty-printed', () => {
    renderInspector();
    expect(screen.getByRole('tab', { name: 'JSON body' })).toHaveAttribute('aria-selected', 'true');
    expect(shown()).toBe(JSON.stringify(examples.text, null, 2));
  });

  it('follows the draft and the conversation id live', () => {
    const probe: { connection?: ReturnType<typeof useConnection> } = {};
    function Probe() {
      const connection = useConnection();
      useEffect(() => {
        probe.connection = connection;
      });
      return null;
    }
    const ui = (draft: Draft, sendToThird: boolean) => (
      <>
        <Probe />
        <RequestInspector draft={draft} sendToThird={sendToThird} />
      </>
    );
    const { rerender } = renderWithConnection(ui(TEXT, true), READY);
    rerender(ui({ kind: 'text', body: 'Autre' }, false));
    act(() => probe.connection?.setConversationId('conv-77'));
    expect(JSON.parse(shown())).toEqual({
      send_to_third: false,
      conversation_id: 'conv-77',
      type: 'text',
      body: 'Autre',
    });
  });

  it('gives a cURL command with the full URL, the headers and <TOKEN>, and copies it as shown', async () => {
    const { user } = renderInspector(TEXT, { ...READY, scenario: 'rate-limited' });
    await user.click(screen.getByRole('tab', { name: 'cURL' }));
    const origin = window.location.origin;
    expect(shown()).toBe(
      [
        `curl -X POST '${origin}/sandbox/v1/messages'`,
        `  -H 'Authorization: Bearer <TOKEN>'`,
        `  -H 'Content-Type: application/json'`,
        `  -H 'X-Sandbox-Scenario: rate-limited'`,
        `  --data-raw ${shellQuote(JSON.stringify(examples.text, null, 2))}`,
      ].join(' \\\n'),
    );
    await user.click(screen.getByRole('button', { name: 'Copy cURL' }));
    expect(await copied()).toBe(shown());
    expect(await copied()).not.toContain(SECRET);
  });

  it("escapes ' inside the single-quoted body", async () => {
    const { user } = renderInspector({ kind: 'text', body: "C'est l'été" });
    await user.click(screen.getByRole('tab', { name: 'cURL' }));
    expect(shown()).toContain(`"body": "C'\\''est l'\\''été"`);
  });

  it('shows and copies the token only while "Reveal token" is pressed', async () => {
    const { user } = renderInspector();
    await user.click(screen.getByRole('tab', { name: 'fetch' }));
    expect(shown()).toContain('"Authorization": "Bearer <TOKEN>",');
    const reveal = screen.getByRole('button', { name: 'Reveal token' });
    await user.click(reveal);
    expect(reveal).toHaveAttribute('aria-pressed', 'true');
    expect(shown()).toContain(`"Authorization": "Bearer ${SECRET}",`);
    await user.click(screen.getByRole('button', { name: 'Copy fetch' }));
    expect(await copied()).toContain(`"Authorization": "Bearer ${SECRET}",`);
    await user.click(reveal);
    expect(shown()).not.toContain(SECRET);
  });

  it('fetch snippet: Digishare goes through the same-origin proxy, without the scenario header', async () => {
    const { user } = renderInspector(TEXT, { ...READY, target: 'digishare', scenario: 'forbidden' });
    await user.click(within(screen.getByRole('tablist')).getByRole('tab', { name: 'fetch' }));
    expect(shown()).toContain(`fetch("${window.location.origin}/digishare/v1/messages", {`);
    expect(shown()).not.toContain('X-Sandbox-Scenario');
    expect(shown()).toContain('body: JSON.stringify({');
  });

  it('Custom: the typed URL, called directly', async () => {
    const { user } = renderInspector(TEXT, {
      ...READY,
      target: 'custom',
      customUrl: 'https://api.example.test/',
    });
    await user.click(screen.getByRole('tab', { name: 'cURL' }));
    expect(shown()).toContain(`curl -X POST 'https://api.example.test/v1/messages'`);
  });

  it('moves between tabs with the arrow keys', async () => {
    const { user } = renderInspector();
    await user.click(screen.getByRole('tab', { name: 'JSON body' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'cURL' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'cURL' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'fetch' })).toHaveAttribute('aria-selected', 'true');
  });
});
