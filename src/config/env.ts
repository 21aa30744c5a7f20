/**
 * Map settings (tile server and geocoder), checked with zod. They are run-time settings: the production server
 * and the dev/preview servers read `TILE_URL`, `TILE_ATTRIBUTION` and `GEOCODER_URL` from their environment and
 * hand them to the page in `/config.json`; a static deployment can put its own `config.json` beside `index.html`.
 * A value left empty means "the default", which is what a blank line in a `.env` file usually intends.
 */
import * as z from 'zod/mini';
import {
  DEFAULT_GEOCODER_URL,
  DEFAULT_TILE_ATTRIBUTION,
  DEFAULT_TILE_URL,
  type MapSettings,
} from './map-settings.ts';

export type { MapSettings } from './map-settings.ts';

/** Absolute http(s) URLs, or a same-origin path such as `/geocoder` behind the app's own proxy. */
function isHttpUrlOrPath(value: string): boolean {
  if (value.startsWith('/') && !value.startsWith('//')) return true;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function blankAsDefault<T extends z.ZodMiniType<string, string>>(schema: T, fallback: string) {
  return z.pipe(
    z.transform((value: unknown) =>
      typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback,
    ),
    schema,
  );
}

export const tileUrlSchema = blankAsDefault(
  z.string().check(
    z.refine(isHttpUrlOrPath, 'must be an http(s) URL or a path starting with /'),
    z.refine(
      (value) => value.includes('{z}') && value.includes('{x}') && /\{-?y\}/.test(value),
      'must contain {z}, {x} and {y} (or {-y})',
    ),
  ),
  DEFAULT_TILE_URL,
);
export const tileAttributionSchema = blankAsDefault(z.string(), DEFAULT_TILE_ATTRIBUTION);
export const geocoderUrlSchema = blankAsDefault(
  z.pipe(
    z.string().check(z.refine(isHttpUrlOrPath, 'must be an http(s) URL or a path starting with /')),
    z.transform((value: string) => value.replace(/\/+$/, '')),
  ),
  DEFAULT_GEOCODER_URL,
);

/** The origins a page must be allowed to reach for these settings (CSP): tiles (with `{s}` as a wildcard), geocoder. */
export function mapOrigins(settings: MapSettings): { tiles: string | null; geocoder: string | null } {
  const origin = (url: string) => {
    if (url.startsWith('/')) return null;
    const host = /^(https?:\/\/)([^/]+)/i.exec(url);
    return host ? `${host[1]?.toLowerCase()}${(host[2] ?? '').replace(/\{s\}/g, '*').toLowerCase()}` : null;
  };
  return { tiles: origin(settings.tileUrl), geocoder: origin(settings.geocoderUrl) };
}
