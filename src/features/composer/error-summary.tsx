import { useMemo } from 'react';
import { useFormState } from 'react-hook-form';
import { isDraftEmpty } from '../../domain/message/draft.ts';
import { isWarning } from '../../domain/message/issues.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { describeIssue } from '../../i18n/issue-text.ts';
import { useStore } from '../../lib/create-store.ts';
import { useComposerForm } from './composer-form.ts';
import {
  ERROR_SUMMARY_ID,
  useActiveDraftSelect,
  useActiveKind,
  useComposerApi,
} from './composer-provider.tsx';
import { fieldId } from './composer-values.ts';
import { compareDraftPaths, describeDraftPath } from './draft-path-text.ts';
import { useAllIssues } from './issue-store.ts';

/**
 * Every rule the message breaks, in words; each entry moves focus to its field. Empty required fields are listed
 * too, so "why can't I send?" always has an answer here — once asked: an untouched empty form shows a neutral
 * hint, not an alarm, until something is typed or Send is tried.
 */
export function ErrorSummary() {
  const unordered = useAllIssues();
  // Warnings stay beside their field: this list answers "why can't I send?".
  const issues = useMemo(
    () => unordered.filter((issue) => !isWarning(issue)).sort((a, b) => compareDraftPaths(a.path, b.path)),
    [unordered],
  );
  const { control } = useComposerForm();
  const kind = useActiveKind();
  const empty = useActiveDraftSelect(isDraftEmpty);
  const { attempted } = useComposerApi();
  const tried = useStore(attempted, (value) => value);
  const { touchedFields } = useFormState({ control, name: `drafts.${kind}` });
  const touched = Object.keys(touchedFields.drafts?.[kind] ?? {}).length > 0;
  const { t } = useI18n();
  if (issues.length > 0 && !tried && !touched && empty) {
    return (
      <p id={ERROR_SUMMARY_ID} tabIndex={-1} className="text-sm text-neutral-600 dark:text-neutral-400">
        {t('composer.summary.hint')}
      </p>
    );
  }
  if (issues.length === 0) {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-emerald-700 dark:text-emerald-400">
        <span aria-hidden="true">✓</span>
        {t('composer.summary.ready')}
      </p>
    );
  }
  return (
    <section
      id={ERROR_SUMMARY_ID}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="scroll-mb-48 rounded-lg focus-visible:outline-2 focus-visible:outline-red-600 border border-red-200 bg-red-50 p-3 dark:border-red-900 dark:bg-red-950/40"
    >
      <h3 id="error-summary-title" className="text-sm font-semibold text-red-800 dark:text-red-300">
        {t('composer.summary.title', { count: issues.length })}
      </h3>
      <ul className="mt-2 flex flex-col gap-1 text-sm">
        {issues.map((issue, index) => (
          <li key={`${issue.path.join('.')}-${issue.key}-${index}`}>
            <button
              type="button"
              className="text-start text-red-800 underline decoration-red-300 underline-offset-2 hover:decoration-red-700 dark:text-red-300"
              onClick={() => document.getElementById(fieldId(kind, issue.path))?.focus()}
            >
              <span className="font-medium">{describeDraftPath(t, kind, issue.path)}</span>
              {' — '}
              {describeIssue(t, issue)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
