import { assertNever } from '../../domain/assert-never.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Bubble } from './bubble.tsx';
import { MapThumbnail } from './map-thumbnail.tsx';
import { MessageTime } from './message-time.tsx';
import type { CustomerReply, MapRenderer } from './preview-types.ts';

/** The message a reply answers, quoted at the top of the reply as WhatsApp does for button and list replies. */
function Quote({ author, text }: { author: string; text: string }) {
  if (text === '') return null;
  return (
    <div className="mb-1 overflow-hidden rounded-[5px] border-s-4 border-[#06cf9c] bg-black/[0.05] px-2 py-1 text-[13px] leading-[18px] dark:bg-black/20">
      <p dir="auto" className="truncate font-medium text-[#06cf9c]">
        {author}
      </p>
      <p
        dir="auto"
        className="line-clamp-2 break-words whitespace-pre-wrap text-[#667781] dark:text-white/60"
      >
        {text}
      </p>
    </div>
  );
}

export function CustomerReplyBubble({
  reply,
  tail,
  businessName,
  renderMap,
}: {
  reply: CustomerReply;
  tail: boolean;
  businessName: string;
  renderMap: MapRenderer | undefined;
}) {
  const { t } = useI18n();
  switch (reply.kind) {
    case 'text': {
      const time = <MessageTime date={reply.sentAt} read />;
      const hasDescription = reply.description.trim() !== '';
      return (
        <Bubble side="customer" tail={tail} className="min-w-[120px]">
          <Quote author={businessName} text={reply.quote} />
          <p dir="auto" className="break-words whitespace-pre-wrap">
            {reply.title}
            {!hasDescription && time}
          </p>
          {hasDescription && (
            <p
              dir="auto"
              className="text-[13px] leading-[18px] break-words text-[#667781] dark:text-white/60"
            >
              {reply.description}
              {time}
            </p>
          )}
        </Bubble>
      );
    }
    case 'location':
      return (
        <Bubble side="customer" tail={tail} flush>
          <MapThumbnail point={reply.point} renderMap={renderMap} />
          <div className="px-[6px] pt-[5px] pb-[5px]">
            <p dir="auto" className="font-medium">
              {t('preview.reply.currentLocation')}
              <MessageTime date={reply.sentAt} read />
            </p>
          </div>
        </Bubble>
      );
    default:
      return assertNever(reply);
  }
}
