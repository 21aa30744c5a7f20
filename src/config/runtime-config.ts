/**
 * What the page learns from its server at run time (`GET /config.json`): which API targets exist, whether the
 * Digishare credential is held by the server (team mode), where the sandbox runs, the default business name, and
 * the map settings. The servers that write it and the page that reads it share this shape; ./parse-runtime-config.ts
 * checks what arrives. It never carries a secret.
 */
import { DEFAULT_MAP_SETTINGS, type MapSettings } from './map-settings.ts';

export const RUNTIME_CONFIG_PATH = '/config.json';

export const CONFIG_TARGETS = ['sandbox', 'digishare', 'custom'] as const;

/**
 * `server`: the page's own server answers under /sandbox. `in-page`: no server does (a static host), so the page
 * runs the same handler itself. `off`: the operator removed it.
 */
export const SANDBOX_MODES = ['server', 'in-page', 'off'] as const;
type SandboxMode = (typeof SANDBOX_MODES)[number];

export type RuntimeConfig = {
  targets: readonly (typeof CONFIG_TARGETS)[number][];
  sandbox: SandboxMode;
  /** Team mode: the server adds the Digishare credential itself; `who` names the account, never the secret. */
  serverCredential: { who: string } | null;
  businessName: string | null;
  map: MapSettings;
};

/** A page served with no config at all: a static host, every target, the sandbox in the page. */
export const STATIC_HOST_CONFIG: RuntimeConfig = {
  targets: CONFIG_TARGETS,
  sandbox: 'in-page',
  serverCredential: null,
  businessName: null,
  map: DEFAULT_MAP_SETTINGS,
};
