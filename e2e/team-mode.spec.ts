/**
 * Deployments, end to end. Team mode: `npm start` (the built server) holds the Digishare credential in front of a
 * fake Digishare that echoes the Authorization it receives in its bodies and headers; the page logs in, sends,
 * tests the token, and never receives the credential — not in any response, header, storage or cookie. Static
 * host: a plain file server (no sandbox, no config), where the Sandbox target runs inside the page.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { shareHash, examples } from './helpers.ts';
import { expect, test } from './test.ts';

const BASE_PORT = Number(process.env['E2E_PORT'] ?? 4317);
// The ports right after the preview server's own (4322 → 4332…): this spec's servers.
const TEAM_PORT = BASE_PORT + 10;
const UPSTREAM_PORT = BASE_PORT + 11;
const STATIC_PORT = BASE_PORT + 12;
const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

const SERVER_TOKEN = 'dgs_live_server_only_4f9a7c2e';
const PASSWORD = 'team password 42';

function listen(server: Server, port: number): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
}

function closeServer(server: Server | undefined): Promise<void> {
  if (!server) return Promise.resolve();
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

/** Every response the page gets, with its headers and body, and what the page keeps in storage and cookies. */
function recordResponses(page: Page) {
  const seen: Promise<string>[] = [];
  page.on('response', (response) => {
    seen.push(
      (async () => {
        const headers = Object.entries(await response.allHeaders())
          .map(([name, value]) => `${name}: ${value}`)
          .join('\n');
        const body = await response.body().then(
          (bytes) => bytes.toString('latin1'),
          () => '',
        );
        return `${response.url()}\n${headers}\n\n${body}`;
      })(),
    );
  });
  return async () => {
    const storage = await page.evaluate(() =>
      JSON.stringify([
        { ...localStorage },
        { ...sessionStorage },
        document.cookie,
        document.documentElement.outerHTML,
      ]),
    );
    const cookies = JSON.stringify(await page.context().cookies());
    return [...(await Promise.all(seen)), storage, cookies];
  };
}

