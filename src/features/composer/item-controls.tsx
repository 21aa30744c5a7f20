import { Button } from '../../components/ui/button.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** Move up / move down / remove for one item of a list, each named after the item ("Move button 2 up"). */
export function ItemControls({
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
  return (
    <div className="flex items-center gap-0.5">
      <Button
        size="icon"
        variant="ghost"
        aria-label={t('composer.item.moveUp', { name })}
        title={t('composer.item.moveUp', { name })}
        disabled={index === 0}
        onClick={() => onMove(index, index - 1)}
      >
        <span aria-hidden="true">↑</span>
      </Button>
      <Button
        size="icon"
        variant="ghost"
        aria-label={t('composer.item.moveDown', { name })}
        title={t('composer.item.moveDown', { name })}
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
      >
        <span aria-hidden="true">↓</span>
      </Button>
      <Button
        size="icon"
        variant="danger"
        aria-label={t('composer.item.remove', { name })}
        title={t('composer.item.remove', { name })}
        disabled={!canRemove}
        onClick={() => onRemove(index)}
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
