import type { MessageKind } from '../../domain/message/draft.ts';
import type { IssuePath } from '../../domain/message/issues.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { describeIssue } from '../../i18n/issue-text.ts';
import { pathKey, useIssuesAt } from './issue-store.ts';

/** Issues that belong to a group rather than a field: "4/3 buttons", "11/10 rows". */
export function GroupIssues({ kind, path }: { kind: MessageKind; path: IssuePath }) {
  const issues = useIssuesAt(pathKey(path));
  const { t } = useI18n();
  if (issues.length === 0) return null;
  return (
    <ul className="text-xs text-red-700 dark:text-red-400" data-kind={kind}>
      {issues.map((issue) => (
        <li key={`${issue.key}-${JSON.stringify(issue.params)}`}>{describeIssue(t, issue)}</li>
      ))}
    </ul>
  );
}
