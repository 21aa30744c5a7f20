import { useRef, type KeyboardEvent } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { TEXT_BODY_MAX_CHARS } from '../../domain/message/limits.ts';
import { type MessageKey, useI18n } from '../../i18n/i18n.tsx';
import { useComposerForm } from './composer-form.ts';
import { LimitedField } from './limited-field.tsx';

const FORMATS = [
  { marker: '*', label: 'composer.format.bold', shortcut: 'b', glyph: 'B', className: 'font-bold' },
  { marker: '_', label: 'composer.format.italic', shortcut: 'i', glyph: 'I', className: 'italic' },
  {
    marker: '~',
    label: 'composer.format.strike',
    shortcut: undefined,
    glyph: 'S',
    className: 'line-through',
  },
  { marker: '```', label: 'composer.format.mono', shortcut: undefined, glyph: '</>', className: 'font-mono' },
] as const satisfies readonly {
  marker: string;
  label: MessageKey;
  shortcut?: string;
  glyph: string;
  className: string;
}[];

/** Wraps the selection in WhatsApp markers (or inserts a pair around the caret) and keeps the selection. */
export function wrapSelection(value: string, start: number, end: number, marker: string) {
  const selected = value.slice(start, end);
  const next = value.slice(0, start) + marker + selected + marker + value.slice(end);
  return { value: next, start: start + marker.length, end: end + marker.length };
}

export function TextEditor() {
  const { setValue, getValues } = useComposerForm();
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const { t } = useI18n();

  const apply = (marker: string) => {
    const element = textarea.current;
    if (!element) return;
    const { selectionStart: start, selectionEnd: end } = element;
    const current = getValues('drafts.text.body');
    const wrapped = wrapSelection(current, start, end, marker);
    element.focus();
    // Typing the markers through the browser keeps its undo history (Ctrl+Z takes them out again); where that is
    // not available, set the value directly.
    const typed =
      typeof document.execCommand === 'function' &&
      document.execCommand('insertText', false, marker + current.slice(start, end) + marker);
    if (!typed || element.value !== wrapped.value) {
      setValue('drafts.text.body', wrapped.value, { shouldDirty: true });
    }
    element.setSelectionRange(wrapped.start, wrapped.end);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const format = FORMATS.find((f) => f.shortcut === event.key.toLowerCase());
    if (!format) return;
    event.preventDefault();
    apply(format.marker);
  };

  return (
    <div className="flex flex-col gap-2">
      <div role="toolbar" aria-label={t('composer.format.toolbar')} className="flex gap-1">
        {FORMATS.map((format) => (
          <Button
            key={format.marker}
            size="icon"
            variant="ghost"
            aria-label={t(format.label)}
            title={
              format.shortcut ? `${t(format.label)} (Ctrl+${format.shortcut.toUpperCase()})` : t(format.label)
            }
            aria-keyshortcuts={format.shortcut ? `Control+${format.shortcut.toUpperCase()}` : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => apply(format.marker)}
          >
            <span aria-hidden="true" className={format.className}>
              {format.glyph}
            </span>
          </Button>
        ))}
      </div>
      <LimitedField
        name="drafts.text.body"
        label={t('composer.text.body')}
        limit={TEXT_BODY_MAX_CHARS}
        multiline
        rows={8}
        placeholder={t('composer.text.placeholder')}
        hint={t('composer.text.hint')}
        textareaRef={(element) => {
          textarea.current = element;
        }}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
