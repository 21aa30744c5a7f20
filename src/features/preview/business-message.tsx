import { memo } from 'react';
import { assertNever } from '../../domain/assert-never.ts';
import type { Draft, ListDraft } from '../../domain/message/draft.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Bubble } from './bubble.tsx';
import { ButtonMessage, ListMessage, LocationMessage, LocationRequestMessage } from './lazy-kinds.tsx';
import { MessageTime } from './message-time.tsx';
import type { CustomerAction, MapRenderer } from './preview-types.ts';
import { TextMessage } from './text-message.tsx';

interface BusinessMessageProps {
  draft: Draft;
  sentAt: Date;
  tail: boolean;
  renderMap: MapRenderer | undefined;
  onAction: (action: CustomerAction) => void;
  onOpenList: (list: ListDraft) => void;
}

/** One message from the business, drawn the way WhatsApp draws its kind. Memoised: the thread does not redraw on every keystroke. */
export const BusinessMessage = memo(function BusinessMessage({
  draft,
  sentAt,
  tail,
  renderMap,
  onAction,
  onOpenList,
}: BusinessMessageProps) {
  switch (draft.kind) {
    case 'text':
      return <TextMessage draft={draft} sentAt={sentAt} tail={tail} />;
    case 'location':
      return <LocationMessage draft={draft} sentAt={sentAt} tail={tail} renderMap={renderMap} />;
    case 'button':
      return <ButtonMessage draft={draft} sentAt={sentAt} tail={tail} onAction={onAction} />;
    case 'list':
      return <ListMessage draft={draft} sentAt={sentAt} tail={tail} onOpenList={onOpenList} />;
    case 'location_request':
      return <LocationRequestMessage draft={draft} sentAt={sentAt} tail={tail} onAction={onAction} />;
    default:
      return assertNever(draft);
  }
});

/** Stands in for a draft with nothing typed yet, so the phone never shows a puzzling empty bubble. */
export function EmptyDraftMessage({ sentAt, tail }: { sentAt: Date; tail: boolean }) {
  const { t } = useI18n();
  return (
    <Bubble side="business" tail={tail}>
      <p className="text-wa-meta italic dark:text-wa-meta-dark">
        {t('preview.empty')}
        <MessageTime date={sentAt} />
      </p>
    </Bubble>
  );
}
