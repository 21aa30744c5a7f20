/**
 * Coordinates as people paste them: decimal pairs, degrees-minutes-seconds, and map share links. Links are read
 * as text, not through `URL`, so that links without a scheme and half-encoded ones still work.
 */
import {
  type GeoPoint,
  isLatitude,
  isLongitude,
  MINUS_SIGNS,
  parseCoordinateField,
  toNumber,
  withoutNegativeZero,
} from './coordinates.ts';

type CoordinatesError = 'empty' | 'unrecognized' | 'out-of-range';

export type ParsedCoordinates =
  { ok: true; latitude: number; longitude: number } | { ok: false; error: CoordinatesError };

const NUMBER = String.raw`[+-]?\d+(?:\.\d+)?`;
const NUMBER_DECIMAL_COMMA = String.raw`[+-]?\d+(?:[.,]\d+)?`;
const DECIMAL_PAIRS = [
  new RegExp(String.raw`^(${NUMBER}) ?, ?(${NUMBER})$`),
  new RegExp(String.raw`^(${NUMBER_DECIMAL_COMMA}) ?; ?(${NUMBER_DECIMAL_COMMA})$`),
  new RegExp(String.raw`^(${NUMBER_DECIMAL_COMMA}) (${NUMBER_DECIMAL_COMMA})$`),
];

function parseDecimalPair(text: string): GeoPoint | null {
  for (const pattern of DECIMAL_PAIRS) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const latitude = toNumber(match[1] ?? '');
    const longitude = toNumber(match[2] ?? '');
    return latitude === null || longitude === null ? null : { latitude, longitude };
  }
  return null;
}

const DMS_NUMBER = String.raw`\d+(?:[.,]\d+)?`;
/** One axis: hemisphere before or after, degrees with °, optional minutes with ′ and seconds with ″. */
const DMS_COMPONENT = new RegExp(
  String.raw`(?<before>[NSEW])? ?(?<sign>[+-])?(?<degrees>${DMS_NUMBER}) ?(?<degreeMark>[°º˚])? ?` +
    String.raw`(?:(?<minutes>${DMS_NUMBER}) ?['′’´] ?(?:(?<seconds>${DMS_NUMBER}) ?(?:''|′′|’’|["″”]) ?)?)?` +
    String.raw`(?<after>[NSEW])?`,
  'iy',
);
const DMS_SEPARATOR = / ?[,;]? ?/y;

type Axis = 'latitude' | 'longitude';
type DmsComponent = { axis: Axis | null; value: number; end: number };

function hemisphereAxis(letter: string): Axis {
  return /[NS]/i.test(letter) ? 'latitude' : 'longitude';
}

function readDmsComponent(text: string, start: number): DmsComponent | null {
  DMS_COMPONENT.lastIndex = start;
  const match = DMS_COMPONENT.exec(text);
  const groups = match?.groups;
  if (match === null || groups === undefined) return null;
  let end = match.index + match[0].length;
  const { before } = groups;
  let { after } = groups;
  if (before !== undefined && after !== undefined) {
    // "N33.5 W7.5": the W belongs to the next component.
    after = undefined;
    end -= 1;
  }
  const hemisphere = before ?? after;
  const { sign, degreeMark, minutes, seconds } = groups;
  if (hemisphere === undefined && degreeMark === undefined && minutes === undefined) return null;
  if (hemisphere !== undefined && sign === '-') return null;

  const degreesValue = toNumber(groups.degrees ?? '');
  const minutesValue = minutes === undefined ? 0 : toNumber(minutes);
  const secondsValue = seconds === undefined ? 0 : toNumber(seconds);
  if (degreesValue === null || minutesValue === null || secondsValue === null) return null;
  if (minutes !== undefined && !Number.isInteger(degreesValue)) return null;
  if (seconds !== undefined && !Number.isInteger(minutesValue)) return null;
  if (minutesValue >= 60 || secondsValue >= 60) return null;

  const magnitude = degreesValue + minutesValue / 60 + secondsValue / 3600;
  const negative = sign === '-' || (hemisphere !== undefined && /[SW]/i.test(hemisphere));
  return {
    axis: hemisphere === undefined ? null : hemisphereAxis(hemisphere),
    value: withoutNegativeZero(negative ? -magnitude : magnitude),
    end,
  };
}

