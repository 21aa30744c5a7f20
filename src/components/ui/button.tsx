import type { ComponentProps } from 'react';
import { cn } from './cn.ts';

const VARIANTS = {
  primary:
    'bg-wa-teal text-white hover:bg-[#006d59] disabled:bg-neutral-300 disabled:text-neutral-600 aria-disabled:bg-neutral-300 aria-disabled:text-neutral-700 aria-disabled:hover:bg-neutral-300',
  secondary:
    'border border-neutral-300 bg-white text-neutral-800 hover:bg-neutral-50 disabled:text-neutral-400 dark:border-neutral-600 dark:bg-neutral-800 dark:text-neutral-100 dark:hover:bg-neutral-700',
  ghost:
    'text-neutral-700 hover:bg-neutral-100 disabled:text-neutral-400 dark:text-neutral-200 dark:hover:bg-neutral-800',
  danger: 'text-red-700 hover:bg-red-50 disabled:text-neutral-400 dark:text-red-300 dark:hover:bg-red-950',
} as const;

// Minimum heights, not fixed ones: a long label (French, Arabic, a 320 px screen) wraps instead of overflowing.
const SIZES = {
  md: 'min-h-9 px-3 py-1.5 text-sm',
  sm: 'min-h-7 px-2 py-1 text-xs',
  icon: 'h-8 w-8 justify-center text-sm',
} as const;

export type ButtonProps = ComponentProps<'button'> & {
  variant?: keyof typeof VARIANTS;
  size?: keyof typeof SIZES;
};

export function Button({
  variant = 'secondary',
  size = 'md',
  className,
  type = 'button',
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      className={cn(
        'inline-flex max-w-full shrink-0 items-center gap-1.5 rounded-md text-start font-medium transition-colors',
        'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-wa-teal',
        'disabled:cursor-not-allowed aria-disabled:cursor-not-allowed',
        VARIANTS[variant],
        SIZES[size],
        className,
      )}
      {...props}
    />
  );
}
