import { describe, expect, it } from 'vitest';
import { fromPayload } from '../../domain/message/codec.ts';
import { type Draft, emptyDrafts } from '../../domain/message/draft.ts';
import examples from '../../domain/message/fixtures/spec-examples.json' with { type: 'json' };
import { createLibraryStorage, STORAGE_PREFIX } from '../../lib/storage.ts';
import { MemoryStorage } from '../../lib/test-storage.ts';
import {
  applyTemplate,
  createTemplate,
  createTemplatesStore,
  mergeImported,
  readTemplatesFile,
  searchTemplates,
  type Template,
  TEMPLATES_FILE_FORMAT,
  toTemplatesFile,
  uniqueName,
} from './templates.ts';

function draftOf(example: unknown): Draft {
  const result = fromPayload(example);
  if (!result.ok) throw new Error('example does not load');
  return result.draft;
}

const library: Template[] = [
  createTemplate({ name: 'Commande prête', draft: draftOf(examples.text), sendToThird: true }),
  createTemplate({
    name: 'Confirmation',
    draft: draftOf(examples['interactive-button']),
    sendToThird: false,
  }),
  createTemplate({ name: 'Menu', draft: draftOf(examples['interactive-list']), sendToThird: true }),
];

describe('templates', () => {
  it('are found by name or by text, ignoring case and accents, every word required', () => {
    expect(searchTemplates(library, '').map((t) => t.name)).toEqual([
      'Commande prête',
      'Confirmation',
      'Menu',
    ]);
    expect(searchTemplates(library, 'PRETE').map((t) => t.name)).toEqual(['Commande prête']);
    expect(searchTemplates(library, 'réception').map((t) => t.name)).toEqual(['Confirmation']);
    expect(searchTemplates(library, 'categorie menu').map((t) => t.name)).toEqual(['Menu']);
    expect(searchTemplates(library, 'menu nowhere')).toEqual([]);
  });

  it('replace only their kind of draft when loaded', () => {
    const current = { kind: 'text' as const, sendToThird: true, drafts: emptyDrafts() };
    const loaded = applyTemplate(current, library[1] as Template);
    expect(loaded.kind).toBe('button');
    expect(loaded.sendToThird).toBe(false);
    expect(loaded.drafts.button).toEqual(library[1]?.draft);
    expect(loaded.drafts.text).toBe(current.drafts.text);
  });

  it('pick the first free copy name', () => {
    const copy = (n: number) => (n === 1 ? 'Menu (copy)' : `Menu (copy ${n})`);
    expect(uniqueName(['Menu'], copy)).toBe('Menu (copy)');
    expect(uniqueName(['Menu', 'Menu (copy)', 'Menu (copy 2)'], copy)).toBe('Menu (copy 3)');
  });

  it('persist in editor form and come back from storage', () => {
    const backend = new MemoryStorage();
    const store = createTemplatesStore(createLibraryStorage(() => backend));
    const halfTyped = createTemplate({
      name: 'Bureau',
      draft: { kind: 'location', latitude: '33.5', longitude: '', name: 'HQ', address: '' },
      sendToThird: true,
    });
    store.set([halfTyped, ...library]);
    const again = createTemplatesStore(createLibraryStorage(() => backend));
    expect(again.get()).toEqual([halfTyped, ...library]);
    expect(JSON.parse(backend.getItem(`${STORAGE_PREFIX}templates`) ?? '').v).toBe(1);
  });
});

