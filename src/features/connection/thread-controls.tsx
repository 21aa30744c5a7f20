import { Button } from '../../components/ui/button.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useThread } from './use-thread.ts';

/**
 * "Clear thread": empties the phone's conversation view (nothing is deleted on the server). The thread state is
 * the connection provider's, so this and the app's own `useThread()` see the same entries.
 */
export function ThreadControls() {
  const { t } = useI18n();
  const { entries, clear } = useThread();
  const count = entries.length;
  return (
    <div className="flex items-center justify-between gap-3 text-sm text-neutral-600 dark:text-neutral-300">
      <span>{t('connection.thread.count', { count })}</span>
      <Button size="sm" variant="ghost" disabled={count === 0} onClick={clear}>
        {t('connection.thread.clear')}
      </Button>
    </div>
  );
}
