/**
 * The QA scenarios of the embedded sandbox API, written once: the connection panel offers them and the sandbox
 * (sandbox/sandbox.ts) obeys them. The choice travels as a request header, set through the client's `headers`.
 */

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
