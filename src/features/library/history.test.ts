import { describe, expect, it } from 'vitest';
import examples from '../../domain/message/fixtures/spec-examples.json' with { type: 'json' };
import type { Envelope } from '../../domain/message/schema.ts';
import { createLibraryStorage, createPersistentValue, STORAGE_PREFIX } from '../../lib/storage.ts';
import { MemoryStorage } from '../../lib/test-storage.ts';
import {
  conversationsOf,
  HISTORY_MAX_ENTRIES,
  historyRecord,
  recordSend,
  safeTarget,
  type SendRecord,
  toHistoryFile,
} from './history.ts';

const KEY = `${STORAGE_PREFIX}history`;

function setup() {
  const backend = new MemoryStorage();
  const storage = createLibraryStorage(() => backend);
  const store = createPersistentValue(storage, historyRecord, () => []);
  return { backend, storage, store };
}

function envelope(conversationId: string, text = 'Bonjour'): Envelope {
  return { send_to_third: true, conversation_id: conversationId, type: 'text', body: text };
}

function send(conversationId: string, at: Date, extra: Partial<SendRecord> = {}): SendRecord {
  return {
    target: 'sandbox',
    conversationId,
    envelope: envelope(conversationId),
    httpStatus: 201,
    messageId: 'msg_1',
    durationMs: 123.4,
    outcome: 'sent',
    at,
    ...extra,
  };
}

describe('send history', () => {
  it('records sends newest first and reads them back from storage', () => {
    const { backend, store } = setup();
    recordSend(send('conv-1', new Date('2026-03-14T09:00:00Z')), store);
    recordSend(
      send('conv-2', new Date('2026-03-14T09:05:00Z'), {
        outcome: 'failed',
        httpStatus: 401,
        errorKind: 'unauthorized',
        messageId: undefined,
      }),
      store,
    );
    const [latest, first] = store.get();
    expect(latest).toMatchObject({ conversationId: 'conv-2', outcome: 'failed', errorKind: 'unauthorized' });
    expect(first).toMatchObject({ conversationId: 'conv-1', durationMs: 123, messageId: 'msg_1' });
    expect(first?.at).toBe('2026-03-14T09:00:00.000Z');

    const again = createPersistentValue(
      createLibraryStorage(() => backend),
      historyRecord,
      () => [],
    );
    expect(again.get()).toEqual(store.get());
  });

  it('keeps the last 200', () => {
    const { store } = setup();
    for (let i = 0; i < HISTORY_MAX_ENTRIES + 5; i++)
      recordSend(send(`conv-${i}`, new Date(i * 1000)), store);
    expect(store.get()).toHaveLength(HISTORY_MAX_ENTRIES);
    expect(store.get()[0]?.conversationId).toBe(`conv-${HISTORY_MAX_ENTRIES + 4}`);
  });

  it('stores the envelope fields and the known fields only: a token riding along is dropped', () => {
    const { backend, store } = setup();
    const leaky = { ...send('conv-1', new Date()), token: 'canary-0123' } as SendRecord;
    (leaky.envelope as Envelope & { authorization?: string }).authorization = 'Bearer canary-0123';
    recordSend(leaky, store);
    const raw = backend.getItem(KEY) ?? '';
    expect(raw).not.toContain('canary-0123');
    expect(Object.keys(store.get()[0]?.envelope ?? {})).toEqual([
      'send_to_third',
      'conversation_id',
      'type',
      'body',
    ]);
  });

  it('stores a base URL without credentials, query or fragment', () => {
    expect(safeTarget('https://user:secret@api.example.com/v1?token=abc#frag')).toBe(
      'https://api.example.com/v1',
    );
    expect(safeTarget('sandbox')).toBe('sandbox');
  });

  it('keeps every kind of envelope readable', () => {
    const { backend, store } = setup();
    for (const example of Object.values(examples)) {
      recordSend(send('conv', new Date(), { envelope: example as Envelope }), store);
    }
    const again = createPersistentValue(
      createLibraryStorage(() => backend),
      historyRecord,
      () => [],
    );
    expect(again.get()).toHaveLength(Object.keys(examples).length);
  });

  it('skips unreadable entries and keeps the rest', () => {
    const { backend, storage, store } = setup();
    recordSend(send('conv-ok', new Date()), store);
    const record = JSON.parse(backend.getItem(KEY) ?? '');
    record.entries.push(
      { id: 'x', at: 'yesterday', envelope: {} },
      { ...record.entries[0], envelope: { type: 'fax' } },
    );
    backend.setItem(KEY, JSON.stringify(record));
    const again = createPersistentValue(storage, historyRecord, () => []);
    expect(again.get().map((e) => e.conversationId)).toEqual(['conv-ok']);
    expect(storage.notices.getState()).toEqual([expect.objectContaining({ reason: 'skipped', count: 2 })]);
  });

  it('reads a stored entry field by field: damaged details are dropped, an envelope missing a field is not', () => {
    const { backend, storage, store } = setup();
    recordSend(send('conv-ok', new Date()), store);
    const record = JSON.parse(backend.getItem(KEY) ?? '');
    const [entry] = record.entries;
    const { send_to_third: _dropped, ...noThird } = entry.envelope;
    record.entries = [
      {
        ...entry,
        target: 't'.repeat(300),
        httpStatus: 201.5,
        messageId: 7,
        durationMs: -1,
        errorKind: 'x'.repeat(300),
      },
      { ...entry, id: 'no-third', envelope: noThird },
      { ...entry, id: '' },
      { ...entry, at: '2026-03-14 09:00' },
    ];
    backend.setItem(KEY, JSON.stringify(record));
    const again = createPersistentValue(storage, historyRecord, () => []);
    expect(again.get()).toEqual([
      {
        id: entry.id,
        at: entry.at,
        target: 't'.repeat(200),
        conversationId: 'conv-ok',
        envelope: envelope('conv-ok'),
        outcome: 'sent',
        errorKind: 'x'.repeat(200),
      },
    ]);
    expect(storage.notices.getState()).toEqual([expect.objectContaining({ reason: 'skipped', count: 3 })]);
  });

  it('drops the oldest entries when storage is full, keeping the newest', () => {
    const { backend, store } = setup();
    for (let i = 0; i < 20; i++) recordSend(send(`conv-${i}`, new Date(i * 1000)), store);
    backend.quotaChars = (backend.getItem(KEY) ?? '').length;
    recordSend(send('conv-new', new Date(99_000)), store);
    const stored = JSON.parse(backend.getItem(KEY) ?? '');
    expect(stored.entries.length).toBeLessThan(21);
    expect(stored.entries[0].conversationId).toBe('conv-new');
  });

  it('lists conversations most recent first and exports a versioned file', () => {
    const { store } = setup();
    recordSend(send('a', new Date(1000)), store);
    recordSend(send('b', new Date(2000)), store);
    recordSend(send('a', new Date(3000)), store);
    expect(conversationsOf(store.get())).toEqual(['a', 'b']);
    const file = toHistoryFile(store.get());
    expect(file).toMatchObject({ format: 'digishare-composer-history', version: 1 });
    expect(file.entries).toHaveLength(3);
  });
});
