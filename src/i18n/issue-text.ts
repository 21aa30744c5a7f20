/** Words for the domain's issue keys, in the user's language: shared by the editor, imports and the library. */
import { assertNever } from '../domain/assert-never.ts';
import { formatIssuePath, type PayloadIssue } from '../domain/message/issues.ts';
import { type MessageKey, type Translate } from './i18n.tsx';

const ITEM_KEYS: Record<string, MessageKey> = {
  buttons: 'composer.item.buttons',
  rows: 'composer.item.rows',
  sections: 'composer.item.sections',
};

export function describeIssue(t: Translate, issue: PayloadIssue): string {
  const params = issue.params ?? {};
  const item = typeof params.item === 'string' && ITEM_KEYS[params.item];
  const withItem = { ...params, item: item ? t(item, { count: Number(params.limit ?? 0) }) : '' };
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
      return t('issue.tooMany', withItem);
    case 'tooFew':
      return t('issue.tooFew', withItem);
    case 'duplicate':
      return t('issue.duplicate', params);
    case 'outOfRange':
      return t('issue.outOfRange', params);
    case 'notANumber':
      return t('issue.notANumber');
    case 'invalidType':
      return t('issue.invalidType', params);
    case 'invalidValue':
      return params.expected ? t('issue.invalidValue', params) : t('issue.invalidValueGeneric');
    case 'unknownKey':
      return t('issue.unknownKey');
    case 'unknownType':
      return t('issue.unknownType', params);
    case 'invalidJson':
      return t('issue.invalidJson', params);
    case 'invalidEncoding':
      return t('issue.invalidEncoding');
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
