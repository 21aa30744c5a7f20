import { useCallback, useState } from 'react';

export const PHONE_THEME_STORAGE_KEY = 'digishare-composer:phone-theme';

export type PhoneTheme = 'light' | 'dark';

/** Storage may be missing or refused (private mode, blocked cookies): the toggle still works for the session. */
function readTheme(): PhoneTheme {
  try {
    return window.localStorage.getItem(PHONE_THEME_STORAGE_KEY) === 'dark' ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

export function usePhoneTheme(): [PhoneTheme, (theme: PhoneTheme) => void] {
  const [theme, setThemeState] = useState<PhoneTheme>(readTheme);
  const setTheme = useCallback((next: PhoneTheme) => {
    setThemeState(next);
    try {
      window.localStorage.setItem(PHONE_THEME_STORAGE_KEY, next);
    } catch {
      // Not remembered, still applied.
    }
  }, []);
  return [theme, setTheme];
}
