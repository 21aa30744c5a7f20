/**
 * Page-wide keyboard shortcuts, chosen not to fight the browser or the fields: Alt+letter works everywhere
 * (browsers leave Alt+N and Alt+S to the page; the letter is read from the key, or from its position when
 * Option on a Mac turns it into a symbol); "/" and "?" only when the user is not typing; Ctrl+K (⌘K on a Mac)
 * anywhere, as in most web apps. Send (Ctrl/⌘+Enter) belongs to the send button and is only listed here.
 * Nothing fires while a modal dialog is open or when a field already handled the key.
 */
import { useEffect, useRef } from 'react';
import { assertNever } from '../domain/assert-never.ts';

export type ShortcutAction = 'new' | 'saveTemplate' | 'focusSearch' | 'help';

export interface ShortcutHandlers {
  onNew: () => void;
  onSaveTemplate: () => void;
  onFocusSearch: () => void;
  onHelp: () => void;
}

type KeyEventLike = Pick<
  KeyboardEvent,
  'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'repeat' | 'defaultPrevented' | 'target'
>;

const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'radio',
  'range',
  'color',
  'file',
  'submit',
  'reset',
  'image',
]);

/** Whether a key typed at `target` would go into text the user is editing. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

/** The letter of a key press: from `key` when it is a letter, else from the physical key (Option+N → "˜"). */
function letterOf(event: KeyEventLike): string | null {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  const match = /^Key([A-Z])$/.exec(event.code);
  return match?.[1]?.toLowerCase() ?? null;
}

/** Macs use ⌘ where others use Ctrl; there, Ctrl+K stays the text fields' "delete to end of line". */
export function isApplePlatform(): boolean {
  if (typeof navigator === 'undefined') return false;
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
    navigator.platform;
  return /mac|iphone|ipad|ipod/i.test(platform);
}

export function matchShortcut(
  event: KeyEventLike,
  apple: boolean = isApplePlatform(),
): ShortcutAction | null {
  if (event.defaultPrevented || event.repeat) return null;
  const letter = letterOf(event);
  if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
    // Option+letter types characters on a Mac (Option+N is the "~" or "ñ" dead key): in a text field, only a
    // key that really is the letter counts, so typing is never taken over.
    if (!/^[a-z]$/i.test(event.key) && isTypingTarget(event.target)) return null;
    if (letter === 'n') return 'new';
    if (letter === 's') return 'saveTemplate';
    return null;
  }
  const command = apple ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (command && !event.altKey && !event.shiftKey && letter === 'k') return 'focusSearch';
  if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return null;
  if (event.key === '/') return 'focusSearch';
  if (event.key === '?') return 'help';
  return null;
}

function modalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const apple = isApplePlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      const action = matchShortcut(event, apple);
      if (action === null || modalOpen()) return;
      event.preventDefault();
      const h = latest.current;
      switch (action) {
        case 'new':
          return h.onNew();
        case 'saveTemplate':
          return h.onSaveTemplate();
        case 'focusSearch':
          return h.onFocusSearch();
        case 'help':
          return h.onHelp();
        default:
          return assertNever(action);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
