// Regenerates docs/screenshot.png: the list example from the API docs, opened by share link, with its list
// sheet open on the phone. Needs a built app (`npm run build`); serves it with `vite preview` meanwhile.
//
//   node scripts/readme-screenshot.mjs
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = 4598;
const examples = JSON.parse(readFileSync('src/domain/message/fixtures/spec-examples.json', 'utf8'));
const { type, body, send_to_third } = examples['interactive-list'];
const hash = Buffer.from(JSON.stringify({ type, body, send_to_third })).toString('base64url');

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
process.on('exit', () => server.kill());
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 100));
  }
}

const browser = await chromium.launch({
  executablePath:
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  await page.goto(`http://127.0.0.1:${PORT}/?lang=en#payload=${hash}`);
  await page
    .getByRole('region', { name: 'Phone preview' })
    .getByRole('button', { name: /Sélectionner Option/ })
    .click();
  await page
    .getByRole('dialog', { name: 'Sélectionner Option' })
    .getByRole('radio', { name: /Connexion/ })
    .check();
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'docs/screenshot.png' });
} finally {
  await browser.close();
  server.kill();
}
