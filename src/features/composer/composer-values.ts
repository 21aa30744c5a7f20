/**
 * The composer's form state: the chosen kind, `send_to_third`, and one draft per kind so switching kind keeps
 * what was typed in each. The zod schema wraps the domain's validation so react-hook-form's resolver, the live
 * issue list and the sandbox all apply the same rules.
 */
import * as z from 'zod';
import { validateDraft } from '../../domain/message/codec.ts';
import {
  type Draft,
  type DraftSnapshot,
  type DraftsByKind,
  emptyDrafts,
  MESSAGE_KINDS,
  type MessageKind,
} from '../../domain/message/draft.ts';
import { type IssuePath } from '../../domain/message/issues.ts';

export type ComposerValues = DraftSnapshot;

export function defaultComposerValues(): ComposerValues {
  // send_to_third defaults to true, as in every example of the spec.
  return { kind: 'text', sendToThird: true, drafts: emptyDrafts() };
}

export const composerSchema = z
  .object({
    kind: z.enum(MESSAGE_KINDS),
    sendToThird: z.boolean(),
    drafts: z.custom<DraftsByKind>((value) => typeof value === 'object' && value !== null),
  })
  .superRefine((values, ctx) => {
    const draft: Draft = values.drafts[values.kind];
    for (const issue of validateDraft(draft)) {
      ctx.addIssue({
        code: 'custom',
        path: ['drafts', values.kind, ...issue.path],
        message: issue.key,
        params: issue.params,
      });
    }
  });

/** The react-hook-form name of a draft field: `drafts.button.buttons.1.title`. */
export function fieldName(kind: MessageKind, path: IssuePath): string {
  return ['drafts', kind, ...path].join('.');
}

/** The DOM id of a draft field or group, so the error summary can focus it. */
export function fieldId(kind: MessageKind, path: IssuePath): string {
  return ['field', kind, ...path].join('-');
}