function parseDms(text: string): GeoPoint | null {
  const first = readDmsComponent(text, 0);
  if (first === null) return null;
  DMS_SEPARATOR.lastIndex = first.end;
  DMS_SEPARATOR.exec(text);
  const second = readDmsComponent(text, DMS_SEPARATOR.lastIndex);
  if (second === null || second.end !== text.length) return null;

  const firstAxis = first.axis ?? (second.axis === 'latitude' ? 'longitude' : 'latitude');
  const secondAxis = second.axis ?? (firstAxis === 'latitude' ? 'longitude' : 'latitude');
  if (firstAxis === secondAxis) return null;
  return firstAxis === 'latitude'
    ? { latitude: first.value, longitude: second.value }
    : { latitude: second.value, longitude: first.value };
}

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function readParams(text: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of text.split(/[&;]/)) {
    const equals = pair.indexOf('=');
    if (equals <= 0) continue;
    const key = decodeComponent(pair.slice(0, equals)).toLowerCase();
    const value = decodeComponent(pair.slice(equals + 1));
    if (!params.has(key)) params.set(key, value.trim().replace(/\s+/g, ' '));
  }
  return params;
}

function pairFrom(latitude: string | undefined, longitude: string | undefined): GeoPoint | null {
  if (latitude === undefined || longitude === undefined) return null;
  const lat = parseCoordinateField(latitude);
  const lng = parseCoordinateField(longitude);
  return lat === null || lng === null ? null : { latitude: lat, longitude: lng };
}

const GOOGLE_PLACE_PIN = new RegExp(String.raw`!3d(${NUMBER})!4d(${NUMBER})`);
const GOOGLE_VIEWPORT = new RegExp(String.raw`/@(${NUMBER}),(${NUMBER})(?:[,/?#]|$)`);
const OSM_MAP = new RegExp(String.raw`^\d+(?:\.\d+)?/(${NUMBER})/(${NUMBER})$`);

/**
 * In order of precision: a marker (OpenStreetMap mlat/mlon, Google's place pin !3d!4d, a searched point), then
 * the centre of the view (Google's /@lat,lng, OpenStreetMap's #map=zoom/lat/lng).
 */
function parseMapUrl(url: string): GeoPoint | null {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = readParams(hashAt === -1 ? '' : url.slice(hashAt + 1));
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = readParams(queryAt === -1 ? '' : beforeHash.slice(queryAt + 1));

  const pin = GOOGLE_PLACE_PIN.exec(path);
  const viewport = GOOGLE_VIEWPORT.exec(path);
  const osmMap = OSM_MAP.exec(hash.get('map') ?? '');
  const candidates = [
    () => pairFrom(query.get('mlat'), query.get('mlon')),
    () => pairFrom(pin?.[1], pin?.[2]),
    () => parseDecimalPair(query.get('query') ?? ''),
    () => parseDecimalPair(query.get('q') ?? ''),
    () => parseDecimalPair(query.get('ll') ?? ''),
    () => pairFrom(query.get('lat'), query.get('lon') ?? query.get('lng')),
    () => pairFrom(viewport?.[1], viewport?.[2]),
    () => pairFrom(osmMap?.[1], osmMap?.[2]),
  ];
  for (const candidate of candidates) {
    const found = candidate();
    if (found !== null) return found;
  }
  return null;
}

const GEO_BODY = new RegExp(String.raw`^(${NUMBER}),(${NUMBER})(?:,${NUMBER})?(?:;.*)?$`);

/** RFC 5870 geo:lat,lng[,alt][;params]; Android's geo:0,0?q=lat,lng names the point in q. */
function parseGeoUri(uri: string): GeoPoint | null {
  const queryAt = uri.indexOf('?');
  const body = (queryAt === -1 ? uri : uri.slice(0, queryAt)).slice('geo:'.length);
  const query = readParams(queryAt === -1 ? '' : uri.slice(queryAt + 1));
  const fromQuery = parseDecimalPair((query.get('q') ?? '').replace(/\s*\(.*\)$/, ''));
  const match = GEO_BODY.exec(body);
  const fromBody = pairFrom(match?.[1], match?.[2]);
  const bodyIsOrigin = fromBody !== null && fromBody.latitude === 0 && fromBody.longitude === 0;
  return fromQuery !== null && (fromBody === null || bodyIsOrigin) ? fromQuery : fromBody;
}

const URL_LIKE = /^(?:[a-z][a-z\d+.-]*:\/\/|www\.|[\w-]+(?:\.[\w-]+)+\/)/i;

function recognize(text: string): GeoPoint | null {
  if (/^geo:/i.test(text)) return parseGeoUri(text);
  if (URL_LIKE.test(text)) return parseMapUrl(text);
  return parseDecimalPair(text) ?? parseDms(text);
}

/** A latitude and a longitude pasted together, in any of the forms people share. Never throws. */
export function parseCoordinates(input: string): ParsedCoordinates {
  const text = input.trim().replace(/\s+/g, ' ').replace(MINUS_SIGNS, '-');
  if (text === '') return { ok: false, error: 'empty' };
  const found = recognize(text);
  if (found === null) return { ok: false, error: 'unrecognized' };
  const { latitude, longitude } = found;
  return isLatitude(latitude) && isLongitude(longitude)
    ? { ok: true, latitude, longitude }
    : { ok: false, error: 'out-of-range' };
}
