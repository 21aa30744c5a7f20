import { assertNever } from '../../domain/assert-never.ts';
import { formatIssuePath, type PayloadIssue } from '../../domain/message/issues.ts';
import { type Translate } from '../../i18n/i18n.tsx';

function num(issue: PayloadIssue, name: string): number {
  return Number(issue.params?.[name] ?? 0);
}

function str(issue: PayloadIssue, name: string): string {
  return String(issue.params?.[name] ?? '');
}

/** What is wrong, in a few words: the import report puts the path in front. */
export function describeIssue(t: Translate, issue: PayloadIssue): string {
  switch (issue.key) {
    case 'required':
      return t('library.issue.required');
    case 'blank':
      return t('library.issue.blank');
    case 'tooLong':
      return t('library.issue.tooLong', { count: num(issue, 'count'), limit: num(issue, 'limit') });
    case 'tooMany':
      return t('library.issue.tooMany', { count: num(issue, 'count'), limit: num(issue, 'limit') });
    case 'tooFew':
      return t('library.issue.tooFew', { count: num(issue, 'count'), limit: num(issue, 'limit') });
    case 'duplicate':
      return t('library.issue.duplicate', { value: str(issue, 'value') });
    case 'outOfRange':
      return t('library.issue.outOfRange', { min: num(issue, 'min'), max: num(issue, 'max') });
    case 'notANumber':
      return t('library.issue.notANumber');
    case 'invalidType':
      return t('library.issue.invalidType', { expected: str(issue, 'expected') });
    case 'invalidValue':
      return t('library.issue.invalidValue', { expected: str(issue, 'expected') });
    case 'unknownKey':
      return t('library.issue.unknownKey');
    case 'unknownType':
      return t('library.issue.unknownType', { expected: str(issue, 'expected') });
    case 'invalidJson':
      return t('library.issue.invalidJson', { line: num(issue, 'line'), column: num(issue, 'column') });
    case 'invalidEncoding':
      return t('library.issue.invalidEncoding');
    case 'server':
      return str(issue, 'message');
    default:
      return assertNever(issue.key);
  }
}

/** `message.body.text: required` */
export function issueLine(t: Translate, issue: PayloadIssue): string {
  const where = formatIssuePath(issue.path);
  const what = describeIssue(t, issue);
  return where === '' ? what : `${where}: ${what}`;
}
