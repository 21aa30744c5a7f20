import { describe, expect, it } from 'vitest';
import examples from './fixtures/spec-examples.json';
import { formatIssuePath, type PayloadIssue } from './issues.ts';
import * as L from './limits.ts';
import { validateEnvelope, validateMessage } from './schema.ts';

type Json = Record<string, unknown>;
const clone = <T>(value: T): T => structuredClone(value);

function issuesOf(json: unknown): PayloadIssue[] {
  const result = validateEnvelope(json);
  return result.success ? [] : result.issues;
}

function pathsOf(json: unknown): string[] {
  return issuesOf(json).map((i) => `${formatIssuePath(i.path)}:${i.key}`);
}

/** Sets a value at a dotted path like `body.action.buttons.0.reply.title`. */
function withValue(base: unknown, path: string, value: unknown): Json {
  const copy = clone(base) as Json;
  const parts = path.split('.');
  let node: Record<string, unknown> = copy;
  parts.slice(0, -1).forEach((part) => {
    node = node[part] as Record<string, unknown>;
  });
  node[parts.at(-1) as string] = value;
  return copy;
}

describe('the spec examples', () => {
  it.each(Object.entries(examples))('%s is valid', (_name, payload) => {
    expect(issuesOf(payload)).toEqual([]);
  });
});

// Every text limit of DESIGN.md §2: a value at the limit passes, one over fails at the right path.
const TEXT_LIMITS: [string, keyof typeof examples, string, number][] = [
  ['text body', 'text', 'body', L.TEXT_BODY_MAX_CHARS],
  ['button header', 'interactive-button', 'body.header.text', L.HEADER_TEXT_MAX_CHARS],
  ['button body', 'interactive-button', 'body.body.text', L.INTERACTIVE_BODY_MAX_CHARS],
  ['button id', 'interactive-button', 'body.action.buttons.1.reply.id', L.BUTTON_ID_MAX_CHARS],
  ['button title', 'interactive-button', 'body.action.buttons.1.reply.title', L.BUTTON_TITLE_MAX_CHARS],
  ['list header', 'interactive-list', 'body.header.text', L.HEADER_TEXT_MAX_CHARS],
  ['list body', 'interactive-list', 'body.body.text', L.LIST_BODY_MAX_CHARS],
  ['list button', 'interactive-list', 'body.action.button', L.LIST_BUTTON_MAX_CHARS],
  ['section title', 'interactive-list', 'body.action.sections.0.title', L.SECTION_TITLE_MAX_CHARS],
  ['row id', 'interactive-list', 'body.action.sections.0.rows.1.id', L.ROW_ID_MAX_CHARS],
  ['row title', 'interactive-list', 'body.action.sections.0.rows.1.title', L.ROW_TITLE_MAX_CHARS],
  [
    'row description',
    'interactive-list',
    'body.action.sections.0.rows.1.description',
    L.ROW_DESCRIPTION_MAX_CHARS,
  ],
  [
    'location request body',
    'interactive-location-request',
    'body.body.text',
    L.LOCATION_REQUEST_BODY_MAX_CHARS,
  ],
];

function dottedToIssuePath(path: string): string {
  return path.replace(/\.(\d+)/g, '[$1]');
}

describe.each(TEXT_LIMITS)('%s', (_label, example, path, limit) => {
  it(`accepts ${limit} characters`, () => {
    expect(issuesOf(withValue(examples[example], path, 'a'.repeat(limit)))).toEqual([]);
  });
  it(`accepts ${limit} emoji (code points, not UTF-16 units)`, () => {
    expect(issuesOf(withValue(examples[example], path, '👍'.repeat(limit)))).toEqual([]);
  });
  it(`refuses ${limit + 1} characters at ${path}`, () => {
    const issues = issuesOf(withValue(examples[example], path, 'é'.repeat(limit + 1)));
    expect(issues).toEqual([
      expect.objectContaining({ key: 'tooLong', params: { count: limit + 1, limit } }),
    ]);
    expect(formatIssuePath(issues[0]?.path ?? [])).toBe(dottedToIssuePath(path));
  });
  if (!path.endsWith('description')) {
    it('refuses empty and blank text', () => {
      expect(pathsOf(withValue(examples[example], path, ''))).toEqual([
        `${dottedToIssuePath(path)}:required`,
      ]);
      expect(pathsOf(withValue(examples[example], path, ' \n '))).toEqual([
        `${dottedToIssuePath(path)}:blank`,
      ]);
    });
  }
});

