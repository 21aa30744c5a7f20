import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import examples from '../../domain/message/fixtures/spec-examples.json' with { type: 'json' };
import type { Envelope } from '../../domain/message/schema.ts';
import { createLibraryStorage, createPersistentValue } from '../../lib/storage.ts';
import { MemoryStorage } from '../../lib/test-storage.ts';
import { HistoryPanel } from './history-panel.tsx';
import { historyRecord, recordSend } from './history.ts';
import { renderInEnglish } from './test-utils.tsx';

function envelopeFor(example: { type: string; body: unknown }, conversationId: string): Envelope {
  return {
    send_to_third: false,
    conversation_id: conversationId,
    type: example.type,
    body: example.body,
  } as Envelope;
}

function setup(currentTarget = 'sandbox') {
  const store = createPersistentValue(
    createLibraryStorage(() => new MemoryStorage()),
    historyRecord,
    () => [],
  );
  recordSend(
    {
      target: 'sandbox',
      conversationId: 'conv-A',
      envelope: envelopeFor(examples.text, 'conv-A'),
      httpStatus: 201,
      messageId: 'msg_123',
      durationMs: 87,
      outcome: 'sent',
      at: new Date('2026-03-14T09:00:00Z'),
    },
    store,
  );
  recordSend(
    {
      target: 'sandbox',
      conversationId: 'conv-B',
      envelope: envelopeFor(examples['interactive-button'], 'conv-B'),
      httpStatus: 401,
      durationMs: 12,
      outcome: 'failed',
      errorKind: 'unauthorized',
      at: new Date('2026-03-14T09:05:00Z'),
    },
    store,
  );
  const onOpen = vi.fn();
  const onResend = vi.fn();
  const view = renderInEnglish(
    <HistoryPanel store={store} currentTarget={currentTarget} onOpen={onOpen} onResend={onResend} />,
  );
  return { ...view, store, onOpen, onResend };
}

function entries() {
  return within(screen.getByRole('list', { name: /sends?$/ })).getAllByRole('listitem');
}

describe('HistoryPanel', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
  });

  it('lists every send newest first, with its outcome and details', () => {
    setup();
    const [latest, first] = entries();
    expect(latest).toHaveTextContent('Failed · HTTP 401 · unauthorized');
    expect(latest).toHaveTextContent('Reply buttons · Confirmez-vous la réception ?');
    expect(latest).toHaveTextContent('conv-B');
    expect(first).toHaveTextContent('Sent · HTTP 201');
    expect(first).toHaveTextContent('msg_123');
    expect(first).toHaveTextContent('87 ms');
  });

  it('filters by conversation', async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Conversation' }), 'conv-A');
    expect(entries()).toHaveLength(1);
    expect(entries()[0]).toHaveTextContent('conv-A');
    expect(screen.getByRole('button', { name: 'Export 1 send (JSON)' })).toBeEnabled();
  });

  it('opens an entry into the editor with its send_to_third and conversation', async () => {
    const { user, onOpen } = setup();
    await user.click(within(entries()[0]!).getByRole('button', { name: 'Open in editor' }));
    expect(onOpen).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'button', body: 'Confirmez-vous la réception ?' }),
      false,
      'conv-B',
    );
  });

  it('resends only after a confirmation naming the conversation', async () => {
    const { user, onResend } = setup();
    await user.click(within(entries()[1]!).getByRole('button', { name: 'Resend…' }));
    const dialog = screen.getByRole('dialog', { name: 'Resend this message?' });
    expect(dialog).toHaveTextContent('conversation “conv-A”');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onResend).not.toHaveBeenCalled();

    await user.click(within(entries()[1]!).getByRole('button', { name: 'Resend…' }));
    await user.click(screen.getByRole('button', { name: 'Resend' }));
    expect(onResend).toHaveBeenCalledWith(envelopeFor(examples.text, 'conv-A'));
  });

  it('names the target a resend would take and warns when it is not the first one', async () => {
    const { user } = setup('digishare');
    await user.click(within(entries()[1]!).getByRole('button', { name: 'Resend…' }));
    const dialog = screen.getByRole('dialog', { name: 'Resend this message?' });
    expect(dialog).toHaveTextContent('through the current API target (digishare)');
    expect(dialog).toHaveTextContent('It was first sent through sandbox; it would now go through digishare.');
  });

  it('shows a send with no answer in time as "Outcome unknown" and warns before resending it', async () => {
    const { user, store } = setup();
    recordSend(
      {
        target: 'sandbox',
        conversationId: 'conv-C',
        envelope: envelopeFor(examples.text, 'conv-C'),
        outcome: 'unknown',
        errorKind: 'timeout',
        at: new Date('2026-03-14T10:00:00Z'),
      },
      store,
    );
    const latest = await screen.findByText(/Outcome unknown/);
    expect(latest).toBeInTheDocument();
    await user.click(within(entries()[0]!).getByRole('button', { name: 'Resend…' }));
    expect(screen.getByRole('dialog', { name: 'Resend this message?' })).toHaveTextContent(
      'The first send had no answer in time: it may have arrived.',
    );
  });

  it('exports the history as JSON', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export 2 sends (JSON)' }));
    const file = JSON.parse(await blobs[0]!.text());
    expect(file.format).toBe('digishare-composer-history');
    expect(file.entries.map((e: { conversationId: string }) => e.conversationId)).toEqual([
      'conv-B',
      'conv-A',
    ]);
  });

  it('says when there is nothing yet', () => {
    const store = createPersistentValue(
      createLibraryStorage(() => new MemoryStorage()),
      historyRecord,
      () => [],
    );
    renderInEnglish(
      <HistoryPanel store={store} currentTarget="sandbox" onOpen={vi.fn()} onResend={vi.fn()} />,
    );
    expect(screen.getByText(/No sends yet/)).toBeInTheDocument();
  });
});
