import { useId, useMemo } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { CopyButton } from '../../components/ui/copy-button.tsx';
import type { ReplyEvent } from '../../domain/message/webhook.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** The event Digishare would post to the integrator's webhook for the latest simulated reply. */
export function WebhookPanel({
  payload,
  replyCount,
  onReset,
}: {
  payload: ReplyEvent;
  replyCount: number;
  onReset: () => void;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const json = useMemo(() => JSON.stringify(payload, null, 2), [payload]);
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-neutral-200 bg-white p-3 text-neutral-900 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h3 id={headingId} className="text-sm font-semibold">
          {t('preview.webhook.title')}
        </h3>
        <span className="text-xs text-neutral-600 dark:text-neutral-400">
          {t('preview.webhook.replies', { count: replyCount })}
        </span>
      </div>
      <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
        {t('preview.webhook.description')}
      </p>
      <pre
        dir="ltr"
        aria-labelledby={headingId}
        className="mt-2 rounded-md whitespace-pre-wrap [overflow-wrap:anywhere] bg-neutral-950 p-3 font-mono text-[12px] leading-[18px] text-neutral-100"
      >
        {json}
      </pre>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
        <CopyButton text={json} label={t('preview.webhook.copy')} size="sm" />
        <Button size="sm" variant="ghost" onClick={onReset}>
          {t('preview.webhook.reset')}
        </Button>
      </div>
    </section>
  );
}
