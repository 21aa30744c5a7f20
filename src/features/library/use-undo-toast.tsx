import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** How long an undo stays offered; paused while the pointer or focus is on it (WCAG 2.2.1). */
const UNDO_TIMEOUT_MS = 8000;

interface Offer {
  id: number;
  message: string;
  undo?: () => void;
}

let nextOfferId = 1;

/**
 * A polite status line saying what just happened, with an "Undo" button for a few seconds. One offer at a time:
 * a new action replaces the previous offer, so an undo never restores a state older than the last action.
 */
export function useUndoToast(): { offer: (message: string, undo?: () => void) => void; element: ReactNode } {
  const { t } = useI18n();
  const [current, setCurrent] = useState<Offer | null>(null);
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    if (current === null || paused) return;
    const timer = window.setTimeout(() => setCurrent(null), UNDO_TIMEOUT_MS);
    return () => window.clearTimeout(timer);
  }, [current, paused]);

  const offer = useCallback((message: string, undo?: () => void) => {
    setCurrent({ id: nextOfferId++, message, undo });
  }, []);

  const element = (
    <div
      role="status"
      className="min-h-0 text-sm"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      {current !== null && (
        <div
          key={current.id}
          className="flex flex-wrap items-center gap-2 rounded-md border border-neutral-200 bg-neutral-50 px-3 py-1.5 text-neutral-800 dark:border-neutral-700 dark:bg-neutral-800 dark:text-neutral-100"
        >
          <span>{current.message}</span>
          {current.undo && (
            <Button
              size="sm"
              variant="ghost"
              className="font-semibold text-wa-teal underline dark:text-emerald-300"
              onClick={() => {
                current.undo?.();
                setPaused(false);
                setCurrent({ id: nextOfferId++, message: t('library.undo.done') });
              }}
            >
              {t('library.undo.button')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
  return { offer, element };
}
