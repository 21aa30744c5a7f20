import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coordinateToField,
  fromPayload,
  payloadHasFooter,
  toEnvelope,
  toPayload,
  validateDraft,
} from './codec.ts';
import {
  type ButtonDraft,
  type Draft,
  type ListDraft,
  deriveId,
  emptyDrafts,
  isDraftEmpty,
} from './draft.ts';
import examples from './fixtures/spec-examples.json';
import { isWarning } from './issues.ts';
import { FOOTER_TEXT_MAX_CHARS } from './limits.ts';
import { validateEnvelope, validateMessage } from './schema.ts';
import { validDraft } from './testing/arbitraries.ts';

const RUNS = { numRuns: 1000 };

describe('the spec examples', () => {
  it.each(Object.entries(examples))(
    '%s survives fromPayload then toEnvelope, keys in order',
    (_name, payload) => {
      const result = fromPayload(payload);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      const rebuilt = toEnvelope(result.draft, {
        sendToThird: result.sendToThird ?? false,
        conversationId: result.conversationId ?? '',
      });
      expect(rebuilt).toEqual(payload);
      // Same keys in the same order, at every depth.
      expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(payload));
    },
  );

  it('reads a bare {type, body} too', () => {
    const result = fromPayload({ type: examples.location.type, body: examples.location.body });
    expect(result).toEqual({
      ok: true,
      draft: {
        kind: 'location',
        latitude: '33.5731',
        longitude: '-7.5898',
        name: 'Digishare HQ',
        address: 'Casablanca, Maroc',
      },
    });
  });
});

describe('toPayload', () => {
  it('omits empty optional keys', () => {
    const button: ButtonDraft = { kind: 'button', header: '', body: 'B', buttons: [{ id: 'a', title: 'A' }] };
    expect(toPayload(button)).toEqual({
      type: 'interactive',
      body: {
        type: 'button',
        body: { text: 'B' },
        action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
      },
    });
    const list: ListDraft = {
      kind: 'list',
      header: '',
      body: 'B',
      button: 'Voir',
      sections: [{ title: 'S', rows: [{ id: 'r', title: 'R', description: '' }] }],
    };
    expect(JSON.stringify(toPayload(list))).toBe(
      '{"type":"interactive","body":{"type":"list","body":{"text":"B"},"action":{"button":"Voir","sections":[{"title":"S","rows":[{"id":"r","title":"R"}]}]}}}',
    );
    expect(toPayload({ kind: 'location', latitude: '1', longitude: '2', name: '', address: '' })).toEqual({
      type: 'location',
      body: { latitude: 1, longitude: 2 },
    });
  });

  it('keeps over-limit text exactly as typed', () => {
    const body = 'x'.repeat(5000);
    expect(toPayload({ kind: 'text', body })).toEqual({ type: 'text', body });
  });
});

describe('validateDraft', () => {
  it('reports issues at draft paths', () => {
    const draft: ButtonDraft = {
      kind: 'button',
      header: '',
      body: 'B',
      buttons: [
        { id: 'a', title: 'x'.repeat(21) },
        { id: 'a', title: 'Non' },
      ],
    };
    expect(validateDraft(draft)).toEqual([
      { path: ['buttons', 0, 'title'], key: 'tooLong', params: { count: 21, limit: 20 } },
      { path: ['buttons', 0, 'id'], key: 'duplicate', params: { value: 'a' } },
      { path: ['buttons', 1, 'id'], key: 'duplicate', params: { value: 'a' } },
    ]);
  });

  it('maps list issues into sections and rows', () => {
    const draft: ListDraft = {
      kind: 'list',
      header: 'h'.repeat(61),
      body: '',
      button: 'Voir',
      sections: [
        { title: 'S', rows: [{ id: 'r', title: 'R', description: 'd'.repeat(73) }] },
        { title: '', rows: [] },
      ],
    };
    expect(validateDraft(draft).map((i) => `${i.path.join('/')}:${i.key}`)).toEqual([
      'header:tooLong',
      'body:required',
      'sections/0/rows/0/description:tooLong',
      'sections/1/title:required',
      'sections/1/rows:tooFew',
    ]);
  });

  it('says which coordinate is missing, not a number or out of range', () => {
    const issues = (latitude: string, longitude: string) =>
      validateDraft({ kind: 'location', latitude, longitude, name: '', address: '' }).map(
        (i) => `${i.path.join('/')}:${i.key}`,
      );
    expect(issues('', 'abc')).toEqual(['latitude:required', 'longitude:notANumber']);
    expect(issues('91', '-7.5')).toEqual(['latitude:outOfRange']);
    expect(issues('33,5', '-7.5')).toEqual([]);
  });

  it('finds the empty drafts incomplete, each kind', () => {
    for (const draft of Object.values(emptyDrafts())) expect(validateDraft(draft).length).toBeGreaterThan(0);
  });
});

