import { type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { LimitedField } from './limited-field.tsx';

/** Coordinates and labels; the map picker lives in the slot beside them. */
export function LocationEditor({ mapSlot }: { mapSlot?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="flex flex-col gap-4">
      {mapSlot}
      <div className="grid gap-3 sm:grid-cols-2">
        <LimitedField
          kind="location"
          path={['latitude']}
          label={t('composer.location.latitude')}
          inputMode="decimal"
          placeholder="33.5731"
          hint={t('composer.location.latitudeHint')}
        />
        <LimitedField
          kind="location"
          path={['longitude']}
          label={t('composer.location.longitude')}
          inputMode="decimal"
          placeholder="-7.5898"
          hint={t('composer.location.longitudeHint')}
        />
      </div>
      <LimitedField kind="location" path={['name']} label={t('composer.location.name')} optional />
      <LimitedField kind="location" path={['address']} label={t('composer.location.address')} optional />
    </div>
  );
}
