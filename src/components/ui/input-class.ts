/**
 * The look of every text field: one border, focus ring and invalid state across the app. `<Input>` and
 * `<Textarea>` (input.tsx) apply it; a `<select>` uses `INPUT_CLASS` directly.
 */
export const FIELD_CLASS =
  'w-full rounded-md border border-neutral-300 bg-white text-neutral-900 shadow-xs ' +
  'placeholder:text-neutral-400 focus:border-wa-teal focus:outline-2 focus:outline-wa-teal/30 ' +
  'aria-invalid:border-red-600 aria-invalid:focus:outline-red-600/30 ' +
  'dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100';

/** Padding and type size: `regular` for form fields, `compact` for code and fields inside a row of buttons. */
export const FIELD_DENSITY = {
  regular: 'px-3 py-2 text-sm',
  compact: 'px-2 py-1 text-xs',
} as const;

export const INPUT_CLASS = `${FIELD_CLASS} ${FIELD_DENSITY.regular}`;
