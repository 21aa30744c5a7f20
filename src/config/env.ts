/**
 * Deployment settings, read once from Vite's `VITE_*` variables (fixed at build time) and checked with zod so a
 * typo fails loudly at start-up instead of as a blank map. A variable left empty means "the default", which is
 * what a blank line in a `.env` file usually intends.
 */
import * as z from 'zod';

const DEFAULT_TILE_URL = 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png';
const DEFAULT_TILE_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
const DEFAULT_GEOCODER_URL = 'https://nominatim.openstreetmap.org';

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

function blankAsDefault<T extends z.ZodType<string>>(schema: T, fallback: string) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback),
    schema,
  );
}

const envSchema = z.object({
  VITE_TILE_URL: blankAsDefault(
    z
      .string()
      .refine(isHttpUrlOrPath, 'must be an http(s) URL or a path starting with /')
      .refine(
        (value) => value.includes('{z}') && value.includes('{x}') && /\{-?y\}/.test(value),
        'must contain {z}, {x} and {y} (or {-y})',
      ),
    DEFAULT_TILE_URL,
  ),
  VITE_TILE_ATTRIBUTION: blankAsDefault(z.string(), DEFAULT_TILE_ATTRIBUTION),
  VITE_GEOCODER_URL: blankAsDefault(
    z.string().refine(isHttpUrlOrPath, 'must be an http(s) URL or a path starting with /'),
    DEFAULT_GEOCODER_URL,
  ),
});

export interface Env {
  /** Leaflet tile template: `{z}`, `{x}`, `{y}`, optional `{s}` (subdomains a, b, c), `{r}` and `{-y}`. */
  tileUrl: string;
  /** HTML, shown by Leaflet's attribution control; configuration, never user text. */
  tileAttribution: string;
  /** Base URL of a Nominatim-compatible geocoder (`/search`, `/reverse`). */
  geocoderUrl: string;
}

function parseEnv(raw: Record<string, unknown>): Env {
  const result = envSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const { VITE_TILE_URL, VITE_TILE_ATTRIBUTION, VITE_GEOCODER_URL } = result.data;
  return {
    tileUrl: VITE_TILE_URL,
    tileAttribution: VITE_TILE_ATTRIBUTION,
    geocoderUrl: VITE_GEOCODER_URL.replace(/\/+$/, ''),
  };
}

export const env: Env = parseEnv(import.meta.env);
