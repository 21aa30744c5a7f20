import { useCallback, useState } from 'react';
import { readSetting, writeSetting } from '../../lib/storage.ts';

export const PHONE_THEME_STORAGE_KEY = 'digishare-composer:phone-theme';

export type PhoneTheme = 'light' | 'dark';

function readTheme(): PhoneTheme {
  return readSetting(PHONE_THEME_STORAGE_KEY) === 'dark' ? 'dark' : 'light';
}

export function usePhoneTheme(): [PhoneTheme, (theme: PhoneTheme) => void] {
  const [theme, setThemeState] = useState<PhoneTheme>(readTheme);
  const setTheme = useCallback((next: PhoneTheme) => {
    setThemeState(next);
    // Storage may be refused (private mode, blocked cookies): the toggle still works for the session.
    writeSetting(PHONE_THEME_STORAGE_KEY, next);
  }, []);
  return [theme, setTheme];
}
