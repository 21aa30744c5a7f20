import type { ReactNode } from 'react';
import { cn } from '../../components/ui/cn.ts';
import { TailInIcon, TailOutIcon } from './icons.tsx';

export type BubbleSide = 'business' | 'customer';

/**
 * One chat bubble: business messages on the left in white, the customer's on the right in green, as the
 * customer sees the chat on their phone. Only the first bubble of a run from one side gets the tail.
 */
export function Bubble({
  side,
  tail,
  children,
  footer,
  below,
  flush = false,
  className,
}: {
  side: BubbleSide;
  tail: boolean;
  children: ReactNode;
  /** Inside the bubble, edge to edge, under the content (the list and location-request action rows). */
  footer?: ReactNode;
  /** Attached under the bubble, as wide as it (reply buttons). */
  below?: ReactNode;
  /** Only a thin frame around the content (a map). */
  flush?: boolean;
  className?: string;
}) {
  const business = side === 'business';
  const Tail = business ? TailInIcon : TailOutIcon;
  return (
    <div className={cn('flex', business ? 'justify-start' : 'justify-end', tail ? 'mt-2' : 'mt-0.5')}>
      <div className={cn('relative flex max-w-[85%] flex-col', business ? 'items-stretch' : 'items-end')}>
        {tail && (
          <Tail
            className={cn(
              'absolute top-0 h-[13px] w-2',
              business
                ? '-left-2 text-wa-bubble dark:text-wa-bubble-dark'
                : '-right-2 text-wa-out dark:text-wa-out-dark',
            )}
          />
        )}
        <div
          className={cn(
            'rounded-[7.5px] text-[14.2px] leading-[19px] text-[#111b21] shadow-[0_1px_0.5px_rgb(11_20_26/0.13)] dark:text-[#e9edef]',
            business ? 'bg-wa-bubble dark:bg-wa-bubble-dark' : 'bg-wa-out dark:bg-wa-out-dark',
            tail && (business ? 'rounded-tl-none' : 'rounded-tr-none'),
            className,
          )}
        >
          <div className={cn('flow-root', flush ? 'p-[3px]' : 'px-[9px] pt-[6px] pb-[8px]')}>{children}</div>
          {footer}
        </div>
        {below}
      </div>
    </div>
  );
}
