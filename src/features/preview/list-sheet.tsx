/**
 * The bottom sheet WhatsApp opens from a list message, drawn inside the phone (not the page's modal layer, which
 * would cover the editor): sections of rows with one radio choice, and a send button that stays disabled until
 * a row is chosen. Focus moves in when it opens, stays inside while it is open, and returns to the opener.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ListDraft, ListRowDraft } from '../../domain/message/draft.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { CloseIcon, SendIcon } from './icons.tsx';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

function rowKey(sectionIndex: number, rowIndex: number): string {
  return `${sectionIndex}:${rowIndex}`;
}

/** What Tab stops on: the controls, with one stop per radio group (its checked radio, else its first). */
function tabStops(container: HTMLElement): HTMLElement[] {
  const seenGroups = new Set<string>();
  const stops: HTMLElement[] = [];
  for (const element of container.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (element instanceof HTMLInputElement && element.type === 'radio' && element.name !== '') {
      if (seenGroups.has(element.name)) continue;
      seenGroups.add(element.name);
      const group = [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter(
        (radio) => radio.name === element.name && !radio.disabled,
      );
      stops.push(group.find((radio) => radio.checked) ?? element);
    } else {
      stops.push(element);
    }
  }
  return stops;
}

/** Keeps Tab and Shift+Tab cycling through the sheet's controls. */
function trapTab(container: HTMLElement, event: KeyboardEvent) {
  const stops = tabStops(container);
  if (stops.length === 0) return;
  event.preventDefault();
  const active = document.activeElement;
  const radioName = active instanceof HTMLInputElement && active.type === 'radio' ? active.name : null;
  const current = stops.findIndex(
    (stop) =>
      stop === active || (radioName !== null && stop instanceof HTMLInputElement && stop.name === radioName),
  );
  const step = event.shiftKey ? -1 : 1;
  const next =
    current === -1 ? (event.shiftKey ? stops.length - 1 : 0) : (current + step + stops.length) % stops.length;
  stops[next]?.focus();
}

export function ListSheet({
  list,
  title,
  onClose,
  onSend,
}: {
  list: ListDraft;
  /** The label of the button that opened the sheet. */
  title: string;
  onClose: () => void;
  onSend: (row: ListRowDraft) => void;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const radioName = useId();
  const closeButton = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });
  const [chosen, setChosen] = useState<string | null>(null);

  // A native listener: the dialog is not an interactive element for React's a11y rules, but keys belong to it.
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onCloseRef.current();
      } else if (event.key === 'Tab') {
        trapTab(element, event);
      }
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeButton.current?.focus();
    return () => opener?.focus();
  }, []);

  const chosenRow = (() => {
    if (chosen === null) return undefined;
    const [section, row] = chosen.split(':').map(Number);
    return list.sections[section ?? -1]?.rows[row ?? -1];
  })();

  return (
    <div className="absolute inset-0 z-20 flex flex-col justify-end">
      <div aria-hidden="true" className="absolute inset-0 bg-black/40" onClick={onClose} />
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="relative flex max-h-[80%] flex-col rounded-t-2xl bg-white text-[#111b21] shadow-[0_-2px_12px_rgb(0_0_0/0.2)] dark:bg-[#111b21] dark:text-[#e9edef]"
        ref={dialog}
      >
        <div aria-hidden="true" className="mx-auto mt-2 h-1 w-9 rounded-full bg-black/15 dark:bg-white/20" />
        <div className="relative flex items-center justify-center px-12 pt-2 pb-3">
          <button
            ref={closeButton}
            type="button"
            aria-label={t('preview.sheet.close')}
            onClick={onClose}
            className="absolute left-3 rounded-full p-1.5 text-[#54656f] hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-wa-teal dark:text-[#aebac1] dark:hover:bg-white/10"
          >
            <CloseIcon className="h-5 w-5" />
          </button>
          <h2 id={titleId} dir="auto" className="truncate text-[16px] font-medium">
            {title}
          </h2>
        </div>
        <div role="radiogroup" aria-labelledby={titleId} className="min-h-0 flex-1 overflow-y-auto pb-2">
          {list.sections.map((section, sectionIndex) => {
            const sectionTitleId = `${titleId}-section-${sectionIndex}`;
            const hasTitle = section.title.trim() !== '';
            return (
              <div
                key={sectionIndex}
                role="group"
                aria-labelledby={hasTitle ? sectionTitleId : undefined}
                className="border-t border-black/[0.08] first:border-t-0 dark:border-white/[0.08]"
              >
                {hasTitle && (
                  <p
                    id={sectionTitleId}
                    dir="auto"
                    className="px-5 pt-3 pb-1 text-[13px] font-medium tracking-wide text-wa-teal dark:text-[#00a884]"
                  >
                    {section.title}
                  </p>
                )}
                {section.rows.map((row, rowIndex) => {
                  const key = rowKey(sectionIndex, rowIndex);
                  const rowTitleId = `${titleId}-row-${key}`;
                  const rowDescriptionId = `${rowTitleId}-description`;
                  const hasDescription = row.description.trim() !== '';
                  return (
                    <label
                      key={key}
                      className="flex cursor-pointer items-center gap-3 px-5 py-2.5 hover:bg-black/[0.03] dark:hover:bg-white/[0.04]"
                    >
                      <span className="min-w-0 flex-1">
                        <span id={rowTitleId} dir="auto" className="block truncate text-[15px] leading-5">
                          {row.title}
                        </span>
                        {hasDescription && (
                          <span
                            id={rowDescriptionId}
                            dir="auto"
                            className="block text-[13px] leading-[18px] break-words text-wa-meta dark:text-wa-meta-dark"
                          >
                            {row.description}
                          </span>
                        )}
                      </span>
                      <input
                        type="radio"
                        name={radioName}
                        value={key}
                        checked={chosen === key}
                        onChange={() => setChosen(key)}
                        aria-labelledby={rowTitleId}
                        aria-describedby={hasDescription ? rowDescriptionId : undefined}
                        className="grid h-5 w-5 shrink-0 cursor-pointer appearance-none place-content-center rounded-full border-2 border-[#8696a0] before:block before:h-2.5 before:w-2.5 before:scale-0 before:rounded-full before:bg-[#00a884] before:transition-transform checked:border-[#00a884] checked:before:scale-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[#00a884]"
                      />
                    </label>
                  );
                })}
              </div>
            );
          })}
        </div>
        <div className="flex justify-end border-t border-black/[0.08] px-4 py-3 dark:border-white/[0.08]">
          <button
            type="button"
            aria-label={t('preview.sheet.send')}
            disabled={chosenRow === undefined}
            onClick={() => {
              if (chosenRow !== undefined) onSend(chosenRow);
            }}
            className="flex h-12 w-12 items-center justify-center rounded-full bg-[#00a884] text-white shadow-md transition-colors hover:bg-[#008f72] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-wa-teal disabled:bg-[#c4cbd0] disabled:shadow-none dark:disabled:bg-[#3b4a54] dark:disabled:text-white/50"
          >
            <SendIcon className="h-5 w-5 translate-x-px" />
          </button>
        </div>
      </div>
    </div>
  );
}
