/**
 * "New message": every kind's draft emptied at once, with an Undo that brings the previous state back. The chosen
 * kind and `send_to_third` are kept — they describe how the agent works, not the message. The button and the
 * Alt+N shortcut call the same `start`, and share one undo notice.
 */
import { useCallback, type ReactNode } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { useUndoToast } from '../../components/ui/undo-toast.tsx';
import { type DraftSnapshot, freshSnapshot } from '../../domain/message/draft.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function useNewMessage({
  getSnapshot,
  onReplace,
}: {
  getSnapshot: () => DraftSnapshot;
  onReplace: (snapshot: DraftSnapshot) => void;
}): { start: () => void; toast: ReactNode } {
  const { t } = useI18n();
  const { offer, element } = useUndoToast();
  const start = useCallback(() => {
    const previous = structuredClone(getSnapshot());
    onReplace(freshSnapshot(previous));
    offer(t('library.newMessage.started'), () => onReplace(previous));
  }, [getSnapshot, onReplace, offer, t]);
  const toast = (
    // A toast over the page, not a line in the toolbar: its coming and going never moves the buttons.
    <div className="pointer-events-none fixed inset-x-0 top-3 z-40 flex justify-center px-3">
      <div className="pointer-events-auto shadow-lg">{element}</div>
    </div>
  );
  return { start, toast };
}

export function NewMessageButton({ onStart }: { onStart: () => void }) {
  const { t } = useI18n();
  return (
    <Button onClick={onStart} aria-keyshortcuts="Alt+N">
      {t('library.newMessage.button')}
    </Button>
  );
}
