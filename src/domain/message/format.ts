/**
 * WhatsApp text formatting as a token tree, never HTML: the preview renders the tree into React nodes.
 *
 * Every token keeps the exact source characters it came from (markers, list prefixes, line endings), so
 * `tokensToSource(tokenize(s)) === s` for any string and nothing typed is ever lost or rewritten.
 *
 * One left-to-right pass, linear in the text (a 4,096-character message must re-tokenize on every keystroke):
 * block prefixes are read at each line start; ``` and ` spans find their closer through tables of the next
 * possible closer, built once and only if a backtick can open; *, _ and ~ use a stack of open spans at most
 * three deep, because a span never nests inside one of its own kind. A closer ends the nearest opener of its
 * kind and openers left open in between fall back to text, which is the same as letting each opener take the
 * first closer that can close it.
 */
import { assertNever } from '../assert-never.ts';

export type LineEnding = '' | '\n' | '\r\n' | '\r';

export type PlainToken = { type: 'plain'; text: string };
export type BoldToken = { type: 'bold'; marker: '*'; children: Inline[] };
export type ItalicToken = { type: 'italic'; marker: '_'; children: Inline[] };
export type StrikeToken = { type: 'strike'; marker: '~'; children: Inline[] };
/** ```monospace```, may span lines; `text` is raw, never formatted further. */
export type MonoToken = { type: 'mono'; marker: '```'; text: string };
/** `inline code`; `text` is raw, never formatted further. */
export type CodeToken = { type: 'code'; marker: '`'; text: string };
/** `text` is the link as typed; `href` gains https:// for www. forms. */
export type LinkToken = { type: 'link'; text: string; href: string };

export type Inline = PlainToken | BoldToken | ItalicToken | StrikeToken | MonoToken | CodeToken | LinkToken;
export type SpanToken = BoldToken | ItalicToken | StrikeToken;

export type ParagraphBlock = { type: 'paragraph'; children: Inline[]; lineEnding: LineEnding };
export type QuoteBlock = { type: 'quote'; prefix: '> '; children: Inline[]; lineEnding: LineEnding };
export type BulletBlock = { type: 'bullet'; prefix: '- ' | '* '; children: Inline[]; lineEnding: LineEnding };
/** `prefix` is the digits, a dot and a space as typed ("07. "); `number` is their value. */
export type NumberedBlock = {
  type: 'numbered';
  prefix: string;
  number: number;
  children: Inline[];
  lineEnding: LineEnding;
};

/**
 * One line of the message, or several when a ``` span crosses line breaks (the breaks then sit inside the
 * mono token and the block ends with the line that closes it).
 */
export type Block = ParagraphBlock | QuoteBlock | BulletBlock | NumberedBlock;

const SPAN_TYPE_BY_MARKER = { '*': 'bold', _: 'italic', '~': 'strike' } as const;
type SpanMarker = keyof typeof SPAN_TYPE_BY_MARKER;
type SpanType = SpanToken['type'];

const NUMBERED_MAX_DIGITS = 9;

const LF = 0x0a;
const CR = 0x0d;
const BACKTICK = 0x60;
const STAR = 0x2a;
const UNDERSCORE = 0x5f;
const TILDE = 0x7e;

