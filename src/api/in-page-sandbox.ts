/**
 * The fetch the API client uses: everything goes to the network, except the sandbox's requests on a deployment
 * that has no server-side sandbox (a static host, a file server), which the very same handler the servers mount
 * answers inside the page. The handler is a lazy chunk, fetched the first time it is needed.
 */
import type { Sandbox } from '../../sandbox/sandbox.ts';
import { currentRuntimeConfig, loadRuntimeConfig } from './get-config.ts';
import { SANDBOX_BASE_PATH } from './sandbox-scenarios.ts';

let sandbox: Promise<Sandbox> | undefined;

function inPageSandbox(): Promise<Sandbox> {
  sandbox ??= import('../../sandbox/sandbox.ts').then(({ createSandbox }) =>
    createSandbox({ basePath: SANDBOX_BASE_PATH }),
  );
  return sandbox;
}

function sandboxUrl(input: RequestInfo | URL): URL | null {
  if (typeof window === 'undefined') return null;
  let url: URL;
  try {
    url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
  } catch {
    return null;
  }
  if (url.origin !== window.location.origin) return null;
  return url.pathname === SANDBOX_BASE_PATH || url.pathname.startsWith(`${SANDBOX_BASE_PATH}/`) ? url : null;
}

export const routedFetch: typeof fetch = async (input, init) => {
  const url = sandboxUrl(input);
  if (url !== null) {
    const config = currentRuntimeConfig() ?? (await loadRuntimeConfig());
    if (config.sandbox === 'in-page') {
      const handler = await inPageSandbox();
      return handler.fetch(new Request(url, init));
    }
  }
  return fetch(input, init);
};
