import { useId, type ReactNode } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { cn } from '../../components/ui/cn.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/**
 * Move up / move down / remove for one item of a list, each named after the item ("Move button 2 up").
 * Keyboard users keep their place: a move button that stops applying (the item reached the top) stays focusable
 * with aria-disabled instead of dropping focus to the page, and after a removal focus goes to the item that took
 * its place.
 */
function ItemControls({
  name,
  index,
  count,
  onMove,
  onRemove,
  canRemove = true,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  canRemove?: boolean;
}) {
  const { t } = useI18n();
  const first = index === 0;
  const last = index === count - 1;
  const remove = (button: HTMLElement) => {
    const list = button.closest('ol');
    onRemove(index);
    requestAnimationFrame(() => {
      const items = list ? [...list.children] : [];
      const next = items[Math.min(index, items.length - 1)];
      next?.querySelector<HTMLElement>('[data-item-heading]')?.focus();
    });
  };
  return (
    <div className="flex items-center gap-0.5">
      <Button
        size="icon"
        variant="ghost"
        aria-label={t('composer.item.moveUp', { name })}
        title={t('composer.item.moveUp', { name })}
        aria-disabled={first || undefined}
        className="aria-disabled:cursor-not-allowed aria-disabled:text-neutral-300 dark:aria-disabled:text-neutral-600"
        onClick={() => !first && onMove(index, index - 1)}
      >
        <span aria-hidden="true">↑</span>
      </Button>
      <Button
        size="icon"
        variant="ghost"
        aria-label={t('composer.item.moveDown', { name })}
        title={t('composer.item.moveDown', { name })}
        aria-disabled={last || undefined}
        className="aria-disabled:cursor-not-allowed aria-disabled:text-neutral-300 dark:aria-disabled:text-neutral-600"
        onClick={() => !last && onMove(index, index + 1)}
      >
        <span aria-hidden="true">↓</span>
      </Button>
      <Button
        size="icon"
        variant="danger"
        aria-label={t('composer.item.remove', { name })}
        title={t('composer.item.remove', { name })}
        disabled={!canRemove}
        onClick={(event) => remove(event.currentTarget)}
      >
        <span aria-hidden="true">✕</span>
      </Button>
    </div>
  );
}

/** "2/3 buttons": a count limit, with the same colours as text counters. */
export function CountBadge({
  id,
  count,
  limit,
  label,
}: {
  id: string;
  count: number;
  limit: number;
  label: string;
}) {
  const over = count > limit;
  const full = count === limit;
  return (
    <span
      id={id}
      data-state={over ? 'error' : full ? 'warning' : 'neutral'}
      className={
        over
          ? 'text-xs font-semibold text-red-700 dark:text-red-400'
          : full
            ? 'text-xs font-medium text-amber-700 dark:text-amber-400'
            : 'text-xs text-neutral-500 dark:text-neutral-400'
      }
    >
      {label}
    </span>
  );
}

export interface ItemPosition {
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

const CARD_STYLES = {
  button: {
    card: 'rounded-lg border border-neutral-200 p-3 dark:border-neutral-700',
    heading: 'text-sm font-semibold text-neutral-800 dark:text-neutral-100',
  },
  section: {
    card: 'rounded-lg border border-neutral-300 bg-neutral-50 p-3 dark:border-neutral-600 dark:bg-neutral-800/50',
    heading: 'text-sm font-semibold text-neutral-900 dark:text-neutral-100',
  },
  row: {
    card: 'rounded-md border border-neutral-200 p-3 dark:border-neutral-700',
    heading: 'text-xs font-semibold tracking-wide text-neutral-600 uppercase dark:text-neutral-300',
  },
} as const;

/** One item of a reorderable list: a group named by its heading, with move and remove controls. */
export function ItemCard({
  name,
  variant,
  position,
  children,
}: {
  name: string;
  variant: keyof typeof CARD_STYLES;
  position: ItemPosition;
  children: ReactNode;
}) {
  const headingId = useId();
  const styles = CARD_STYLES[variant];
  return (
    <li className={styles.card}>
      <div role="group" aria-labelledby={headingId} className="flex flex-col gap-3">
        <div className="flex items-center justify-between">
          <h4
            id={headingId}
            tabIndex={-1}
            data-item-heading
            className={cn(styles.heading, 'outline-offset-2')}
          >
            {name}
          </h4>
          <ItemControls name={name} {...position} canRemove={position.count > 1} />
        </div>
        {children}
      </div>
    </li>
  );
}
