import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, useEffect } from 'react';
import { I18nProvider } from '../../i18n/i18n.tsx';
import { ComposerProvider, useActiveMessage, useComposerApi } from './composer-provider.tsx';
import { type ComposerValues, defaultComposerValues } from './composer-values.ts';
import { Composer } from './composer.tsx';

const probe: { message?: ReturnType<typeof useActiveMessage>; api?: ReturnType<typeof useComposerApi> } = {};
function Probe() {
  const message = useActiveMessage();
  const api = useComposerApi();
  useEffect(() => {
    probe.message = message;
    probe.api = api;
  });
  return null;
}

/**
 * The composer in English, with a probe exposing the active message (as the preview reads it) and the API, and
 * a query client for the location editor's geocoder.
 */
export function renderComposer(values: Partial<ComposerValues> = {}, extra?: ReactNode) {
  const user = userEvent.setup();
  const initial = { ...defaultComposerValues(), ...values };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <I18nProvider initialLocale="en">
      <QueryClientProvider client={queryClient}>
        <ComposerProvider initialValues={initial}>
          <Composer />
          <Probe />
          {extra}
        </ComposerProvider>
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { user, ...result, message: () => probe.message, api: () => probe.api };
}
