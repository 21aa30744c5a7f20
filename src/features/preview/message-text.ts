import { assertNever } from '../../domain/assert-never.ts';
import { type Draft } from '../../domain/message/draft.ts';
import { tokenize } from '../../domain/message/format.ts';
import { inlinesToPlainText } from './fold-blocks.ts';

const blank = (text: string) => text.trim() === '';

/** Nothing typed anywhere: the preview shows a hint instead of an empty bubble. */
export function isDraftEmpty(draft: Draft): boolean {
  switch (draft.kind) {
    case 'text':
    case 'location_request':
      return blank(draft.body);
    case 'location':
      return [draft.latitude, draft.longitude, draft.name, draft.address].every(blank);
    case 'button':
      return blank(draft.header) && blank(draft.body) && draft.buttons.every((b) => blank(b.title));
    case 'list':
      return (
        blank(draft.header) &&
        blank(draft.body) &&
        blank(draft.button) &&
        draft.sections.every(
          (s) => blank(s.title) && s.rows.every((r) => blank(r.title) && blank(r.description)),
        )
      );
    default:
      return assertNever(draft);
  }
}

/** What a reply quotes of the message it answers: its header, else its text without formatting marks. */
export function quoteOf(header: string, body: string): string {
  if (!blank(header)) return header.trim();
  return tokenize(body)
    .map((block) => inlinesToPlainText(block.children))
    .join('\n')
    .trim();
}
