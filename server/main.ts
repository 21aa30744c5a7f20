/**
 * `npm start`: reads `.env` (when present) and the environment, checks every setting, and serves the built app.
 * A bad setting is one line naming the variable, and the process exits with status 1 before listening.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { parseSettings } from './settings.ts';

function fail(lines: string[]): never {
  for (const line of lines) process.stderr.write(`config error: ${line}\n`);
  process.exit(1);
}

// Values already in the environment win over the file, as with most tools that read `.env`.
const envFile = process.env['ENV_FILE'] ?? '.env';
if (existsSync(envFile)) {
  try {
    process.loadEnvFile(envFile);
  } catch (error) {
    fail([`${envFile} cannot be read: ${error instanceof Error ? error.message : String(error)}`]);
  }
}

const result = parseSettings(process.env);
if (!result.ok) fail(result.errors);
const { settings } = result;
if (!existsSync(join(resolve(settings.distDir), 'index.html'))) {
  fail([`${settings.distDir}/index.html is missing: run "npm run build" first (or set DIST_DIR)`]);
}

const app = createApp({ settings });
const server = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, (info) => {
  const mode =
    settings.credential === null ? 'browser-held tokens' : `team mode (${settings.credential.kind})`;
  const gate =
    settings.basicUsers.size > 0 || settings.trustedHeader !== null ? 'access gate on' : 'no access gate';
  process.stdout.write(
    `${JSON.stringify({ event: 'listening', url: `http://${info.address}:${info.port}`, mode, gate, sandbox: settings.sandbox })}\n`,
  );
});

// Stop taking requests, let those in flight finish, and do not wait on idle keep-alive connections; a send
// still running after a few seconds is cut (the page then says the outcome is unknown).
const stop = () => {
  server.close(() => process.exit(0));
  (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
