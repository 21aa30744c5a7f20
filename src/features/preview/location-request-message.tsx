import type { LocationRequestDraft } from '../../domain/message/draft.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ActionRow } from './action-row.tsx';
import { Bubble } from './bubble.tsx';
import { FormattedText } from './formatted-text.tsx';
import { PinIcon } from './icons.tsx';
import { MessageTime } from './message-time.tsx';
import type { CustomerAction } from './preview-types.ts';

export function LocationRequestMessage({
  draft,
  sentAt,
  tail,
  onAction,
}: {
  draft: LocationRequestDraft;
  sentAt: Date;
  tail: boolean;
  onAction: (action: CustomerAction) => void;
}) {
  const { t } = useI18n();
  return (
    <Bubble
      side="business"
      tail={tail}
      className="min-w-[200px]"
      footer={
        <ActionRow
          icon={<PinIcon className="h-[18px] w-[18px] shrink-0" />}
          onClick={() => onAction({ kind: 'location' })}
        >
          {t('preview.locationRequest.send')}
        </ActionRow>
      }
    >
      <FormattedText text={draft.body} trailing={<MessageTime date={sentAt} />} />
    </Bubble>
  );
}
