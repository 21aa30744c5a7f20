// Regenerates docs/screenshot.png: the list example from the API docs, opened by share link, with its list
// sheet open on the phone. Needs a built app (`npm run build`); serves it with `vite preview` meanwhile.
//
//   node scripts/readme-screenshot.mjs
import { readFileSync } from 'node:fs';
import { launchChromium, servePreview } from './lib/preview.mjs';

const PORT = 4598;
const examples = JSON.parse(readFileSync('src/domain/message/fixtures/spec-examples.json', 'utf8'));
const { type, body, send_to_third } = examples['interactive-list'];
const hash = Buffer.from(JSON.stringify({ type, body, send_to_third })).toString('base64url');

await servePreview(PORT, { build: false });
const browser = await launchChromium();
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
}
