/**
 * Import a message from pasted JSON or a file. Size is checked before anything is parsed (bounds.ts): more than
 * the API takes is refused with its size, and a structurally valid but huge message (thousands of rows) is
 * summarised instead of offered to "Load anyway", which would render an input per row.
 */
import { useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { Textarea } from '../../components/ui/input.tsx';
import {
  EDITOR_BUTTONS_CAP,
  EDITOR_ROWS_CAP,
  EDITOR_SECTIONS_CAP,
  editorOverflow,
  type EditorOverflow,
  isInputTooLarge,
  MAX_INPUT_BYTES,
  payloadOverflow,
} from '../../domain/message/bounds.ts';
import { fromPayload, type FromPayloadResult } from '../../domain/message/codec.ts';
import { parseJsonText } from '../../domain/message/json-error.ts';
import { draftPlaceholders } from '../../domain/message/placeholders.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { issueLine } from '../../i18n/issue-text.ts';
import { useComposerApi } from './composer-provider.tsx';
import { requestVariablesFocus } from './variables-store.ts';

/** Problems listed one by one; beyond this a count says how many more (a huge list can have thousands). */
const MAX_LISTED_ISSUES = 50;

const KIB = 1024;

type Outcome =
  | { kind: 'idle' }
  | { kind: 'tooLarge' }
  | { kind: 'overCap'; overflow: EditorOverflow }
  | { kind: 'failed'; result: Extract<FromPayloadResult, { ok: false }>; overflow: EditorOverflow | null };

const PROBLEM_CLASS =
  'rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/40 dark:text-red-300';

export function ImportDialog({
  open,
  onClose,
  onConversationId,
}: {
  open: boolean;
  onClose: () => void;
  onConversationId?: (conversationId: string) => void;
}) {
  const { t } = useI18n();
  const { load, variables } = useComposerApi();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const finish = (result: FromPayloadResult & { draft: NonNullable<FromPayloadResult['draft']> }) => {
    load({ draft: result.draft, sendToThird: result.sendToThird });
    if (result.conversationId) onConversationId?.(result.conversationId);
    // A payload with {{placeholders}} is a template: its variables are listed, the first one ready to fill.
    if (draftPlaceholders(result.draft).length > 0) requestVariablesFocus(variables);
    setOutcome({ kind: 'idle' });
    setText('');
    onClose();
  };

  const submit = (source: string) => {
    if (isInputTooLarge(source)) {
      setOutcome({ kind: 'tooLarge' });
      return;
    }
    const parsed = parseJsonText(source);
    const overCap = parsed.ok ? payloadOverflow(parsed.json) : null;
    if (overCap) {
      setOutcome({ kind: 'overCap', overflow: overCap });
      return;
    }
    const result: FromPayloadResult = parsed.ok
      ? fromPayload(parsed.json)
      : { ok: false, issues: parsed.issues };
    if (result.ok) finish(result);
    else
      setOutcome({
        kind: 'failed',
        result,
        overflow: result.draft === undefined ? null : editorOverflow(result.draft),
      });
  };

  const readFile = async (file: File) => {
    if (file.size > MAX_INPUT_BYTES) {
      setOutcome({ kind: 'tooLarge' });
      return;
    }
    let content: string;
    try {
      content = await file.text();
    } catch {
      // The file went away or cannot be read: say so as any unreadable content would be.
      setOutcome({
        kind: 'failed',
        result: { ok: false, issues: [{ path: [], key: 'invalidEncoding' }] },
        overflow: null,
      });
      return;
    }
    setText(content);
    submit(content);
  };

  const failed = outcome.kind === 'failed' ? outcome.result : null;
  const overflow = outcome.kind === 'failed' ? outcome.overflow : null;
  const problem = outcome.kind !== 'idle';
  const overCapText = (size: EditorOverflow) =>
    t('composer.import.overCap', {
      sections: size.sections,
      rows: size.rows,
      buttons: size.buttons,
      sectionsCap: EDITOR_SECTIONS_CAP,
      rowsCap: EDITOR_ROWS_CAP,
      buttonsCap: EDITOR_BUTTONS_CAP,
    });
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('composer.import.title')}
      footer={
        <>
          <Button onClick={onClose}>{t('composer.import.cancel')}</Button>
          <Button variant="primary" disabled={text.trim() === ''} onClick={() => submit(text)}>
            {t('composer.import.submit')}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        <p className="text-sm text-neutral-600 dark:text-neutral-300">{t('composer.import.help')}</p>
        <label htmlFor="import-json" className="text-sm font-medium">
          {t('composer.import.paste')}
        </label>
        <Textarea
          id="import-json"
          value={text}
          onPaste={(event) => {
            // A paste over the limit never reaches the field: laying out megabytes of text alone freezes the tab.
            if (isInputTooLarge(event.clipboardData.getData('text'))) {
              event.preventDefault();
              setOutcome({ kind: 'tooLarge' });
            }
          }}
          onChange={(event) => {
            if (isInputTooLarge(event.target.value)) {
              event.target.value = text;
              setOutcome({ kind: 'tooLarge' });
              return;
            }
            setText(event.target.value);
            setOutcome({ kind: 'idle' });
          }}
          rows={10}
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'import-problems' : undefined}
          density="compact"
          mono
        />
        <div className="flex items-center gap-2 text-sm">
          <label htmlFor="import-file" className="font-medium">
            {t('composer.import.file')}
          </label>
          <input
            id="import-file"
            type="file"
            accept="application/json,.json"
            className="text-sm file:me-2 file:rounded-md file:border file:border-neutral-300 file:bg-white file:px-2 file:py-1"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void readFile(file);
              event.target.value = '';
            }}
          />
        </div>
        {outcome.kind === 'overCap' && (
          <p id="import-problems" role="alert" className={PROBLEM_CLASS}>
            {overCapText(outcome.overflow)}
          </p>
        )}
        {outcome.kind === 'tooLarge' && (
          <p id="import-problems" role="alert" className={PROBLEM_CLASS}>
            {t('composer.import.inputTooLarge', { limit: MAX_INPUT_BYTES / KIB })}
          </p>
        )}
        {failed && (
          <div id="import-problems" role="alert" className={PROBLEM_CLASS}>
            <p className="font-semibold">{t('composer.import.failed', { count: failed.issues.length })}</p>
            <ul className="mt-1 list-disc ps-5 font-mono text-xs">
              {failed.issues.slice(0, MAX_LISTED_ISSUES).map((issue, index) => (
                <li key={index}>{issueLine(t, issue)}</li>
              ))}
            </ul>
            {failed.issues.length > MAX_LISTED_ISSUES && (
              <p className="mt-1 text-xs">
                {t('composer.import.moreIssues', { count: failed.issues.length - MAX_LISTED_ISSUES })}
              </p>
            )}
            {failed.draft && overflow && <p className="mt-3 text-xs">{overCapText(overflow)}</p>}
            {failed.draft && !overflow && (
              <div className="mt-3 flex items-center gap-3">
                <Button
                  size="sm"
                  onClick={() =>
                    finish({ ...failed, draft: failed.draft as NonNullable<typeof failed.draft> })
                  }
                >
                  {t('composer.import.loadAnyway')}
                </Button>
                <span className="text-xs">{t('composer.import.loadAnywayHint')}</span>
              </div>
            )}
          </div>
        )}
      </div>
    </Dialog>
  );
}
