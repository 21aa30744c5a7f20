import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { Button, type ButtonProps } from './button.tsx';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies `text` to the clipboard and says so; a refused clipboard gets a message, never an exception. */
export function CopyButton({
  text,
  label,
  ...props
}: Omit<ButtonProps, 'onClick' | 'children'> & { text: string | (() => string); label?: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        {...props}
        onClick={() => {
          const value = typeof text === 'function' ? text() : text;
          navigator.clipboard.writeText(value).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        {label ?? t('app.copy')}
      </Button>
      <span role="status" className="text-xs text-neutral-600 dark:text-neutral-300">
        {state === 'copied' ? t('app.copied') : state === 'failed' ? t('app.copyFailed') : ''}
      </span>
    </span>
  );
}
