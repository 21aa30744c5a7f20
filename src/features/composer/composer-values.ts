/**
 * The composer's form state: the chosen kind, `send_to_third`, and one draft per kind so switching kind keeps
 * what was typed in each. No resolver: the rules are the domain's `validateDraft`, run on every change by the
 * composer provider into the issue store, which the fields, the error summary and Send read.
 */
import type { FieldPathByValue } from 'react-hook-form';
import {
  emptyDrafts,
  MESSAGE_KINDS,
  type DraftSnapshot,
  type MessageKind,
} from '../../domain/message/draft.ts';
import type { IssuePath } from '../../domain/message/issues.ts';

export type ComposerValues = DraftSnapshot;

export function defaultComposerValues(): ComposerValues {
  // send_to_third defaults to true, as in every example of the spec.
  return { kind: 'text', sendToThird: true, drafts: emptyDrafts() };
}

/**
 * The react-hook-form name of a draft's text field, checked by the compiler: `drafts.button.buttons.1.title`
 * (optional text too: `drafts.button.footer`).
 */
export type TextFieldName = FieldPathByValue<ComposerValues, string | undefined>;

/** A text field's kind and its path inside the draft (`buttons.1.title`, the issue store's key). */
export function splitFieldName(name: TextFieldName): { kind: MessageKind; draftPath: string } {
  const kind = MESSAGE_KINDS.find((k) => name.startsWith(`drafts.${k}.`));
  if (kind === undefined) throw new Error(`Not a draft field: ${name}`);
  return { kind, draftPath: name.slice(`drafts.${kind}.`.length) };
}

/** The DOM id of a draft field or group, so the error summary can focus it. */
export function fieldId(kind: MessageKind, path: IssuePath): string {
  return ['field', kind, ...path].join('-');
}
