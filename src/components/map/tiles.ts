/**
 * Web Mercator tile arithmetic for the static thumbnail: which 256 px tiles cover a small view centred on a point
 * at a fixed zoom, and their URLs from a Leaflet-style template. Composing a few <img> tiles is all a
 * non-interactive thumbnail needs, so a bubble in the chat never starts a Leaflet map.
 */
import type { GeoPoint } from '../../domain/geo/coordinates.ts';

export const TILE_SIZE_PX = 256;
/** Web Mercator stops here; beyond it the projection runs to infinity. */
const MAX_MERCATOR_LATITUDE_DEG = 85.0511287798;
/** Leaflet's default `subdomains` for `{s}`. */
const DEFAULT_SUBDOMAINS = 'abc';

export interface WorldPixel {
  x: number;
  y: number;
}

/** The point's position in pixels on the whole world map at `zoom` (origin top-left, as tiles count). */
export function projectToWorld({ latitude, longitude }: GeoPoint, zoom: number): WorldPixel {
  const size = TILE_SIZE_PX * 2 ** zoom;
  const clamped = Math.max(-MAX_MERCATOR_LATITUDE_DEG, Math.min(MAX_MERCATOR_LATITUDE_DEG, latitude));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return {
    x: ((longitude + 180) / 360) * size,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  };
}

/** Fills `{z}`, `{x}`, `{y}`, `{-y}` (TMS), `{s}` (subdomain, chosen as Leaflet does) and `{r}` (no retina). */
export function tileUrl(
  template: string,
  tile: { x: number; y: number; z: number },
  subdomains: string = DEFAULT_SUBDOMAINS,
): string {
  const subdomain = subdomains.charAt(Math.abs(tile.x + tile.y) % Math.max(1, subdomains.length));
  const values: Record<string, string> = {
    z: String(tile.z),
    x: String(tile.x),
    y: String(tile.y),
    '-y': String(2 ** tile.z - 1 - tile.y),
    s: subdomain,
    r: '',
  };
  return template.replace(/\{(-?\w+)\}/g, (match, key: string) => values[key] ?? match);
}

export interface PlacedTile {
  key: string;
  url: string;
  /** Offset of the tile's top-left corner from the view's top-left corner, in CSS pixels. */
  left: number;
  top: number;
}

/** The tiles that cover a `width` × `height` view centred on `point`; columns wrap around the antimeridian. */
export function tilesAround(
  point: GeoPoint,
  zoom: number,
  width: number,
  height: number,
  template: string,
): PlacedTile[] {
  const centre = projectToWorld(point, zoom);
  const originX = centre.x - width / 2;
  const originY = centre.y - height / 2;
  const count = 2 ** zoom;
  const firstColumn = Math.floor(originX / TILE_SIZE_PX);
  const lastColumn = Math.floor((originX + width - 1) / TILE_SIZE_PX);
  const firstRow = Math.max(0, Math.floor(originY / TILE_SIZE_PX));
  const lastRow = Math.min(count - 1, Math.floor((originY + height - 1) / TILE_SIZE_PX));
  const tiles: PlacedTile[] = [];
  for (let row = firstRow; row <= lastRow; row += 1) {
    for (let column = firstColumn; column <= lastColumn; column += 1) {
      const x = ((column % count) + count) % count;
      tiles.push({
        key: `${zoom}/${column}/${row}`,
        url: tileUrl(template, { x, y: row, z: zoom }),
        left: Math.round(column * TILE_SIZE_PX - originX),
        top: Math.round(row * TILE_SIZE_PX - originY),
      });
    }
  }
  return tiles;
}

/** The attribution's words without its markup, for places too small for links. */
export function attributionText(html: string): string {
  if (typeof DOMParser === 'undefined') return html.replace(/<[^>]*>/g, '');
  const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}
