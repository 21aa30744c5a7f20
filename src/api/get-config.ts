/**
 * `GET /config.json`: what this deployment offers (targets, team mode, where the sandbox runs, business name, map
 * servers), fetched once per page and kept for its life in a small external store that components and plain code
 * both read. A host that has no such file (a plain static host) means "every target, the sandbox in the page, the
 * default map servers"; a file an operator wrote is read field by field.
 */
import { useEffect } from 'react';
import { DEFAULT_MAP_SETTINGS, type MapSettings } from '../config/map-settings.ts';
import { RUNTIME_CONFIG_PATH, type RuntimeConfig, STATIC_HOST_CONFIG } from '../config/runtime-config.ts';
import { createStore, useStore } from '../lib/create-store.ts';

/**
 * When the config cannot be asked for at all (no network, no page origin), nothing says the sandbox is missing:
 * assume the page's server has it, as the dev and preview servers do.
 */
const UNREACHABLE_CONFIG: RuntimeConfig = { ...STATIC_HOST_CONFIG, sandbox: 'server' };

// The platform's fetch, taken once: the config is the page's own business, not one of the API calls a test fakes.
const platformFetch: typeof fetch | undefined = globalThis.fetch?.bind(globalThis);

export async function fetchRuntimeConfig(fetchImpl = platformFetch): Promise<RuntimeConfig> {
  if (fetchImpl === undefined) return UNREACHABLE_CONFIG;
  // The checker is a chunk of its own, fetched while the config is.
  const checker = import('../config/parse-runtime-config.ts');
  let response: Response;
  try {
    response = await fetchImpl(RUNTIME_CONFIG_PATH, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return UNREACHABLE_CONFIG;
  }
  // A static host answers 404, or its SPA fallback answers the page itself.
  if (!response.ok || !/json/i.test(response.headers.get('content-type') ?? '')) return STATIC_HOST_CONFIG;
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    console.error(`${RUNTIME_CONFIG_PATH} is not valid JSON; using the defaults.`);
    return STATIC_HOST_CONFIG;
  }
  const parsed = (await checker).parseRuntimeConfig(json);
  if (!parsed.ok) {
    console.error(`${parsed.error}; using the defaults.`);
    return STATIC_HOST_CONFIG;
  }
  return parsed.config;
}

/** Undefined until the config has arrived (a few milliseconds after start); then fixed for the page's life. */
const runtimeConfigStore = createStore<RuntimeConfig | undefined>(undefined);
let pending: Promise<RuntimeConfig> | undefined;

/** One request per page, shared by the components and the code outside React (the sandbox router, the geocoder). */
export function loadRuntimeConfig(): Promise<RuntimeConfig> {
  pending ??= fetchRuntimeConfig().then((config) => {
    runtimeConfigStore.setState(config);
    return config;
  });
  return pending;
}

/** The config if it has arrived, for code that cannot wait (it then uses the defaults). */
export function currentRuntimeConfig(): RuntimeConfig | undefined {
  return runtimeConfigStore.getState();
}

/** Undefined while it loads. No provider needed: the config belongs to the page, not to a query client. */
export function useRuntimeConfig(): RuntimeConfig | undefined {
  useEffect(() => {
    void loadRuntimeConfig();
  }, []);
  return useStore(runtimeConfigStore, (config) => config);
}

export function useMapSettings(): MapSettings {
  return useRuntimeConfig()?.map ?? DEFAULT_MAP_SETTINGS;
}
