/**
 * The e2e `test`: every page works offline. OpenStreetMap tiles come from a local fixture; any other request that
 * leaves the machine is aborted, so a test fails fast instead of hanging on the network.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';

const TILE = readFileSync(fileURLToPath(new URL('./fixtures/tile.png', import.meta.url)));
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const tileRequests: string[] = [];

async function isolate(page: Page) {
  await page.route(
    (url) =>
      !LOCAL_HOSTS.has(url.hostname) && !url.protocol.startsWith('data') && !url.protocol.startsWith('blob'),
    async (route) => {
      const url = new URL(route.request().url());
      if (/(^|\.)tile\.openstreetmap\.org$/.test(url.hostname)) {
        tileRequests.push(url.pathname);
        await route.fulfill({ status: 200, contentType: 'image/png', body: TILE });
        return;
      }
      await route.abort('blockedbyclient');
    },
  );
}

/**
 * Lines the browser logs as errors that a passing test may produce: a request the fixture aborted itself (the
 * network is closed on purpose). Anything else logged as an error fails the test in the teardown.
 */
const ALWAYS_ALLOWED = [/net::ERR_BLOCKED_BY_CLIENT/];

type ConsoleCheck = { errors: string[]; allowed: RegExp[] };

export const test = base.extend<{
  consoleCheck: ConsoleCheck;
  /** Errors logged so far; the teardown fails the test if any is not allowed. */
  consoleErrors: string[];
  /** Allows console errors this test causes on purpose; say why beside the call. */
  allowConsoleErrors: (...patterns: RegExp[]) => void;
}>({
  consoleCheck: [
    async ({ page }, use) => {
      const check: ConsoleCheck = { errors: [], allowed: [...ALWAYS_ALLOWED] };
      page.on('pageerror', (error) => check.errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') check.errors.push(message.text());
      });
      await use(check);
      const unexpected = check.errors.filter((line) => !check.allowed.some((pattern) => pattern.test(line)));
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  consoleErrors: async ({ consoleCheck }, use) => use(consoleCheck.errors),
  allowConsoleErrors: async ({ consoleCheck }, use) =>
    use((...patterns) => consoleCheck.allowed.push(...patterns)),
  page: async ({ page }, use) => {
    await isolate(page);
    await use(page);
  },
});

export { expect };
