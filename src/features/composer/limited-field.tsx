/**
 * A text field with its limit: the counter (`n/limit` in code points, tied by aria-describedby; neutral, warning
 * from 90 %, error over), the UTF-16 warning, its issues in words, and "Trim to N characters" — trimming is only
 * ever this button, never automatic. The input is uncontrolled (react-hook-form's `register`); the counter
 * watches its own value, so a keystroke re-renders this field only.
 */
import { INPUT_CLASS } from '../../components/ui/input-class.ts';
import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { COUNTER_WARNING_RATIO } from '../../domain/message/limits.ts';
import { countChars, sliceChars, utf16Overflow } from '../../domain/message/count.ts';
import { type MessageKind } from '../../domain/message/draft.ts';
import { type IssuePath } from '../../domain/message/issues.ts';
import { Button } from '../../components/ui/button.tsx';
import { cn } from '../../components/ui/cn.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { type ComposerValues, fieldId, fieldName } from './composer-values.ts';
import { describeIssue } from '../../i18n/issue-text.ts';
import { pathKey, useIssuesAt } from './issue-store.ts';

export interface LimitedFieldProps {
  kind: MessageKind;
  path: IssuePath;
  label: string;
  /** Limit in code points; omit for fields without one (no counter). */
  limit?: number;
  multiline?: boolean;
  rows?: number;
  optional?: boolean;
  hint?: string;
  placeholder?: string;
  inputMode?: 'decimal' | 'text';
  onValueChange?: (value: string, previous: string) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement | HTMLInputElement>) => void;
  textareaRef?: (element: HTMLTextAreaElement | null) => void;
  className?: string;
}

function Counter({ id, name, limit }: { id: string; name: string; limit: number }) {
  const { control } = useFormContext<ComposerValues>();
  const value = (useWatch({ control, name: name as 'kind' }) as string | undefined) ?? '';
  const count = countChars(value);
  const state = count > limit ? 'error' : count >= limit * COUNTER_WARNING_RATIO ? 'warning' : 'neutral';
  const { t, formatLocale } = useI18n();
  // One element, tied to the field by aria-describedby: the count and, when it applies, the UTF-16 warning.
  // "n/limit" is an LTR island (an Arabic sentence would otherwise read it limit-first); over the limit, the
  // excess is said in words too, so it is not conveyed by colour alone.
  return (
    <span id={id} data-state={state} className="flex flex-col items-end gap-0.5 text-xs">
      <span
        className={cn(
          'tabular-nums',
          state === 'neutral' && 'text-neutral-500 dark:text-neutral-400',
          state === 'warning' && 'font-medium text-amber-700 dark:text-amber-400',
          state === 'error' && 'font-semibold text-red-700 dark:text-red-400',
        )}
      >
        <bdi dir="ltr">{`${count.toLocaleString(formatLocale)}/${limit.toLocaleString(formatLocale)}`}</bdi>{' '}
        <span className="sr-only">
          {t('composer.counter.characters')}
          {state === 'error' && `, ${t('composer.counter.over', { count: count - limit })}`}
        </span>
      </span>
      {utf16Overflow(value, limit) && (
        <span className="max-w-64 text-end text-amber-700 dark:text-amber-400">
          {t('composer.counter.utf16', { units: value.length, limit })}
        </span>
      )}
    </span>
  );
}

function TrimButton({ name, limit }: { name: string; limit: number }) {
  const { control, setValue } = useFormContext<ComposerValues>();
  const value = (useWatch({ control, name: name as 'kind' }) as string | undefined) ?? '';
  const { t } = useI18n();
  if (countChars(value) <= limit) return null;
  return (
    <Button
      size="sm"
      variant="secondary"
      onClick={() => setValue(name as 'kind', sliceChars(value, limit) as never, { shouldDirty: true })}
    >
      {t('composer.trim', { limit })}
    </Button>
  );
}

export function LimitedField({
  kind,
  path,
  label,
  limit,
  multiline,
  rows = 3,
  optional,
  hint,
  placeholder,
  inputMode,
  onValueChange,
  onKeyDown,
  textareaRef,
  className,
}: LimitedFieldProps) {
  const { register, getValues } = useFormContext<ComposerValues>();
  const { t } = useI18n();
  const name = fieldName(kind, path);
  const id = fieldId(kind, path);
  const issues = useIssuesAt(pathKey(path));
  const [touched, setTouched] = useState(false);
  // "Required" waits until the field has been left once; everything else shows as soon as it is true.
  const visible = issues.filter((issue) => issue.key !== 'required' || touched);
  const counterId = `${id}-counter`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [limit !== undefined && counterId, hint && hintId, visible.length > 0 && errorId]
    .filter(Boolean)
    .join(' ');
  const registration = register(name as 'kind', { onBlur: () => setTouched(true) });
  const common = {
    ...registration,
    id,
    placeholder,
    'aria-invalid': issues.some((i) => i.key !== 'required' || touched) || undefined,
    'aria-describedby': describedBy || undefined,
    'aria-required': !optional || undefined,
    // Numbers (coordinates) read left to right in every language: "-7.5898" must not become "7.5898-".
    dir: inputMode === 'decimal' ? ('ltr' as const) : ('auto' as const),
    onKeyDown,
    className: cn(INPUT_CLASS, multiline && 'min-h-20 resize-y leading-relaxed'),
  };
  const onChangeWithPrevious = async (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const before = String(getValues(name as 'kind') ?? '');
    await registration.onChange(event);
    onValueChange?.(event.target.value, before);
  };
  return (
    <div className={cn('flex flex-col gap-1', className)}>
      <div className="flex items-end justify-between gap-3">
        <label htmlFor={id} className="text-sm font-medium text-neutral-800 dark:text-neutral-200">
          {label}
          {optional && ' '}
          {optional && (
            <span className="font-normal text-neutral-500 dark:text-neutral-400">
              {t('composer.optional')}
            </span>
          )}
        </label>
        {limit !== undefined && <Counter id={counterId} name={name} limit={limit} />}
      </div>
      {multiline ? (
        <textarea
          {...common}
          rows={rows}
          onChange={onChangeWithPrevious}
          ref={(element) => {
            registration.ref(element);
            textareaRef?.(element);
          }}
        />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={inputMode}
          onChange={onChangeWithPrevious}
          autoComplete="off"
        />
      )}
      {hint && (
        <p id={hintId} className="text-xs text-neutral-500 dark:text-neutral-400">
          {hint}
        </p>
      )}
      {visible.length > 0 && (
        <div className="flex flex-wrap items-center gap-2">
          <ul id={errorId} className="text-xs text-red-700 dark:text-red-400">
            {visible.map((issue) => (
              <li key={`${issue.key}-${JSON.stringify(issue.params)}`}>{describeIssue(t, issue)}</li>
            ))}
          </ul>
          {limit !== undefined && <TrimButton name={name} limit={limit} />}
        </div>
      )}
    </div>
  );
}
