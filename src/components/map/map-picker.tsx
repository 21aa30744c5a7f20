/**
 * The interactive map of the location editor: a controlled widget that knows only coordinates. It shows the pin
 * at `point`, reports a click or a drag through `onPick`, and follows `point` when it changes from elsewhere (the
 * fields, a pasted link, a search): the pin moves and the view recentres. A change it reported itself comes back
 * rounded by the fields; that one is recognised and the view stays put.
 *
 * `MapContainer` props are read once, so everything that changes goes through children using `useMap()`. The
 * module is loaded lazily (default export) and brings Leaflet's code and CSS with it.
 */
import './leaflet-setup.ts';
import type { LatLng, LeafletEventHandlerFnMap, Marker as LeafletMarker } from 'leaflet';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { MapContainer, Marker, TileLayer, useMap, useMapEvents } from 'react-leaflet';
import { type GeoPoint, isSamePoint } from '../../domain/geo/coordinates.ts';

/** Street level: where a chosen point is shown. */
const FOCUS_ZOOM = 16;
/** A city: the view when there is no point yet. */
const OVERVIEW_ZOOM = 12;

interface MapTiles {
  url: string;
  /** HTML from the deployment's configuration (never user text), rendered by Leaflet. */
  attribution: string;
}

export interface MapPickerProps {
  point: GeoPoint | null;
  onPick: (point: GeoPoint) => void;
  /** Where the view opens when there is no point. */
  fallbackCentre: GeoPoint;
  /** The centre of the view, after every move: for "place the pin at the centre". */
  onCentreChange?: (centre: GeoPoint) => void;
  tiles: MapTiles;
  labels: { map: string; pin: string };
  /** The id of a text telling keyboard users what the map does. */
  describedBy?: string;
}

function toPoint(latLng: LatLng): GeoPoint {
  const { lat, lng } = latLng.wrap();
  return { latitude: lat, longitude: lng };
}

/** Names the focusable map container (Leaflet makes it focusable and pans it with the arrow keys). */
function ContainerSemantics({ label, describedBy }: { label: string; describedBy: string | undefined }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', label);
    if (describedBy === undefined) container.removeAttribute('aria-describedby');
    else container.setAttribute('aria-describedby', describedBy);
  }, [map, label, describedBy]);
  return null;
}

/** Leaflet only tracks window resizes; the editor column also changes width on its own. */
function SizeWatcher() {
  const map = useMap();
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}

function MapEvents({
  onPick,
  onCentreChange,
  reportedRef,
}: {
  onPick: (point: GeoPoint) => void;
  onCentreChange: ((centre: GeoPoint) => void) | undefined;
  reportedRef: RefObject<GeoPoint | null>;
}) {
  const map = useMap();
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      click: (event) => {
        const point = toPoint(event.latlng);
        reportedRef.current = point;
        onPick(point);
      },
      moveend: () => onCentreChange?.(toPoint(map.getCenter())),
    }),
    [map, onPick, onCentreChange, reportedRef],
  );
  useMapEvents(handlers);
  useEffect(() => {
    onCentreChange?.(toPoint(map.getCenter()));
  }, [map, onCentreChange]);
  return null;
}

/** Recentres on a point that came from outside the map. */
function FollowPoint({
  point,
  reportedRef,
}: {
  point: GeoPoint | null;
  reportedRef: RefObject<GeoPoint | null>;
}) {
  const map = useMap();
  const latitude = point?.latitude;
  const longitude = point?.longitude;
  useEffect(() => {
    if (latitude === undefined || longitude === undefined) return;
    if (isSamePoint(reportedRef.current, { latitude, longitude })) return;
    reportedRef.current = null;
    map.setView([latitude, longitude], Math.max(map.getZoom(), FOCUS_ZOOM));
  }, [map, latitude, longitude, reportedRef]);
  return null;
}

function Pin({
  point,
  label,
  onPick,
  reportedRef,
}: {
  point: GeoPoint;
  label: string;
  onPick: (point: GeoPoint) => void;
  reportedRef: RefObject<GeoPoint | null>;
}) {
  const { latitude, longitude } = point;
  const position = useMemo(() => [latitude, longitude] as [number, number], [latitude, longitude]);
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      dragend: (event) => {
        const dropped = toPoint((event.target as LeafletMarker).getLatLng());
        reportedRef.current = dropped;
        onPick(dropped);
      },
    }),
    [onPick, reportedRef],
  );
  // Not in the tab order: keyboard users move the map under the centre cross instead (see the picker's button).
  return (
    <Marker
      position={position}
      draggable
      autoPan
      keyboard={false}
      alt={label}
      title={label}
      eventHandlers={handlers}
    />
  );
}

export default function MapPicker({
  point,
  onPick,
  fallbackCentre,
  onCentreChange,
  tiles,
  labels,
  describedBy,
}: MapPickerProps) {
  // The point the map itself last reportedRef: when it comes back through the fields, the view must not jump.
  const reportedRef = useRef<GeoPoint | null>(null);
  // Read once, as MapContainer reads them.
  const [initialView] = useState(() => {
    const centre = point ?? fallbackCentre;
    return {
      centre: [centre.latitude, centre.longitude] as [number, number],
      zoom: point === null ? OVERVIEW_ZOOM : FOCUS_ZOOM,
    };
  });
  return (
    <div data-testid="map-picker" dir="ltr" className="relative h-full w-full">
      <MapContainer
        center={initialView.centre}
        zoom={initialView.zoom}
        className="peer isolate h-full w-full rounded-lg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-wa-teal"
        worldCopyJump
      >
        <TileLayer url={tiles.url} attribution={tiles.attribution} />
        <ContainerSemantics label={labels.map} describedBy={describedBy} />
        <SizeWatcher />
        <MapEvents onPick={onPick} onCentreChange={onCentreChange} reportedRef={reportedRef} />
        <FollowPoint point={point} reportedRef={reportedRef} />
        {point !== null && <Pin point={point} label={labels.pin} onPick={onPick} reportedRef={reportedRef} />}
      </MapContainer>
      <span
        aria-hidden="true"
        data-testid="map-centre-cross"
        className="pointer-events-none absolute top-1/2 left-1/2 z-10 size-6 -translate-x-1/2 -translate-y-1/2 opacity-0 transition-opacity peer-focus-visible:opacity-100"
      >
        <span className="absolute top-1/2 left-0 h-0.5 w-full -translate-y-1/2 bg-neutral-900/80 shadow-[0_0_0_1px_white]" />
        <span className="absolute top-0 left-1/2 h-full w-0.5 -translate-x-1/2 bg-neutral-900/80 shadow-[0_0_0_1px_white]" />
      </span>
    </div>
  );
}
