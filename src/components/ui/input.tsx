/**
 * The one text field: `<Input>` and `<Textarea>` carry the app's look (input-class.ts) and take variants
 * instead of class overrides, so no caller has to out-rank a class the field already sets. `className` is for
 * layout around the field (`flex-1`, `min-w-0`, margins) and may not restate what the look sets — `cn` only joins.
 *
 * A field must have an accessible name, and the types say so: an `id` its `<label htmlFor>` points at, an
 * `aria-label`, or an `aria-labelledby`.
 */
import type { ComponentProps } from 'react';
import { cn } from './cn.ts';
import { FIELD_CLASS, FIELD_DENSITY } from './input-class.ts';

type Named = { id: string } | { 'aria-label': string } | { 'aria-labelledby': string };

interface FieldVariants {
  density?: keyof typeof FIELD_DENSITY;
  /** Monospace, for tokens, ids and JSON. */
  mono?: boolean;
}

function fieldClass({ density = 'regular', mono = false }: FieldVariants, className?: string): string {
  return cn(FIELD_CLASS, FIELD_DENSITY[density], mono && 'font-mono', className);
}

export type InputProps = Omit<ComponentProps<'input'>, 'type'> &
  FieldVariants &
  Named & { type?: 'text' | 'search' | 'url' | 'email' | 'tel' | 'password' };

export function Input({ density, mono, className, type = 'text', ...props }: InputProps) {
  return <input type={type} {...props} className={fieldClass({ density, mono }, className)} />;
}

export type TextareaProps = ComponentProps<'textarea'> & FieldVariants & Named;

export function Textarea({ density, mono, className, ...props }: TextareaProps) {
  return (
    <textarea
      {...props}
      className={fieldClass({ density, mono }, cn('min-h-20 resize-y leading-relaxed', className))}
    />
  );
}
