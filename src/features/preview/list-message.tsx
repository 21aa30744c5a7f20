import type { ListDraft } from '../../domain/message/draft.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ActionRow } from './action-row.tsx';
import { Bubble } from './bubble.tsx';
import { FormattedText } from './formatted-text.tsx';
import { ListIcon } from './icons.tsx';
import { MessageFooter } from './message-footer.tsx';
import { MessageHeader } from './message-header.tsx';
import { MessageTime } from './message-time.tsx';

/** Header, body and time, then the row that opens the list (the sheet is drawn by the phone, over the chat). */
export function ListMessage({
  draft,
  sentAt,
  tail,
  onOpenList,
}: {
  draft: ListDraft;
  sentAt: Date;
  tail: boolean;
  onOpenList: (list: ListDraft) => void;
}) {
  const { t } = useI18n();
  const label = draft.button.trim();
  return (
    <Bubble
      side="business"
      tail={tail}
      className="min-w-[200px]"
      footer={
        <ActionRow
          icon={<ListIcon className="h-[18px] w-[18px] shrink-0" />}
          aria-label={label === '' ? t('preview.list.open') : undefined}
          aria-haspopup="dialog"
          onClick={() => onOpenList(draft)}
        >
          {label !== '' && (
            <span dir="auto" className="min-w-0 truncate">
              {draft.button}
            </span>
          )}
        </ActionRow>
      }
    >
      <MessageHeader text={draft.header} />
      <FormattedText
        text={draft.body}
        // With a footer, the time sits beside the footer's last line instead.
        trailing={(draft.footer ?? '').trim() === '' ? <MessageTime date={sentAt} /> : null}
      />
      <MessageFooter text={draft.footer} trailing={<MessageTime date={sentAt} />} />
    </Bubble>
  );
}
