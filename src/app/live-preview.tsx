import { lazy, Suspense, useCallback, type Ref } from 'react';
import { MapLoadBoundary } from '../components/map/map-load-boundary.tsx';
import { env } from '../config/env.ts';
import { formatCoordinate } from '../domain/geo/coordinates.ts';
import { PreviewPanel } from '../features/preview/preview-panel.tsx';
import { type ThreadEntry } from '../features/preview/preview-types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { usePreviewDraft } from './placeholder-preview.tsx';

// Lazy, like the picker: a location bubble fetches its map module the first time one is shown.
const MapThumbnail = lazy(() => import('../components/map/map-thumbnail.tsx'));

const TILES = { url: env.tileUrl, attribution: env.tileAttribution };

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
}: {
  thread: ThreadEntry[];
  conversationId: string;
  phoneRef?: Ref<HTMLDivElement>;
}) {
  const draft = usePreviewDraft();
  const { t } = useI18n();
  const renderMap = useCallback(
    (point: { latitude: number; longitude: number }) => (
      <MapLoadBoundary fallback={<ThumbnailPlaceholder loading={false} />}>
        <Suspense fallback={<ThumbnailPlaceholder loading />}>
          <MapThumbnail
            point={point}
            tiles={TILES}
            label={t('map.thumbnail.label', {
              latitude: formatCoordinate(point.latitude),
              longitude: formatCoordinate(point.longitude),
            })}
          />
        </Suspense>
      </MapLoadBoundary>
    ),
    [t],
  );
  return (
    <PreviewPanel
      draft={draft}
      thread={thread}
      conversationId={conversationId}
      renderMap={renderMap}
      phoneRef={phoneRef}
    />
  );
}
