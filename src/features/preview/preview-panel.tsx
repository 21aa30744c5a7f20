/**
 * The live phone: the conversation so far, the message being composed and the customer's simulated replies, in
 * a WhatsApp-like frame, with the webhook event each reply would produce shown underneath.
 *
 * The draft changes on every keystroke, so the work per render is kept small: thread bubbles are memoised,
 * each body is tokenised once per change of its text, and nothing else is recomputed.
 */
import { useCallback, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { isBlank } from '../../domain/message/count.ts';
import { type Draft, isDraftEmpty, type ListDraft, type ListRowDraft } from '../../domain/message/draft.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { BusinessMessage, EmptyDraftMessage } from './business-message.tsx';
import { CustomerReplyBubble } from './customer-reply-bubble.tsx';
import { ListSheet } from './list-sheet.tsx';
import { quoteOf } from './message-text.ts';
import { useTimeFormat } from './message-time.tsx';
import { PhoneFrame } from './phone-frame.tsx';
import { type GeoPoint } from '../../domain/geo/coordinates.ts';
import { type ThreadEntry } from './preview-types.ts';
import { usePhoneTheme } from './use-phone-theme.ts';
import { PLACEHOLDER_CONVERSATION_ID, useSimulation } from './use-simulation.ts';
import { WebhookPanel } from './webhook-panel.tsx';

const DEFAULT_BUSINESS_NAME = 'Digishare';
/** Within this distance of the bottom the chat follows new content, as a messaging app does. */
const STICK_TO_BOTTOM_PX = 32;

const systemNow = () => new Date();
const NO_THREAD: ThreadEntry[] = [];

function isInteractive(draft: Draft): boolean {
  return draft.kind === 'button' || draft.kind === 'list' || draft.kind === 'location_request';
}

function ThemeSwitch({ dark, onChange }: { dark: boolean; onChange: (dark: boolean) => void }) {
  const { t } = useI18n();
  return (
    <label className="flex cursor-pointer items-center justify-end gap-2 text-sm text-neutral-700 select-none dark:text-neutral-200">
      <span>{t('preview.darkTheme')}</span>
      {/* The real checkbox lies, transparent, over the drawn track: pointer, keyboard and tests all reach it. */}
      <span className="relative inline-flex">
        <input
          type="checkbox"
          role="switch"
          checked={dark}
          onChange={(event) => onChange(event.target.checked)}
          className="peer absolute inset-0 z-10 m-0 h-full w-full cursor-pointer opacity-0"
        />
        <span
          aria-hidden="true"
          className="relative h-5 w-9 rounded-full bg-neutral-300 transition-colors peer-checked:bg-wa-teal peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-wa-teal after:absolute after:top-0.5 after:start-0.5 after:h-4 after:w-4 after:rounded-full after:bg-white after:shadow after:transition-transform peer-checked:after:translate-x-4 rtl:peer-checked:after:-translate-x-4 dark:bg-neutral-600"
        />
      </span>
    </label>
  );
}

export function PreviewPanel({
  draft,
  thread = NO_THREAD,
  conversationId,
  businessName = DEFAULT_BUSINESS_NAME,
  renderMap,
  now = systemNow,
  phoneRef,
}: {
  draft: Draft;
  thread?: ThreadEntry[];
  conversationId?: string;
  businessName?: string;
  renderMap?: (point: GeoPoint) => ReactNode;
  now?: () => Date;
  /** The phone's own element (frame included), e.g. to export it as an image. */
  phoneRef?: Ref<HTMLDivElement>;
}) {
  const { t } = useI18n();
  const [theme, setTheme] = usePhoneTheme();
  const simulation = useSimulation({
    conversationId:
      conversationId === undefined || isBlank(conversationId) ? PLACEHOLDER_CONVERSATION_ID : conversationId,
    now,
  });
  const { reply, reset, replies, payload } = simulation;
  // Which message's list sheet is open — never a copy of the list, so edits show in the open sheet at once.
  const [openSource, setOpenSource] = useState<'draft' | string | null>(null);
  const openListOf = useCallback(
    (list: ListDraft) => setOpenSource(thread.find((entry) => entry.draft === list)?.id ?? 'draft'),
    [thread],
  );
  const sourceDraft =
    openSource === null
      ? null
      : openSource === 'draft'
        ? draft
        : (thread.find((entry) => entry.id === openSource)?.draft ?? null);
  const openList = sourceDraft?.kind === 'list' ? sourceDraft : null;
  // The message changed kind or left the thread: its sheet closes.
  if (openSource !== null && openList === null) setOpenSource(null);
  const timeFormat = useTimeFormat();
  const name = isBlank(businessName) ? DEFAULT_BUSINESS_NAME : businessName;

  const chat = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const onChatScroll = useCallback(() => {
    const element = chat.current;
    if (element === null) return;
    atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < STICK_TO_BOTTOM_PX;
  }, []);
  useLayoutEffect(() => {
    const element = chat.current;
    if (element !== null && atBottom.current) element.scrollTop = element.scrollHeight;
  }, [draft, thread, replies]);

  const onAction = useCallback<typeof reply>(
    (action) => {
      atBottom.current = true;
      reply(action);
    },
    [reply],
  );
  const onSendRow = useCallback(
    (list: ListDraft, row: ListRowDraft) => {
      setOpenSource(null);
      onAction({
        kind: 'list',
        id: row.id,
        title: row.title,
        description: row.description,
        quote: quoteOf(list.header, list.body),
      });
    },
    [onAction],
  );

  const sentAt = now();
  const showHint =
    payload === null && (isInteractive(draft) || thread.some((entry) => isInteractive(entry.draft)));

  return (
    <div className="flex flex-col gap-3">
      <ThemeSwitch dark={theme === 'dark'} onChange={(dark) => setTheme(dark ? 'dark' : 'light')} />
      <PhoneFrame
        ref={phoneRef}
        theme={theme}
        businessName={name}
        clock={timeFormat.format(sentAt)}
        chatRef={chat}
        onChatScroll={onChatScroll}
        overlay={
          openList !== null && (
            <ListSheet
              list={openList}
              title={isBlank(openList.button) ? t('preview.list.open') : openList.button}
              onClose={() => setOpenSource(null)}
              onSend={(row) => onSendRow(openList, row)}
            />
          )
        }
      >
        {thread.map((entry, index) => (
          <BusinessMessage
            key={entry.id}
            draft={entry.draft}
            sentAt={entry.sentAt}
            tail={index === 0}
            renderMap={renderMap}
            onAction={onAction}
            onOpenList={openListOf}
          />
        ))}
        {isDraftEmpty(draft) ? (
          <EmptyDraftMessage sentAt={sentAt} tail={thread.length === 0} />
        ) : (
          <BusinessMessage
            draft={draft}
            sentAt={sentAt}
            tail={thread.length === 0}
            renderMap={renderMap}
            onAction={onAction}
            onOpenList={openListOf}
          />
        )}
        {replies.map((customerReply, index) => (
          <CustomerReplyBubble
            key={customerReply.id}
            reply={customerReply}
            tail={index === 0}
            businessName={name}
            renderMap={renderMap}
          />
        ))}
      </PhoneFrame>
      {payload !== null ? (
        <WebhookPanel payload={payload} replyCount={replies.length} onReset={reset} />
      ) : (
        showHint && (
          <p className="text-center text-xs text-neutral-600 dark:text-neutral-400">
            {t('preview.webhook.hint')}
          </p>
        )
      )}
    </div>
  );
}