describe('fromPayload', () => {
  it('returns issues and the draft when only rules fail, so nothing typed is lost', () => {
    const payload = structuredClone(examples['interactive-button']);
    const title = 'Un titre bien trop long ici';
    payload.body.action.buttons[1]!.reply.title = title;
    const result = fromPayload(payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        path: ['body', 'action', 'buttons', 1, 'reply', 'title'],
        key: 'tooLong',
        params: { count: 27, limit: 20 },
      },
    ]);
    expect(result.draft).toMatchObject({
      kind: 'button',
      buttons: [{ id: 'btn_yes' }, { id: 'btn_no', title }],
    });
  });

  it('returns issues without a draft when the structure is wrong', () => {
    const result = fromPayload({ type: 'interactive', body: { type: 'button', action: 'x' } });
    expect(result).toMatchObject({ ok: false });
    expect(result.ok === false && result.draft).toBe(undefined);
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = fromPayload(json);
        expect(typeof result.ok).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary payload-like objects', () => {
    const anything = fc.anything({ maxDepth: 4 });
    const shaped = fc.record({
      type: fc.constantFrom('text', 'location', 'interactive', 'x'),
      body: fc.oneof(
        anything,
        fc.record({
          type: fc.constantFrom('button', 'list', 'location_request_message', 'y'),
          body: anything,
          action: anything,
          header: anything,
        }),
      ),
    });
    fc.assert(
      fc.property(shaped, (json) => void fromPayload(json)),
      RUNS,
    );
  });
});

describe('round trip', () => {
  it('fromPayload(toPayload(draft)) gives back every valid draft', () => {
    fc.assert(
      fc.property(validDraft, (draft: Draft) => {
        expect(validateDraft(draft)).toEqual([]);
        const envelope = toEnvelope(draft, { sendToThird: true, conversationId: 'conv_1' });
        expect(validateEnvelope(envelope)).toEqual({ success: true, data: envelope });
        const back = fromPayload(JSON.parse(JSON.stringify(envelope)));
        expect(back).toEqual({ ok: true, draft, sendToThird: true, conversationId: 'conv_1' });
      }),
      RUNS,
    );
  });

  it('writes coordinates back without exponents', () => {
    expect(coordinateToField(1e-7)).toBe('0.0000001');
    expect(coordinateToField(-2.5e-7)).toBe('-0.00000025');
    expect(coordinateToField(33.5731)).toBe('33.5731');
    fc.assert(
      fc.property(fc.double({ min: -180, max: 180, noNaN: true }), (n) => {
        expect(Number(coordinateToField(n))).toBe(n === 0 ? 0 : n);
        expect(coordinateToField(n)).not.toMatch(/e/);
      }),
      RUNS,
    );
  });
});

describe('deriveId', () => {
  it.each([
    ['btn', 'Oui', 0, 'btn_oui'],
    ['row', 'Problèmes API', 0, 'row_problemes_api'],
    ['btn', '  Ça marche !', 1, 'btn_ca_marche'],
    ['btn', 'نعم', 2, 'btn_3'],
    ['row', '👍', 0, 'row_1'],
  ] as const)('%s + %j → %s', (prefix, title, position, expected) => {
    expect(deriveId(prefix, title, position)).toBe(expected);
  });
});

