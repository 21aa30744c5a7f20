import { deriveId } from '../../domain/message/draft.ts';

/**
 * The id follows the title ("Oui" → `btn_oui`) until the user edits the id: an id counts as untouched when it is
 * empty or still equal to what the previous title gave.
 */
export function nextAutoId(
  prefix: 'btn' | 'row',
  currentId: string,
  previousTitle: string,
  nextTitle: string,
  position: number,
): string | null {
  const followsTitle = currentId === '' || currentId === deriveId(prefix, previousTitle, position);
  if (!followsTitle) return null;
  return nextTitle === '' ? '' : deriveId(prefix, nextTitle, position);
}
