import { useWatch } from 'react-hook-form';
import { cn } from '../../components/ui/cn.ts';
import { MESSAGE_KINDS } from '../../domain/message/draft.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { KIND_LABEL_KEYS } from '../../i18n/kind-label.ts';
import { useComposerForm } from './composer-form.ts';

/** The five kinds as a radio group (arrow keys move between them, as for any radio group). */
export function KindPicker() {
  const { control, register } = useComposerForm();
  const current = useWatch({ control, name: 'kind' });
  const { t } = useI18n();
  return (
    <fieldset className="isolate flex flex-col gap-2">
      <legend className="mb-2 text-sm font-medium text-neutral-800 dark:text-neutral-200">
        {t('composer.kind.legend')}
      </legend>
      <div className="flex flex-wrap gap-1 rounded-lg bg-neutral-100 p-1 dark:bg-neutral-800">
        {MESSAGE_KINDS.map((kind) => (
          <label
            key={kind}
            className={cn(
              'relative cursor-pointer rounded-md px-3 py-1.5 text-sm font-medium transition-colors',
              'has-focus-visible:outline-2 has-focus-visible:outline-wa-teal',
              kind === current
                ? 'bg-white text-wa-teal shadow-sm dark:bg-neutral-700 dark:text-emerald-300'
                : 'text-neutral-600 hover:text-neutral-900 dark:text-neutral-300 dark:hover:text-white',
            )}
          >
            <input
              type="radio"
              value={kind}
              className="absolute inset-0 cursor-pointer appearance-none rounded-md opacity-0"
              {...register('kind')}
            />
            {t(KIND_LABEL_KEYS[kind])}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
