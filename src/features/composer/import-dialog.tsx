import { useState } from 'react';
import { fromPayload, parseJsonText, type FromPayloadResult } from '../../domain/message/codec.ts';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { issueLine } from '../../i18n/issue-text.ts';
import { draftPlaceholders } from '../../domain/message/placeholders.ts';
import { useComposerApi } from './composer-provider.tsx';
import { requestVariablesFocus } from './variables-store.ts';

/** Largest file the dialog reads: far above any valid message, small enough to never freeze the tab. */
const MAX_IMPORT_FILE_BYTES = 2 * 1024 * 1024;

type Outcome = { kind: 'idle' } | { kind: 'failed'; result: Extract<FromPayloadResult, { ok: false }> };

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
    const parsed = parseJsonText(source);
    const result: FromPayloadResult = parsed.ok
      ? fromPayload(parsed.json)
      : { ok: false, issues: parsed.issues };
    if (result.ok) finish(result);
    else setOutcome({ kind: 'failed', result });
  };

  const readFile = async (file: File) => {
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      setOutcome({ kind: 'failed', result: { ok: false, issues: [] } });
      return;
    }
    let content: string;
    try {
      content = await file.text();
    } catch {
      // The file went away or cannot be read: say so as any unreadable content would be.
      setOutcome({ kind: 'failed', result: { ok: false, issues: [{ path: [], key: 'invalidEncoding' }] } });
      return;
    }
    setText(content);
    submit(content);
  };

  const failed = outcome.kind === 'failed' ? outcome.result : null;
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
        <textarea
          id="import-json"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOutcome({ kind: 'idle' });
          }}
          rows={10}
          spellCheck={false}
          aria-invalid={failed ? true : undefined}
          aria-describedby={failed ? 'import-problems' : undefined}
          className="w-full rounded-md border border-neutral-300 bg-white p-2 font-mono text-xs dark:border-neutral-600 dark:bg-neutral-950"
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
        {failed && (
          <div
            id="import-problems"
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/40 dark:text-red-300"
          >
            <p className="font-semibold">
              {failed.issues.length === 0
                ? t('composer.import.tooLarge', { limit: MAX_IMPORT_FILE_BYTES / 1024 / 1024 })
                : t('composer.import.failed', { count: failed.issues.length })}
            </p>
            <ul className="mt-1 list-disc ps-5 font-mono text-xs">
              {failed.issues.map((issue, index) => (
                <li key={index}>{issueLine(t, issue)}</li>
              ))}
            </ul>
            {failed.draft && (
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
