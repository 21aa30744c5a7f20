import type { ReactNode } from 'react';
import { formatCoordinate, type GeoPoint } from '../../domain/geo/coordinates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { PinIcon } from './icons.tsx';
import type { MapRenderer } from './preview-types.ts';

/**
 * The map at the top of a location bubble, in WhatsApp's fixed frame. The map itself comes from `renderMap` (a
 * lazy Leaflet module the app passes in); without it, or without a valid point, a neutral placeholder keeps the
 * bubble's shape.
 */
export function MapThumbnail({
  point,
  renderMap,
  overlay,
}: {
  point: GeoPoint | null;
  renderMap: MapRenderer | undefined;
  /** Drawn over the map's bottom edge (the time, when the bubble has no text). */
  overlay?: ReactNode;
}) {
  const { t } = useI18n();
  let content: ReactNode;
  if (point !== null && renderMap !== undefined) {
    content = renderMap(point);
  } else {
    const label =
      point === null
        ? t('preview.location.invalid')
        : t('preview.location.map', {
            latitude: formatCoordinate(point.latitude),
            longitude: formatCoordinate(point.longitude),
          });
    content = (
      <div
        role="img"
        aria-label={label}
        data-testid="map-placeholder"
        className="flex h-full w-full flex-col items-center justify-center gap-1 bg-[#e9edef] text-[#8696a0] dark:bg-[#2a3942] dark:text-[#8696a0]"
      >
        <PinIcon className="h-9 w-9 text-[#ea4335] drop-shadow-sm" />
        <span aria-hidden="true" className="px-3 text-center text-[11px] leading-tight">
          {label}
        </span>
      </div>
    );
  }
  return (
    <div className="relative h-[150px] w-[260px] max-w-full overflow-hidden rounded-[5px]">
      {content}
      {overlay !== undefined && (
        <div className="absolute inset-x-0 bottom-0 flex h-7 items-end justify-end bg-gradient-to-t from-black/35 to-transparent px-1.5 pb-1">
          {overlay}
        </div>
      )}
    </div>
  );
}
