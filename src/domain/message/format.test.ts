import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Block, type Inline, inlinesToSource, tokenize, tokensToSource } from './format.ts';

const plain = (text: string): Inline => ({ type: 'plain', text });
const bold = (...children: Inline[]): Inline => ({ type: 'bold', marker: '*', children });
const italic = (...children: Inline[]): Inline => ({ type: 'italic', marker: '_', children });
const strike = (...children: Inline[]): Inline => ({ type: 'strike', marker: '~', children });
const mono = (text: string): Inline => ({ type: 'mono', marker: '```', text });
const code = (text: string): Inline => ({ type: 'code', marker: '`', text });
const link = (text: string, href = text): Inline => ({ type: 'link', text, href });

/** The inline tokens of a one-block text. */
function inlines(text: string): Inline[] {
  const blocks = tokenize(text);
  expect(blocks).toHaveLength(1);
  expect(blocks[0]?.type).toBe('paragraph');
  return blocks[0]?.children ?? [];
}

describe('tokenize: inline markers', () => {
  it.each([
    ['*bold*', [bold(plain('bold'))]],
    ['_italic_', [italic(plain('italic'))]],
    ['~strike~', [strike(plain('strike'))]],
    ['`code`', [code('code')]],
    ['```mono```', [mono('mono')]],
    ['a *b* c', [plain('a '), bold(plain('b')), plain(' c')]],
    ['*two words*', [bold(plain('two words'))]],
    ['*x*', [bold(plain('x'))]],
  ])('%j', (text, expected) => {
    expect(inlines(text)).toEqual(expected);
  });

  it('nests different markers', () => {
    expect(inlines('*_bold italic_*')).toEqual([bold(italic(plain('bold italic')))]);
    expect(inlines('_*x*_')).toEqual([italic(bold(plain('x')))]);
    expect(inlines('~*_all three_*~')).toEqual([strike(bold(italic(plain('all three'))))]);
    expect(inlines('*bold _and italic_ here*')).toEqual([
      bold(plain('bold '), italic(plain('and italic')), plain(' here')),
    ]);
  });

  it('lets punctuation touch the markers', () => {
    expect(inlines('(*a*)')).toEqual([plain('('), bold(plain('a')), plain(')')]);
    expect(inlines('*a*, *b*.')).toEqual([bold(plain('a')), plain(', '), bold(plain('b')), plain('.')]);
    expect(inlines('"_quoted_"!')).toEqual([plain('"'), italic(plain('quoted')), plain('"!')]);
  });

  it.each([
    '2*3*4',
    'snake_case_name',
    'a~b~c',
    'foo*bar*',
    '*bar*foo',
    'x * not bold*',
    '*not bold *',
    '**',
    '__',
    '~~',
    '``',
    '*',
    'unmatched *bold',
    'unmatched _italic',
    '` not code`',
    '`not code `',
    '```',
    '``` ```',
    'a```x```',
    '``x`',
    '`x``',
  ])('keeps %j as plain text', (text) => {
    expect(inlines(text)).toEqual([plain(text)]);
  });

  it('takes the first closer that can close', () => {
    expect(inlines('*a* b*')).toEqual([bold(plain('a')), plain(' b*')]);
    expect(inlines('*a *b* c*')).toEqual([bold(plain('a *b')), plain(' c*')]);
  });

  it('drops crossed spans back to text', () => {
    expect(inlines('*a _b* c_')).toEqual([bold(plain('a _b')), plain(' c_')]);
    expect(inlines('_a *b_ c*')).toEqual([italic(plain('a *b')), plain(' c*')]);
  });

  it('keeps code and mono contents raw', () => {
    expect(inlines('`*not bold*`')).toEqual([code('*not bold*')]);
    expect(inlines('```*not _bold_ https://a.com```')).toEqual([mono('*not _bold_ https://a.com')]);
    expect(inlines('*bold `code*` end*')).toEqual([bold(plain('bold '), code('code*'), plain(' end'))]);
  });

  it('does not let inline markers cross a line break', () => {
    const blocks = tokenize('*a\nb*');
    expect(blocks.map((block) => block.children)).toEqual([[plain('*a')], [plain('b*')]]);
    expect(tokenize('`a\nb`').map((block) => block.children)).toEqual([[plain('`a')], [plain('b`')]]);
  });

  it('lets ``` span lines inside one block', () => {
    const text = 'see ```line 1\n*line 2*\r\n- line 3``` after\nnext';
    expect(tokenize(text)).toEqual<Block[]>([
      {
        type: 'paragraph',
        children: [plain('see '), mono('line 1\n*line 2*\r\n- line 3'), plain(' after')],
        lineEnding: '\n',
      },
      { type: 'paragraph', children: [plain('next')], lineEnding: '' },
    ]);
  });

  it('reads a fenced block written on its own lines', () => {
    expect(tokenize('```\nconst a = 1;\n```')).toEqual<Block[]>([
      { type: 'paragraph', children: [mono('\nconst a = 1;\n')], lineEnding: '' },
    ]);
  });

  it('handles emoji next to markers', () => {
    expect(inlines('😀*bold*😀')).toEqual([plain('😀'), bold(plain('bold')), plain('😀')]);
    expect(inlines('❤️*love*')).toEqual([plain('❤️'), bold(plain('love'))]);
    expect(inlines('*👨‍👩‍👧*')).toEqual([bold(plain('👨‍👩‍👧'))]);
    expect(inlines('_🇲🇦 Maroc_')).toEqual([italic(plain('🇲🇦 Maroc'))]);
  });

  it('handles Arabic text', () => {
    expect(inlines('مرحبا *بالعالم* اليوم')).toEqual([
      plain('مرحبا '),
      bold(plain('بالعالم')),
      plain(' اليوم'),
    ]);
    expect(inlines('_مَرْحَبًا_')).toEqual([italic(plain('مَرْحَبًا'))]);
    expect(inlines('~شكرا~، صديقي')).toEqual([strike(plain('شكرا')), plain('، صديقي')]);
    expect(inlines('كلمة*داخل*كلمة')).toEqual([plain('كلمة*داخل*كلمة')]);
  });
});

