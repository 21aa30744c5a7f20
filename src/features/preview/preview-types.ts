import type { ReactNode } from 'react';
import type { GeoPoint } from '../../domain/geo/coordinates.ts';

export type { ThreadEntry } from '../../domain/message/thread.ts';

/** Fills the map thumbnail slot; the app passes the lazy Leaflet thumbnail. */
export type MapRenderer = (point: GeoPoint) => ReactNode;

/** What the customer does with a business message in the tap simulation. */
export type CustomerAction =
  | { kind: 'button'; id: string; title: string; quote: string }
  | { kind: 'list'; id: string; title: string; description: string; quote: string }
  | { kind: 'location' };

/**
 * A bubble on the customer's side of the chat. `source` is the message it answers: a thread entry's id, or
 * `draft:<kind>` for the draft of that kind, so it stays under that message whatever happens to the others.
 */
export type CustomerReply =
  | {
      kind: 'text';
      id: string;
      source: string;
      title: string;
      description: string;
      quote: string;
      sentAt: Date;
    }
  | { kind: 'location'; id: string; source: string; point: GeoPoint; sentAt: Date };
