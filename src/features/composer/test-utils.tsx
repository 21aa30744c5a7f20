import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { I18nProvider } from '../../i18n/i18n.tsx';
import { useComposerForm } from './composer-form.ts';
import { ComposerProvider, useActiveDraft, useActiveKind, useComposerApi } from './composer-provider.tsx';
import { type ComposerValues, defaultComposerValues } from './composer-values.ts';
import { Composer } from './composer.tsx';

/** The kind, its draft and `send_to_third`, re-read on every change: what a test checks after each step. */
function useActiveMessage() {
  const { control } = useComposerForm();
  return {
    kind: useActiveKind(),
    draft: useActiveDraft(),
    sendToThird: useWatch({ control, name: 'sendToThird' }),
  };
}

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
 * The composer in English, with a probe exposing the active message (kind, draft, `send_to_third`) and the API, and
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