const WHITESPACE = /\s/u;
/** Whitespace, punctuation and symbols (emoji included). */
const FLANK = /[\s\p{P}\p{S}]/u;
/** Invisible parts of emoji sequences (joiner, keycap, variation selectors), so "❤️*x*" is bold. */
const EMOJI_GLUE = new Set([0x200d, 0x20e3, 0xfe0e, 0xfe0f]);
const EMOJI_TAG_MIN = 0xe0020;
const EMOJI_TAG_MAX = 0xe007f;
/** Characters that glue a URL to the word before it, so "xwww.a.com" or "a.www.b.com" are not links. */
const URL_GLUE = /[\p{L}\p{N}\p{M}./@-]/u;
const URL_START = /(?:https?:\/\/|www\.)[^\s<>"`\p{Extended_Pictographic}]+/iuy;
const URL_TRAILING_PUNCTUATION = /[\p{P}~]/u;
const URL_KEPT_PUNCTUATION = new Set(['/', '-', '#', '%', '&', '@', '(']);
const WWW_HOST = /^www\.[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/iu;
const SCHEME_HOST_START = /^https?:\/\/[\p{L}\p{N}]/iu;

function codePointBefore(text: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const last = text.charCodeAt(index - 1);
  if (last >= 0xdc00 && last <= 0xdfff && index >= 2) {
    const lead = text.charCodeAt(index - 2);
    if (lead >= 0xd800 && lead <= 0xdbff) return text.codePointAt(index - 2);
  }
  return last;
}

function isFlank(codePoint: number | undefined): boolean {
  if (codePoint === undefined || EMOJI_GLUE.has(codePoint)) return true;
  if (codePoint >= EMOJI_TAG_MIN && codePoint <= EMOJI_TAG_MAX) return true;
  return FLANK.test(String.fromCodePoint(codePoint));
}

function isSpace(codePoint: number | undefined): boolean {
  return codePoint !== undefined && WHITESPACE.test(String.fromCodePoint(codePoint));
}

function isLineBreak(code: number): boolean {
  return code === LF || code === CR;
}

/** Start of text, or after whitespace or punctuation. */
function leftFlanked(text: string, index: number): boolean {
  return isFlank(codePointBefore(text, index));
}

/** End of text, or before whitespace or punctuation. */
function rightFlanked(text: string, index: number): boolean {
  return isFlank(text.codePointAt(index));
}

/** Where ``` and ` spans may close (a lone ` never touches another backtick), precomputed so that an opener finds its closer in constant time. */
type CloserTables = {
  /** Smallest j >= i where a ``` closer starts, or text.length. */
  nextMonoClose: Int32Array;
  /** Smallest j >= i holding a ` closer, or text.length. */
  nextCodeClose: Int32Array;
  /** Smallest j >= i holding \n or \r, or text.length. */
  nextLineBreak: Int32Array;
};

function buildCloserTables(text: string): CloserTables {
  const n = text.length;
  const nextMonoClose = new Int32Array(n + 1).fill(n);
  const nextCodeClose = new Int32Array(n + 1).fill(n);
  const nextLineBreak = new Int32Array(n + 1).fill(n);
  for (let j = n - 1; j >= 0; j--) {
    const code = text.charCodeAt(j);
    nextMonoClose[j] = nextMonoClose[j + 1] ?? n;
    nextCodeClose[j] = nextCodeClose[j + 1] ?? n;
    nextLineBreak[j] = isLineBreak(code) ? j : (nextLineBreak[j + 1] ?? n);
    if (code !== BACKTICK) continue;
    if (text.startsWith('```', j) && rightFlanked(text, j + 3)) nextMonoClose[j] = j;
    const alone = text.charCodeAt(j - 1) !== BACKTICK && text.charCodeAt(j + 1) !== BACKTICK;
    if (j > 0 && alone && !isSpace(codePointBefore(text, j)) && rightFlanked(text, j + 1))
      nextCodeClose[j] = j;
  }
  return { nextMonoClose, nextCodeClose, nextLineBreak };
}

type Frame = { type: SpanType | 'root'; children: Inline[] };

function appendInline(frame: Frame, token: Inline): void {
  const last = frame.children.at(-1);
  if (token.type === 'plain' && last?.type === 'plain') {
    frame.children[frame.children.length - 1] = { type: 'plain', text: last.text + token.text };
  } else {
    frame.children.push(token);
  }
}

function appendPlain(frame: Frame, text: string): void {
  if (text !== '') appendInline(frame, { type: 'plain', text });
}

function spanMarker(type: SpanType): SpanMarker {
  switch (type) {
    case 'bold':
      return '*';
    case 'italic':
      return '_';
    case 'strike':
      return '~';
    default:
      return assertNever(type);
  }
}

function makeSpan(type: SpanType, children: Inline[]): SpanToken {
  switch (type) {
    case 'bold':
      return { type, marker: '*', children };
    case 'italic':
      return { type, marker: '_', children };
    case 'strike':
      return { type, marker: '~', children };
    default:
      return assertNever(type);
  }
}

class InlineParser {
  private readonly text: string;
  private tables: CloserTables | undefined;

  constructor(text: string) {
    this.text = text;
  }

  private closerTables(): CloserTables {
    this.tables ??= buildCloserTables(this.text);
    return this.tables;
  }

  /** Parses from `start` to the first line break outside a ``` span; returns the tokens and where it stopped. */
  parseLine(start: number): { children: Inline[]; end: number } {
    const { text } = this;
    const root: Frame = { type: 'root', children: [] };
    const stack: Frame[] = [root];
    const top = (): Frame => stack[stack.length - 1] ?? root;
    let plainStart = start;
    let i = start;

    const flushPlain = (): void => {
      appendPlain(top(), text.slice(plainStart, i));
    };
    const emit = (token: Inline, end: number): void => {
      flushPlain();
      appendInline(top(), token);
      i = end;
      plainStart = end;
    };
    const unwindTop = (): void => {
      const frame = stack.pop();
      if (frame === undefined || frame.type === 'root') return;
      const parent = top();
      appendPlain(parent, spanMarker(frame.type));
      for (const child of frame.children) appendInline(parent, child);
    };

    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (isLineBreak(code)) break;

      if (code === BACKTICK) {
        const mono = this.monoAt(i);
        if (mono !== undefined) {
          emit({ type: 'mono', marker: '```', text: text.slice(i + 3, mono) }, mono + 3);
          continue;
        }
        const close = this.codeCloseAt(i);
        if (close !== undefined) {
          emit({ type: 'code', marker: '`', text: text.slice(i + 1, close) }, close + 1);
          continue;
        }
      } else if (code === STAR || code === UNDERSCORE || code === TILDE) {
        const type = SPAN_TYPE_BY_MARKER[text.charAt(i) as SpanMarker];
        const openIndex = stack.findIndex((frame) => frame.type === type);
        const open = stack[openIndex];
        const nonEmpty = open !== undefined && (open !== top() || open.children.length > 0 || plainStart < i);
        const canClose = !isSpace(codePointBefore(text, i)) && rightFlanked(text, i + 1);
        if (open !== undefined && nonEmpty && canClose) {
          flushPlain();
          while (stack.length - 1 > openIndex) unwindTop();
          stack.pop();
          appendInline(top(), makeSpan(type, open.children));
          i += 1;
          plainStart = i;
          continue;
        }
        const next = text.codePointAt(i + 1);
        if (open === undefined && leftFlanked(text, i) && next !== undefined && !isSpace(next)) {
          flushPlain();
          stack.push({ type, children: [] });
          i += 1;
          plainStart = i;
          continue;
        }
      } else if (code === 0x68 || code === 0x48 || code === 0x77 || code === 0x57) {
        const end = this.urlEndAt(i);
        if (end !== undefined) {
          const url = text.slice(i, end);
          const href = /^www\./i.test(url) ? `https://${url}` : url;
          emit({ type: 'link', text: url, href }, end);
          continue;
        }
      }
      i += 1;
    }

    flushPlain();
    while (stack.length > 1) unwindTop();
    return { children: root.children, end: i };
  }

  /** Index of the closing ``` for an opener at `i`, if any. Content must hold a non-space character. */
  private monoAt(i: number): number | undefined {
    const { text } = this;
    if (!text.startsWith('```', i) || !leftFlanked(text, i)) return undefined;
    let firstVisible = i + 3;
    while (firstVisible < text.length && isSpace(text.codePointAt(firstVisible))) firstVisible += 1;
    if (firstVisible >= text.length) return undefined;
    const close = this.closerTables().nextMonoClose[firstVisible + 1] ?? text.length;
    return close < text.length ? close : undefined;
  }

  /** Index of the closing ` for an opener at `i` on the same line, if any. */
  private codeCloseAt(i: number): number | undefined {
    const { text } = this;
    const next = text.codePointAt(i + 1);
    if (next === undefined || next === BACKTICK || isSpace(next)) return undefined;
    if (text.charCodeAt(i - 1) === BACKTICK || !leftFlanked(text, i)) return undefined;
    const tables = this.closerTables();
    const close = tables.nextCodeClose[i + 2] ?? text.length;
    const lineBreak = tables.nextLineBreak[i] ?? text.length;
    return close < text.length && close < lineBreak ? close : undefined;
  }

  /** End of a link starting at `i`, without trailing punctuation, if one starts there. */
  private urlEndAt(i: number): number | undefined {
    const { text } = this;
    const before = codePointBefore(text, i);
    if (before !== undefined && URL_GLUE.test(String.fromCodePoint(before))) return undefined;
    URL_START.lastIndex = i;
    const match = URL_START.exec(text);
    if (match === null) return undefined;
    const url = match[0];
    let end = url.length;
    let unmatchedClosing = 0;
    for (const char of url) {
      if (char === '(') unmatchedClosing -= 1;
      else if (char === ')') unmatchedClosing += 1;
    }
    while (end > 0) {
      const last = url.charAt(end - 1);
      if (last === ')') {
        if (unmatchedClosing <= 0) break;
        unmatchedClosing -= 1;
      } else if (!URL_TRAILING_PUNCTUATION.test(last) || URL_KEPT_PUNCTUATION.has(last)) {
        break;
      }
      end -= 1;
    }
    const link = url.slice(0, end);
    const valid = /^www\./i.test(link)
      ? WWW_HOST.test(link.split(/[/?#:]/, 1)[0] ?? '')
      : SCHEME_HOST_START.test(link);
    return valid ? i + end : undefined;
  }
}

type Prefix =
  | { type: 'paragraph' }
  | { type: 'quote'; prefix: '> ' }
  | { type: 'bullet'; prefix: '- ' | '* ' }
  | { type: 'numbered'; prefix: string; number: number };

/** A list or quote prefix counts only when something visible follows it on the same line. */
function hasVisibleTextAt(text: string, index: number): boolean {
  for (let i = index; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) return false;
    if (!isSpace(code)) return true;
  }
  return false;
}

function readPrefix(text: string, start: number): Prefix {
  const first = text.charAt(start);
  if ((first === '>' || first === '-' || first === '*') && text.charAt(start + 1) === ' ') {
    if (!hasVisibleTextAt(text, start + 2)) return { type: 'paragraph' };
    if (first === '>') return { type: 'quote', prefix: '> ' };
    return { type: 'bullet', prefix: first === '-' ? '- ' : '* ' };
  }
  let digitsEnd = start;
  while (digitsEnd - start < NUMBERED_MAX_DIGITS && /[0-9]/.test(text.charAt(digitsEnd))) digitsEnd += 1;
  if (digitsEnd > start && text.startsWith('. ', digitsEnd) && hasVisibleTextAt(text, digitsEnd + 2)) {
    const prefix = text.slice(start, digitsEnd + 2);
    return { type: 'numbered', prefix, number: Number(text.slice(start, digitsEnd)) };
  }
  return { type: 'paragraph' };
}

function prefixLength(prefix: Prefix): number {
  return prefix.type === 'paragraph' ? 0 : prefix.prefix.length;
}

function readLineEnding(text: string, index: number): LineEnding {
  if (text.startsWith('\r\n', index)) return '\r\n';
  if (text.charAt(index) === '\n') return '\n';
  if (text.charAt(index) === '\r') return '\r';
  return '';
}

export function tokenize(text: string): Block[] {
  const parser = new InlineParser(text);
  const blocks: Block[] = [];
  let position = 0;
  while (position < text.length) {
    const prefix = readPrefix(text, position);
    const { children, end } = parser.parseLine(position + prefixLength(prefix));
    const lineEnding = readLineEnding(text, end);
    blocks.push({ ...prefix, children, lineEnding });
    position = end + lineEnding.length;
  }
  return blocks;
}

export function inlinesToSource(inlines: readonly Inline[]): string {
  let source = '';
  for (const token of inlines) {
    switch (token.type) {
      case 'plain':
      case 'link':
        source += token.text;
        break;
      case 'bold':
      case 'italic':
      case 'strike':
        source += token.marker + inlinesToSource(token.children) + token.marker;
        break;
      case 'mono':
      case 'code':
        source += token.marker + token.text + token.marker;
        break;
      default:
        assertNever(token);
    }
  }
  return source;
}

function blockPrefix(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return '';
    case 'quote':
    case 'bullet':
    case 'numbered':
      return block.prefix;
    default:
      return assertNever(block);
  }
}

export function tokensToSource(blocks: readonly Block[]): string {
  let source = '';
  for (const block of blocks)
    source += blockPrefix(block) + inlinesToSource(block.children) + block.lineEnding;
  return source;
}
