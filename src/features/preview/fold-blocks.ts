/**
 * WhatsApp folds a long message behind "Read more". Folding works on the token tree, not on the source text, so
 * formatting that spans the cut stays formatted: an open `*` cut in half would otherwise show as a literal star.
 * Budgets count what the reader sees (code points without markers or list prefixes, and lines), and a cut never
 * splits a grapheme (an emoji sequence or a letter with its accents) and prefers the last space before it.
 */
import { assertNever } from '../../domain/assert-never.ts';
import type { Block, Inline } from '../../domain/message/format.ts';

/** About what WhatsApp shows before "Read more". */
export const READ_MORE_MAX_CHARS = 768;
export const READ_MORE_MAX_LINES = 20;

/** How far back a cut may move to land on a space instead of inside a word. */
const WORD_BACKOFF_CHARS = 24;

interface Budget {
  chars: number;
  lines: number;
  /** Set once something had to be left out. */
  cut: boolean;
}

const graphemes =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : undefined;

/** The longest start of `text` that fits the budget, consuming it; sets `budget.cut` when text is left out. */
function take(text: string, budget: Budget): string {
  if (budget.cut) return '';
  let end = 0;
  let chars = 0;
  let lines = 0;
  for (const char of text) {
    if (char === '\n' || char === '\r') {
      // \r\n is one break.
      if (!(char === '\n' && text.charAt(end - 1) === '\r')) {
        if (lines + 1 >= budget.lines) break;
        lines += 1;
      }
    } else {
      if (chars >= budget.chars) break;
      chars += 1;
    }
    end += char.length;
  }
  budget.chars -= chars;
  budget.lines -= lines;
  if (end === text.length) return text;
  budget.cut = true;
  return trimToBoundary(text, end);
}

function trimToBoundary(text: string, end: number): string {
  // The grapheme the cut falls in starts at or before it: found from the cut, not by walking the text to it.
  const safeEnd = Math.min(end, graphemes?.segment(text).containing(end)?.index ?? end);
  const head = text.slice(0, safeEnd);
  if (/^\s/u.test(text.slice(safeEnd))) return head.trimEnd();
  const space = head.search(/\s\S*$/u);
  const atWord = space !== -1 && safeEnd - space <= WORD_BACKOFF_CHARS ? head.slice(0, space) : head;
  return atWord.trimEnd();
}

function foldInlines(inlines: readonly Inline[], budget: Budget): Inline[] {
  const kept: Inline[] = [];
  for (const token of inlines) {
    if (budget.cut) break;
    switch (token.type) {
      case 'plain':
      case 'mono':
      case 'code': {
        const text = take(token.text, budget);
        if (text !== '') kept.push({ ...token, text });
        break;
      }
      case 'link': {
        const text = take(token.text, budget);
        // A link cut in half would lead somewhere else: keep it whole or show the part as text.
        if (text === token.text) kept.push(token);
        else if (text !== '') kept.push({ type: 'plain', text });
        break;
      }
      case 'bold':
      case 'italic':
      case 'strike': {
        const children = foldInlines(token.children, budget);
        if (children.length > 0) kept.push({ ...token, children });
        break;
      }
      default:
        assertNever(token);
    }
  }
  return kept;
}

export interface FoldedBlocks {
  blocks: Block[];
  folded: boolean;
}

/** The blocks a reader sees before "Read more"; `folded` is false when the whole text fits. */
export function foldBlocks(
  blocks: readonly Block[],
  maxChars: number = READ_MORE_MAX_CHARS,
  maxLines: number = READ_MORE_MAX_LINES,
): FoldedBlocks {
  const budget: Budget = { chars: maxChars, lines: maxLines, cut: false };
  const kept: Block[] = [];
  for (const block of blocks) {
    if (budget.lines <= 0 || budget.cut) {
      budget.cut = true;
      break;
    }
    const children = foldInlines(block.children, budget);
    if (budget.cut && children.length === 0) break;
    budget.lines -= 1;
    kept.push({ ...block, children });
  }
  return budget.cut ? { blocks: kept, folded: true } : { blocks: [...blocks], folded: false };
}

/** What the reader sees, without markers: used for one-line quotes of a message. */
export function inlinesToPlainText(inlines: readonly Inline[]): string {
  let text = '';
  for (const token of inlines) {
    switch (token.type) {
      case 'plain':
      case 'link':
      case 'mono':
      case 'code':
        text += token.text;
        break;
      case 'bold':
      case 'italic':
      case 'strike':
        text += inlinesToPlainText(token.children);
        break;
      default:
        assertNever(token);
    }
  }
  return text;
}
