/**
 * Address search and reverse geocoding for the map picker, against a Nominatim-compatible API
 * (`GET {base}/search`, `GET {base}/reverse`, `format=jsonv2`).
 *
 * The public OpenStreetMap instance allows one request per second and asks clients not to hammer it, so every
 * request waits at a gate (one per geocoder URL) that spaces requests at least a second apart, and the UI
 * debounces typing on top. Answers are server state: TanStack Query's cache keeps them for the session, so a
 * query asked again is answered without a request, and it cancels a search nobody reads any more. A browser
 * cannot set `User-Agent`; the page's Referer identifies the app. A failure comes back as a value (`offline`,
 * `rate-limited`, `failed`), never as an exception: without the geocoder the map and the fields keep working.
 */
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import * as z from 'zod/mini';
import { DEFAULT_MAP_SETTINGS } from '../config/map-settings.ts';
import { type GeoPoint, isLatitude, isLongitude } from '../domain/geo/coordinates.ts';
import { isApiError } from './api-error.ts';
import { createApiClient, type ApiClient } from './client.ts';
import { currentRuntimeConfig } from './get-config.ts';

const GEOCODER_MIN_INTERVAL_MS = 1_000;
const GEOCODER_TIMEOUT_MS = 10_000;
const SEARCH_RESULT_LIMIT = 5;
/** Street level: Nominatim's "building" detail for reverse lookups. */
const REVERSE_ZOOM = 18;

export interface GeocodedPlace extends GeoPoint {
  id: string;
  /** The place's own name ("Twin Center"); empty for a plain address. */
  name: string;
  /** A short postal address, without the administrative chain Nominatim appends. */
  address: string;
}

export type GeocoderError = 'offline' | 'rate-limited' | 'failed' | 'aborted';
export type GeocoderResult<T> = { ok: true; value: T } | { ok: false; error: GeocoderError };

const coordinateText = z.pipe(z.union([z.string(), z.number()]), z.transform(Number));

const rawPlaceSchema = z.object({
  place_id: z.optional(z.union([z.string(), z.number()])),
  osm_type: z.optional(z.string()),
  osm_id: z.optional(z.union([z.string(), z.number()])),
  lat: coordinateText,
  lon: coordinateText,
  name: z.optional(z.string()),
  display_name: z.optional(z.string()),
  address: z.optional(z.record(z.string(), z.unknown())),
});
type RawPlace = z.infer<typeof rawPlaceSchema>;

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function first(record: Record<string, unknown>, keys: readonly string[]): string {
  for (const key of keys) {
    const value = text(record[key]);
    if (value !== '') return value;
  }
  return '';
}

const STREET_KEYS = ['road', 'pedestrian', 'footway', 'path', 'square', 'place'] as const;
const AREA_KEYS = ['neighbourhood', 'suburb', 'quarter', 'city_district'] as const;
const LOCALITY_KEYS = ['city', 'town', 'village', 'hamlet', 'municipality'] as const;

/**
 * "12 Boulevard Zerktouni, Maarif, 20250 Casablanca, Morocco" from Nominatim's address details; without them,
 * the display name minus the place's own name.
 */
export function formatAddress(
  details: Record<string, unknown> | undefined,
  displayName: string,
  name: string,
): string {
  const parts: string[] = [];
  if (details !== undefined) {
    parts.push(
      [text(details['house_number']), first(details, STREET_KEYS)].filter(Boolean).join(' '),
      first(details, AREA_KEYS),
      [text(details['postcode']), first(details, LOCALITY_KEYS)].filter(Boolean).join(' '),
      text(details['country']),
    );
  }
  let kept = parts.filter((part) => part !== '' && part !== name);
  if (kept.length === 0) {
    kept = displayName
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '' && part !== name);
  }
  return [...new Set(kept)].join(', ');
}

function toPlace(raw: RawPlace): GeocodedPlace | null {
  if (!isLatitude(raw.lat) || !isLongitude(raw.lon)) return null;
  const displayName = text(raw.display_name);
  const name = text(raw.name);
  const id =
    raw.osm_type !== undefined && raw.osm_id !== undefined
      ? `${raw.osm_type}/${raw.osm_id}`
      : String(raw.place_id ?? `${raw.lat},${raw.lon}`);
  return {
    id,
    latitude: raw.lat,
    longitude: raw.lon,
    name,
    address: formatAddress(raw.address, displayName, name),
  };
}

/** One place from a `/reverse` or `/search` item; anything malformed is `null`, never an exception. */
export function readPlace(item: unknown): GeocodedPlace | null {
  const parsed = rawPlaceSchema.safeParse(item);
  return parsed.success ? toPlace(parsed.data) : null;
}

