/** Words for the domain's issue keys and draft paths, in the user's language. */
import { assertNever } from '../../domain/assert-never.ts';
import { type MessageKind } from '../../domain/message/draft.ts';
import { type IssuePath, type PayloadIssue } from '../../domain/message/issues.ts';
import { type MessageKey, type Translate } from '../../i18n/i18n.tsx';

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
      return t('composer.issue.required');
    case 'blank':
      return t('composer.issue.blank');
    case 'tooLong':
      // The plural follows how many characters to remove.
      return t('composer.issue.tooLong', {
        count: Number(params.count) - Number(params.limit),
        length: Number(params.count),
        limit: Number(params.limit),
      });
    case 'tooMany':
      return t('composer.issue.tooMany', withItem);
    case 'tooFew':
      return t('composer.issue.tooFew', withItem);
    case 'duplicate':
      return t('composer.issue.duplicate', params);
    case 'outOfRange':
      return t('composer.issue.outOfRange', params);
    case 'notANumber':
      return t('composer.issue.notANumber');
    case 'invalidType':
      return t('composer.issue.invalidType', params);
    case 'invalidValue':
      return params.expected
        ? t('composer.issue.invalidValue', params)
        : t('composer.issue.invalidValueGeneric');
    case 'unknownKey':
      return t('composer.issue.unknownKey');
    case 'unknownType':
      return t('composer.issue.unknownType', params);
    case 'invalidJson':
      return t('composer.issue.invalidJson', params);
    case 'invalidEncoding':
      return t('composer.issue.invalidEncoding');
    case 'server':
      return t('composer.issue.server', { message: String(params.message ?? '') });
    default:
      return assertNever(issue.key);
  }
}

/** A short label for where an issue is: "Button 2 · Title", "Section 1, row 3 · ID". */
export function describeDraftPath(t: Translate, kind: MessageKind, path: IssuePath): string {
  const [first, second, third, fourth, fifth] = path;
  const field = (name: string | number | undefined): string => {
    switch (name) {
      case 'title':
        return t('composer.field.title');
      case 'id':
        return t('composer.field.id');
      case 'description':
        return t('composer.field.description');
      case 'rows':
        return t('composer.field.rows');
      default:
        return String(name ?? '');
    }
  };
  switch (kind) {
    case 'text':
      return t('composer.text.body');
    case 'location_request':
      return t('composer.locationRequest.body');
    case 'location':
      if (first === 'latitude') return t('composer.location.latitude');
      if (first === 'longitude') return t('composer.location.longitude');
      if (first === 'name') return t('composer.location.name');
      if (first === 'address') return t('composer.location.address');
      return t('composer.kind.location');
    case 'button':
    case 'list':
      if (first === 'header') return t('composer.interactive.header');
      if (first === 'body') return t('composer.interactive.body');
      if (first === 'button') return t('composer.list.button');
      if (first === 'buttons') {
        if (typeof second !== 'number') return t('composer.buttons.legend');
        return `${t('composer.buttons.item', { n: second + 1 })} · ${field(third)}`;
      }
      if (first === 'sections') {
        if (typeof second !== 'number') return t('composer.list.sections');
        const section = t('composer.list.section', { n: second + 1 });
        if (third !== 'rows' || typeof fourth !== 'number') return `${section} · ${field(third)}`;
        return `${t('composer.list.sectionRow', { n: second + 1, m: fourth + 1 })} · ${field(fifth)}`;
      }
      return t(kind === 'button' ? 'composer.kind.button' : 'composer.kind.list');
    default:
      return assertNever(kind);
  }
}
