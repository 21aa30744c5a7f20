import type { TextDraft } from '../../domain/message/draft.ts';
import { Bubble } from './bubble.tsx';
import { FormattedText } from './formatted-text.tsx';
import { MessageTime } from './message-time.tsx';

export function TextMessage({ draft, sentAt, tail }: { draft: TextDraft; sentAt: Date; tail: boolean }) {
  return (
    <Bubble side="business" tail={tail}>
      <FormattedText text={draft.body} trailing={<MessageTime date={sentAt} />} />
    </Bubble>
  );
}