/** The `/search` answer: the readable places, in the geocoder's order, without duplicates. */
export function readSearchResults(body: unknown): GeocodedPlace[] {
  if (!Array.isArray(body)) return [];
  const places = body.map(readPlace).filter((place): place is GeocodedPlace => place !== null);
  return places.filter((place, index) => places.findIndex((other) => other.id === place.id) === index);
}

export function searchPath(query: string): string {
  const params = new URLSearchParams({
    q: query,
    format: 'jsonv2',
    addressdetails: '1',
    limit: String(SEARCH_RESULT_LIMIT),
  });
  return `/search?${params.toString()}`;
}

export function reversePath({ latitude, longitude }: GeoPoint): string {
  const params = new URLSearchParams({
    lat: String(latitude),
    lon: String(longitude),
    format: 'jsonv2',
    addressdetails: '1',
    zoom: String(REVERSE_ZOOM),
  });
  return `/reverse?${params.toString()}`;
}

export interface Clock {
  now(): number;
  sleep(ms: number, signal: AbortSignal | undefined): Promise<void>;
}

const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (ms <= 0 || signal?.aborted) {
        resolve();
        return;
      }
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
      signal?.addEventListener('abort', done, { once: true });
    }),
};

/**
 * Hands out start times at least `intervalMs` apart, first come first served. A caller that gives up while
 * waiting leaves its slot unused: erring on the slow side is what the usage policy asks for.
 */
export function createRequestGate(intervalMs: number, clock: Clock = systemClock) {
  let nextFreeAt = -Infinity;
  return {
    /** Resolves `false` when the signal aborted the wait. */
    async wait(signal?: AbortSignal): Promise<boolean> {
      const now = clock.now();
      const startAt = Math.max(now, nextFreeAt);
      nextFreeAt = startAt + intervalMs;
      await clock.sleep(startAt - now, signal);
      return !signal?.aborted;
    },
  };
}

type RequestGate = ReturnType<typeof createRequestGate>;

function errorOf(cause: unknown): GeocoderError {
  if (!isApiError(cause)) return 'failed';
  switch (cause.kind) {
    case 'aborted':
      return 'aborted';
    case 'network':
    case 'timeout':
      return 'offline';
    case 'rate-limited':
      return 'rate-limited';
    default:
      return 'failed';
  }
}

export interface GeocoderOptions {
  baseUrl: string;
  fetchImpl?: typeof fetch;
  gate?: RequestGate;
  timeoutMs?: number;
  /** `navigator.onLine` by default: when the browser knows it is offline, nothing is sent. */
  isOnline?: () => boolean;
}

export interface Geocoder {
  search(request: {
    query: string;
    locale: string;
    signal?: AbortSignal;
  }): Promise<GeocoderResult<GeocodedPlace[]>>;
  /** `null` when the geocoder knows no address there (open sea, say). */
  reverse(request: {
    point: GeoPoint;
    locale: string;
    signal?: AbortSignal;
  }): Promise<GeocoderResult<GeocodedPlace | null>>;
  /** The URL the geocoder asks: answers are cached per URL. */
  baseUrl: string;
}

export function createGeocoder({
  baseUrl,
  fetchImpl,
  gate = createRequestGate(GEOCODER_MIN_INTERVAL_MS),
  timeoutMs = GEOCODER_TIMEOUT_MS,
  isOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false,
}: GeocoderOptions): Geocoder {
  const client: ApiClient = createApiClient({
    baseUrl,
    token: '',
    timeoutMs,
    ...(fetchImpl === undefined ? {} : { fetchImpl }),
  });

  async function get<T>(
    path: string,
    locale: string,
    signal: AbortSignal | undefined,
    read: (body: unknown) => T,
  ): Promise<GeocoderResult<T>> {
    if (!isOnline()) return { ok: false, error: 'offline' };
    if (!(await gate.wait(signal))) return { ok: false, error: 'aborted' };
    try {
      const response = await client.request({
        method: 'GET',
        path,
        signal,
        headers: { 'Accept-Language': locale },
      });
      if (response.data === undefined) return { ok: false, error: 'failed' };
      return { ok: true, value: read(response.data) };
    } catch (cause) {
      return { ok: false, error: errorOf(cause) };
    }
  }

  return {
    baseUrl,
    search: ({ query, locale, signal }) => get(searchPath(query), locale, signal, readSearchResults),
    reverse: ({ point, locale, signal }) =>
      get(reversePath(point), locale, signal, (body) =>
        typeof body === 'object' && body !== null && 'error' in body ? null : readPlace(body),
      ),
  };
}

const sharedGeocoders = new Map<string, Geocoder>();

/** The app's geocoder, on the deployment's `GEOCODER_URL` (runtime config), with one gate per URL. */
function defaultGeocoder(): Geocoder {
  const baseUrl = currentRuntimeConfig()?.map.geocoderUrl ?? DEFAULT_MAP_SETTINGS.geocoderUrl;
  let geocoder = sharedGeocoders.get(baseUrl);
  if (geocoder === undefined) {
    geocoder = createGeocoder({ baseUrl });
    sharedGeocoders.set(baseUrl, geocoder);
  }
  return geocoder;
}

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'success'; query: string; places: GeocodedPlace[] }
  | { status: 'error'; query: string; error: Exclude<GeocoderError, 'aborted'> };

