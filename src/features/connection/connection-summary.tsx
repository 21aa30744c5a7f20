import { type PlainKey, useI18n } from '../../i18n/i18n.tsx';
import { type ConnectionGap, useConnection } from './connection-provider.tsx';
import type { ApiTarget } from './target.ts';

export const TARGET_LABELS: Record<ApiTarget, PlainKey> = {
  sandbox: 'connection.target.sandbox',
  digishare: 'connection.target.digishare',
  custom: 'connection.target.custom',
};

/** Stable ids of the connection fields, so a blocked Send can take the user to the first missing one. */
export const CONNECTION_FIELD_IDS = {
  token: 'connection-token',
  baseUrl: 'connection-base-url',
  conversationId: 'connection-conversation-id',
} as const satisfies Record<ConnectionGap, string>;

/** Where a send goes, in one line: target · conversation · token state (never the token itself). */
export function ConnectionSummary({ className }: { className?: string }) {
  const { t } = useI18n();
  const { target, conversationId, token, gaps } = useConnection();
  // In team mode the server holds the credential: no token here is not a gap.
  const missingToken = gaps.includes('token');
  return (
    <p
      className={`flex min-w-0 flex-wrap items-center gap-x-1.5 text-sm text-neutral-700 dark:text-neutral-300 ${className ?? ''}`}
    >
      <span className="font-medium">{t(TARGET_LABELS[target])}</span>
      <span aria-hidden="true">·</span>
      {conversationId === '' ? (
        // Words, not an id: the page's font, never cut (a monospace face breaks Arabic's joined letters).
        <span>{t('connection.summary.noConversation')}</span>
      ) : (
        <span dir="ltr" className="max-w-[18ch] truncate font-mono" title={conversationId}>
          {conversationId}
        </span>
      )}
      <span aria-hidden="true">·</span>
      <span className={missingToken ? 'font-medium text-red-700 dark:text-red-300' : undefined}>
        {missingToken
          ? t('connection.summary.noToken')
          : token === ''
            ? t('connection.summary.tokenServer')
            : t('connection.summary.tokenSet')}
      </span>
    </p>
  );
}
