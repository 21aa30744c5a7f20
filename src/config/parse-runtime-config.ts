/**
 * Reads `GET /config.json` (./runtime-config.ts) with zod: a chunk fetched alongside the config itself, not with
 * the page.
 */
import * as z from 'zod/mini';
import { geocoderUrlSchema, tileAttributionSchema, tileUrlSchema } from './env.ts';
import { DEFAULT_MAP_SETTINGS } from './map-settings.ts';
import {
  CONFIG_TARGETS,
  RUNTIME_CONFIG_PATH,
  type RuntimeConfig,
  SANDBOX_MODES,
  STATIC_HOST_CONFIG,
} from './runtime-config.ts';

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
