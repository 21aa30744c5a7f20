/**
 * The composer form's methods for the fields below the provider, in place of react-hook-form's `FormProvider`.
 *
 * `FormProvider`'s value changes with every change of the form state, and react-hook-form changes it right after
 * mount (it marks the form ready in a layout effect): every field reading that context rendered a second time
 * inside the page's first commit. This value changes only when the form is reset, when the fields must render
 * to register their inputs again. It has no `formState` (a reader that needs part of the state subscribes with
 * `useFormState`) and no `reset`: the composer's API resets the form (`replace`, `load`), and says so here.
 */
import { createContext, use } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ComposerValues } from './composer-values.ts';

export type ComposerForm = Omit<UseFormReturn<ComposerValues>, 'formState' | 'reset' | 'resetField'> & {
  /** How many times the form was reset: what makes the value new. */
  resets: number;
};

export const ComposerFormContext = createContext<ComposerForm | null>(null);

export function useComposerForm(): ComposerForm {
  const form = use(ComposerFormContext);
  if (!form) throw new Error('useComposerForm must be used inside <ComposerProvider>');
  return form;
}
