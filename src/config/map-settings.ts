/**
 * The map settings' shape and defaults (OpenStreetMap's tiles and Nominatim), which the page needs before any
 * config is read. How a server's environment or a `config.json` overrides them is checked in ./env.ts.
 */
export const DEFAULT_TILE_URL = 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_TILE_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
export const DEFAULT_GEOCODER_URL = 'https://nominatim.openstreetmap.org';

export interface MapSettings {
  /** Leaflet tile template: `{z}`, `{x}`, `{y}`, optional `{s}` (subdomains a, b, c), `{r}` and `{-y}`. */
  tileUrl: string;
  /** HTML, shown by Leaflet's attribution control; configuration, never user text. */
  tileAttribution: string;
  /** Base URL of a Nominatim-compatible geocoder (`/search`, `/reverse`). */
  geocoderUrl: string;
}

export const DEFAULT_MAP_SETTINGS: MapSettings = {
  tileUrl: DEFAULT_TILE_URL,
  tileAttribution: DEFAULT_TILE_ATTRIBUTION,
  geocoderUrl: DEFAULT_GEOCODER_URL,
};
