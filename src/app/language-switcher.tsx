import { LOCALES, isLocale, useI18n } from '../i18n/i18n.tsx';

export function LanguageSwitcher() {
  const { locale, setLocale, t } = useI18n();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span>{t('app.language')}</span>
      <select
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
        }}
        className="rounded-md border border-neutral-300 bg-white px-2 py-1 dark:border-neutral-600 dark:bg-neutral-800"
      >
        {LOCALES.map((code) => (
          <option key={code} value={code}>
            {t(`app.language.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