describe('optional keys', () => {
  it('allows a button or list message without header, and a row without description', () => {
    const button = clone(examples['interactive-button']) as Json;
    delete (button.body as Json).header;
    expect(issuesOf(button)).toEqual([]);
    const list = clone(examples['interactive-list']);
    delete (list.body.action.sections[0]?.rows[0] as Json).description;
    expect(issuesOf(list)).toEqual([]);
  });
  it('allows a location without name and address but refuses them blank', () => {
    const location = clone(examples.location) as Json;
    delete (location.body as Json).name;
    delete (location.body as Json).address;
    expect(issuesOf(location)).toEqual([]);
    expect(pathsOf(withValue(examples.location, 'body.name', '  '))).toEqual(['body.name:blank']);
  });
});

describe('coordinates', () => {
  it.each([
    ['body.latitude', 90, true],
    ['body.latitude', -90, true],
    ['body.latitude', 90.000001, false],
    ['body.latitude', -91, false],
    ['body.longitude', 180, true],
    ['body.longitude', -180, true],
    ['body.longitude', 180.5, false],
    ['body.longitude', -181, false],
  ])('%s = %d valid: %s', (path, value, valid) => {
    expect(pathsOf(withValue(examples.location, path, value))).toEqual(valid ? [] : [`${path}:outOfRange`]);
  });
  it('refuses missing, NaN and string coordinates', () => {
    const missing = clone(examples.location) as Json;
    delete (missing.body as Json).latitude;
    expect(pathsOf(missing)).toEqual(['body.latitude:required']);
    expect(pathsOf(withValue(examples.location, 'body.longitude', Number.NaN))).toEqual([
      'body.longitude:notANumber',
    ]);
    expect(pathsOf(withValue(examples.location, 'body.longitude', '-7.5'))).toEqual([
      'body.longitude:invalidType',
    ]);
  });
});

describe('counts', () => {
  const button = (n: number) => ({ type: 'reply', reply: { id: `b${n}`, title: `T${n}` } });
  it('takes 1 to 3 buttons', () => {
    const base = examples['interactive-button'];
    expect(issuesOf(withValue(base, 'body.action.buttons', [1, 2, 3].map(button)))).toEqual([]);
    expect(pathsOf(withValue(base, 'body.action.buttons', [1, 2, 3, 4].map(button)))).toEqual([
      'body.action.buttons:tooMany',
    ]);
    expect(pathsOf(withValue(base, 'body.action.buttons', []))).toEqual(['body.action.buttons:tooFew']);
  });

  const row = (n: number) => ({ id: `r${n}`, title: `Row ${n}` });
  const sections = (...sizes: number[]) => {
    let n = 0;
    return sizes.map((size, s) => ({ title: `S${s}`, rows: Array.from({ length: size }, () => row(n++)) }));
  };
  it('takes 10 rows in total across sections, not 11', () => {
    const base = examples['interactive-list'];
    expect(issuesOf(withValue(base, 'body.action.sections', sections(4, 6)))).toEqual([]);
    const issues = issuesOf(withValue(base, 'body.action.sections', sections(5, 6)));
    expect(issues).toEqual([
      {
        path: ['body', 'action', 'sections'],
        key: 'tooMany',
        params: { count: 11, limit: 10, item: 'rows' },
      },
    ]);
  });
  it('takes 1 to 10 sections, each with at least one row', () => {
    const base = examples['interactive-list'];
    expect(issuesOf(withValue(base, 'body.action.sections', sections(1, 1, 1, 1, 1, 1, 1, 1, 1, 1)))).toEqual(
      [],
    );
    expect(pathsOf(withValue(base, 'body.action.sections', []))).toEqual(['body.action.sections:tooFew']);
    expect(pathsOf(withValue(base, 'body.action.sections', sections(1, 0)))).toEqual([
      'body.action.sections[1].rows:tooFew',
    ]);
    const eleven = [...sections(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), { title: 'S10', rows: [row(99)] }];
    expect(pathsOf(withValue(base, 'body.action.sections', eleven))).toEqual([
      'body.action.sections:tooMany',
      'body.action.sections:tooMany',
    ]);
  });
});

