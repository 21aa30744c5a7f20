import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useI18n } from '../../i18n/i18n.tsx';
import { type ComposerValues, fieldId } from './composer-values.ts';
import { describeIssue } from '../../i18n/issue-text.ts';
import { compareDraftPaths, describeDraftPath } from './draft-path-text.ts';
import { useAllIssues } from './issue-store.ts';

/**
 * Every rule the message breaks, in words; each entry moves focus to its field. Empty required fields are listed
 * too, so "why can't I send?" always has an answer here.
 */
export function ErrorSummary() {
  const unordered = useAllIssues();
  const issues = useMemo(() => [...unordered].sort((a, b) => compareDraftPaths(a.path, b.path)), [unordered]);
  const { control } = useFormContext<ComposerValues>();
  const kind = useWatch({ control, name: 'kind' });
  const { t } = useI18n();
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
      aria-labelledby="error-summary-title"
      className="rounded-lg border border-red-200 bg-red-50 p-3 dark:border-red-900 dark:bg-red-950/40"
    >
      <h3 id="error-summary-title" className="text-sm font-semibold text-red-800 dark:text-red-300">
        {t('composer.summary.title', { count: issues.length })}
      </h3>
      <ul className="mt-2 flex flex-col gap-1 text-sm">
        {issues.map((issue, index) => (
          <li key={`${issue.path.join('.')}-${issue.key}-${index}`}>
            <button
              type="button"
              className="text-left text-red-800 underline decoration-red-300 underline-offset-2 hover:decoration-red-700 dark:text-red-300"
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
