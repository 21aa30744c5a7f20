/**
 * What sits under the phone: "Show placeholders", the PNG export, the thread's count and "Clear thread", and the
 * demo's business name and avatar. Below the fold at every size, so it loads as its own chunk after the first
 * paint (src/app/lazy-panels.tsx).
 */
import { type ComponentProps, type RefObject, useId } from 'react';
import { useRuntimeConfig } from '../api/get-config.ts';
import { Input } from '../components/ui/input.tsx';
import { useActiveKind } from '../features/composer/composer-provider.tsx';
import { ThreadControls } from '../features/connection/thread-controls.tsx';
import type { Thread } from '../features/connection/use-thread.ts';
import { ExportImage } from '../features/preview/export-image.tsx';
import { initialOf } from '../features/preview/phone-frame.tsx';
import { DEFAULT_BUSINESS_NAME } from '../features/preview/preview-panel.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { PHONE_NAME_MAX_CHARS, setPhoneProfile, usePhoneProfile } from './phone-profile.ts';
import { PlaceholderHighlight, PlaceholderToggle } from './placeholder-preview.tsx';

export function PhoneTools({
  phoneRef,
  thread,
}: {
  phoneRef: RefObject<HTMLDivElement | null>;
  thread: Thread;
}) {
  const kind = useActiveKind();
  return (
    <>
      <PlaceholderToggle />
      <PlaceholderHighlight phoneRef={phoneRef} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <ExportImage getNode={() => phoneRef.current} kind={kind} hasThread={thread.entries.length > 0} />
        <ThreadControls thread={thread} />
      </div>
      <PhoneProfileFields />
    </>
  );
}

/** The letter just typed (a whole emoji or accented letter), so typing over the initial replaces it. */
function lastLetter(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const letters = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(trimmed)];
  return (letters.at(-1)?.segment ?? '').toLocaleUpperCase();
}

/** A label over its text box, tied by id. */
function ProfileField({ label, ...input }: { label: string } & Omit<ComponentProps<'input'>, 'id' | 'type'>) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium">
        {label}
      </label>
      <Input id={id} autoComplete="off" {...input} />
    </div>
  );
}

/** The demo's business name and avatar letter, behind a disclosure under the phone. */
function PhoneProfileFields() {
  const { t } = useI18n();
  // The name the phone shows when this one is empty: the deployment's, else the product's.
  const defaultName = useRuntimeConfig()?.businessName ?? DEFAULT_BUSINESS_NAME;
  const profile = usePhoneProfile();
  return (
    <details className="rounded-lg border border-neutral-200 bg-white px-3 py-2 text-sm dark:border-neutral-800 dark:bg-neutral-900">
      <summary className="cursor-pointer font-medium select-none">{t('preview.profile.title')}</summary>
      <div className="mt-2 grid grid-cols-[minmax(0,1fr)_6rem] gap-2">
        <ProfileField
          label={t('preview.profile.name')}
          value={profile.name}
          placeholder={defaultName}
          maxLength={PHONE_NAME_MAX_CHARS}
          onChange={(event) => setPhoneProfile({ name: event.target.value })}
        />
        <ProfileField
          label={t('preview.profile.initial')}
          value={profile.initial}
          placeholder={initialOf(profile.name === '' ? defaultName : profile.name)}
          // One letter as a reader sees it: an emoji or an accented letter is kept whole.
          onChange={(event) => setPhoneProfile({ initial: lastLetter(event.target.value) })}
        />
      </div>
      <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">{t('preview.profile.hint')}</p>
    </details>
  );
}
