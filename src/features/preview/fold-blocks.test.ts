import { describe, expect, it } from 'vitest';
import { tokenize, tokensToSource } from '../../domain/message/format.ts';
import { foldBlocks, inlinesToPlainText, READ_MORE_MAX_CHARS, READ_MORE_MAX_LINES } from './fold-blocks.ts';

function visible(text: string, maxChars?: number, maxLines?: number) {
  const { blocks, folded } = foldBlocks(tokenize(text), maxChars, maxLines);
  return { text: blocks.map((block) => inlinesToPlainText(block.children)).join('\n'), folded, blocks };
}

describe('foldBlocks', () => {
  it('leaves a text that fits untouched', () => {
    const blocks = tokenize('*Bonjour* Adil\n- un\n- deux');
    expect(foldBlocks(blocks)).toEqual({ blocks, folded: false });
  });

  it('keeps a text of exactly the limits whole', () => {
    expect(visible('a'.repeat(READ_MORE_MAX_CHARS)).folded).toBe(false);
    expect(visible(Array.from({ length: READ_MORE_MAX_LINES }, () => 'x').join('\n')).folded).toBe(false);
  });

  it('folds past the character budget, at a space when one is near', () => {
    const words = Array.from({ length: 300 }, (_, i) => `mot${i}`).join(' ');
    const { text, folded } = visible(words);
    expect(folded).toBe(true);
    expect([...text].length).toBeLessThanOrEqual(READ_MORE_MAX_CHARS);
    expect(words.startsWith(text)).toBe(true);
    expect(words.charAt(text.length)).toBe(' ');
  });

  it('folds past the line budget', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `ligne ${i + 1}`);
    const { text, folded } = visible(lines.join('\n'));
    expect(folded).toBe(true);
    expect(text).toBe(lines.slice(0, READ_MORE_MAX_LINES).join('\n'));
  });

  it('counts the line breaks inside a ``` block', () => {
    const code = '```' + Array.from({ length: 30 }, (_, i) => `l${i}`).join('\n') + '```';
    const { text, folded } = visible(code, 1000, 5);
    expect(folded).toBe(true);
    expect(text.split('\n')).toHaveLength(5);
  });

  it('keeps formatting that spans the cut', () => {
    const { blocks, folded } = visible('*' + 'gras '.repeat(50) + 'fin*', 20);
    expect(folded).toBe(true);
    expect(blocks[0]?.children[0]?.type).toBe('bold');
  });

  it('never cuts inside a grapheme', () => {
    const family = '👨‍👩‍👧';
    const { text } = visible(family.repeat(10), 7);
    expect(text).toBe(family);
  });

  it('does not leave half a link clickable', () => {
    const { blocks } = visible('https://example.com/' + 'a'.repeat(100), 30);
    expect(blocks[0]?.children.every((token) => token.type !== 'link')).toBe(true);
  });

  it('does not end on an empty line when the budget runs out at a block boundary', () => {
    const { blocks, folded } = visible('abc\ndef', 3);
    expect(folded).toBe(true);
    expect(tokensToSource(blocks)).toBe('abc\n');
  });
});
