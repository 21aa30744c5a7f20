/**
 * The glue between the location form and the map widget. The latitude and longitude fields are the truth: the
 * pin is where they point (or, while they hold a typo, where it last was), and every way of choosing a point —
 * a click, a drag, a paste, a search, "use my location", the map's centre — writes those fields, rounded as the
 * API receives them. Name and address are only ever written where that cannot destroy the user's own text, or
 * after asking.
 *
 * The Leaflet widget is a lazy chunk: opening the Location kind is what fetches it.
 */
import { lazy, Suspense, useCallback, useId, useMemo, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { type GeocodedPlace, useReverseGeocode } from '../../api/geocoder.ts';
import { useMapSettings } from '../../api/get-config.ts';
import { MapLoadBoundary } from '../../components/map/map-load-boundary.tsx';
import { Button } from '../../components/ui/button.tsx';
import { cn } from '../../components/ui/cn.ts';
import {
  type GeoPoint,
  isSamePoint,
  pointFromFields,
  formatCoordinate,
} from '../../domain/geo/coordinates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useComposerForm } from './composer-form.ts';
import type { FillQuestion } from './location-fill.tsx';
import { useGeolocation } from './location-geolocation.ts';
import {
  DEFAULT_MAP_CENTRE,
  GEOCODER_ERROR_KEYS,
  type Labels,
  LABEL_FIELDS,
  planFill,
} from './location-logic.ts';
import { LocationSearch } from './location-search.tsx';

const MapPicker = lazy(() => import('../../components/map/map-picker.tsx'));

type Notice = { tone: 'info' | 'error'; text: string } | null;

export interface PendingFill {
  question: FillQuestion;
  /** The place's name and address; what they would replace is worked out against the fields as they are. */
  proposal: Labels;
  /** The pin the proposal belongs to: once the pin moves elsewhere, the question is moot. */
  point: GeoPoint;
}

/** The picker's state and actions, shared by the map column and the fields column of the editor. */
export function useLocationPicker() {
  const { t, locale } = useI18n();
  const { control, setValue, getValues } = useComposerForm();
  const latitude = useWatch({ control, name: 'drafts.location.latitude' });
  const longitude = useWatch({ control, name: 'drafts.location.longitude' });
  const fieldsPoint = pointFromFields(latitude, longitude);
  const [pin, setPin] = useState<GeoPoint | null>(fieldsPoint);
  // The pin follows the fields; a typo leaves it where it was, but emptied fields (a new message) remove it.
  const fieldsEmpty = latitude.trim() === '' && longitude.trim() === '';
  if (fieldsEmpty && pin !== null) setPin(null);
  if (
    fieldsPoint !== null &&
    (pin === null || pin.latitude !== fieldsPoint.latitude || pin.longitude !== fieldsPoint.longitude)
  ) {
    setPin(fieldsPoint);
  }

  const [notice, setNotice] = useState<Notice>(null);
  const [pending, setPending] = useState<PendingFill | null>(null);
  // What the picker itself last wrote into name and address: replacing that needs no permission.
  const [autoFilled, setAutoFilled] = useState<Partial<Labels>>({});
  const centre = useRef<GeoPoint | null>(null);
  const [mapReady, setMapReady] = useState(false);
  const { reverse, pending: lookingUp } = useReverseGeocode();
  const { locate, pending: locating } = useGeolocation();

  const writePoint = useCallback(
    (point: GeoPoint) => {
      const lat = formatCoordinate(point.latitude);
      const lng = formatCoordinate(point.longitude);
      setValue('drafts.location.latitude', lat, { shouldDirty: true });
      setValue('drafts.location.longitude', lng, { shouldDirty: true });
      return { lat, lng };
    },
    [setValue],
  );

  const placePin = useCallback(
    (point: GeoPoint) => {
      const { lat, lng } = writePoint(point);
      setNotice({ tone: 'info', text: t('map.pinPlaced', { latitude: lat, longitude: lng }) });
    },
    [writePoint, t],
  );

  const writeLabels = useCallback(
    (values: Partial<Labels>) => {
      for (const field of LABEL_FIELDS) {
        const value = values[field];
        if (value !== undefined) setValue(`drafts.location.${field}`, value, { shouldDirty: true });
      }
      setAutoFilled((previous) => ({ ...previous, ...values }));
    },
    [setValue],
  );

  const currentLabels = useCallback(
    (): Labels => ({
      name: getValues('drafts.location.name'),
      address: getValues('drafts.location.address'),
    }),
    [getValues],
  );

  const choosePlace = useCallback(
    (place: GeocodedPlace) => {
      placePin(place);
      const proposal = { name: place.name, address: place.address };
      const hasProposal = LABEL_FIELDS.some((field) => proposal[field].trim() !== '');
      setPending(hasProposal ? { question: 'offer', proposal, point: place } : null);
    },
    [placePin],
  );

  const fillFromPin = useCallback(async () => {
    if (pin === null) {
      setNotice({ tone: 'error', text: t('map.fill.noPin') });
      return;
    }
    setNotice({ tone: 'info', text: t('map.fill.pending') });
    const result = await reverse(pin, locale);
    if (!result.ok) {
      if (result.error === 'aborted') return;
      setNotice({ tone: 'error', text: t(GEOCODER_ERROR_KEYS[result.error]) });
      return;
    }
    if (result.value === null) {
      setNotice({ tone: 'info', text: t('map.fill.nothing') });
      return;
    }
    const proposal = { name: result.value.name, address: result.value.address };
    const plan = planFill(currentLabels(), proposal, autoFilled);
    writeLabels(plan.fill);
    const filled = Object.keys(plan.fill).length > 0;
    setPending(plan.conflicts.length > 0 ? { question: 'replace', proposal, point: pin } : null);
    if (filled) setNotice({ tone: 'info', text: t('map.fill.done') });
    else if (plan.conflicts.length === 0) setNotice({ tone: 'info', text: t('map.fill.unchanged') });
    else setNotice(null);
  }, [pin, reverse, locale, currentLabels, autoFilled, writeLabels, t]);

  const locateMe = useCallback(async () => {
    if (locating) return;
    setNotice({ tone: 'info', text: t('map.locate.pending') });
    const outcome = await locate();
    if (outcome.ok) {
      writePoint(outcome.point);
      setNotice({ tone: 'info', text: t('map.locate.found', { accuracy: outcome.accuracyM }) });
      return;
    }
    const key = {
      denied: 'map.locate.denied',
      unavailable: 'map.locate.unavailable',
      timeout: 'map.locate.timeout',
      unsupported: 'map.locate.unsupported',
    } as const;
    setNotice({ tone: 'error', text: t(key[outcome.failure]) });
  }, [locate, locating, writePoint, t]);

  const onCentreChange = useCallback((point: GeoPoint) => {
    centre.current = point;
    setMapReady(true);
  }, []);

  const placeAtCentre = useCallback(() => {
    if (centre.current !== null) placePin(centre.current);
  }, [placePin]);

  const acceptPending = useCallback(
    (values: Partial<Labels>) => {
      writeLabels(values);
      setPending(null);
      setNotice({ tone: 'info', text: t('map.fill.applied') });
    },
    [writeLabels, t],
  );

  const dismissPending = useCallback(() => setPending(null), []);

  return {
    pin,
    notice,
    pending: pending !== null && isSamePoint(pending.point, pin) ? pending : null,
    autoFilled,
    mapReady,
    locating,
    lookingUp,
    placePin,
    choosePlace,
    fillFromPin,
    locateMe,
    onCentreChange,
    placeAtCentre,
    acceptPending,
    dismissPending,
  };
}

export type LocationPickerState = ReturnType<typeof useLocationPicker>;

function MapSkeleton({ text, pulse }: { text: string; pulse: boolean }) {
  return (
    <div
      className={cn(
        'flex h-full w-full items-center justify-center rounded-lg bg-neutral-200 px-4 text-center text-sm text-neutral-600 dark:bg-neutral-800 dark:text-neutral-300',
        pulse && 'motion-safe:animate-pulse',
      )}
    >
      {text}
    </div>
  );
}

/** Search, the map and its buttons, and one line saying what just happened. */
export function LocationMapPanel({ picker }: { picker: LocationPickerState }) {
  const { t } = useI18n();
  const hintId = useId();
  // The deployment's tile server, from the runtime config.
  const map = useMapSettings();
  const tiles = useMemo(() => ({ url: map.tileUrl, attribution: map.tileAttribution }), [map]);
  const {
    pin,
    notice,
    mapReady,
    locating,
    lookingUp,
    placePin,
    choosePlace,
    fillFromPin,
    locateMe,
    onCentreChange,
    placeAtCentre,
  } = picker;
  return (
    <div className="flex min-w-0 flex-col gap-3">
      <LocationSearch onChoose={choosePlace} />
      <div className="h-72 w-full sm:h-80">
        <MapLoadBoundary fallback={<MapSkeleton text={t('map.loadFailed')} pulse={false} />}>
          <Suspense fallback={<MapSkeleton text={t('map.loading')} pulse />}>
            <MapPicker
              point={pin}
              onPick={placePin}
              fallbackCentre={DEFAULT_MAP_CENTRE}
              onCentreChange={onCentreChange}
              tiles={tiles}
              labels={{ map: t('map.region'), pin: t('map.pin') }}
              describedBy={hintId}
            />
          </Suspense>
        </MapLoadBoundary>
      </div>
      <p id={hintId} className="text-xs text-neutral-500 dark:text-neutral-400">
        {t('map.hint')}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => void locateMe()} aria-busy={locating || undefined}>
          {t('map.locate.button')}
        </Button>
        <Button onClick={placeAtCentre} disabled={!mapReady}>
          {t('map.placeAtCentre')}
        </Button>
        <Button onClick={() => void fillFromPin()} aria-busy={lookingUp || undefined}>
          {t('map.fill.fromPin')}
        </Button>
      </div>
      <p
        role="status"
        data-tone={notice?.tone}
        className={cn(
          'min-h-5 text-sm',
          notice?.tone === 'error'
            ? 'text-red-700 dark:text-red-400'
            : 'text-neutral-700 dark:text-neutral-300',
        )}
      >
        {notice?.text}
      </p>
    </div>
  );
}
