import { isBlank } from '../../domain/message/count.ts';
import { tokenize } from '../../domain/message/format.ts';
import { inlinesToPlainText } from './fold-blocks.ts';

/** What a reply quotes of the message it answers: its header, else its text without formatting marks. */
export function quoteOf(header: string, body: string): string {
  if (!isBlank(header)) return header.trim();
  return tokenize(body)
    .map((block) => inlinesToPlainText(block.children))
    .join('\n')
    .trim();
}
