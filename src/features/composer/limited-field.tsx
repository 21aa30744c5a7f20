/**
 * A text field with its limit: the counter (`n/limit` in code points, tied by aria-describedby; neutral, warning
 * from 90 %, error over), the UTF-16 warning, its issues in words, and "Trim to N characters" — trimming is only
 * ever this button, never automatic. The input is uncontrolled (react-hook-form's `register`); the counter
 * watches its own value, so a keystroke re-renders this field only.
 *
 * The fixes this field offers (trim, remove broken characters) are typed through the browser's editing commands,
 * so they land on the field's own undo stack: Ctrl+Z brings the text back.
 */
import { memo, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '../../components/ui/button.tsx';
import { cn } from '../../components/ui/cn.ts';
import { Input, Textarea } from '../../components/ui/input.tsx';
import {
  countChars,
  removeLoneSurrogates,
  sliceGraphemes,
  utf16Overflow,
} from '../../domain/message/count.ts';
import { isWarning, type PayloadIssue } from '../../domain/message/issues.ts';
import { COUNTER_WARNING_RATIO } from '../../domain/message/limits.ts';
import { fillText, findPlaceholders } from '../../domain/message/placeholders.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { describeIssue } from '../../i18n/issue-text.ts';
import { useStore } from '../../lib/create-store.ts';
import { useComposerForm } from './composer-form.ts';
import { fieldId, splitFieldName, type TextFieldName } from './composer-values.ts';
import { useIssuesAt, useIssuesAtSelect } from './issue-store.ts';
import { setCannedOpen, useVariablesStore } from './variables-store.ts';

export interface LimitedFieldProps {
  /** The draft's text field, e.g. `drafts.button.buttons.1.title` (checked by the compiler). */
  name: TextFieldName;
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

/**
 * The text as it will be sent: placeholders with a value replaced by it, the others counted as typed. The
 * selector returns a string, so a value typed for another field's placeholder does not re-render this one.
 */
function useFilledText(typed: string): { value: string; templated: boolean; missing: boolean } {
  const variables = useVariablesStore();
  const value = useStore(variables, (state) => fillText(typed, state.values));
  const templated = value !== typed || typed.includes('{{');
  return { value, templated, missing: templated && findPlaceholders(value).length > 0 };
}

function Counter({ id, name, limit }: { id: string; name: TextFieldName; limit: number }) {
  const { control } = useComposerForm();
  const typed = useWatch({ control, name }) ?? '';
  const { value, templated, missing } = useFilledText(typed);
  const count = countChars(value);
  const state = count > limit ? 'error' : count >= limit * COUNTER_WARNING_RATIO ? 'warning' : 'neutral';
  const { t, formatNumber } = useI18n();
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
        <bdi dir="ltr">{`${formatNumber(count)}/${formatNumber(limit)}`}</bdi>{' '}
        <span className="sr-only">
          {t('composer.counter.characters')}
          {state === 'error' && `, ${t('composer.counter.over', { count: count - limit })}`}
        </span>
      </span>
      {templated && (
        <span className="text-neutral-500 dark:text-neutral-400">
          {missing ? t('composer.counter.unfilled') : t('composer.counter.withValues')}
        </span>
      )}
      {utf16Overflow(value, limit) && (
        <span className="max-w-64 text-end text-amber-700 dark:text-amber-400">
          {t('composer.counter.utf16', { units: value.length, limit })}
        </span>
      )}
    </span>
  );
}

/**
 * Replaces `[start, end)` of the field with `text` as if typed, so the browser records it for undo; where the
 * editing command is missing or refused, the value is set directly (then without undo).
 */
function editField(
  id: string,
  start: number,
  end: number,
  text: string,
  fallback: (value: string) => void,
): void {
  const element = document.getElementById(id);
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return;
  const expected = element.value.slice(0, start) + text + element.value.slice(end);
  element.focus();
  element.setSelectionRange(start, end);
  const typed =
    typeof document.execCommand === 'function' &&
    document.execCommand(text === '' ? 'delete' : 'insertText', false, text);
  if (!typed || element.value !== expected) fallback(expected);
}

function useFieldFix(name: TextFieldName) {
  const { setValue } = useComposerForm();
  return (value: string) => setValue(name, value, { shouldDirty: true });
}

/**
 * Offered with the field's "too long" error (counted on the text as sent, which is the typed text when it has no
 * placeholder), and only then: cutting a template could split a placeholder, so the text or a value is
 * shortened by hand instead. It reads the text when clicked, so a keystroke over the limit does not render it
 * (memo: the words beside it do re-render).
 */
const TrimButton = memo(function TrimButton({
  id,
  name,
  limit,
}: {
  id: string;
  name: TextFieldName;
  limit: number;
}) {
  const { control, getValues } = useComposerForm();
  const templated = useWatch({
    control,
    name,
    compute: (value: string | undefined) => findPlaceholders(value ?? '').length > 0,
  });
  const fallback = useFieldFix(name);
  const { t } = useI18n();
  if (templated) return null;
  return (
    <Button
      size="sm"
      variant="secondary"
      onClick={() => {
        const value = getValues(name) ?? '';
        editField(id, sliceGraphemes(value, limit).length, value.length, '', fallback);
      }}
    >
      {t('composer.trim', { limit })}
    </Button>
  );
});

function RemoveBrokenButton({ id, name }: { id: string; name: TextFieldName }) {
  const { getValues } = useComposerForm();
  const fallback = useFieldFix(name);
  const { t } = useI18n();
  return (
    <Button
      size="sm"
      variant="secondary"
      onClick={() => {
        const value = getValues(name) ?? '';
        editField(id, 0, value.length, removeLoneSurrogates(value), fallback);
      }}
    >
      {t('composer.removeBroken')}
    </Button>
  );
}

/** "Required" waits until the field has been left once; every other error shows as soon as it is true. */
function shownAsError(issue: PayloadIssue, touched: boolean): boolean {
  return !isWarning(issue) && (issue.key !== 'required' || touched);
}

/**
 * The field's issues in words, with the fixes they offer. Its own reader of the issue store: over the limit the
 * count in the words changes at every keystroke, and only this part re-renders for it. The lists keep their
 * items by place, so a changing count rewrites text, not elements.
 */
function FieldIssues({
  id,
  name,
  draftPath,
  limit,
  touched,
}: {
  id: string;
  name: TextFieldName;
  draftPath: string;
  limit?: number;
  touched: boolean;
}) {
  const issues = useIssuesAt(draftPath);
  const { t } = useI18n();
  const visible = issues.filter((issue) => shownAsError(issue, touched));
  const warnings = issues.filter(isWarning);
  return (
    <>
      {visible.length > 0 && (
        <div className="flex flex-wrap items-center gap-2">
          <ul id={`${id}-error`} className="text-xs text-red-700 dark:text-red-400">
            {visible.map((issue, index) => (
              <li key={index}>{describeIssue(t, issue)}</li>
            ))}
          </ul>
          {limit !== undefined && visible.some((issue) => issue.key === 'tooLong') && (
            <TrimButton id={id} name={name} limit={limit} />
          )}
          {visible.some((issue) => issue.key === 'loneSurrogate') && (
            <RemoveBrokenButton id={id} name={name} />
          )}
        </div>
      )}
      {warnings.length > 0 && (
        <ul id={`${id}-warning`} className="text-xs text-amber-800 dark:text-amber-300">
          {warnings.map((issue, index) => (
            <li key={index}>{describeIssue(t, issue)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

export function LimitedField({
  name,
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
  const { register, getValues, control } = useComposerForm();
  const { t } = useI18n();
  // The placeholder is set only while the field is empty (what it is for): with one, Chrome restyles the box's
  // placeholder on every keystroke. This re-renders the field only when it empties or fills.
  const empty = useWatch({ control, name, compute: (value: string | undefined) => !value });
  const { kind, draftPath } = splitFieldName(name);
  const id = fieldId(kind, draftPath.split('.'));
  const [touched, setTouched] = useState(false);
  // The field itself reads only whether it has errors and warnings to point at: their words are FieldIssues'.
  // 1: errors to point at, 2: warnings, 3: both.
  const shown = useIssuesAtSelect(
    draftPath,
    (issues) =>
      (issues.some((issue) => shownAsError(issue, touched)) ? 1 : 0) | (issues.some(isWarning) ? 2 : 0),
  );
  const hasErrors = (shown & 1) > 0;
  const hasWarnings = shown > 1;
  const counterId = `${id}-counter`;
  const hintId = `${id}-hint`;
  const describedBy = [
    limit !== undefined && counterId,
    hint && hintId,
    hasErrors && `${id}-error`,
    hasWarnings && `${id}-warning`,
  ]
    .filter(Boolean)
    .join(' ');
  const registration = register(name, { onBlur: () => setTouched(true) });
  const variables = useVariablesStore();
  // "/" typed into an empty field opens the saved replies, as in chat tools; anywhere else it is just a slash.
  const onKeyDownWithCanned = (event: KeyboardEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey && inputMode !== 'decimal';
    if (event.key === '/' && plain && !event.nativeEvent.isComposing && event.currentTarget.value === '') {
      event.preventDefault();
      setCannedOpen(variables, true);
      return;
    }
    onKeyDown?.(event);
  };
  const common = {
    ...registration,
    id,
    placeholder: empty ? placeholder : undefined,
    'aria-invalid': hasErrors || undefined,
    'aria-describedby': describedBy || undefined,
    'aria-required': !optional || undefined,
    // Numbers (coordinates) read left to right in every language: "-7.5898" must not become "7.5898-".
    dir: inputMode === 'decimal' ? ('ltr' as const) : ('auto' as const),
    onKeyDown: onKeyDownWithCanned,
  };
  const onChangeWithPrevious = async (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const before = getValues(name) ?? '';
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
        <Textarea
          {...common}
          rows={rows}
          onChange={onChangeWithPrevious}
          ref={(element) => {
            registration.ref(element);
            textareaRef?.(element);
          }}
        />
      ) : (
        <Input {...common} inputMode={inputMode} onChange={onChangeWithPrevious} autoComplete="off" />
      )}
      {hint && (
        <p id={hintId} className="text-xs text-neutral-500 dark:text-neutral-400">
          {hint}
        </p>
      )}
      <FieldIssues id={id} name={name} draftPath={draftPath} limit={limit} touched={touched} />
    </div>
  );
}
