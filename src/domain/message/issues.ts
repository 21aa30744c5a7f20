/**
 * A validation problem as data: where (the path in the payload, or in the editor draft) and what (a key the UI
 * translates, with the numbers it needs). The domain never writes sentences.
 */

export type IssueKey =
  | 'required'
  | 'blank'
  | 'tooLong'
  | 'tooMany'
  | 'tooFew'
  | 'duplicate'
  | 'outOfRange'
  | 'notANumber'
  | 'invalidType'
  | 'invalidValue'
  | 'unknownKey'
  | 'unknownType'
  | 'invalidJson'
  | 'invalidEncoding'
  /** Half of a surrogate pair: malformed UTF-16 that cannot be sent as UTF-8; the fix removes it. */
  | 'loneSurrogate'
  /** An id that starts or ends with white space. */
  | 'edgeSpace'
  /** A warning: the same row title twice in a list (allowed by the schema, refused by some providers). */
  | 'duplicateTitle'
  /** A warning: a footer, which WhatsApp accepts but Digishare's documentation does not list. */
  | 'undocumentedFooter'
  /** A placeholder with no value yet; `params.name` is its name. */
  | 'unfilled'
  /** Refused by the server; `params.message` holds its words. */
  | 'server';

/** Every key once: the compiler insists when a key is added to the union above. */
const ISSUE_KEYS: Record<IssueKey, true> = {
  required: true,
  blank: true,
  tooLong: true,
  tooMany: true,
  tooFew: true,
  duplicate: true,
  outOfRange: true,
  notANumber: true,
  invalidType: true,
  invalidValue: true,
  unknownKey: true,
  unknownType: true,
  invalidJson: true,
  invalidEncoding: true,
  server: true,
  loneSurrogate: true,
  edgeSpace: true,
  duplicateTitle: true,
  undocumentedFooter: true,
  unfilled: true,
};

export function isIssueKey(value: string): value is IssueKey {
  return Object.hasOwn(ISSUE_KEYS, value);
}

/** Issues that inform without blocking a send. */
const WARNING_KEYS: ReadonlySet<IssueKey> = new Set<IssueKey>(['duplicateTitle', 'undocumentedFooter']);

export function isWarning(issue: { key: IssueKey }): boolean {
  return WARNING_KEYS.has(issue.key);
}

export type IssuePath = (string | number)[];

export interface PayloadIssue {
  path: IssuePath;
  key: IssueKey;
  params?: Record<string, string | number>;
}

/** `["body", "action", "buttons", 1, "reply", "title"]` → `body.action.buttons[1].reply.title`. */
export function formatIssuePath(path: IssuePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** `body.action.buttons[1].reply.title` or `body.action.buttons.1.reply.title` → a path. */
export function parseIssuePath(text: string): IssuePath {
  return text
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
