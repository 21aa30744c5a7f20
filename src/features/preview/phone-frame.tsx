import { memo, type ReactNode, type Ref } from 'react';
import { cn } from '../../components/ui/cn.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import {
  AttachIcon,
  BackIcon,
  CallIcon,
  CameraIcon,
  EmojiIcon,
  MicIcon,
  MoreIcon,
  VideoIcon,
} from './icons.tsx';
import type { PhoneTheme } from './use-phone-theme.ts';
import { WALLPAPER_DARK, WALLPAPER_LIGHT } from './wallpaper.ts';

const GRAPHEMES =
  'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/** First letter of the name as a reader sees it (a whole emoji or accented letter), for the avatar. */
export function initialOf(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') return '';
  const segmenter = GRAPHEMES;
  const first = segmenter ? segmenter.segment(trimmed)[Symbol.iterator]().next().value?.segment : undefined;
  return (first ?? [...trimmed][0] ?? '').toLocaleUpperCase();
}

// The chrome is drawn again only when what it shows changes, not with every keystroke in the chat.
const ChatHeader = memo(function ChatHeader({
  businessName,
  avatarInitial,
}: {
  businessName: string;
  avatarInitial?: string;
}) {
  const { t } = useI18n();
  return (
    <div className="flex h-14 shrink-0 items-center gap-1.5 bg-wa-teal pe-2 ps-1 text-white dark:bg-[#202c33] dark:text-[#e9edef]">
      <BackIcon className="h-6 w-6 shrink-0" />
      <div
        aria-hidden="true"
        className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-[#dfe5e7] text-[17px] font-semibold text-[#54656f] dark:bg-[#6a7175] dark:text-[#e9edef]"
      >
        {initialOf(avatarInitial === undefined || avatarInitial.trim() === '' ? businessName : avatarInitial)}
      </div>
      <div className="ms-1.5 min-w-0 flex-1 leading-tight">
        <p dir="auto" className="truncate text-[16.5px] font-medium">
          {businessName}
        </p>
        {/* WhatsApp's white at 80 % (#cce6e1, 3.7:1 on the teal) raised to 95 %: the closest tint passing 4.5:1. */}
        <p className="truncate text-[12.5px] text-[#f2f9f8] dark:text-[#8696a0]">{t('preview.online')}</p>
      </div>
      <div aria-hidden="true" className="flex shrink-0 items-center gap-4 ps-2 pe-1">
        <VideoIcon className="h-[22px] w-[22px]" />
        <CallIcon className="h-5 w-5" />
        <MoreIcon className="h-[22px] w-[22px]" />
      </div>
    </div>
  );
});

const StatusBar = memo(function StatusBar({ time }: { time: string }) {
  return (
    <div
      aria-hidden="true"
      className="flex h-6 shrink-0 items-center justify-between bg-[#017561] px-5 text-[12px] font-medium text-white dark:bg-[#202c33] dark:text-[#e9edef]"
    >
      <span>{time}</span>
      <span className="flex items-center gap-1">
        <svg viewBox="0 0 16 12" className="h-2.5 w-3.5" fill="currentColor">
          <path d="M0 11h3v1H0zM4 8h3v4H4zM8 5h3v7H8zM12 1h3v11h-3z" />
        </svg>
        <svg viewBox="0 0 24 12" className="h-2.5 w-5" fill="none" stroke="currentColor">
          <rect x="0.5" y="0.5" width="20" height="11" rx="2.5" />
          <rect x="2" y="2" width="14" height="8" rx="1.5" fill="currentColor" stroke="none" />
          <path d="M22 4v4" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </span>
    </div>
  );
});

/** Decorative: the phone shows where the customer types, nobody types there. */
const ComposerBar = memo(function ComposerBar() {
  const { t } = useI18n();
  return (
    <div aria-hidden="true" className="flex shrink-0 items-end gap-1.5 px-1.5 pt-1 pb-2">
      {/* WhatsApp's placeholder grey #8696a0 is 3.0:1 on white; its secondary-text grey (wa-meta, 4.6:1) is the
          closest of its own colours that passes. The dark theme keeps #8696a0 (4.7:1 on #202c33). */}
      <div className="flex h-12 min-w-0 flex-1 items-center gap-3 rounded-full bg-white px-3 text-wa-meta shadow-[0_1px_0.5px_rgb(11_20_26/0.13)] dark:bg-[#202c33] dark:text-[#8696a0]">
        <EmojiIcon className="h-6 w-6 shrink-0" />
        <span className="flex-1 text-[16px]">{t('preview.composerPlaceholder')}</span>
        <AttachIcon className="h-6 w-6 shrink-0 -rotate-45" />
        <CameraIcon className="h-6 w-6 shrink-0" />
      </div>
      <div className="flex h-12 w-12 shrink-0 items-center justify-center rounded-full bg-[#00a884] text-white">
        <MicIcon className="h-6 w-6" />
      </div>
    </div>
  );
});

/**
 * The device and WhatsApp's chrome around the conversation. `overlay` (the list sheet) is drawn over the
 * screen; while it is there the rest of the screen is inert.
 */
export function PhoneFrame({
  theme,
  businessName,
  avatarInitial,
  clock,
  overlay,
  chatRef,
  onChatScroll,
  children,
  ref,
}: {
  ref?: Ref<HTMLDivElement>;
  theme: PhoneTheme;
  businessName: string;
  /** The avatar's letter; the name's first one when blank. */
  avatarInitial?: string;
  clock: string;
  overlay: ReactNode;
  chatRef: Ref<HTMLDivElement>;
  onChatScroll: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const covered = overlay !== null && overlay !== undefined && overlay !== false;
  return (
    <div
      ref={ref}
      role="region"
      aria-label={t('preview.phone')}
      dir="ltr"
      className={cn('mx-auto w-full max-w-[380px] font-sans', theme === 'dark' && 'dark [color-scheme:dark]')}
    >
      <div className="rounded-[46px] bg-[#1c1c1e] p-[10px] shadow-[0_20px_40px_-12px_rgb(0_0_0/0.35)] ring-1 ring-black/50">
        {/*
          The screen fits the window: 720 px when there is room, less on a short laptop screen, so the whole
          device, input bar included, stays in view (the page sets --phone-screen-height). An export grows it to
          the whole conversation (data-export-grow).
        */}
        <div
          data-export-grow=""
          className="relative flex h-[var(--phone-screen-height,720px)] flex-col overflow-hidden rounded-[36px] bg-wa-wallpaper dark:bg-wa-wallpaper-dark"
          style={{
            backgroundImage: theme === 'dark' ? WALLPAPER_DARK : WALLPAPER_LIGHT,
          }}
        >
          <div inert={covered} className="flex min-h-0 flex-1 flex-col">
            <StatusBar time={clock} />
            <ChatHeader businessName={businessName} avatarInitial={avatarInitial} />
            <div
              ref={chatRef}
              onScroll={onChatScroll}
              data-export-scroll=""
              className="min-h-0 flex-1 overflow-y-auto"
            >
              <div className="flex min-h-full flex-col justify-end px-[14px] pt-2 pb-2">{children}</div>
            </div>
            <ComposerBar />
          </div>
          {overlay}
        </div>
      </div>
    </div>
  );
}