describe('uniqueness', () => {
  it('flags both buttons sharing an id or a title', () => {
    const base = examples['interactive-button'];
    expect(pathsOf(withValue(base, 'body.action.buttons.1.reply.id', 'btn_yes'))).toEqual([
      'body.action.buttons[0].reply.id:duplicate',
      'body.action.buttons[1].reply.id:duplicate',
    ]);
    expect(pathsOf(withValue(base, 'body.action.buttons.1.reply.title', 'Oui'))).toEqual([
      'body.action.buttons[0].reply.title:duplicate',
      'body.action.buttons[1].reply.title:duplicate',
    ]);
  });
  it('flags row ids shared across sections, and still does so when another field is too long', () => {
    const list = withValue(examples['interactive-list'], 'body.action.sections', [
      { title: 'A', rows: [{ id: 'same', title: 'x'.repeat(30) }] },
      { title: 'B', rows: [{ id: 'same', title: 'y' }] },
    ]);
    expect(pathsOf(list)).toEqual([
      'body.action.sections[0].rows[0].title:tooLong',
      'body.action.sections[0].rows[0].id:duplicate',
      'body.action.sections[1].rows[0].id:duplicate',
    ]);
  });
});

describe('structure', () => {
  it('names an unknown message type and an unknown interactive type', () => {
    expect(issuesOf({ ...examples.text, type: 'video' })).toEqual([
      { path: ['type'], key: 'unknownType', params: { expected: 'text | location | interactive' } },
    ]);
    expect(pathsOf(withValue(examples['interactive-button'], 'body.type', 'carousel'))).toEqual([
      'body.type:unknownType',
    ]);
  });
  it('refuses unknown keys, wrong literals and a missing envelope field', () => {
    expect(pathsOf({ ...examples.text, extra: 1 })).toEqual(['extra:unknownKey']);
    expect(pathsOf(withValue(examples['interactive-location-request'], 'body.action.name', 'x'))).toEqual([
      'body.action.name:invalidValue',
    ]);
    const { conversation_id: _, ...noConversation } = examples.text;
    expect(pathsOf(noConversation)).toEqual(['conversation_id:required']);
    expect(pathsOf({ ...examples.text, conversation_id: '  ' })).toEqual(['conversation_id:blank']);
  });
  it('reports non-objects without throwing', () => {
    for (const value of [null, 1, 'text', [], true, undefined])
      expect(issuesOf(value).length).toBeGreaterThan(0);
  });
  it('accepts a bare {type, body} as a message but not as an envelope', () => {
    const bare = { type: 'text', body: 'Salut' };
    expect(validateMessage(bare).success).toBe(true);
    expect(validateEnvelope(bare).success).toBe(false);
  });
});

describe('text the API cannot take', () => {
  it.each(['\u200B', '\u200D\u200D', '\u3164', '\u2800\u2800', ' \u200B\n'])(
    'refuses a text body made only of invisible characters (%j)',
    (body) => {
      expect(pathsOf(withValue(examples.text, 'body', body))).toEqual(['body:blank']);
    },
  );

  it('refuses a lone surrogate anywhere, even in an otherwise valid text', () => {
    expect(pathsOf(withValue(examples.text, 'body', 'Bonjour \uD83D'))).toEqual(['body:loneSurrogate']);
    expect(
      pathsOf(withValue(examples['interactive-button'], 'body.action.buttons.0.reply.title', 'Oui\uDC00')),
    ).toEqual(['body.action.buttons[0].reply.title:loneSurrogate']);
    expect(pathsOf(withValue(examples.location, 'body.name', '\uD800'))).toEqual(['body.name:loneSurrogate']);
  });

  it('refuses ids that start or end with white space, not titles', () => {
    const button = withValue(examples['interactive-button'], 'body.action.buttons.0.reply.id', ' btn_yes');
    expect(pathsOf(button)).toEqual(['body.action.buttons[0].reply.id:edgeSpace']);
    const row = withValue(examples['interactive-list'], 'body.action.sections.0.rows.0.id', 'row_1 ');
    expect(pathsOf(row)).toContain('body.action.sections[0].rows[0].id:edgeSpace');
    const title = withValue(examples['interactive-button'], 'body.action.buttons.0.reply.title', ' Oui');
    expect(pathsOf(title)).toEqual([]);
  });

  it('compares button titles NFC-normalised: "Café" typed two ways is a duplicate', () => {
    const base = withValue(examples['interactive-button'], 'body.action.buttons.0.reply.title', 'Caf\u00e9');
    const both = withValue(base, 'body.action.buttons.1.reply.title', 'Cafe\u0301');
    expect(pathsOf(both)).toEqual([
      'body.action.buttons[0].reply.title:duplicate',
      'body.action.buttons[1].reply.title:duplicate',
    ]);
  });
});
