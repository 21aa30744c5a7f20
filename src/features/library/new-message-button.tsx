import { useCallback, useImperativeHandle, type Ref } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { type DraftSnapshot } from '../../domain/message/draft.ts';
import { freshSnapshot } from './drafts.ts';
import { useUndoToast } from '../../components/ui/undo-toast.tsx';

export interface NewMessageHandle {
  /** What the button does; for the Alt+N shortcut. */
  start(): void;
}

/**
 * "New message": every kind's draft emptied at once, with an Undo that brings the previous state back. The chosen
 * kind and `send_to_third` are kept — they describe how the agent works, not the message.
 */
export function NewMessageButton({
  getSnapshot,
  onReplace,
  ref,
}: {
  getSnapshot: () => DraftSnapshot;
  onReplace: (snapshot: DraftSnapshot) => void;
  ref?: Ref<NewMessageHandle>;
}) {
  const { t } = useI18n();
  const { offer, element } = useUndoToast();
  const start = useCallback(() => {
    const previous = structuredClone(getSnapshot());
    onReplace(freshSnapshot(previous));
    offer(t('library.newMessage.started'), () => onReplace(previous));
  }, [getSnapshot, onReplace, offer, t]);
  useImperativeHandle(ref, () => ({ start }), [start]);
  return (
    <>
      <Button onClick={start} aria-keyshortcuts="Alt+N">
        {t('library.newMessage.button')}
      </Button>
      {/* A toast over the page, not a line in the toolbar: its coming and going never moves the buttons. */}
      <div className="pointer-events-none fixed inset-x-0 top-3 z-40 flex justify-center px-3">
        <div className="pointer-events-auto shadow-lg">{element}</div>
      </div>
    </>
  );
}
