/**
 * The page's Content-Security-Policy (DESIGN §6), written once for the production server, the dev and preview
 * servers and the `<meta>` of the built page: scripts only from the app (no inline script, no eval), no plugins,
 * no `<base>`, images only from the app and the tile server, connections as narrow as the targets allow.
 */
import { mapOrigins, type MapSettings } from '../src/config/env.ts';

export type CspOptions = {
  map: MapSettings;
  /** The Custom target lets the user call any server: connections must then be open to any http(s) origin. */
  customTarget: boolean;
  /** Hashes (`sha256-…`) of inline scripts a dev server injects; never used for a built page. */
  inlineScriptHashes?: readonly string[];
  /** `frame-ancestors` works only as a header: a `<meta>` policy must leave it out (browsers warn otherwise). */
  forMeta?: boolean;
};

export function buildCsp({
  map,
  customTarget,
  inlineScriptHashes = [],
  forMeta = false,
}: CspOptions): string {
  const { tiles, geocoder } = mapOrigins(map);
  const hosts = (...values: (string | null)[]) => values.filter((value): value is string => value !== null);
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...inlineScriptHashes.map((hash) => `'${hash}'`)]],
    // Leaflet positions its panes with inline styles, and the PNG export inlines computed styles.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:', ...hosts(tiles)]],
    ['font-src', ["'self'", 'data:']],
    // The PNG export fetches the tiles it draws; the geocoder is called from the page.
    ['connect-src', ["'self'", ...hosts(tiles, geocoder), ...(customTarget ? ['https:', 'http:'] : [])]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
    ...(forMeta ? [] : ([['frame-ancestors', ["'none'"]]] as [string, string[]][])),
  ];
  return directives.map(([name, values]) => `${name} ${[...new Set(values)].join(' ')}`).join('; ');
}

/** The headers every response of the app's servers carries, whatever the route. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // The location picker may ask for the browser's position; nothing else is needed.
    'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
  };
}
