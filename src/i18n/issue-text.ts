/** Words for the domain's issue keys, in the user's language: shared by the editor, imports and the library. */
import { assertNever } from '../domain/assert-never.ts';
import { formatIssuePath, type PayloadIssue } from '../domain/message/issues.ts';
import type { CountKey, Translate } from './i18n.tsx';

const ITEM_KEYS: Record<string, CountKey> = {
  buttons: 'composer.item.buttons',
  rows: 'composer.item.rows',
  sections: 'composer.item.sections',
};

export function describeIssue(t: Translate, issue: PayloadIssue): string {
  const params = issue.params ?? {};
  // The domain's parameters are loosely typed; each message reads the ones it names (a missing one shows as "?").
  const param = (name: string): string | number => params[name] ?? '?';
  const itemKey = typeof params.item === 'string' ? ITEM_KEYS[params.item] : undefined;
  const item = itemKey ? t(itemKey, { count: Number(params.limit ?? 0) }) : '';
  switch (issue.key) {
    case 'required':
      return t('issue.required');
    case 'blank':
      return t('issue.blank');
    case 'tooLong':
      // The plural follows how many characters to remove.
      return t('issue.tooLong', {
        count: Number(params.count) - Number(params.limit),
        length: Number(params.count),
        limit: Number(params.limit),
      });
    case 'tooMany':
      return t('issue.tooMany', { count: param('count'), limit: param('limit'), item });
    case 'tooFew':
      return t('issue.tooFew', { limit: param('limit'), item });
    case 'duplicate':
      return t('issue.duplicate', { value: param('value') });
    case 'outOfRange':
      return t('issue.outOfRange', { min: param('min'), max: param('max') });
    case 'notANumber':
      return t('issue.notANumber');
    case 'invalidType':
      return t('issue.invalidType', { expected: param('expected') });
    case 'invalidValue':
      return params.expected
        ? t('issue.invalidValue', { expected: params.expected })
        : t('issue.invalidValueGeneric');
    case 'unknownKey':
      return t('issue.unknownKey');
    case 'unknownType':
      return t('issue.unknownType', { expected: param('expected') });
    case 'invalidJson':
      return t('issue.invalidJson', { line: param('line'), column: param('column') });
    case 'invalidEncoding':
      return t('issue.invalidEncoding');
    case 'loneSurrogate':
      return t('issue.loneSurrogate');
    case 'edgeSpace':
      return t('issue.edgeSpace');
    case 'duplicateTitle':
      return t('issue.duplicateTitle', { value: param('value') });
    case 'undocumentedFooter':
      return t('issue.undocumentedFooter');
    case 'unfilled':
      return t('issue.unfilled', { name: String(params.name ?? '') });
    case 'server':
      return t('issue.server', { message: String(params.message ?? '') });
    default:
      return assertNever(issue.key);
  }
}

/**
 * An issue with its place in the payload, as imports report it: `body.action.buttons[1].reply.title: 23/20`.
 */
export function issueLine(t: Translate, issue: PayloadIssue): string {
  const where = formatIssuePath(issue.path);
  const what =
    issue.key === 'tooLong' && issue.params
      ? `${Number(issue.params.count)}/${Number(issue.params.limit)}`
      : describeIssue(t, issue);
  return where === '' ? what : `${where}: ${what}`;
}
