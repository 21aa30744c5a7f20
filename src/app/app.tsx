/**
 * The page: providers, the header, the editor column and the phone column. Features never import each other;
 * this is where they meet — the composer's form state flows (through useWatch) into the preview.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nProvider, type Locale, useI18n } from '../i18n/i18n.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { Workspace } from './workspace.tsx';

function Layout() {
  const { t, dir, locale } = useI18n();
  return (
    <div
      lang={locale}
      dir={dir}
      className="flex min-h-screen flex-col bg-neutral-100 text-neutral-900 dark:bg-neutral-950 dark:text-neutral-100"
    >
      <header className="flex flex-wrap items-center gap-3 border-b border-neutral-200 bg-white px-6 py-3 dark:border-neutral-800 dark:bg-neutral-900">
        <img src="/favicon.svg" alt="" className="size-7" />
        <div className="flex flex-col">
          <h1 className="text-lg leading-tight font-semibold">{t('app.title')}</h1>
          <p className="text-xs text-neutral-500 dark:text-neutral-400">{t('app.tagline')}</p>
        </div>
        <div className="ms-auto">
          <LanguageSwitcher />
        </div>
      </header>
      <Workspace />
    </div>
  );
}

/** `initialLocale`'s catalog is already loaded (main.tsx awaits it before rendering). */
export function App({ initialLocale }: { initialLocale: Locale }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  );
  return (
    <I18nProvider initialLocale={initialLocale}>
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <Layout />
        </QueryClientProvider>
      </ErrorBoundary>
    </I18nProvider>
  );
}
