/**
 * The embedded sandbox API's contract, written once for the app and the server (sandbox/): where it is mounted,
 * and its QA scenarios, which the connection panel offers and the sandbox obeys. The scenario travels as a request
 * header, set through the client's `headers`.
 */

/** Where the dev and preview servers mount the sandbox, on the app's own origin. */
export const SANDBOX_BASE_PATH = '/sandbox';

export const SANDBOX_SCENARIO_HEADER = 'X-Sandbox-Scenario';

export const SANDBOX_SCENARIOS = [
  'ok',
  'unauthorized',
  'forbidden',
  'not-found',
  'rate-limited',
  'server-error',
  'html-error',
  'slow',
] as const;

export type SandboxScenario = (typeof SANDBOX_SCENARIOS)[number];

export function isSandboxScenario(value: string): value is SandboxScenario {
  return (SANDBOX_SCENARIOS as readonly string[]).includes(value);
}
