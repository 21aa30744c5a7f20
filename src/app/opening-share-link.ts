/**
 * The share link the page was opened with, taken out of the address bar before anything else runs. A link can be
 * megabytes long (bounds.ts refuses such a link), and while the document's URL holds it, every part of start-up
 * that touches the URL (each script and catalog request, the history entry) carries megabytes along: a 2 MB link
 * once held the first render back by seconds. The share-link loader reads it from here once.
 */
import { SHARE_HASH_KEY } from '../domain/message/share.ts';

let opening: string | null = null;

if (typeof window !== 'undefined' && window.location.hash.includes(`${SHARE_HASH_KEY}=`)) {
  opening = window.location.hash;
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${window.location.search}`,
  );
}

/** Whether the page was opened from a share link that nobody has read yet. */
export function isOpeningShareLink(): boolean {
  return opening !== null;
}

/** The hash the page opened with when it held a share link, once; `null` afterwards or when there was none. */
export function takeOpeningShareHash(): string | null {
  const hash = opening;
  opening = null;
  return hash;
}
