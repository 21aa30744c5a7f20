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
  /** A placeholder with no value yet; `params.name` is its name. */
  | 'unfilled'
  /** Refused by the server; `params.message` holds its words. */
  | 'server';

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
