import { Button } from '../../components/ui/button.tsx';
import { assertNever } from '../../domain/assert-never.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import { useStore } from '../../lib/create-store.ts';
import {
  libraryStorage,
  type LibraryStorage,
  type StorageArea,
  type StorageNotice,
} from '../../lib/storage.ts';

function areaLabel(t: Translate, area: StorageArea): string {
  switch (area) {
    case 'drafts':
      return t('library.notice.area.drafts');
    case 'templates':
      return t('library.notice.area.templates');
    case 'history':
      return t('library.notice.area.history');
    default:
      return assertNever(area);
  }
}

function noticeText(t: Translate, notice: StorageNotice): string {
  switch (notice.reason) {
    case 'corrupt':
      return t('library.notice.corrupt');
    case 'newer':
      return t('library.notice.newer', { version: notice.version ?? 0 });
    case 'older':
      return t('library.notice.older', { version: notice.version ?? 0 });
    case 'skipped':
      return t('library.notice.skipped', { count: notice.count ?? 0 });
    case 'quota':
      return t('library.notice.quota');
    case 'unavailable':
      return t('library.notice.unavailable');
    case 'tooLarge':
      return t('library.notice.tooLarge');
    default:
      return assertNever(notice.reason);
  }
}

/** What storage could not read or write, each with a "Dismiss"; nothing when all is well. */
export function StorageNotices({
  areas,
  storage = libraryStorage,
}: {
  /** Only these areas' notices; all when omitted. */
  areas?: readonly StorageArea[];
  storage?: LibraryStorage;
}) {
  const { t } = useI18n();
  const all = useStore(storage.notices, (notices) => notices);
  const notices = areas ? all.filter((n) => areas.includes(n.area)) : all;
  if (notices.length === 0) return null;
  return (
    <ul className="flex flex-col gap-1.5" aria-label={t('library.notice.list')}>
      {notices.map((notice) => (
        <li
          key={notice.id}
          role="status"
          className="flex items-start justify-between gap-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/40 dark:text-amber-200"
        >
          <span>
            <strong className="font-semibold">{areaLabel(t, notice.area)}</strong> — {noticeText(t, notice)}
          </span>
          <Button size="sm" variant="ghost" onClick={() => storage.notices.dismiss(notice.id)}>
            {t('library.notice.dismiss')}
          </Button>
        </li>
      ))}
    </ul>
  );
}