describe('isDraftEmpty', () => {
  it('sees typed text, not blanks or derived structure', () => {
    for (const draft of Object.values(emptyDrafts())) expect(isDraftEmpty(draft)).toBe(true);
    expect(isDraftEmpty({ kind: 'text', body: ' \n' })).toBe(true);
    expect(
      isDraftEmpty({ kind: 'button', header: '', body: '', buttons: [{ id: 'btn_x', title: '' }] }),
    ).toBe(true);
    expect(isDraftEmpty({ kind: 'location', latitude: '3', longitude: '', name: '', address: '' })).toBe(
      false,
    );
    fc.assert(
      fc.property(validDraft, (draft) => {
        expect(isDraftEmpty(draft)).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('warnings', () => {
  it('warns about two rows with the same title (as a reader sees it) without blocking the message', () => {
    const draft: Draft = {
      kind: 'list',
      header: '',
      body: 'Choisissez',
      button: 'Voir',
      sections: [
        {
          title: 'A',
          rows: [
            { id: 'r1', title: 'Caf\u00e9', description: '' },
            { id: 'r2', title: 'Cafe\u0301 ', description: '' },
          ],
        },
        { title: 'B', rows: [{ id: 'r3', title: 'Thé', description: '' }] },
      ],
    };
    const issues = validateDraft(draft);
    expect(issues.map((i) => [i.key, i.path.join('.')])).toEqual([
      ['duplicateTitle', 'sections.0.rows.0.title'],
      ['duplicateTitle', 'sections.0.rows.1.title'],
    ]);
    expect(issues.every(isWarning)).toBe(true);
    expect(validateMessage(toPayload(draft)).success).toBe(true);
  });
});

describe('footer (WhatsApp has it, Digishare does not document it)', () => {
  const buttons = {
    type: 'interactive',
    body: {
      type: 'button',
      body: { text: 'Choisissez' },
      footer: { text: 'Réponse sous 24 h' },
      action: { buttons: [{ type: 'reply', reply: { id: 'oui', title: 'Oui' } }] },
    },
  };
  const list = {
    type: 'interactive',
    body: {
      type: 'list',
      body: { text: 'Menu' },
      footer: { text: 'Digishare' },
      action: {
        button: 'Voir',
        sections: [{ title: 'S', rows: [{ id: 'r1', title: 'Un' }] }],
      },
    },
  };

  it('is kept on import, on buttons and lists, and warned about without blocking', () => {
    const fromButtons = fromPayload(buttons);
    expect(fromButtons).toMatchObject({ ok: true, draft: { kind: 'button', footer: 'Réponse sous 24 h' } });
    const fromList = fromPayload(list);
    expect(fromList).toMatchObject({ ok: true, draft: { kind: 'list', footer: 'Digishare' } });
    for (const result of [fromButtons, fromList]) {
      if (!result.draft) throw new Error('no draft');
      const issues = validateDraft(result.draft);
      expect(issues).toEqual([{ path: ['footer'], key: 'undocumentedFooter' }]);
      expect(issues.every(isWarning)).toBe(true);
    }
  });

  it('goes back into the payload where WhatsApp puts it, between body and action', () => {
    const result = fromPayload(buttons);
    if (!result.draft) throw new Error('no draft');
    const payload = toPayload(result.draft);
    expect(payload).toEqual(buttons);
    expect(Object.keys(payload.body)).toEqual(['type', 'body', 'footer', 'action']);
    expect(payloadHasFooter(payload)).toBe(true);
    expect(payloadHasFooter(toPayload({ ...result.draft, footer: '' } as ButtonDraft))).toBe(false);
    const { footer: _removed, ...withoutFooter } = result.draft as ButtonDraft;
    expect(payloadHasFooter(toPayload(withoutFooter))).toBe(false);
    expect(validateDraft(withoutFooter)).toEqual([]);
  });

  it('round-trips any valid button or list draft with a footer', () => {
    const footer = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: FOOTER_TEXT_MAX_CHARS })
      .filter((text) => validateMessage({ type: 'text', body: text }).success);
    fc.assert(
      fc.property(
        validDraft.filter((d) => d.kind === 'button' || d.kind === 'list'),
        footer,
        (draft, text) => {
          const withFooter = { ...draft, footer: text } as Draft;
          const back = fromPayload(JSON.parse(JSON.stringify(toPayload(withFooter))));
          expect(back).toEqual({ ok: true, draft: withFooter });
        },
      ),
      RUNS,
    );
  });

  it('has WhatsApp’s limit of 60 characters and the rules of any text', () => {
    const withFooter = (text: string) => ({ ...buttons, body: { ...buttons.body, footer: { text } } });
    expect(fromPayload(withFooter('é'.repeat(FOOTER_TEXT_MAX_CHARS))).ok).toBe(true);
    expect(fromPayload(withFooter('é'.repeat(FOOTER_TEXT_MAX_CHARS + 1)))).toMatchObject({
      ok: false,
      issues: [{ path: ['body', 'footer', 'text'], key: 'tooLong', params: { count: 61, limit: 60 } }],
      draft: { footer: 'é'.repeat(61) },
    });
    expect(fromPayload(withFooter('  '))).toMatchObject({
      ok: false,
      issues: [{ path: ['body', 'footer', 'text'], key: 'blank' }],
    });
    const result = fromPayload(withFooter('x'.repeat(61)));
    if (!result.draft) throw new Error('no draft');
    expect(validateDraft(result.draft)).toContainEqual({
      path: ['footer'],
      key: 'tooLong',
      params: { count: 61, limit: 60 },
    });
  });

  it('a typo of it is still an unknown key, and footer stays refused where WhatsApp has none', () => {
    const typo = { ...buttons, body: { ...buttons.body, footer: undefined, fotter: { text: 'x' } } };
    expect(fromPayload(JSON.parse(JSON.stringify(typo)))).toEqual({
      ok: false,
      issues: [{ path: ['body', 'fotter'], key: 'unknownKey' }],
    });
    expect(fromPayload({ type: 'text', body: 'Salut', footer: { text: 'x' } })).toMatchObject({
      ok: false,
      issues: [{ path: ['footer'], key: 'unknownKey' }],
    });
    expect(
      fromPayload({
        type: 'interactive',
        body: {
          type: 'location_request_message',
          body: { text: 'Où ?' },
          footer: { text: 'x' },
          action: { name: 'send_location' },
        },
      }),
    ).toMatchObject({ ok: false, issues: [{ path: ['body', 'footer'], key: 'unknownKey' }] });
    expect(
      fromPayload({ ...buttons, body: { ...buttons.body, footer: { text: 'x', extra: 1 } } }),
    ).toMatchObject({ ok: false, issues: [{ path: ['body', 'footer', 'extra'], key: 'unknownKey' }] });
  });
});
