/**
 * Coordinates as the form fields, the map and the preview speak them: one number per field, range checks, the
 * six-decimal display. Reading what people paste (pairs, degrees-minutes-seconds, map links) is in
 * parse-coordinates.ts, which only the Location editor loads.
 */
import {
  LATITUDE_MAX_DEG,
  LATITUDE_MIN_DEG,
  LONGITUDE_MAX_DEG,
  LONGITUDE_MIN_DEG,
} from '../message/limits.ts';

const COORDINATE_DECIMALS = 6;

export const MINUS_SIGNS = /\u2212/g;
const FIELD_NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

export function isLatitude(value: number): boolean {
  return Number.isFinite(value) && value >= LATITUDE_MIN_DEG && value <= LATITUDE_MAX_DEG;
}

export function isLongitude(value: number): boolean {
  return Number.isFinite(value) && value >= LONGITUDE_MIN_DEG && value <= LONGITUDE_MAX_DEG;
}

export function withoutNegativeZero(value: number): number {
  return value === 0 ? 0 : value;
}

export function toNumber(text: string): number | null {
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? withoutNegativeZero(value) : null;
}

/** One latitude or longitude typed in a form field. No range check: see isLatitude / isLongitude. */
export function parseCoordinateField(text: string): number | null {
  const trimmed = text.trim().replace(MINUS_SIGNS, '-');
  return FIELD_NUMBER.test(trimmed) ? toNumber(trimmed) : null;
}

/**
 * At most six decimals (about 11 cm), without trailing zeros, exponent or "-0". Rounds the number as people
 * read it (its shortest decimal form, half away from zero), so -7.5898125 gives -7.589813 even though the
 * nearest double is a hair below.
 */
export function formatCoordinate(value: number): string {
  const [mantissa = '', exponent = ''] = Math.abs(value).toExponential().split('e');
  const units = Math.round(Number(`${mantissa}e${Number(exponent) + COORDINATE_DECIMALS}`));
  if (!Number.isSafeInteger(units)) return String(value);
  if (units === 0) return '0';
  const digits = String(units).padStart(COORDINATE_DECIMALS + 1, '0');
  const whole = digits.slice(0, -COORDINATE_DECIMALS);
  const fraction = digits.slice(-COORDINATE_DECIMALS).replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

/** A WGS84 point in decimal degrees: what the fields, the map, the geocoder and the preview all speak. */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** Casablanca, the API docs' example location: where an empty map opens, the customer's demo location. */
export const SPEC_EXAMPLE_POINT: GeoPoint = { latitude: 33.5731, longitude: -7.5898 };

/** A millionth of a degree (about 11 cm): the precision the coordinate fields keep. */
const SAME_POINT_TOLERANCE_DEG = 1e-6;

/** Equal once rounded to what the fields keep, so a point that went through them still counts as the same. */
export function isSamePoint(a: GeoPoint | null, b: GeoPoint | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    Math.abs(a.latitude - b.latitude) <= SAME_POINT_TOLERANCE_DEG &&
    Math.abs(a.longitude - b.longitude) <= SAME_POINT_TOLERANCE_DEG
  );
}

/** The point two form fields describe, when both hold numbers in range; otherwise `null`. */
export function pointFromFields(latitude: string, longitude: string): GeoPoint | null {
  const lat = parseCoordinateField(latitude);
  const lng = parseCoordinateField(longitude);
  if (lat === null || lng === null || !isLatitude(lat) || !isLongitude(lng)) return null;
  return { latitude: lat, longitude: lng };
}
