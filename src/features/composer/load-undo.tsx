import { useMemo } from 'react';
import { UndoToast } from '../../components/ui/undo-toast.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useComposerApi } from './composer-provider.tsx';

/** After an import, a share link or a history entry replaced what was typed: an Undo that brings it back. */
export function LoadUndo() {
  const { replaced, undoLoad, dismissUndo } = useComposerApi();
  const { t } = useI18n();
  // A new load is a new `replaced` (and a new `undoLoad`): a new offer, so the timeout starts again.
  const offer = useMemo(
    () => (replaced ? { id: 0, message: t('composer.load.replaced'), undo: undoLoad } : null),
    [replaced, undoLoad, t],
  );
  // Takes no room while empty.
  return <UndoToast offer={offer} onExpire={dismissUndo} className="empty:-mb-5" />;
}
