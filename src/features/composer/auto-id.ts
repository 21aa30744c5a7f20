import { deriveId } from '../../domain/message/draft.ts';

/** `base`, or `base_2`, `base_3`… — the first one no other item holds. */
export function uniqueId(base: string, taken: readonly string[]): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}_${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Whether `id` is what `base` became, possibly with the suffix that kept it unique. */
function isDerivedFrom(id: string, base: string): boolean {
  if (id === base) return true;
  if (!id.startsWith(`${base}_`)) return false;
  return /^[2-9]\d*$|^1\d+$/.test(id.slice(base.length + 1));
}

/**
 * The id follows the title ("Oui" → `btn_oui`) until the user edits the id: an id counts as untouched when it is
 * empty or still what the previous title gave. Two titles giving the same id get `btn_no` and `btn_no_2`, so
 * the app never proposes a duplicate it would then report.
 */
export function nextAutoId(
  prefix: 'btn' | 'row',
  currentId: string,
  previousTitle: string,
  nextTitle: string,
  position: number,
  /** The ids the other buttons or rows hold. */
  taken: readonly string[] = [],
): string | null {
  const followsTitle =
    currentId === '' || isDerivedFrom(currentId, deriveId(prefix, previousTitle, position));
  if (!followsTitle) return null;
  return nextTitle === '' ? '' : uniqueId(deriveId(prefix, nextTitle, position), taken);
}
