/**
 * The exact request Send will make, live: the JSON body, and the same request as cURL and `fetch` with the full
 * URL and headers. The token is `<TOKEN>` in what is shown and copied unless "Reveal token" is pressed, so a
 * snippet pasted into a ticket or a chat does not leak it.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { joinUrl, TOKEN_PLACEHOLDER } from '../../api/client.ts';
import { SEND_MESSAGE_PATH } from '../../api/send-message.ts';
import { Button } from '../../components/ui/button.tsx';
import { cn } from '../../components/ui/cn.ts';
import { CopyButton } from '../../components/ui/copy-button.tsx';
import { assertNever } from '../../domain/assert-never.ts';
import { toEnvelope } from '../../domain/message/codec.ts';
import type { Draft } from '../../domain/message/draft.ts';
import { type PlainKey, useI18n } from '../../i18n/i18n.tsx';
import { useConnection } from './connection-provider.tsx';
import { curlSnippet, fetchSnippet, type RequestDescription } from './snippets.ts';
import { absoluteUrl } from './target.ts';

const TABS = ['json', 'curl', 'fetch'] as const;
type Tab = (typeof TABS)[number];

const TAB_LABELS: Record<Tab, PlainKey> = {
  json: 'connection.inspector.tab.json',
  curl: 'connection.inspector.tab.curl',
  fetch: 'connection.inspector.tab.fetch',
};
const COPY_LABELS: Record<Tab, PlainKey> = {
  json: 'connection.inspector.copy.json',
  curl: 'connection.inspector.copy.curl',
  fetch: 'connection.inspector.copy.fetch',
};

/** Shown in place of a custom base URL that is not valid yet. */
const BASE_URL_PLACEHOLDER = '<BASE_URL>';

export function RequestInspector({ draft, sendToThird }: { draft: Draft; sendToThird: boolean }) {
  const { t, dir } = useI18n();
  const { baseUrl, token, extraHeaders, conversationId } = useConnection();
  const [tab, setTab] = useState<Tab>('json');
  const [revealed, setRevealed] = useState(false);
  const id = useId();
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  const body = JSON.stringify(toEnvelope(draft, { sendToThird, conversationId }), null, 2);
  const shownToken = revealed && token !== '' ? token : TOKEN_PLACEHOLDER;
  const request: RequestDescription = {
    url: joinUrl(
      baseUrl === null ? BASE_URL_PLACEHOLDER : absoluteUrl(baseUrl, window.location.origin),
      SEND_MESSAGE_PATH,
    ),
    headers: [
      ['Authorization', `Bearer ${shownToken}`],
      ['Content-Type', 'application/json'],
      ...Object.entries(extraHeaders),
    ],
    body,
  };
  const text = (() => {
    switch (tab) {
      case 'json':
        return body;
      case 'curl':
        return curlSnippet(request);
      case 'fetch':
        return fetchSnippet(request);
      default:
        return assertNever(tab);
    }
  })();

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.indexOf(tab);
    // The tabs mirror in a right-to-left page: the arrow pointing to the following tab is then ArrowLeft.
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const next =
      event.key === forward
        ? TABS[(index + 1) % TABS.length]
        : event.key === backward
          ? TABS[(index - 1 + TABS.length) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${id}-title`} className="text-base font-semibold">
          {t('connection.inspector.title')}
        </h2>
        <Button
          size="sm"
          aria-pressed={revealed}
          aria-describedby={`${id}-reveal-hint`}
          disabled={token === ''}
          onClick={() => setRevealed((shown) => !shown)}
        >
          {t('connection.inspector.reveal')}
        </Button>
      </div>
      <p id={`${id}-reveal-hint`} className="text-xs text-neutral-500 dark:text-neutral-400">
        {revealed && token !== ''
          ? t('connection.inspector.revealedHint')
          : t('connection.inspector.hiddenHint', { placeholder: TOKEN_PLACEHOLDER })}
      </p>
      <div
        role="tablist"
        aria-label={t('connection.inspector.title')}
        className="flex gap-1 border-b border-neutral-200 dark:border-neutral-700"
      >
        {TABS.map((option) => (
          <button
            key={option}
            ref={(element) => {
              tabRefs.current[option] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${option}`}
            aria-selected={tab === option}
            aria-controls={`${id}-panel`}
            tabIndex={tab === option ? 0 : -1}
            onClick={() => setTab(option)}
            onKeyDown={onTabKeyDown}
            className={cn(
              '-mb-px border-b-2 px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-wa-teal',
              tab === option
                ? 'border-wa-teal text-wa-teal dark:text-emerald-300'
                : 'border-transparent text-neutral-600 hover:text-neutral-900 dark:text-neutral-300 dark:hover:text-white',
            )}
          >
            {t(TAB_LABELS[option])}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${tab}`}
        className="flex flex-col gap-2"
      >
        <pre
          dir="ltr"
          // A scrollable region must be reachable with the keyboard.
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          className="max-h-96 overflow-auto rounded-md bg-neutral-900 p-3 font-mono text-xs leading-relaxed whitespace-pre text-neutral-100"
        >
          {text}
        </pre>
        <div>
          <CopyButton size="sm" text={text} label={t(COPY_LABELS[tab])} />
        </div>
      </div>
    </section>
  );
}
