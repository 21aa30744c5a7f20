/**
 * Where the features meet: the composer's message goes to the phone, the inspector and Send; Send's outcome
 * comes back as the thread and as server field errors on the composer's fields.
 */
import { useCallback } from 'react';
import { type FieldError } from '../api/api-error.ts';
import {
  ComposerProvider,
  useActiveMessage,
  useComposerApi,
  useMessageValid,
} from '../features/composer/composer-provider.tsx';
import { Composer } from '../features/composer/composer.tsx';
import { ConnectionPanel } from '../features/connection/connection-panel.tsx';
import { ConnectionProvider, useConnection } from '../features/connection/connection-provider.tsx';
import { RequestInspector } from '../features/connection/request-inspector.tsx';
import { SendPanel } from '../features/connection/send-panel.tsx';
import { ThreadControls } from '../features/connection/thread-controls.tsx';
import { useThread } from '../features/connection/use-thread.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { LivePreview } from './live-preview.tsx';
import { ShareLinkLoader } from './share-link-loader.tsx';

const CARD =
  'flex flex-col gap-4 rounded-xl border border-neutral-200 bg-white p-5 shadow-sm dark:border-neutral-800 dark:bg-neutral-900';

function Inspector() {
  const { draft, sendToThird } = useActiveMessage();
  return <RequestInspector draft={draft} sendToThird={sendToThird} />;
}

function Send() {
  const { getMessage, showServerErrors } = useComposerApi();
  const valid = useMessageValid();
  const onFieldErrors = useCallback((errors: FieldError[]) => showServerErrors(errors), [showServerErrors]);
  return <SendPanel getMessage={getMessage} messageValid={valid} onFieldErrors={onFieldErrors} />;
}

function Phone() {
  const { entries } = useThread();
  const { conversationId } = useConnection();
  return <LivePreview thread={entries} conversationId={conversationId} />;
}

function Columns() {
  const { t } = useI18n();
  const { setConversationId } = useConnection();
  return (
    <main className="mx-auto grid w-full max-w-[1440px] flex-1 items-start gap-6 p-4 lg:grid-cols-[minmax(0,1fr)_440px] lg:p-6">
      <div className="flex min-w-0 flex-col gap-6">
        <section aria-label={t('app.editor')} className={CARD}>
          <ShareLinkLoader />
          <Composer onConversationId={setConversationId} />
        </section>
        <section aria-label={t('app.connection')} className={CARD}>
          <ConnectionPanel />
        </section>
        <section aria-label={t('app.send')} className={CARD}>
          <Send />
        </section>
      </div>
      <div className="flex min-w-0 flex-col gap-4 lg:sticky lg:top-4">
        <section aria-label={t('app.phone')} className="flex flex-col gap-3">
          <Phone />
          <ThreadControls />
        </section>
        <section aria-label={t('app.inspector')} className={CARD}>
          <Inspector />
        </section>
      </div>
    </main>
  );
}

export function Workspace() {
  return (
    <ConnectionProvider>
      <ComposerProvider>
        <Columns />
      </ComposerProvider>
    </ConnectionProvider>
  );
}
