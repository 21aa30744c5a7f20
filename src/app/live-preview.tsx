import {
  lazy,
  Suspense,
  useCallback,
  useId,
  useMemo,
  type ComponentProps,
  type ReactNode,
  type Ref,
} from 'react';
import { useMapSettings, useRuntimeConfig } from '../api/get-config.ts';
import { MapLoadBoundary } from '../components/map/map-load-boundary.tsx';
import { Input } from '../components/ui/input.tsx';
import { formatCoordinate } from '../domain/geo/coordinates.ts';
import { initialOf } from '../features/preview/phone-frame.tsx';
import { DEFAULT_BUSINESS_NAME, PreviewPanel } from '../features/preview/preview-panel.tsx';
import type { ThreadEntry } from '../features/preview/preview-types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { PHONE_NAME_MAX_CHARS, setPhoneProfile, usePhoneProfile } from './phone-profile.ts';
import { usePreviewDraft } from './placeholder-preview.tsx';

// Lazy, like the picker: a location bubble fetches its map module the first time one is shown.
const MapThumbnail = lazy(() => import('../components/map/map-thumbnail.tsx'));

/** While the module loads it pulses; if it cannot load, the bubble keeps its plain grey frame. */
function ThumbnailPlaceholder({ loading }: { loading: boolean }) {
  return (
    <div
      className={`h-full w-full bg-[#e9edef] dark:bg-[#2a3942] ${loading ? 'motion-safe:animate-pulse' : ''}`}
    />
  );
}

/** Reads the draft on every keystroke and hands it to the phone; the only part of the page that re-renders. */
export function LivePreview({
  thread,
  conversationId,
  phoneRef,
  below,
}: {
  thread: ThreadEntry[];
  conversationId: string;
  phoneRef?: Ref<HTMLDivElement>;
  below?: ReactNode;
}) {
  const draft = usePreviewDraft();
  const profile = usePhoneProfile();
  const { t } = useI18n();
  // Deployment settings from the runtime config: the tile server and the business name the phone shows.
  const map = useMapSettings();
  const tiles = useMemo(() => ({ url: map.tileUrl, attribution: map.tileAttribution }), [map]);
  const defaultBusinessName = useRuntimeConfig()?.businessName ?? undefined;
  const renderMap = useCallback(
    (point: { latitude: number; longitude: number }) => (
      <MapLoadBoundary fallback={<ThumbnailPlaceholder loading={false} />}>
        <Suspense fallback={<ThumbnailPlaceholder loading />}>
          <MapThumbnail
            point={point}
            tiles={tiles}
            label={t('map.thumbnail.label', {
              latitude: formatCoordinate(point.latitude),
              longitude: formatCoordinate(point.longitude),
            })}
          />
        </Suspense>
      </MapLoadBoundary>
    ),
    [t, tiles],
  );
  return (
    <PreviewPanel
      draft={draft}
      thread={thread}
      conversationId={conversationId}
      renderMap={renderMap}
      phoneRef={phoneRef}
      businessName={profile.name || defaultBusinessName}
      avatarInitial={profile.initial}
      below={below}
    />
  );
}

/** The letter just typed (a whole emoji or accented letter), so typing over the initial replaces it. */
function lastLetter(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const letters = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(trimmed)];
  return (letters.at(-1)?.segment ?? '').toLocaleUpperCase();
}

/** The demo's business name and avatar letter, behind a disclosure under the phone. */
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

export function PhoneProfileFields() {
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
