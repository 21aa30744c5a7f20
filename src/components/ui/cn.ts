/**
 * Joins class names, skipping falsy ones. Deliberately not `tailwind-merge`: it resolves conflicting Tailwind
 * classes (`px-3` vs `px-2`) at run time, but would cost about 7 KB gzip in the first load, which has a budget
 * (`npm run test:size`). Components take variants instead (`<Input density="compact">`), so no caller passes a
 * class that fights one already set; `className` props add layout only.
 */
export function cn(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(' ');
}
