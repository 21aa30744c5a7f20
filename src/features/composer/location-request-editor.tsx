import { LOCATION_REQUEST_BODY_MAX_CHARS } from '../../domain/message/limits.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { LimitedField } from './limited-field.tsx';

export function LocationRequestEditor() {
  const { t } = useI18n();
  return (
    <LimitedField
      name="drafts.location_request.body"
      label={t('composer.locationRequest.body')}
      limit={LOCATION_REQUEST_BODY_MAX_CHARS}
      multiline
      rows={4}
      placeholder={t('composer.locationRequest.placeholder')}
      hint={t('composer.locationRequest.hint')}
    />
  );
}
