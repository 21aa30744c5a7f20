import { useId, useMemo, useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { cn } from '../../components/ui/cn.ts';
import { Dialog } from '../../components/ui/dialog.tsx';
import { fromPayload } from '../../domain/message/codec.ts';
import type { Draft } from '../../domain/message/draft.ts';
import { type Envelope, validateEnvelope } from '../../domain/message/schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { KIND_LABEL_KEYS } from '../../i18n/kind-label.ts';
import { useStore } from '../../lib/create-store.ts';
import { downloadJson, fileStamp } from '../../lib/download.ts';
import { draftSummary } from './draft-text.ts';
import { conversationsOf, type HistoryEntry, historyStore, toHistoryFile } from './history.ts';
import { StorageNotices } from './storage-notices.tsx';

type HistoryStore = typeof historyStore;

const ALL = '';

function EntryView({
  entry,
  onOpen,
  onResend,
}: {
  entry: HistoryEntry;
  onOpen: (draft: Draft) => void;
  onResend: () => void;
}) {
  const { t, formatLocale } = useI18n();
  const summaryId = useId();
  const { draft, summary, resendable } = useMemo(() => {
    const decoded = fromPayload(entry.envelope).draft;
    return {
      draft: decoded,
      summary: decoded ? draftSummary(decoded) : '',
      resendable: validateEnvelope(entry.envelope).success,
    };
  }, [entry.envelope]);
  const at = new Date(entry.at);
  const when = new Intl.DateTimeFormat(formatLocale, { dateStyle: 'short', timeStyle: 'medium' }).format(at);
  const sent = entry.outcome === 'sent';
  const unknown = entry.outcome === 'unknown';
  return (
    <li
      aria-labelledby={summaryId}
      className="flex flex-col gap-1 border-b border-neutral-200 py-2.5 text-sm last:border-b-0 dark:border-neutral-700"
    >
      <p className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
        <span
          className={cn(
            'rounded px-1.5 py-0.5 text-xs font-semibold',
            sent && 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
            unknown && 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
            !sent && !unknown && 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
          )}
        >
          {sent
            ? t('library.history.sent')
            : unknown
              ? t('library.history.unknown')
              : t('library.history.failed')}
          {entry.httpStatus !== undefined &&
            ` · ${t('library.history.httpStatus', { status: entry.httpStatus })}`}
          {!sent && entry.errorKind !== undefined && ` · ${entry.errorKind}`}
        </span>
        <time dateTime={entry.at} className="text-xs text-neutral-600 dark:text-neutral-400">
          {when}
        </time>
      </p>
      <p id={summaryId} className="truncate">
        <span className="font-medium">{draft ? t(KIND_LABEL_KEYS[draft.kind]) : entry.envelope.type}</span>
        {summary !== '' && (
          <>
            {' · '}
            <span dir="auto">{summary}</span>
          </>
        )}
      </p>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 text-xs text-neutral-700 dark:text-neutral-300">
        <dt>{t('library.history.conversation')}</dt>
        <dd className="truncate font-mono">{entry.conversationId}</dd>
        <dt>{t('library.history.target')}</dt>
        <dd className="truncate">{entry.target}</dd>
        {entry.messageId !== undefined && (
          <>
            <dt>{t('library.history.messageId')}</dt>
            <dd className="truncate font-mono">{entry.messageId}</dd>
          </>
        )}
        {entry.durationMs !== undefined && (
          <>
            <dt>{t('library.history.duration')}</dt>
            <dd>{t('library.history.durationMs', { ms: entry.durationMs })}</dd>
          </>
        )}
      </dl>
      <div className="flex flex-wrap gap-1">
        <Button size="sm" disabled={!draft} onClick={() => draft && onOpen(draft)}>
          {t('library.history.open')}
        </Button>
        <Button
          size="sm"
          disabled={!resendable}
          title={resendable ? undefined : t('library.history.notResendable')}
          onClick={onResend}
        >
          {t('library.history.resend')}
        </Button>
      </div>
    </li>
  );
}

/**
 * Every send, newest first: filter by conversation, open one in the editor, send it again (after saying where
 * to), export the lot as JSON.
 */
export function HistoryPanel({
  onOpen,
  onResend,
  currentTarget,
  store = historyStore,
}: {
  /** Where a resend would go now (the connection's target, e.g. `sandbox`), named in the confirmation. */
  currentTarget: string;
  onOpen: (draft: Draft, sendToThird: boolean, conversationId: string) => void;
  /** Called after the user confirms; the app sends it through the normal send path. */
  onResend: (envelope: Envelope) => void;
  store?: HistoryStore;
}) {
  const { t } = useI18n();
  const entries = useStore(store, (value) => value);
  const [filter, setFilter] = useState(ALL);
  const [confirming, setConfirming] = useState<HistoryEntry | null>(null);
  const headingId = useId();
  const filterId = useId();
  const conversations = useMemo(() => conversationsOf(entries), [entries]);
  const activeFilter = filter !== ALL && conversations.includes(filter) ? filter : ALL;
  const shown = activeFilter === ALL ? entries : entries.filter((e) => e.conversationId === activeFilter);

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {t('library.history.heading')}
        </h2>
        <Button
          size="sm"
          disabled={shown.length === 0}
          onClick={() => downloadJson(toHistoryFile(shown), `digishare-history-${fileStamp()}.json`)}
        >
          {t('library.history.export', { count: shown.length })}
        </Button>
      </div>
      <StorageNotices areas={['history']} />
      {entries.length === 0 ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{t('library.history.empty')}</p>
      ) : (
        <>
          <div className="flex flex-col gap-1">
            <label htmlFor={filterId} className="text-sm font-medium">
              {t('library.history.filter')}
            </label>
            <select
              id={filterId}
              value={activeFilter}
              onChange={(event) => setFilter(event.target.value)}
              className="h-9 rounded-md border border-neutral-300 bg-white px-2 text-sm dark:border-neutral-600 dark:bg-neutral-950"
            >
              <option value={ALL}>{t('library.history.allConversations', { count: entries.length })}</option>
              {conversations.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </div>
          <ol aria-label={t('library.history.list', { count: shown.length })} className="flex flex-col">
            {shown.map((entry) => (
              <EntryView
                key={entry.id}
                entry={entry}
                onOpen={(draft) => onOpen(draft, entry.envelope.send_to_third, entry.conversationId)}
                onResend={() => setConfirming(entry)}
              />
            ))}
          </ol>
        </>
      )}
      <Dialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('library.history.confirmTitle')}
        footer={
          <>
            <Button onClick={() => setConfirming(null)}>{t('library.history.cancel')}</Button>
            <Button
              variant="primary"
              onClick={() => {
                const entry = confirming;
                setConfirming(null);
                if (entry) onResend(entry.envelope);
              }}
            >
              {t('library.history.confirmResend')}
            </Button>
          </>
        }
      >
        <div className="flex flex-col gap-2 text-sm">
          <p>
            {t('library.history.confirmText', {
              conversation: confirming?.conversationId ?? '',
              target: currentTarget,
            })}
          </p>
          {confirming !== null && confirming.target !== currentTarget && (
            <p className="rounded-md bg-amber-50 p-2 text-amber-900 dark:bg-amber-950 dark:text-amber-200">
              {t('library.history.confirmOtherTarget', { was: confirming.target, now: currentTarget })}
            </p>
          )}
          {confirming?.outcome === 'unknown' && (
            <p className="rounded-md bg-amber-50 p-2 text-amber-900 dark:bg-amber-950 dark:text-amber-200">
              {t('library.history.confirmUnknown')}
            </p>
          )}
        </div>
      </Dialog>
    </section>
  );
}
