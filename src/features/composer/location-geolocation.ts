/**
 * "Use my location": one reading from the browser's geolocation, told apart by outcome so the message can say
 * what the user can do about it (allow the permission, wait for a signal, retry).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GeoPoint } from '../../domain/geo/coordinates.ts';
import { type GeolocationFailure, geolocationFailure } from './location-logic.ts';

const GEOLOCATION_TIMEOUT_MS = 15_000;
/** A reading up to a minute old is fine for "where I am". */
const GEOLOCATION_MAX_AGE_MS = 60_000;

export type GeolocationOutcome =
  { ok: true; point: GeoPoint; accuracyM: number } | { ok: false; failure: GeolocationFailure };

export function useGeolocation() {
  const [pending, setPending] = useState(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const locate = useCallback(
    () =>
      new Promise<GeolocationOutcome>((resolve) => {
        const geolocation = typeof navigator === 'undefined' ? undefined : navigator.geolocation;
        if (geolocation === undefined || !window.isSecureContext) {
          resolve({ ok: false, failure: 'unsupported' });
          return;
        }
        setPending(true);
        const finish = (outcome: GeolocationOutcome) => {
          if (mounted.current) setPending(false);
          resolve(outcome);
        };
        geolocation.getCurrentPosition(
          ({ coords }) =>
            finish({
              ok: true,
              point: { latitude: coords.latitude, longitude: coords.longitude },
              accuracyM: Math.round(coords.accuracy),
            }),
          (error) => finish({ ok: false, failure: geolocationFailure(error.code) }),
          { enableHighAccuracy: true, timeout: GEOLOCATION_TIMEOUT_MS, maximumAge: GEOLOCATION_MAX_AGE_MS },
        );
      }),
    [],
  );
  return { locate, pending };
}
