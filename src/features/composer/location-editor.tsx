import { useI18n } from '../../i18n/i18n.tsx';
import { LimitedField } from './limited-field.tsx';
import { LocationFillPanel } from './location-fill.tsx';
import { LocationPaste } from './location-paste.tsx';
import { LocationMapPanel, useLocationPicker } from './location-picker.tsx';

/** The map picker (search, map, buttons) beside the coordinates and labels. */
export function LocationEditor() {
  const { t } = useI18n();
  const picker = useLocationPicker();
  return (
    <div className="@container">
      <div className="grid items-start gap-5 @3xl:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]">
        <LocationMapPanel picker={picker} />
        <div className="flex min-w-0 flex-col gap-4">
          <div className="grid gap-3 @md:grid-cols-2 @3xl:grid-cols-1 @5xl:grid-cols-2">
            <LimitedField
              name="drafts.location.latitude"
              label={t('composer.location.latitude')}
              inputMode="decimal"
              placeholder="33.5731"
              hint={t('composer.location.latitudeHint')}
            />
            <LimitedField
              name="drafts.location.longitude"
              label={t('composer.location.longitude')}
              inputMode="decimal"
              placeholder="-7.5898"
              hint={t('composer.location.longitudeHint')}
            />
          </div>
          <LocationPaste onPoint={picker.placePin} />
          <LimitedField name="drafts.location.name" label={t('composer.location.name')} optional />
          <LimitedField name="drafts.location.address" label={t('composer.location.address')} optional />
          {picker.pending !== null && (
            <LocationFillPanel
              question={picker.pending.question}
              proposal={picker.pending.proposal}
              autoFilled={picker.autoFilled}
              onAccept={picker.acceptPending}
              onDismiss={picker.dismissPending}
            />
          )}
        </div>
      </div>
    </div>
  );
}
