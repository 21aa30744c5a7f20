import type { ButtonDraft } from '../../domain/message/draft.ts';
import { Bubble } from './bubble.tsx';
import { FormattedText } from './formatted-text.tsx';
import { ReplyIcon } from './icons.tsx';
import { MessageFooter } from './message-footer.tsx';
import { MessageHeader } from './message-header.tsx';
import { quoteOf } from './message-text.ts';
import { MessageTime } from './message-time.tsx';
import type { CustomerAction } from './preview-types.ts';

/** Reply buttons hang under the bubble as separate rows, each one a button the customer can tap. */
export function ButtonMessage({
  draft,
  sentAt,
  tail,
  onAction,
}: {
  draft: ButtonDraft;
  sentAt: Date;
  tail: boolean;
  onAction: (action: CustomerAction) => void;
}) {
  const buttons = draft.buttons
    .map((button, index) => ({ button, index }))
    .filter(({ button }) => button.title.trim() !== '');
  return (
    <Bubble
      side="business"
      tail={tail}
      className="min-w-[200px]"
      below={
        buttons.length > 0 && (
          <div className="mt-0.5 flex flex-col gap-0.5">
            {buttons.map(({ button, index }) => (
              <button
                key={index}
                type="button"
                onClick={() =>
                  onAction({
                    kind: 'button',
                    id: button.id,
                    title: button.title,
                    quote: quoteOf(draft.header, draft.body),
                  })
                }
                className="flex min-h-[42px] items-center justify-center gap-1.5 rounded-[7.5px] bg-wa-bubble px-3 py-2 text-[14.2px] leading-[19px] font-medium text-wa-link shadow-[0_1px_0.5px_rgb(11_20_26/0.13)] hover:bg-[#f5f6f6] focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-wa-link dark:bg-wa-bubble-dark dark:text-wa-link-dark dark:hover:bg-[#26343d]"
              >
                <ReplyIcon className="h-[18px] w-[18px] shrink-0" />
                {/* One line, cut with "…", as WhatsApp draws a title too wide for the bubble. */}
                <span dir="auto" className="min-w-0 truncate">
                  {button.title}
                </span>
              </button>
            ))}
          </div>
        )
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
