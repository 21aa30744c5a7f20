// Headless Chromium driven over the bare DevTools protocol, for what the usual test driver would distort: the
// driver follows every request of a page (its Network domain sends each request's document URL, and its routes
// pause each request until Node answers), so on a page whose address is megabytes long it adds seconds that no
// user waits. Here only what the bench asks for crosses the pipe: a navigation, a script run on every new
// document, and reading one value from the page.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from './preview.mjs';

/** Starts Chromium with a fresh profile and returns a page to drive, and `close()`. */
export async function launchBareChromium() {
  if (!CHROMIUM_PATH) throw new Error('bare-chromium: set CHROMIUM_PATH to a Chromium binary');
  const profile = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const child = spawn(
    CHROMIUM_PATH,
    [
      '--headless=new',
      '--remote-debugging-pipe',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-quic',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [, , , toBrowser, fromBrowser] = child.stdio;
  let nextId = 0;
  const pending = new Map();
  let buffered = Buffer.alloc(0);
  // Messages are JSON, each ended by a NUL byte.
  fromBrowser.on('data', (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (let end = buffered.indexOf(0); end >= 0; end = buffered.indexOf(0)) {
      const message = JSON.parse(buffered.subarray(0, end).toString('utf8'));
      buffered = buffered.subarray(end + 1);
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiting) continue;
      pending.delete(message.id);
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting.resolve(message.result);
    }
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject, method });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`);
    });

  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  // Scripts for new documents run only once the Page domain is on (it reports frames, not requests).
  await send('Page.enable', {}, sessionId);
  const page = {
    /** Runs `source` in every document the page opens from now on, before the document's own scripts. */
    addInitScript: (source) => send('Page.addScriptToEvaluateOnNewDocument', { source }, sessionId),
    navigate: (url) => send('Page.navigate', { url }, sessionId),
    /** The value of `expression` in the page (JSON-serialisable), or undefined while the page is being replaced. */
    async evaluate(expression) {
      const { result, exceptionDetails } = await send(
        'Runtime.evaluate',
        { expression, returnByValue: true },
        sessionId,
      ).catch(() => ({ result: {} }));
      return exceptionDetails ? undefined : result.value;
    },
    /** Polls `expression` until it is neither null nor undefined. */
    async waitFor(expression, { timeout = 60_000, every = 25 } = {}) {
      const giveUpAt = Date.now() + timeout;
      while (Date.now() < giveUpAt) {
        const value = await page.evaluate(expression);
        if (value !== null && value !== undefined) return value;
        await new Promise((resolve) => setTimeout(resolve, every));
      }
      throw new Error(`bare-chromium: no value for ${expression} within ${timeout} ms`);
    },
  };
  return {
    page,
    async close() {
      await send('Browser.close').catch(() => {});
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      child.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
