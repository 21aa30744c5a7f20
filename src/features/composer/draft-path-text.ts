/** Where an issue is, in the editor's words. */
import { assertNever } from '../../domain/assert-never.ts';
import type { MessageKind } from '../../domain/message/draft.ts';
import type { IssuePath } from '../../domain/message/issues.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import { KIND_LABEL_KEYS } from '../../i18n/kind-label.ts';

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
  // A placeholder without a value: the variables panel's box, whatever the kind.
  if (first === 'placeholders') return t('composer.variables.path', { name: String(second ?? '') });
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
      return t(KIND_LABEL_KEYS.location);
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
      return t(KIND_LABEL_KEYS[kind]);
    default:
      return assertNever(kind);
  }
}

/** Where each field stands in its editor, top to bottom; items inside a list by index, then these. */
const FIELD_ORDER: Record<string, number> = {
  header: 0,
  body: 1,
  button: 2,
  latitude: 0,
  longitude: 1,
  name: 2,
  address: 3,
  buttons: 3,
  sections: 3,
  title: 0,
  id: 1,
  description: 2,
  rows: 3,
};

/** Orders draft paths as the fields appear on screen, so the error summary reads top to bottom. */
export function compareDraftPaths(a: IssuePath, b: IssuePath): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const left = a[i];
    const right = b[i];
    if (left === right) continue;
    if (left === undefined) return -1;
    if (right === undefined) return 1;
    const rank = (part: string | number) => (typeof part === 'number' ? part : (FIELD_ORDER[part] ?? 99));
    return rank(left) - rank(right);
  }
  return 0;
}
