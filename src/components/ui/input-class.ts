/** The look of every text input and textarea: one border, focus ring and invalid state across the app. */
export const INPUT_CLASS =
  'w-full rounded-md border border-neutral-300 bg-white px-3 py-2 text-sm text-neutral-900 shadow-xs ' +
  'placeholder:text-neutral-400 focus:border-wa-teal focus:outline-2 focus:outline-wa-teal/30 ' +
  'aria-invalid:border-red-600 aria-invalid:focus:outline-red-600/30 ' +
  'dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100';
