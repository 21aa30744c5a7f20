/**
 * Saved replies at a keystroke: "/" at the start of an empty text field, or Ctrl/⌘+K anywhere, opens this list;
 * typing filters it, ↑/↓ choose, Enter inserts. The list is a combobox over a listbox (focus stays in the search
 * box; the active option is announced through aria-activedescendant). Which replies exist, and what inserting one
 * does, is the page's business: this component only lists and picks.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { cn } from '../../components/ui/cn.ts';
import { Dialog } from '../../components/ui/dialog.tsx';
import { Input } from '../../components/ui/input.tsx';
import type { MessageKind } from '../../domain/message/draft.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { KIND_LABEL_KEYS } from '../../i18n/kind-label.ts';
import { useStore } from '../../lib/create-store.ts';
import { useComposerApi } from './composer-provider.tsx';
import { setCannedOpen } from './variables-store.ts';

export interface CannedReply {
  id: string;
  name: string;
  kind: MessageKind;
  summary: string;
  placeholders: readonly string[];
}

function CannedList({
  search,
  onPick,
}: {
  search: (query: string) => CannedReply[];
  onPick: (id: string) => void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputId = useId();
  const helpId = useId();
  const shown = search(query);
  const current = Math.min(active, Math.max(shown.length - 1, 0));
  const optionId = (index: number) => `${listId}-option-${index}`;
  const inputRef = useRef<HTMLInputElement>(null);
  // The list exists to be searched: the box takes the keys at once — once the modal is open, since opening it
  // focuses its first button.
  useEffect(() => {
    let frame = 0;
    let id = 0;
    const focusWhenOpen = () => {
      const input = inputRef.current;
      if (input?.closest('dialog')?.open) input.focus();
      else if (++frame < 30) id = window.requestAnimationFrame(focusWhenOpen);
    };
    id = window.requestAnimationFrame(focusWhenOpen);
    return () => window.cancelAnimationFrame(id);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (shown.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + shown.length) % shown.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = shown[current];
      if (chosen) onPick(chosen.id);
    }
  };

  return (
    <div className="flex flex-col gap-3">
      <label htmlFor={inputId} className="text-sm font-medium">
        {t('composer.canned.search')}
      </label>
      <Input
        id={inputId}
        role="combobox"
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown.length > 0 ? optionId(current) : undefined}
        aria-describedby={helpId}
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        ref={inputRef}
      />
      <p id={helpId} className="text-xs text-neutral-600 dark:text-neutral-400">
        {t('composer.canned.help')}
      </p>
      <ul id={listId} role="listbox" aria-label={t('composer.canned.list')} className="flex flex-col gap-1">
        {shown.map((reply, index) => (
          // Keys are the search box's (↑ ↓ Enter, through aria-activedescendant); the pointer may pick too.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={reply.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === current}
            // The search box keeps focus; a click picks like Enter does.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(reply.id)}
            onMouseMove={() => index !== current && setActive(index)}
            className={cn(
              'flex cursor-pointer flex-col rounded-md px-3 py-2 text-sm',
              index === current
                ? 'bg-wa-teal/10 ring-1 ring-wa-teal dark:bg-wa-teal/20'
                : 'hover:bg-neutral-100 dark:hover:bg-neutral-800',
            )}
          >
            <span dir="auto" className="font-medium">
              {reply.name}
            </span>
            <span className="truncate text-xs text-neutral-600 dark:text-neutral-400">
              {t(KIND_LABEL_KEYS[reply.kind])}
              {reply.summary !== '' && (
                <>
                  {' · '}
                  <span dir="auto">{reply.summary}</span>
                </>
              )}
              {reply.placeholders.length > 0 && (
                <>
                  {' · '}
                  <span className="font-mono">{reply.placeholders.join(', ')}</span>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
      {shown.length === 0 && (
        <p role="status" className="text-sm text-neutral-600 dark:text-neutral-400">
          {query.trim() === ''
            ? t('composer.canned.empty')
            : t('composer.canned.noMatch', { query: query.trim() })}
        </p>
      )}
    </div>
  );
}

/** The saved-replies dialog; opened through the variables store (`setCannedOpen`). */
export function CannedReplies({
  search,
  onPick,
}: {
  search: (query: string) => CannedReply[];
  /** Inserts the reply; the dialog has already closed. */
  onPick: (id: string) => void;
}) {
  const { t } = useI18n();
  const { variables } = useComposerApi();
  const open = useStore(variables, (state) => state.cannedOpen);
  const close = () => setCannedOpen(variables, false);
  return (
    <Dialog open={open} onClose={close} title={t('composer.canned.title')}>
      {open && (
        <CannedList
          search={search}
          onPick={(id) => {
            close();
            onPick(id);
          }}
        />
      )}
    </Dialog>
  );
}
