import type { issues as fr } from '../fr/issues.ts';
import type { Translation } from '../types.ts';

export const issues: Translation<typeof fr> = {
  'issue.required': 'Required.',
  'issue.blank': 'Cannot be only spaces or invisible characters.',
  'issue.tooLong': {
    one: '{length}/{limit} characters: remove {count} character.',
    other: '{length}/{limit} characters: remove {count}.',
  },
  'issue.tooMany': '{count}/{limit} {item}: too many.',
  'issue.tooFew': 'At least {limit} {item} needed.',
  'issue.duplicate': '“{value}” is used more than once; each must be unique.',
  'issue.outOfRange': 'Must be between {min} and {max}.',
  'issue.notANumber': 'Not a number (example: 33.5731).',
  'issue.invalidType': 'Expected type: {expected}.',
  'issue.invalidValue': 'Expected value: {expected}.',
  'issue.invalidValueGeneric': 'Invalid value.',
  'issue.unknownKey': 'Not a field of the API.',
  'issue.unknownType': 'Unknown type; expected: {expected}.',
  'issue.invalidJson': 'Invalid JSON at line {line}, column {column}.',
  'issue.invalidEncoding': 'The content is damaged: not valid base64url UTF-8.',

  'issue.loneSurrogate': 'Contains a broken character (half of a surrogate pair) that cannot be sent.',
  'issue.edgeSpace': 'An id cannot start or end with a space.',
  'issue.duplicateTitle':
    'The title “{value}” is already used by another row: some providers refuse duplicate titles.',
  'issue.undocumentedFooter':
    'WhatsApp shows this footer, but Digishare’s documentation does not list “footer”: Send asks before sending it.',
  'issue.server': 'Refused by the server: {message}',
  'issue.unfilled': 'No value for {name} yet.',
};