/** A failed answer, thrown inside the query layer so that it is not cached; the hooks turn it back into a value. */
class GeocoderFailure extends Error {
  readonly error: GeocoderError;
  constructor(error: GeocoderError) {
    super(error);
    this.error = error;
  }
}

async function valueOf<T>(answer: Promise<GeocoderResult<T>>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new GeocoderFailure(result.error);
  return result.value;
}

/**
 * What the query cache keeps: answers never go stale within a session (a place does not move), one request per
 * question, and the browser's own offline flag is the geocoder's business (it answers `offline` at once rather
 * than waiting for the network to come back).
 */
const GEOCODER_QUERY_DEFAULTS = {
  staleTime: Infinity,
  gcTime: 60 * 60 * 1_000,
  retry: false,
  networkMode: 'always',
} as const;

const geocoderKeys = {
  search: (geocoder: Geocoder, locale: string, query: string) =>
    ['geocoder', geocoder.baseUrl, 'search', locale, query] as const,
  reverse: (geocoder: Geocoder, locale: string, point: GeoPoint) =>
    ['geocoder', geocoder.baseUrl, 'reverse', locale, point.latitude, point.longitude] as const,
};

/**
 * Searches `query` (already debounced by the caller; empty means "no search"). A search nobody reads any more
 * (the query changed, the picker closed) is cancelled; `retry` asks a failed query again.
 */
export function useAddressSearch({
  query,
  locale,
  geocoder = defaultGeocoder(),
}: {
  query: string;
  locale: string;
  geocoder?: Geocoder;
}): { state: SearchState; retry: () => void } {
  const search = useQuery({
    ...GEOCODER_QUERY_DEFAULTS,
    queryKey: geocoderKeys.search(geocoder, locale, query),
    queryFn: ({ signal }) => valueOf(geocoder.search({ query, locale, signal })),
    enabled: query !== '',
  });
  const { refetch } = search;
  const retry = useCallback(() => void refetch(), [refetch]);
  return { state: searchState(query, search), retry };
}

function searchState(
  query: string,
  search: { data: GeocodedPlace[] | undefined; error: Error | null; isFetching: boolean },
): SearchState {
  if (query === '') return { status: 'idle' };
  if (search.data !== undefined) return { status: 'success', query, places: search.data };
  const error = search.error instanceof GeocoderFailure ? search.error.error : null;
  if (search.isFetching || error === null || error === 'aborted') return { status: 'loading', query };
  return { status: 'error', query, error };
}

async function lookUp(
  queryClient: QueryClient,
  geocoder: Geocoder,
  point: GeoPoint,
  locale: string,
): Promise<GeocoderResult<GeocodedPlace | null>> {
  try {
    const value = await queryClient.fetchQuery({
      ...GEOCODER_QUERY_DEFAULTS,
      queryKey: geocoderKeys.reverse(geocoder, locale, point),
      queryFn: ({ signal }) => valueOf(geocoder.reverse({ point, locale, signal })),
    });
    return { ok: true, value };
  } catch (cause) {
    // A cancelled lookup rejects with the query layer's own error: it is an abort, not a failure.
    return { ok: false, error: cause instanceof GeocoderFailure ? cause.error : 'aborted' };
  }
}

/**
 * Looks up the address at a point on demand (an answer already known is not asked again); a new lookup (or
 * unmounting) cancels the one in flight.
 */
export function useReverseGeocode(geocoder: Geocoder = defaultGeocoder()) {
  const queryClient = useQueryClient();
  const inFlight = useRef<readonly unknown[] | null>(null);
  const lookup = useMutation({
    mutationFn: ({ point, locale }: { point: GeoPoint; locale: string }) =>
      lookUp(queryClient, geocoder, point, locale),
  });
  useEffect(
    () => () => {
      if (inFlight.current !== null) void queryClient.cancelQueries({ queryKey: inFlight.current });
    },
    [queryClient],
  );
  const { mutateAsync } = lookup;
  const reverse = useCallback(
    async (point: GeoPoint, locale: string): Promise<GeocoderResult<GeocodedPlace | null>> => {
      const key = geocoderKeys.reverse(geocoder, locale, point);
      if (inFlight.current !== null) void queryClient.cancelQueries({ queryKey: inFlight.current });
      inFlight.current = key;
      const result = await mutateAsync({ point, locale });
      if (inFlight.current === key) inFlight.current = null;
      return result;
    },
    [geocoder, mutateAsync, queryClient],
  );
  return { reverse, pending: lookup.isPending };
}
