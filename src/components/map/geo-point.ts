/** What the map widgets know of the world: a WGS84 point in decimal degrees. */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** A millionth of a degree (about 11 cm): the precision the coordinate fields keep. */
export const SAME_POINT_TOLERANCE_DEG = 1e-6;

/** Equal once rounded to what the fields keep, so a point that went through them still counts as the same. */
export function isSamePoint(a: GeoPoint | null, b: GeoPoint | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    Math.abs(a.latitude - b.latitude) <= SAME_POINT_TOLERANCE_DEG &&
    Math.abs(a.longitude - b.longitude) <= SAME_POINT_TOLERANCE_DEG
  );
}
