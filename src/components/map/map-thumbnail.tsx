/**
 * The static map of a location bubble: the tiles around the point at a fixed zoom, composed as plain images, with
 * the pin at the centre. Nothing in it moves or takes focus; it is one image for assistive technology. Loaded
 * lazily (default export) like the picker, but it needs no Leaflet.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { GeoPoint } from '../../domain/geo/coordinates.ts';
import { attributionText, TILE_SIZE_PX, tilesAround } from './tiles.ts';

/** Streets and a few blocks around, as WhatsApp frames a shared location. */
const THUMBNAIL_ZOOM = 15;
/** The preview's bubble frame; measured once mounted. */
const DEFAULT_SIZE = { width: 260, height: 150 };

export interface MapThumbnailProps {
  point: GeoPoint;
  tiles: { url: string; attribution: string };
  /** The accessible name, e.g. "Map: pin at 33.5731, -7.5898". */
  label: string;
  zoom?: number;
}

function PinMark() {
  return (
    <svg
      viewBox="0 0 28 40"
      aria-hidden="true"
      className="absolute top-1/2 left-1/2 h-10 w-7 -translate-x-1/2 -translate-y-full drop-shadow-[0_1px_1px_rgba(0,0,0,0.45)]"
    >
      <path
        d="M14 0C6.27 0 0 6.1 0 13.64 0 23.86 14 40 14 40s14-16.14 14-26.36C28 6.1 21.73 0 14 0z"
        fill="#ea4335"
        stroke="#b31412"
        strokeWidth="1"
      />
      <circle cx="14" cy="14" r="5" fill="#7a0f0b" />
    </svg>
  );
}

export default function MapThumbnail({ point, tiles, label, zoom = THUMBNAIL_ZOOM }: MapThumbnailProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState(DEFAULT_SIZE);
  useLayoutEffect(() => {
    const element = frame.current;
    if (element === null || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry === undefined) return;
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      if (width > 0 && height > 0) {
        setSize((current) =>
          current.width === width && current.height === height ? current : { width, height },
        );
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const placed = tilesAround(point, zoom, size.width, size.height, tiles.url);
  const attribution = useMemo(() => attributionText(tiles.attribution), [tiles.attribution]);
  return (
    <div
      ref={frame}
      dir="ltr"
      role="img"
      aria-label={label}
      data-testid="map-thumbnail"
      className="relative h-full w-full overflow-hidden bg-[#e9edef] select-none dark:bg-[#2a3942]"
    >
      {placed.map((tile) => (
        <img
          key={tile.key}
          src={tile.url}
          alt=""
          draggable={false}
          decoding="async"
          className="absolute max-w-none"
          style={{ left: tile.left, top: tile.top, width: TILE_SIZE_PX, height: TILE_SIZE_PX }}
        />
      ))}
      <PinMark />
      {attribution !== '' && (
        <span className="absolute bottom-0 left-0 max-w-[70%] truncate rounded-tr-sm bg-white/75 px-1 text-[9px] leading-[13px] text-neutral-700">
          {attribution}
        </span>
      )}
    </div>
  );
}
