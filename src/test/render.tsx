import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nProvider } from '../i18n/i18n.tsx';

/** Renders in English, as the e2e suite reads the page. */
export function renderInEnglish(ui: ReactNode) {
  const user = userEvent.setup();
  return { user, ...render(<I18nProvider initialLocale="en">{ui}</I18nProvider>) };
}
