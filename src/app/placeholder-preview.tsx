/**
 * The phone shows the message as the customer will get it (placeholders filled). For QA and template authors a
 * toggle shows the template instead, each `{{name}}` highlighted with the CSS Custom Highlight API: ranges over
 * the phone's own text nodes, so the preview's components stay unaware of placeholders and no markup is added.
 */
import { useEffect, useId, type RefObject } from 'react';
import { matchPlaceholders } from '../domain/message/placeholders.ts';
import { useDraftPlaceholders } from '../features/composer/composer-provider.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useStore } from '../lib/create-store.ts';
import { showPlaceholders } from './preview-draft.ts';

const HIGHLIGHT_NAME = 'placeholder';

export function PlaceholderToggle() {
  const { t } = useI18n();
  const names = useDraftPlaceholders();
  const on = useStore(showPlaceholders, (value) => value);
  const id = useId();
  if (names.length === 0) return null;
  return (
    <div className="flex items-center gap-2 text-sm">
      <input
        id={id}
        type="checkbox"
        className="size-4 accent-wa-teal"
        checked={on}
        onChange={(event) => showPlaceholders.setState(event.target.checked)}
      />
      <label htmlFor={id}>{t('preview.placeholders.show')}</label>
    </div>
  );
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function highlightRegistry(): { registry: HighlightRegistry; make: (ranges: Range[]) => unknown } | null {
  const css = globalThis.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!css?.highlights || !HighlightClass) return null;
  return { registry: css.highlights, make: (ranges) => new HighlightClass(...ranges) };
}

function placeholderRanges(root: Node): Range[] {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of matchPlaceholders(node.textContent ?? '')) {
      const range = document.createRange();
      range.setStart(node, match.start);
      range.setEnd(node, match.end);
      ranges.push(range);
    }
  }
  return ranges;
}

/** Marks every `{{name}}` shown in the phone while the toggle is on; renders nothing. */
export function PlaceholderHighlight({ phoneRef }: { phoneRef: RefObject<HTMLElement | null> }) {
  const on = useStore(showPlaceholders, (value) => value);
  useEffect(() => {
    const support = highlightRegistry();
    const root = phoneRef.current;
    if (!on || !support || !root) return;
    const paint = () => support.registry.set(HIGHLIGHT_NAME, support.make(placeholderRanges(root)));
    paint();
    const observer = new MutationObserver(paint);
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      support.registry.delete(HIGHLIGHT_NAME);
    };
  }, [on, phoneRef]);
  return null;
}
