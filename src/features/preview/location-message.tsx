import { pointFromFields } from '../../domain/geo/coordinates.ts';
import type { LocationDraft } from '../../domain/message/draft.ts';
import { Bubble } from './bubble.tsx';
import { MapThumbnail } from './map-thumbnail.tsx';
import { MessageTime } from './message-time.tsx';
import type { MapRenderer } from './preview-types.ts';

/** As WhatsApp shows a location: the map, then the place's name in bold and its address. */
export function LocationMessage({
  draft,
  sentAt,
  tail,
  renderMap,
}: {
  draft: LocationDraft;
  sentAt: Date;
  tail: boolean;
  renderMap: MapRenderer | undefined;
}) {
  const name = draft.name.trim() === '' ? null : draft.name;
  const address = draft.address.trim() === '' ? null : draft.address;
  const time = <MessageTime date={sentAt} />;
  return (
    <Bubble side="business" tail={tail} flush>
      <MapThumbnail
        point={pointFromFields(draft.latitude, draft.longitude)}
        renderMap={renderMap}
        overlay={name === null && address === null ? <MessageTime date={sentAt} overlay /> : undefined}
      />
      {(name !== null || address !== null) && (
        <div className="max-w-[260px] px-[6px] pt-[5px] pb-[5px] break-words">
          {name !== null && (
            <p dir="auto" className="font-bold">
              {name}
              {address === null && time}
            </p>
          )}
          {address !== null && (
            <p dir="auto" className="text-[13px] leading-[18px] text-wa-meta dark:text-wa-meta-dark">
              {address}
              {time}
            </p>
          )}
        </div>
      )}
    </Bubble>
  );
}
