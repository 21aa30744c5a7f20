// What the benchmark and screenshot scripts share: the production build served by `vite preview`, and headless
// Chromium (Debian's, unless CHROMIUM_PATH says otherwise).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * Builds the app (unless `build` is false), serves dist/ on `port` and resolves with its address once it
 * answers; the server stops with the process. `config` and `outDir` build and serve another Vite project the
 * same way (the floor, scripts/floor).
 */
export async function servePreview(port, { build = true, config, outDir } = {}) {
  const project = [...(config ? ['--config', config] : []), ...(outDir ? ['--outDir', outDir] : [])];
  if (build) {
    execFileSync('npx', ['vite', 'build', ...project, '--emptyOutDir', '--logLevel', 'error'], {
      stdio: 'inherit',
    });
  }
  // Vite itself, not through npx: killing npx would leave the server it started running, holding the port.
  const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
  const server = spawn(
    process.execPath,
    [vite, 'preview', ...project, '--port', String(port), '--strictPort'],
    {
      stdio: 'ignore',
    },
  );
  // The server does not keep the process alive: it stops once the script is done.
  server.unref();
  process.on('exit', () => server.kill());
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return url;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`vite preview did not answer on port ${port}`);
}

/** Headless Chromium without the background traffic that would blur a measurement. */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
