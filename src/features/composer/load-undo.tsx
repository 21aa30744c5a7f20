import { useEffect } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useComposerApi } from './composer-provider.tsx';

/** How long the Undo stays offered after a load replaced typed text. */
const UNDO_VISIBLE_MS = 15_000;

/** After an import, a share link or a history entry replaced what was typed: an Undo that brings it back. */
export function LoadUndo() {
  const { replaced, undoLoad, dismissUndo } = useComposerApi();
  const { t } = useI18n();
  useEffect(() => {
    if (!replaced) return;
    const timer = setTimeout(dismissUndo, UNDO_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [replaced, dismissUndo]);
  return (
    // Always present so screen readers announce the offer; takes no room while empty.
    <div role="status" className="empty:-mb-5">
      {replaced && (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100">
          <span>{t('composer.load.replaced')}</span>
          <Button size="sm" onClick={undoLoad}>
            {t('composer.load.undo')}
          </Button>
          <Button size="sm" variant="ghost" onClick={dismissUndo}>
            {t('app.close')}
          </Button>
        </div>
      )}
    </div>
  );
}