describe('tokenize: links', () => {
  it.each([
    ['https://example.com', [link('https://example.com')]],
    ['http://example.com/a?b=1#c', [link('http://example.com/a?b=1#c')]],
    ['www.example.com', [link('www.example.com', 'https://www.example.com')]],
    ['WWW.Example.com/Path', [link('WWW.Example.com/Path', 'https://WWW.Example.com/Path')]],
    ['go to https://a.com.', [plain('go to '), link('https://a.com'), plain('.')]],
    ['https://a.com, then', [link('https://a.com'), plain(', then')]],
    ['(see www.a.com)', [plain('(see '), link('www.a.com', 'https://www.a.com'), plain(')')]],
    ['wow https://a.com!', [plain('wow '), link('https://a.com'), plain('!')]],
    ['really https://a.com/x?', [plain('really '), link('https://a.com/x'), plain('?')]],
    ['https://a.com/path/...', [link('https://a.com/path/'), plain('...')]],
    [
      'https://en.wikipedia.org/wiki/Fez_(city))',
      [link('https://en.wikipedia.org/wiki/Fez_(city)'), plain(')')],
    ],
    ['https://a.com😀', [link('https://a.com'), plain('😀')]],
    ['https://a.com/مرحبا', [link('https://a.com/مرحبا')]],
  ])('%j', (text, expected) => {
    expect(inlines(text)).toEqual(expected);
  });

  it.each([
    'xwww.a.com',
    'a.www.b.com',
    'www.',
    'www.nodot',
    'https://',
    'https://.',
    'ftp://a.com',
    'mehttp://a.com',
  ])('does not link %j', (text) => {
    expect(inlines(text).some((token) => token.type === 'link')).toBe(false);
  });

  it('links inside formatted spans', () => {
    expect(inlines('*https://a.com*')).toEqual([bold(link('https://a.com'))]);
    expect(inlines('_see www.a.com_')).toEqual([
      italic(plain('see '), link('www.a.com', 'https://www.a.com')),
    ]);
    expect(inlines('~*www.a.com/x*~')).toEqual([strike(bold(link('www.a.com/x', 'https://www.a.com/x')))]);
  });

  it('does not format inside a link', () => {
    expect(inlines('https://a.com/_x_/y')).toEqual([link('https://a.com/_x_/y')]);
  });
});

