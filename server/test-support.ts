/**
 * For the server's tests: a fake Digishare (records every request, answers as told), the app on a real socket,
 * a tiny built page, and settings from an environment map.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { createApp, type LogLine } from './app.ts';
import { parseSettings, type Settings } from './settings.ts';

export type Recorded = { method: string; url: string; headers: IncomingMessage['headers']; body: string };

export type Upstream = {
  url: string;
  requests: Recorded[];
  posts: () => Recorded[];
  close: () => Promise<void>;
};

export async function startUpstream(
  answer: (request: Recorded, res: ServerResponse) => unknown,
): Promise<Upstream> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      requests.push(recorded);
      void answer(recorded, res);
    });
  });
  const url = await listen(server);
  return {
    url,
    requests,
    posts: () => requests.filter((request) => request.method === 'POST'),
    close: () => close(server),
  };
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A built page: index.html with the static hosts' `<meta>` policy, one hashed asset with its `.gz`, a favicon. */
function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'composer-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="script-src \'self\'"><title>Digishare Composer</title></head><body><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script></body></html>',
  );
  const script = `console.log(${JSON.stringify('x'.repeat(2000))});`;
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), script);
  writeFileSync(join(dir, 'assets', 'index-abc123.js.gz'), gzipSync(script));
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

function settingsFrom(env: Record<string, string | undefined>): Settings {
  const result = parseSettings(env);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.settings;
}

export type RunningApp = { url: string; logs: LogLine[]; close: () => Promise<void> };

export async function startApp(
  env: Record<string, string | undefined>,
  options: { now?: () => number } = {},
): Promise<RunningApp> {
  const settings = settingsFrom({ DIST_DIR: fakeDist(), ...env });
  const logs: LogLine[] = [];
  const app = createApp({ settings, log: (line) => logs.push(line), ...options });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', resolve)));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    logs,
    close: () => close(server),
  };
}

export const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
