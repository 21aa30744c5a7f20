/** The words of a draft, for template search and the one-line summaries of templates and history entries. */
import { assertNever } from '../../domain/assert-never.ts';
import { truncateChars } from '../../domain/message/count.ts';
import type { Draft } from '../../domain/message/draft.ts';

const SUMMARY_MAX_CHARS = 80;

/** Every piece of text a draft holds, its body first: what template search looks through. */
export function draftTexts(draft: Draft): string[] {
  switch (draft.kind) {
    case 'text':
    case 'location_request':
      return [draft.body];
    case 'location':
      return [draft.name, draft.address, draft.latitude, draft.longitude];
    case 'button':
      return [draft.body, draft.header, ...draft.buttons.flatMap((b) => [b.title, b.id])];
    case 'list':
      return [
        draft.body,
        draft.header,
        draft.button,
        ...draft.sections.flatMap((s) => [s.title, ...s.rows.flatMap((r) => [r.title, r.description, r.id])]),
      ];
    default:
      return assertNever(draft);
  }
}

/** The first line worth showing for a draft in a list (its body, else its name or header), or ''. */
export function draftSummary(draft: Draft): string {
  const first = draftTexts(draft).find((text) => text.trim() !== '') ?? '';
  const line = first.trim().split('\n')[0] ?? '';
  return truncateChars(line, SUMMARY_MAX_CHARS);
}
