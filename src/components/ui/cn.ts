/**
 * Joins class names, skipping falsy ones. Deliberately not `tailwind-merge`: it resolves conflicting Tailwind
 * classes (`px-3` vs `px-2`) at run time, but adds 8.6 KB gzip to the first load (measured with tailwind-merge
 * 3.7.1: 173.4 KB → 182.0 KB), which has a budget (`npm run test:size`). Components take variants instead
 * (`<Input density="compact">`), so no caller passes a class that fights one already set; `className` props
 * add layout only.
 */
export function cn(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(' ');
}