describe('tokenize: blocks', () => {
  it('reads quote, bullet and numbered lines', () => {
    const text = '> quoted *text*\n- dash\n* star\n1. one\n12. twelve\nplain';
    expect(tokenize(text)).toEqual<Block[]>([
      { type: 'quote', prefix: '> ', children: [plain('quoted '), bold(plain('text'))], lineEnding: '\n' },
      { type: 'bullet', prefix: '- ', children: [plain('dash')], lineEnding: '\n' },
      { type: 'bullet', prefix: '* ', children: [plain('star')], lineEnding: '\n' },
      { type: 'numbered', prefix: '1. ', number: 1, children: [plain('one')], lineEnding: '\n' },
      { type: 'numbered', prefix: '12. ', number: 12, children: [plain('twelve')], lineEnding: '\n' },
      { type: 'paragraph', children: [plain('plain')], lineEnding: '' },
    ]);
  });

  it('keeps a numbered prefix as typed', () => {
    expect(tokenize('007. agent')[0]).toMatchObject({ type: 'numbered', prefix: '007. ', number: 7 });
  });

  it('reads a bullet whose text is bold', () => {
    expect(tokenize('* *bold* item')[0]).toEqual<Block>({
      type: 'bullet',
      prefix: '* ',
      children: [bold(plain('bold')), plain(' item')],
      lineEnding: '',
    });
  });

  it.each(['>quote', '-dash', '1.one', '1 . one', ' - indented', '> ', '-  ', '3. ', '1234567890. too long'])(
    'reads %j as a paragraph',
    (text) => {
      expect(tokenize(text)[0]?.type).toBe('paragraph');
    },
  );

  it('keeps CRLF, LF and CR line endings', () => {
    expect(tokenize('a\r\nb\nc\rd').map((block) => block.lineEnding)).toEqual(['\r\n', '\n', '\r', '']);
    expect(tokenize('> a\r\n- b\r\n').map((block) => [block.type, block.children])).toEqual([
      ['quote', [plain('a')]],
      ['bullet', [plain('b')]],
    ]);
  });

  it('keeps empty lines and the empty text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('\n\n')).toEqual<Block[]>([
      { type: 'paragraph', children: [], lineEnding: '\n' },
      { type: 'paragraph', children: [], lineEnding: '\n' },
    ]);
  });
});

const MARKER_HEAVY = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '*',
        '_',
        '~',
        '`',
        '```',
        '>',
        '-',
        '.',
        '1',
        '12. ',
        '\n',
        '\r',
        '\r\n',
        ' ',
        '> ',
        '- ',
      ),
      fc.constantFrom('a', 'b', 'é', 'ب', 'ع', '😀', '👍🏽', '❤️', '\u0301', '(', ')', '!', '?', ','),
      fc.constantFrom('https://a.com', 'www.b.org', 'http://', 'www.'),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const ANY_TEXT = fc.oneof(
  MARKER_HEAVY,
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
);

describe('tokenize: properties', () => {
  it('round-trips marker-heavy text', () => {
    fc.assert(
      fc.property(MARKER_HEAVY, (text) => tokensToSource(tokenize(text)) === text),
      { numRuns: 5000 },
    );
  });

  it('round-trips any string, lone surrogates included', () => {
    fc.assert(
      fc.property(ANY_TEXT, (text) => tokensToSource(tokenize(text)) === text),
      { numRuns: 5000 },
    );
  });

  it('never throws and never produces empty spans or adjacent plain tokens', () => {
    const wellFormed = (children: Inline[]): boolean =>
      children.every((token, index) => {
        if (token.type === 'plain') return token.text !== '' && children[index - 1]?.type !== 'plain';
        if (token.type === 'bold' || token.type === 'italic' || token.type === 'strike') {
          return token.children.length > 0 && wellFormed(token.children);
        }
        return true;
      });
    fc.assert(
      fc.property(ANY_TEXT, (text) => tokenize(text).every((block) => wellFormed(block.children))),
      { numRuns: 2000 },
    );
  });

  it('keeps line breaks inside mono tokens and line endings only', () => {
    const breakOutsideMono = (token: Inline): boolean =>
      token.type !== 'mono' && /[\r\n]/.test(inlinesToSource([token]));
    fc.assert(
      fc.property(MARKER_HEAVY, (text) =>
        tokenize(text).every((block) => !block.children.some(breakOutsideMono)),
      ),
      { numRuns: 2000 },
    );
  });
});
