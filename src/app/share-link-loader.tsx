import { useEffect, useState } from 'react';
import { editorOverflow, MAX_SHARE_TOKEN_CHARS } from '../domain/message/bounds.ts';
import {
  decodeShare,
  isShareHashTooLong,
  SHARE_HASH_KEY,
  shareTokenFromHash,
} from '../domain/message/share.ts';
import { useComposerApi } from '../features/composer/composer-provider.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { takeOpeningShareHash } from './opening-share-link.ts';

type Notice = { tone: 'ok' | 'warn' | 'error'; text: string } | null;

/**
 * Opens `#payload=…` links: a valid message loads; one whose structure is right but breaks rules loads flagged;
 * a broken link loads nothing and says so. The hash is cleared afterwards so a reload does not overwrite edits.
 * A link longer than a message can be is refused before it is decoded, and one holding more structure than the
 * editor shows (thousands of rows) is refused after: neither freezes the tab or lands in the saved draft.
 */
export function ShareLinkLoader() {
  const { load } = useComposerApi();
  const { t } = useI18n();
  const [notice, setNotice] = useState<Notice>(null);
  useEffect(() => {
    const apply = (hash: string) => {
      if (!hash.includes(`${SHARE_HASH_KEY}=`)) return;
      // The raw hash's length is checked before it is parsed: nothing of an oversized link is decoded.
      const tooLong = isShareHashTooLong(hash);
      const token = tooLong ? null : shareTokenFromHash(hash);
      if (!tooLong && token === null) return;
      const result = token === null || token.length > MAX_SHARE_TOKEN_CHARS ? null : decodeShare(token);
      if (result === null || (result.draft && editorOverflow(result.draft) !== null)) {
        setNotice({ tone: 'error', text: t('composer.share.tooLarge') });
      } else if (result.draft) {
        load({ draft: result.draft, sendToThird: result.sendToThird });
        setNotice(
          result.ok
            ? { tone: 'ok', text: t('composer.share.loaded') }
            : { tone: 'warn', text: t('composer.share.loadedWithIssues', { count: result.issues.length }) },
        );
      } else {
        setNotice({ tone: 'error', text: t('composer.share.broken') });
      }
      // Cleared (when it came by a hash change): the path and query are all that stays.
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${window.location.search}`,
      );
    };
    const onHashChange = () => apply(window.location.hash);
    apply(takeOpeningShareHash() ?? window.location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [load, t]);
  if (!notice) return null;
  const tone =
    notice.tone === 'error'
      ? 'border-red-200 bg-red-50 text-red-800'
      : notice.tone === 'warn'
        ? 'border-amber-200 bg-amber-50 text-amber-900'
        : 'border-emerald-200 bg-emerald-50 text-emerald-900';
  return (
    <div
      role={notice.tone === 'error' ? 'alert' : 'status'}
      className={`flex items-center justify-between gap-3 rounded-lg border px-3 py-2 text-sm ${tone}`}
    >
      <span>{notice.text}</span>
      <button type="button" className="text-xs underline" onClick={() => setNotice(null)}>
        {t('app.close')}
      </button>
    </div>
  );
}
