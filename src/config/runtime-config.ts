/**
 * What the page learns from its server at run time (`GET /config.json`): which API targets exist, whether the
 * Digishare credential is held by the server (team mode), where the sandbox runs, the default business name, and
 * the map settings. Pure zod so the servers that write it and the page that reads it share one shape. It never
 * carries a secret.
 */
import * as z from 'zod/mini';
import {
  DEFAULT_MAP_SETTINGS,
  geocoderUrlSchema,
  type MapSettings,
  tileAttributionSchema,
  tileUrlSchema,
} from './env.ts';

export const RUNTIME_CONFIG_PATH = '/config.json';

const CONFIG_TARGETS = ['sandbox', 'digishare', 'custom'] as const;

/**
 * `server`: the page's own server answers under /sandbox. `in-page`: no server does (a static host), so the page
 * runs the same handler itself. `off`: the operator removed it.
 */
const SANDBOX_MODES = ['server', 'in-page', 'off'] as const;
type SandboxMode = (typeof SANDBOX_MODES)[number];

export type RuntimeConfig = {
  targets: readonly (typeof CONFIG_TARGETS)[number][];
  sandbox: SandboxMode;
  /** Team mode: the server adds the Digishare credential itself; `who` names the account, never the secret. */
  serverCredential: { who: string } | null;
  businessName: string | null;
  map: MapSettings;
};

const runtimeConfigSchema = z.object({
  targets: z.optional(z.array(z.enum(CONFIG_TARGETS)).check(z.minLength(1))),
  sandbox: z.optional(z.enum(SANDBOX_MODES)),
  serverCredential: z.optional(z.nullable(z.object({ who: z.string().check(z.maxLength(200)) }))),
  businessName: z.optional(z.nullable(z.string().check(z.maxLength(100)))),
  map: z.optional(
    z.partial(
      z.object({
        tileUrl: tileUrlSchema,
        tileAttribution: tileAttributionSchema,
        geocoderUrl: geocoderUrlSchema,
      }),
    ),
  ),
});

const SIZE_UNITS: Record<string, string> = { string: 'characters', array: 'items' };

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/**
 * What an operator reads for each problem this schema can find. zod/mini carries no message catalog (that is most
 * of its saving), so the few cases a config can hit are worded here, as the full zod would word them.
 */
function describeIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${typeOf(issue.input)}`;
    case 'invalid_value':
      return `Invalid option: expected one of ${issue.values.map((v) => JSON.stringify(v)).join('|')}`;
    case 'too_small':
      return `Too small: expected ${issue.origin} to have >=${issue.minimum} ${SIZE_UNITS[issue.origin] ?? ''}`.trimEnd();
    case 'too_big':
      return `Too big: expected ${issue.origin} to have <=${issue.maximum} ${SIZE_UNITS[issue.origin] ?? ''}`.trimEnd();
    case 'unrecognized_keys':
      return `Unrecognized key(s): ${issue.keys.join(', ')}`;
    default:
      return 'Invalid input';
  }
}

/** A page served with no config at all: a static host, every target, the sandbox in the page. */
export const STATIC_HOST_CONFIG: RuntimeConfig = {
  targets: CONFIG_TARGETS,
  sandbox: 'in-page',
  serverCredential: null,
  businessName: null,
  map: DEFAULT_MAP_SETTINGS,
};

/**
 * Reads a `config.json` tolerantly field by field: a missing field takes the static-host value, a wrong one is an
 * error naming it (an operator's typo should be visible, not silently ignored).
 */
export function parseRuntimeConfig(
  json: unknown,
): { ok: true; config: RuntimeConfig } | { ok: false; error: string } {
  const result = runtimeConfigSchema.safeParse(json, { error: describeIssue });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    return { ok: false, error: `Invalid ${RUNTIME_CONFIG_PATH}: ${problems.join('; ')}` };
  }
  const data = result.data;
  const map = {
    tileUrl: data.map?.tileUrl ?? DEFAULT_MAP_SETTINGS.tileUrl,
    tileAttribution: data.map?.tileAttribution ?? DEFAULT_MAP_SETTINGS.tileAttribution,
    geocoderUrl: data.map?.geocoderUrl ?? DEFAULT_MAP_SETTINGS.geocoderUrl,
  };
  return {
    ok: true,
    config: {
      targets: data.targets ? [...new Set(data.targets)] : STATIC_HOST_CONFIG.targets,
      sandbox: data.sandbox ?? STATIC_HOST_CONFIG.sandbox,
      serverCredential: data.serverCredential ?? null,
      businessName: data.businessName?.trim() || null,
      map,
    },
  };
}
