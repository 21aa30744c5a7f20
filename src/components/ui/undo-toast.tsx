/**
 * The one undo notice: a polite status line saying what just happened, with "Undo" (and "Close") for a while.
 * Every undoable action (a new message, a deleted template, a load that replaced typed text) shows it the same
 * way and for the same time, paused while the pointer or focus is on it (WCAG 2.2.1).
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { Button } from './button.tsx';

/** How long an undo stays offered once the pointer and focus have left it. */
export const UNDO_TIMEOUT_MS = 10_000;

export interface UndoOffer {
  /** A new id restarts the timeout, even for the same words. */
  id: number;
  message: string;
  /** Without it, the notice only informs ("Undone."). */
  undo?: () => void;
}

/**
 * Shows `offer` until it times out (`onExpire`), is closed (`onExpire` too) or undone (`onUndo`, after the offer's
 * own `undo`). The status region is always there, so screen readers announce what appears in it.
 */
export function UndoToast({
  offer,
  onExpire,
  onUndo,
  className,
}: {
  offer: UndoOffer | null;
  onExpire: () => void;
  onUndo?: () => void;
  className?: string;
}) {
  const { t } = useI18n();
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (offer === null || paused) return undefined;
    const timer = window.setTimeout(onExpire, UNDO_TIMEOUT_MS);
    return () => window.clearTimeout(timer);
  }, [offer, paused, onExpire]);

  return (
    <div
      role="status"
      className={className}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      {offer !== null && (
        <div
          key={offer.id}
          className="flex flex-wrap items-center gap-2 rounded-md border border-neutral-200 bg-neutral-50 px-3 py-1.5 text-sm text-neutral-800 dark:border-neutral-700 dark:bg-neutral-800 dark:text-neutral-100"
        >
          <span>{offer.message}</span>
          {offer.undo && (
            <Button
              size="sm"
              variant="ghost"
              className="font-semibold text-wa-teal underline dark:text-emerald-300"
              onClick={() => {
                offer.undo?.();
                setPaused(false);
                onUndo?.();
              }}
            >
              {t('library.undo.button')}
            </Button>
          )}
          <Button size="sm" variant="ghost" onClick={onExpire}>
            {t('app.close')}
          </Button>
        </div>
      )}
    </div>
  );
}

let nextOfferId = 1;

/**
 * An undo notice held by its caller: `offer(message, undo)` shows it. One offer at a time: a new action replaces
 * the previous offer, so an undo never restores a state older than the last action.
 */
export function useUndoToast({ className }: { className?: string } = {}): {
  offer: (message: string, undo?: () => void) => void;
  element: ReactNode;
} {
  const { t } = useI18n();
  const [current, setCurrent] = useState<UndoOffer | null>(null);
  const offer = useCallback((message: string, undo?: () => void) => {
    setCurrent({ id: nextOfferId++, message, undo });
  }, []);
  const expire = useCallback(() => setCurrent(null), []);
  const element = (
    <UndoToast
      offer={current}
      onExpire={expire}
      onUndo={() => setCurrent({ id: nextOfferId++, message: t('library.undo.done') })}
      className={className}
    />
  );
  return { offer, element };
}
