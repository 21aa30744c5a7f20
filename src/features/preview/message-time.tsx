import { createContext, use } from 'react';
import { cn } from '../../components/ui/cn.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { DoubleTickIcon } from './icons.tsx';

/**
 * Whether the business message around is already sent (ticks beside its time) or the draft. A context, so each
 * kind's bubble keeps drawing its time the same way and the thread's memoised bubbles need no new prop.
 */
export const MessageStatusContext = createContext<'draft' | 'sent'>('draft');

/**
 * The time in the bubble's bottom corner. In text it floats at the end of the last line, so it sits beside short
 * text and drops to its own line when the line is full, in left-to-right and right-to-left text alike.
 */
export function MessageTime({
  date,
  read = false,
  overlay = false,
}: {
  date: Date;
  /** The customer's own messages show blue double ticks. */
  read?: boolean;
  /** Over a map: white on a soft shadow, placed by the map. */
  overlay?: boolean;
}) {
  const { t, formatTime } = useI18n();
  const delivered = use(MessageStatusContext) === 'sent' && !read;
  return (
    <span
      dir="ltr"
      className={cn(
        'inline-flex items-center gap-[3px] text-[11px] leading-[15px] font-normal whitespace-nowrap not-italic',
        overlay
          ? 'text-white [text-shadow:0_1px_2px_rgb(0_0_0/0.6)]'
          : 'relative top-[7px] float-right -mt-[3px] ms-2.5 text-wa-meta dark:text-white/60',
      )}
    >
      <time dateTime={date.toISOString()}>{formatTime(date)}</time>
      {delivered && (
        <span role="img" aria-label={t('preview.delivered')} className="inline-flex">
          <DoubleTickIcon className="h-[15px] w-[16px] text-wa-meta dark:text-white/60" />
        </span>
      )}
      {read && (
        <span role="img" aria-label={t('preview.read')} className="inline-flex">
          <DoubleTickIcon className="h-[15px] w-[16px] text-[#53bdeb]" />
        </span>
      )}
    </span>
  );
}
