import { lazy, Suspense, useCallback, useMemo, type ReactNode, type Ref } from 'react';
import { useMapSettings, useRuntimeConfig } from '../api/get-config.ts';
import { MapLoadBoundary } from '../components/map/map-load-boundary.tsx';
import { formatCoordinate } from '../domain/geo/coordinates.ts';
import { PreviewPanel } from '../features/preview/preview-panel.tsx';
import type { ThreadEntry } from '../features/preview/preview-types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { usePhoneProfile } from './phone-profile.ts';
import { usePreviewDraft } from './preview-draft.ts';

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