test.describe('team mode: npm start holds the credential', () => {
  let upstream: Server | undefined;
  let server: ChildProcess | undefined;
  let messagePosts = 0;
  const received: string[] = [];

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    // The page comes from the preview build; the server from its own (fast) build.
    execFileSync('npx', ['vite', 'build', '--config', 'vite.server.config.ts', '--logLevel', 'error'], {
      cwd: ROOT,
    });
    const hash = execFileSync(process.execPath, ['scripts/hash-password.mjs', PASSWORD], { cwd: ROOT })
      .toString()
      .trim();

    upstream = createServer((req, res) => {
      const auth = req.headers['authorization'] ?? '';
      received.push(`${req.method} ${req.url} ${auth}`);
      req.resume();
      req.on('end', () => {
        // A careless API: it echoes the credential it was given, in a header and in the body.
        const headers = { 'Content-Type': 'application/json', 'X-Echo-Authorization': auth };
        if (auth !== `Bearer ${SERVER_TOKEN}`) {
          res.writeHead(401, headers).end(JSON.stringify({ message: 'Unauthenticated.', got: auth }));
        } else if (req.method === 'POST' && req.url === '/v1/messages') {
          messagePosts += 1;
          res
            .writeHead(201, headers)
            .end(JSON.stringify({ id: `msg_team_${messagePosts}`, status: 'sent', auth }));
        } else if (req.url === '/v1/user/profile') {
          res.writeHead(200, headers).end(
            JSON.stringify({
              data: { name: 'Acme Support', email: 'support@acme.test', token: SERVER_TOKEN },
            }),
          );
        } else res.writeHead(404, headers).end('{"message":"Not found"}');
      });
    });
    await listen(upstream, UPSTREAM_PORT);

    server = spawn(process.execPath, ['dist-server/main.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ENV_FILE: '/nonexistent',
        PORT: String(TEAM_PORT),
        HOST: '127.0.0.1',
        DIST_DIR: DIST,
        DIGISHARE_API_URL: `http://127.0.0.1:${UPSTREAM_PORT}`,
        DIGISHARE_TOKEN: SERVER_TOKEN,
        DIGISHARE_ACCOUNT_LABEL: 'Acme support team',
        AUTH_BASIC_USERS: `agent:${hash}`,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const ready = await fetch(`http://127.0.0.1:${TEAM_PORT}/healthz`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error('npm start did not come up');
  });

  test.afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((done) => server?.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
    await closeServer(upstream);
  });

  test('a logged-in agent sends through the server and never sees its token', async ({ browser }) => {
    // Reads every response body the page gets: on a loaded machine that alone can take a while.
    test.setTimeout(60_000);
    const context = await browser.newContext({ httpCredentials: { username: 'agent', password: PASSWORD } });
    const page = await context.newPage();
    const everything = recordResponses(page);
    await page.goto(`http://127.0.0.1:${TEAM_PORT}/?lang=en${shareHash(examples.text)}`);

    await page.getByRole('combobox', { name: 'API target' }).selectOption({ label: 'Digishare' });
    await expect(page.getByText('Token held by the server (Acme support team)')).toBeVisible();
    await expect(page.getByLabel('API token', { exact: true })).toHaveCount(0);
    // Team mode offers no Custom target: the server is the only way out.
    await expect(page.getByRole('option', { name: 'Custom' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Test token' }).click();
    await expect(page.getByText(/Acme Support/).first()).toBeVisible();

    await page.getByLabel('Conversation ID', { exact: true }).fill('conv-team-1');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByRole('status', { name: 'Send result' })).toContainText(/Sent: message msg_team_1/);
    expect(messagePosts).toBe(1);
    expect(received.filter((line) => line.startsWith('POST /v1/messages'))).toEqual([
      `POST /v1/messages Bearer ${SERVER_TOKEN}`,
    ]);

    const seen = await everything();
    expect(seen.length).toBeGreaterThan(5);
    for (const item of seen) expect(item).not.toContain(SERVER_TOKEN);
    // The echoes did come back, scrubbed: the test looked where the token would have been.
    expect(seen.some((item) => item.includes('x-echo-authorization: Bearer [REDACTED]'))).toBe(true);
    await context.close();
  });

  test('without a login there is nothing but the health check', async ({ page }) => {
    const postsBefore = messagePosts;
    const answer = await page.request.get(`http://127.0.0.1:${TEAM_PORT}/config.json`);
    expect(answer.status()).toBe(401);
    const send = await page.request.post(`http://127.0.0.1:${TEAM_PORT}/digishare/v1/messages`, { data: {} });
    expect(send.status()).toBe(401);
    expect(messagePosts).toBe(postsBefore);
    expect((await page.request.get(`http://127.0.0.1:${TEAM_PORT}/healthz`)).status()).toBe(200);
  });
});

test.describe('static host: the sandbox runs in the page', () => {
  let files: Server | undefined;
  const served: string[] = [];
  const TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
  };

  test.beforeAll(async () => {
    // A plain file server: files or 404, no config, no sandbox, no proxy, no headers of its own.
    files = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      served.push(`${req.method} ${path}`);
      const file = join(DIST, path === '/' ? 'index.html' : path);
      if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404).end('Not found');
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    });
    await listen(files, STATIC_PORT);
  });

  test.afterAll(() => closeServer(files));

  test('the default target sends and reads the thread back with no server behind it', async ({
    page,
    allowConsoleErrors,
  }) => {
    // A plain file server has no /config.json: its 404 is how the page learns to run the sandbox itself.
    allowConsoleErrors(/status of 404 \(Not Found\)/);
    await page.goto(`http://127.0.0.1:${STATIC_PORT}/?lang=en${shareHash(examples.text)}`);
    await page.getByLabel('API token', { exact: true }).fill('any-token');
    await page.getByLabel('Conversation ID', { exact: true }).fill('conv-static-1');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByRole('status', { name: 'Send result' })).toContainText(
      /Sent: message msg_[0-9a-f]+ · HTTP 201/,
    );
    await expect(page.getByText('1 message in the conversation')).toBeVisible();
    // The page asked for its config (none there) and the sandbox's code, never for /sandbox itself.
    expect(served).toContain('GET /config.json');
    expect(
      served.filter((line) => line.startsWith('GET /sandbox') || line.startsWith('POST /sandbox')),
    ).toEqual([]);
    expect(served.some((line) => /\/assets\/sandbox-[\w-]+\.js$/.test(line))).toBe(true);
  });
});
