import { Button } from '../../components/ui/button.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Thread } from './use-thread.ts';

/**
 * How many messages the conversation shows, and "Clear thread", which empties the phone's view (nothing is deleted
 * on the server). It takes the thread from whoever already reads it, so the conversation is fetched and decoded once.
 */
export function ThreadControls({ thread: { entries, clear } }: { thread: Thread }) {
  const { t } = useI18n();
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
