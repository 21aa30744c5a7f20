/**
 * `npm run bench:unit`: what each keystroke pays for validation (`validateDraft` runs the strict schema on the
 * whole draft), on a long text, the largest list and a button message, valid and broken; and an import of a
 * broken message, which runs the strict schema and then the structure-only one.
 */
import { bench, describe } from 'vitest';
import { fromPayload, toPayload, validateDraft } from './codec.ts';
import type { ButtonDraft, ListDraft, TextDraft } from './draft.ts';
import { LIST_ROWS_MAX, TEXT_BODY_MAX_CHARS } from './limits.ts';

const longText: TextDraft = {
  kind: 'text',
  body: 'Bonjour Adil, votre commande est prête. '.repeat(120).slice(0, TEXT_BODY_MAX_CHARS),
};
const tooLongText: TextDraft = { kind: 'text', body: `${longText.body}${longText.body}` };

const fullList: ListDraft = {
  kind: 'list',
  header: 'Support',
  body: 'Choisissez un sujet',
  button: 'Voir les sujets',
  sections: [0, 1].map((s) => ({
    title: `Section ${s + 1}`,
    rows: Array.from({ length: LIST_ROWS_MAX / 2 }, (_, r) => ({
      id: `row_${s}_${r}`,
      title: `Sujet ${s}.${r}`,
      description: 'Une description de la ligne',
    })),
  })),
};
const brokenList: ListDraft = {
  ...fullList,
  body: '   ',
  sections: fullList.sections.map((section) => ({
    ...section,
    rows: section.rows.map((row) => ({ ...row, id: 'row_same' })),
  })),
};

const buttons: ButtonDraft = {
  kind: 'button',
  header: 'Confirmation',
  body: 'Confirmez-vous le rendez-vous de demain à 10 h ?',
  buttons: [
    { id: 'btn_oui', title: 'Oui' },
    { id: 'btn_non', title: 'Non' },
    { id: 'btn_autre', title: 'Autre date' },
  ],
};

describe('validateDraft, one keystroke', () => {
  bench('text, 4,096 characters, valid', () => void validateDraft(longText));
  bench('text, too long', () => void validateDraft(tooLongText));
  bench('list, 10 rows, valid', () => void validateDraft(fullList));
  bench('list, 10 rows, blank body and duplicate ids', () => void validateDraft(brokenList));
  bench('buttons, 3, valid', () => void validateDraft(buttons));
});

describe('fromPayload, an import', () => {
  const broken = { ...toPayload(brokenList), conversation_id: 'conv_1', send_to_third: false };
  bench('list with broken rules (strict, then structure)', () => void fromPayload(broken));
});
