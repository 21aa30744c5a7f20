import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { Button, type ButtonProps } from './button.tsx';
import { Input } from './input.tsx';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; value: string };

/**
 * Copies `text` to the clipboard and says so. Where the browser gives no clipboard (plain http on a LAN address)
 * or refuses, the text is shown selected in a read-only field to copy by hand — never an exception.
 */
export function CopyButton({
  text,
  label,
  ...props
}: Omit<ButtonProps, 'onClick' | 'children'> & { text: string | (() => string); label?: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const fallback = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state.kind === 'failed') {
      fallback.current?.focus();
      fallback.current?.select();
      return;
    }
    if (state.kind === 'idle') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    const value = typeof text === 'function' ? text() : text;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('No clipboard in this context');
      await navigator.clipboard.writeText(value);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'failed', value });
    }
  };
  return (
    <span className="relative inline-flex flex-wrap items-center gap-2">
      <Button {...props} onClick={() => void copy()}>
        {label ?? t('app.copy')}
      </Button>
      {/* Out of the flow: "Copied" appearing and going never moves the buttons around it. */}
      <span
        role="status"
        className="pointer-events-none absolute end-0 top-full z-10 mt-0.5 text-xs whitespace-nowrap text-neutral-600 dark:text-neutral-300"
      >
        {state.kind === 'copied' ? t('app.copied') : state.kind === 'failed' ? t('app.copyFailed') : ''}
      </span>
      {state.kind === 'failed' && (
        <div className="w-64">
          <Input
            ref={fallback}
            readOnly
            value={state.value}
            aria-label={label ?? t('app.copy')}
            onBlur={() => setState({ kind: 'idle' })}
            density="compact"
            mono
          />
        </div>
      )}
    </span>
  );
}
