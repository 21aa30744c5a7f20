/**
 * Another tab saved a draft: say so, and offer it here. Nothing is replaced unless the user asks: each tab keeps
 * its own draft (drafts.ts), and this is how the other tab's work reaches this one.
 */
import { useEffect, useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import type { DraftSnapshot } from '../../domain/message/draft.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { libraryStorage, type LibraryStorage } from '../../lib/storage.ts';
import { draftRecord, loadLatestDraft } from './drafts.ts';

export function OtherTabDraft({
  getSnapshot,
  onRestore,
  storage = libraryStorage,
}: {
  getSnapshot: () => DraftSnapshot;
  onRestore: (snapshot: DraftSnapshot) => void;
  storage?: LibraryStorage;
}) {
  const { t } = useI18n();
  const [offered, setOffered] = useState<DraftSnapshot | null>(null);
  useEffect(() => {
    const key = storage.keyOf(draftRecord as never);
    // The storage event fires only in the other tabs, never in the one that wrote.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== key || event.newValue === null) return;
      const latest = loadLatestDraft(storage);
      if (latest === null) return;
      const same = JSON.stringify(latest) === JSON.stringify(getSnapshot());
      setOffered(same ? null : latest);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [storage, getSnapshot]);
  if (offered === null) return null;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900 dark:border-sky-900 dark:bg-sky-950/40 dark:text-sky-200"
    >
      <span>{t('library.otherTab.saved')}</span>
      <span className="flex gap-2">
        <Button
          size="sm"
          onClick={() => {
            onRestore(offered);
            setOffered(null);
          }}
        >
          {t('library.otherTab.restore')}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOffered(null)}>
          {t('library.otherTab.dismiss')}
        </Button>
      </span>
    </div>
  );
}