describe('templates file', () => {
  it('exports payloads in the API form and imports them back', () => {
    const file = toTemplatesFile(library);
    expect(file.format).toBe(TEMPLATES_FILE_FORMAT);
    expect(file.version).toBe(1);
    expect(file.templates[0]).toEqual({
      name: 'Commande prête',
      message: { type: 'text', body: examples.text.body, send_to_third: true },
    });
    expect(Object.keys(file.templates[0]?.message ?? {})).toEqual(['type', 'body', 'send_to_third']);

    const imported = readTemplatesFile(JSON.stringify(file));
    expect(imported).toEqual({
      ok: true,
      rejected: [],
      accepted: library.map(({ name, draft, sendToThird }) => ({ name, draft, sendToThird })),
    });
  });

  it('keeps the good entries and reports each bad one with its index, name and issue paths', () => {
    const file = toTemplatesFile(library) as unknown as { templates: unknown[] };
    const tooLong = structuredClone(examples['interactive-button']);
    tooLong.body.action.buttons[1]!.reply.title = 'x'.repeat(23);
    file.templates.push(
      { name: 'Trop long', message: tooLong },
      { name: '   ', message: examples.text },
      'not an entry',
      { name: 'Sans message' },
    );
    const result = readTemplatesFile(JSON.stringify(file));
    if (!result.ok) throw new Error('expected a readable file');
    expect(result.accepted.map((a) => a.name)).toEqual(['Commande prête', 'Confirmation', 'Menu']);
    expect(result.rejected).toEqual([
      {
        index: 3,
        name: 'Trop long',
        issues: [
          {
            path: ['message', 'body', 'action', 'buttons', 1, 'reply', 'title'],
            key: 'tooLong',
            params: { count: 23, limit: 20 },
          },
        ],
      },
      { index: 4, name: null, issues: [{ path: ['name'], key: 'blank' }] },
      { index: 5, name: null, issues: [{ path: [], key: 'invalidType', params: { expected: 'object' } }] },
      { index: 6, name: 'Sans message', issues: [expect.objectContaining({ path: ['message'] })] },
    ]);
  });

  it('defaults send_to_third to true when an entry leaves it out', () => {
    const result = readTemplatesFile(
      JSON.stringify({
        format: TEMPLATES_FILE_FORMAT,
        version: 1,
        templates: [{ name: 'A', message: examples.text }],
      }),
    );
    expect(result.ok && result.accepted[0]?.sendToThird).toBe(true);
  });

  it.each([
    ['not JSON', '{', 'invalidJson'],
    [
      'another format',
      JSON.stringify({ format: 'something', version: 1, templates: [] }),
      'notTemplatesFile',
    ],
    ['no version', JSON.stringify({ format: TEMPLATES_FILE_FORMAT, templates: [] }), 'notTemplatesFile'],
    [
      'no list',
      JSON.stringify({ format: TEMPLATES_FILE_FORMAT, version: 1, templates: {} }),
      'notTemplatesFile',
    ],
    [
      'a newer version',
      JSON.stringify({ format: TEMPLATES_FILE_FORMAT, version: 2, templates: [] }),
      'newerVersion',
    ],
  ])('refuses %s as a whole', (_, text, problem) => {
    expect(readTemplatesFile(text)).toEqual(expect.objectContaining({ ok: false, problem }));
  });

  it('does not add an exact copy of a template already there', () => {
    const accepted = library.map(({ name, draft, sendToThird }) => ({ name, draft, sendToThird }));
    const extra = { name: 'Nouveau', draft: draftOf(examples.location), sendToThird: true };
    const merged = mergeImported(library, [...accepted, extra]);
    expect(merged.added).toBe(1);
    expect(merged.duplicates).toBe(3);
    expect(merged.templates.map((t) => t.name)).toEqual([
      'Commande prête',
      'Confirmation',
      'Menu',
      'Nouveau',
    ]);
  });
});

describe('templates with placeholders', () => {
  const draft: Draft = {
    kind: 'button',
    header: 'Order {{order}}',
    body: 'Hello {{name}}',
    buttons: [{ id: 'btn_ok', title: 'OK {{name}}' }],
  };

  it('keep their placeholders and their defaults and samples through the file, never other names', () => {
    const template = createTemplate({
      name: 'Pickup',
      draft,
      sendToThird: true,
      defaults: { order: 'to confirm', gone: 'stale' },
      samples: { name: 'Amina', order: '' },
    });
    const file = toTemplatesFile([template]);
    expect(file.templates[0]).toEqual({
      name: 'Pickup',
      message: {
        type: 'interactive',
        body: {
          type: 'button',
          header: { type: 'text', text: 'Order {{order}}' },
          body: { text: 'Hello {{name}}' },
          action: { buttons: [{ type: 'reply', reply: { id: 'btn_ok', title: 'OK {{name}}' } }] },
        },
        send_to_third: true,
      },
      defaults: { order: 'to confirm' },
      samples: { name: 'Amina' },
    });
    const imported = readTemplatesFile(JSON.stringify(file));
    expect(imported).toEqual({
      ok: true,
      rejected: [],
      accepted: [
        {
          name: 'Pickup',
          draft,
          sendToThird: true,
          defaults: { order: 'to confirm' },
          samples: { name: 'Amina' },
        },
      ],
    });
  });

  it('read damaged defaults as none, keeping the template', () => {
    const file = toTemplatesFile([createTemplate({ name: 'Pickup', draft, sendToThird: true })]);
    const entry = { ...file.templates[0], defaults: 'nope', samples: { name: 3 } };
    const imported = readTemplatesFile(JSON.stringify({ ...file, templates: [entry] }));
    expect(imported).toMatchObject({ ok: true, accepted: [{ name: 'Pickup', draft }] });
    expect(imported.ok && imported.accepted[0]).not.toHaveProperty('defaults');
  });
});
