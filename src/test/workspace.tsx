/** For tests that render the whole workspace, as the page does, with nothing stored and a quiet sandbox. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { Workspace } from '../app/workspace.tsx';
import { I18nProvider } from '../i18n/i18n.tsx';

/** Empties storage and answers every request with an empty thread: the sandbox has nothing to say here. */
export function resetWorkspaceWorld() {
  localStorage.clear();
  sessionStorage.clear();
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(
    new Response('{"data":[]}', { headers: { 'Content-Type': 'application/json' } }),
  );
}

export function renderWorkspace() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <I18nProvider initialLocale="en">
      <QueryClientProvider client={queryClient}>
        <Workspace />
      </QueryClientProvider>
    </I18nProvider>,
  );
}
