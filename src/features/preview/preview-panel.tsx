/**
 * The live phone: the conversation so far, the message being composed and the customer's simulated replies, in
 * a WhatsApp-like frame, with the webhook event each reply would produce shown underneath.
 *
 * The draft changes on every keystroke, so the work per render is kept small: thread bubbles are memoised,
 * each body is tokenised once per change of its text, and nothing else is recomputed.
 */
import {
  Fragment,
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import type { GeoPoint } from '../../domain/geo/coordinates.ts';
import { isBlank } from '../../domain/message/count.ts';
import { type Draft, isDraftEmpty, type ListDraft, type ListRowDraft } from '../../domain/message/draft.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { BusinessMessage, EmptyDraftMessage } from './business-message.tsx';
import { CustomerReplyBubble, ListSheet, usePreloadKinds } from './lazy-kinds.tsx';
import { WebhookPanel } from './lazy-webhook-panel.tsx';
import { quoteOf } from './message-text.ts';
import { MessageStatusContext } from './message-time.tsx';
import { PhoneFrame } from './phone-frame.tsx';
import type { CustomerAction, CustomerReply, ThreadEntry } from './preview-types.ts';
import { usePhoneTheme } from './use-phone-theme.ts';
import { draftSource, PLACEHOLDER_CONVERSATION_ID, useSimulation } from './use-simulation.ts';

export const DEFAULT_BUSINESS_NAME = 'Digishare';
/** Within this distance of the bottom the chat follows new content, as a messaging app does. */
const STICK_TO_BOTTOM_PX = 32;

const systemNow = () => new Date();
const NO_THREAD: ThreadEntry[] = [];
const NO_REPLIES: CustomerReply[] = [];

function isInteractive(draft: Draft): boolean {
  return draft.kind === 'button' || draft.kind === 'list' || draft.kind === 'location_request';
}

const ThemeSwitch = memo(function ThemeSwitch({
  dark,
  onChange,
}: {
  dark: boolean;
  onChange: (dark: boolean) => void;
}) {
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
});

/** The visible word on the unsent message; left out of exported pictures. */
const DraftLabel = memo(function DraftLabel() {
  const { t } = useI18n();
  return (
    <p data-export="never" className="mt-2 -mb-1.5 flex">
      <span className="rounded-full border border-dashed border-[#8696a0] bg-white/85 px-2 py-px text-[11px] leading-4 font-semibold tracking-wide text-[#54656f] uppercase dark:bg-[#111b21]/85 dark:text-[#aebac1]">
        {t('preview.draft')}
      </span>
    </p>
  );
});

export function PreviewPanel({
  draft,
  thread = NO_THREAD,
  conversationId,
  businessName = DEFAULT_BUSINESS_NAME,
  avatarInitial,
  renderMap,
  now = systemNow,
  phoneRef,
  below,
}: {
  draft: Draft;
  thread?: ThreadEntry[];
  conversationId?: string;
  businessName?: string;
  avatarInitial?: string;
  renderMap?: (point: GeoPoint) => ReactNode;
  now?: () => Date;
  /** The phone's own element (frame included), e.g. to export it as an image. */
  phoneRef?: Ref<HTMLDivElement>;
  /** Controls placed right under the phone, before the theme switch and the webhook event. */
  below?: ReactNode;
}) {
  const { t, formatTime } = useI18n();
  const [theme, setTheme] = usePhoneTheme();
  const onThemeChange = useCallback((dark: boolean) => setTheme(dark ? 'dark' : 'light'), [setTheme]);
  usePreloadKinds();
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
  const name = isBlank(businessName) ? DEFAULT_BUSINESS_NAME : businessName;

  const chat = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  // Set by a tap on a button or a row: the reply it brings is shown even if a scroll event dispatched after the
  // tap (for a scroll made before it, to bring the button into view) said the chat had left the bottom.
  const followReply = useRef(false);
  // Where the chat last scrolled itself to: the scroll event that follows says nothing of where the user wants
  // to be, even if the chat grew again before it was dispatched.
  const ownScrollTop = useRef<number | null>(null);
  const onChatScroll = useCallback(() => {
    const element = chat.current;
    if (element === null) return;
    if (element.scrollTop === ownScrollTop.current) {
      ownScrollTop.current = null;
      return;
    }
    atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < STICK_TO_BOTTOM_PX;
  }, []);
  // New content (a keystroke, a reply, a sent message) keeps a chat that was at the bottom there. Read in the
  // frame's animation callbacks, not in the commit: the height comes with the layout the frame does anyway,
  // instead of a layout forced inside the keystroke's task.
  useLayoutEffect(() => {
    const frame = requestAnimationFrame(() => {
      const element = chat.current;
      const follow = followReply.current;
      followReply.current = false;
      if (element === null || !(atBottom.current || follow)) return;
      atBottom.current = true;
      const before = element.scrollTop;
      element.scrollTop = element.scrollHeight;
      if (element.scrollTop !== before) ownScrollTop.current = element.scrollTop;
    });
    return () => cancelAnimationFrame(frame);
  }, [draft, thread, replies]);

  const onAction = useCallback(
    (action: CustomerAction, source: string) => {
      followReply.current = true;
      reply(action, source);
    },
    [reply],
  );
  // One stable handler per message, so a keystroke in the draft does not redraw the thread's bubbles.
  const threadActions = useMemo(
    () =>
      new Map(
        thread.map((entry) => [entry.id, (action: CustomerAction) => onAction(action, entry.id)] as const),
      ),
    [thread, onAction],
  );
  const draftKind = draft.kind;
  const onDraftAction = useCallback(
    (action: CustomerAction) => onAction(action, draftSource(draftKind)),
    [onAction, draftKind],
  );
  const onSendRow = useCallback(
    (list: ListDraft, row: ListRowDraft) => {
      const source = openSource === null || openSource === 'draft' ? draftSource('list') : openSource;
      setOpenSource(null);
      onAction(
        {
          kind: 'list',
          id: row.id,
          title: row.title,
          description: row.description,
          quote: quoteOf(list.header, list.body),
        },
        source,
      );
    },
    [onAction, openSource],
  );

  // Replies stay under the message they answer, in the order they came.
  const repliesBySource = useMemo(() => {
    const grouped = new Map<string, CustomerReply[]>();
    for (const customerReply of replies) {
      grouped.set(customerReply.source, [...(grouped.get(customerReply.source) ?? []), customerReply]);
    }
    return grouped;
  }, [replies]);
  const repliesOf = (source: string) => repliesBySource.get(source) ?? NO_REPLIES;
  const replyBubbles = (source: string) =>
    repliesOf(source).map((customerReply, index) => (
      <CustomerReplyBubble
        key={customerReply.id}
        reply={customerReply}
        tail={index === 0}
        businessName={name}
        renderMap={renderMap}
      />
    ));

  const sentAt = now();
  const showHint =
    payload === null && (isInteractive(draft) || thread.some((entry) => isInteractive(entry.draft)));
  const lastEntry = thread.at(-1);
  const draftTail = lastEntry === undefined || repliesOf(lastEntry.id).length > 0;
  const empty = isDraftEmpty(draft);

  return (
    <div className="flex flex-col gap-3">
      <PhoneFrame
        ref={phoneRef}
        theme={theme}
        businessName={name}
        avatarInitial={avatarInitial}
        clock={formatTime(sentAt)}
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
        <MessageStatusContext value="sent">
          {thread.map((entry, index) => {
            const previous = index === 0 ? undefined : thread[index - 1];
            return (
              <Fragment key={entry.id}>
                <BusinessMessage
                  draft={entry.draft}
                  sentAt={entry.sentAt}
                  tail={previous === undefined || repliesOf(previous.id).length > 0}
                  renderMap={renderMap}
                  onAction={threadActions.get(entry.id) ?? onDraftAction}
                  onOpenList={openListOf}
                />
                {replyBubbles(entry.id)}
              </Fragment>
            );
          })}
        </MessageStatusContext>
        {/* The unsent message and the replies to it: an export can leave them out (data-export="draft"). */}
        <div data-export={empty ? 'never' : 'draft'} data-testid="draft-message">
          <DraftLabel />
          {empty ? (
            <EmptyDraftMessage sentAt={sentAt} tail={draftTail} />
          ) : (
            <BusinessMessage
              draft={draft}
              sentAt={sentAt}
              tail={draftTail}
              renderMap={renderMap}
              onAction={onDraftAction}
              onOpenList={openListOf}
            />
          )}
          {replyBubbles(draftSource(draft.kind))}
        </div>
      </PhoneFrame>
      {below}
      <ThemeSwitch dark={theme === 'dark'} onChange={onThemeChange} />
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
