/**
 * The decisions behind the location picker, kept free of React and Leaflet so they can be tested plainly: which
 * point the fields describe, what "fill name and address" may write without asking, and how a geolocation
 * failure is told.
 */
import type { GeocoderError } from '../../api/geocoder.ts';
import { type GeoPoint, SPEC_EXAMPLE_POINT } from '../../domain/geo/coordinates.ts';
import type { MessageKey } from '../../i18n/i18n.tsx';

/** Where the map opens when the message has no coordinates yet. */
export const DEFAULT_MAP_CENTRE: GeoPoint = SPEC_EXAMPLE_POINT;

export const LABEL_FIELDS = ['name', 'address'] as const;
export type LabelField = (typeof LABEL_FIELDS)[number];
export type Labels = Record<LabelField, string>;

interface FillConflict {
  field: LabelField;
  current: string;
  proposed: string;
}

export interface FillPlan {
  /** Safe to write now: the field is empty, or still holds what the picker itself wrote there. */
  fill: Partial<Labels>;
  /** Text the user typed that the proposal would replace: only with their say-so. */
  conflicts: FillConflict[];
}

export function planFill(current: Labels, proposal: Labels, autoFilled: Partial<Labels> = {}): FillPlan {
  const plan: FillPlan = { fill: {}, conflicts: [] };
  for (const field of LABEL_FIELDS) {
    const proposed = proposal[field].trim();
    const existing = current[field];
    if (proposed === '' || existing === proposed) continue;
    if (existing.trim() === '' || existing === autoFilled[field]) plan.fill[field] = proposed;
    else plan.conflicts.push({ field, current: existing, proposed });
  }
  return plan;
}

/** Everything the plan proposes, conflicts included: what to write once the user has agreed. */
export function acceptAll(plan: FillPlan): Partial<Labels> {
  const values: Partial<Labels> = { ...plan.fill };
  for (const conflict of plan.conflicts) values[conflict.field] = conflict.proposed;
  return values;
}

export type GeolocationFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

/** `GeolocationPositionError.code`: 1 permission denied, 2 position unavailable, 3 timeout. */
export function geolocationFailure(code: number): GeolocationFailure {
  switch (code) {
    case 1:
      return 'denied';
    case 3:
      return 'timeout';
    default:
      return 'unavailable';
  }
}

/** What to tell the user when the geocoder could not answer (a cancelled lookup says nothing). */
export const GEOCODER_ERROR_KEYS = {
  offline: 'map.geocoder.offline',
  'rate-limited': 'map.geocoder.rateLimited',
  failed: 'map.geocoder.failed',
} as const satisfies Record<Exclude<GeocoderError, 'aborted'>, MessageKey>;
