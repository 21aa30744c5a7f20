/**
 * Hardening, end to end: a redirect on Send is never followed, a 2xx that is not the API is "outcome unknown",
 * each tab keeps its own draft, "Trim" is grapheme-safe and undoable, and WhatsApp's `footer` (which Digishare's
 * documentation does not list) is kept from a share link and sent only once confirmed. Servers that misbehave are played by
 * Playwright routes in front of the embedded sandbox.
 */
import type { Page } from '@playwright/test';
import { importJson, phone, shareHash } from './helpers.ts';
import { expect, test } from './test.ts';

async function ready(page: Page) {
  await page.goto('/?lang=en');
  await page.getByRole('textbox', { name: 'Message' }).fill('Bonjour');
  await page.getByLabel('API token', { exact: true }).fill('tok-e2e-hardening');
  await page.getByLabel('Conversation ID', { exact: true }).fill('conv-hardening');
}

const sendButton = (page: Page) => page.getByRole('button', { name: 'Send', exact: true });

test('a redirect on Send is an error and nothing is posted again', async ({ page }) => {
  let elsewhere = 0;
  await page.route('http://elsewhere.test/**', async (route) => {
    elsewhere += 1;
    await route.fulfill({ status: 201, json: { id: 'msg_twice' } });
  });
  let posts = 0;
  await page.route('**/sandbox/v1/messages', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    posts += 1;
    await route.fulfill({ status: 307, headers: { Location: 'http://elsewhere.test/v1/messages' } });
  });
  await ready(page);
  await sendButton(page).click();
  const alert = page.getByRole('alert').filter({ hasText: 'redirect' });
  await expect(alert).toContainText('nothing was resent');
  await expect(page.getByRole('status', { name: 'Send result' })).not.toContainText('Sent');
  expect(posts).toBe(1);
  expect(elsewhere).toBe(0);
});

test('a 2xx that is not the API (a welcome page) is "outcome unknown" with what came back', async ({
  page,
}) => {
  await page.route('**/sandbox/v1/messages', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Welcome to nginx!</h1>' });
  });
  await ready(page);
  await sendButton(page).click();
  const alert = page.getByRole('alert').filter({ hasText: 'outcome is unknown' });
  await expect(alert).toContainText('Welcome to nginx!');
  await expect(page.getByRole('status', { name: 'Send result' })).not.toContainText('Sent');
});

test('each tab keeps its own draft; the other tab is offered it; a share link overwrites neither', async ({
  context,
}) => {
  // Three pages load on a shared machine: give them the room a single page gets.
  test.slow();
  const a = await context.newPage();
  await a.goto('/?lang=en');
  await a.getByRole('textbox', { name: 'Message' }).fill('typed in A');
  const b = await context.newPage();
  await b.goto('/?lang=en');
  await b.getByRole('textbox', { name: 'Message' }).fill('typed in B');
  // A hears that B saved, and is asked rather than overwritten.
  await expect(a.getByText('Another tab saved a different draft.')).toBeVisible();
  await expect(a.getByRole('textbox', { name: 'Message' })).toHaveValue('typed in A');

  const shared = Buffer.from(JSON.stringify({ type: 'text', body: 'from a link' }), 'utf8').toString(
    'base64url',
  );
  const c = await context.newPage();
  await c.goto(`/?lang=en#payload=${shared}`);
  await expect(c.getByRole('textbox', { name: 'Message' })).toHaveValue('from a link');
  await c.waitForTimeout(600);

  await a.goto('/?lang=en');
  await expect(a.getByRole('textbox', { name: 'Message' })).toHaveValue('typed in A');
  await b.goto('/?lang=en');
  await expect(b.getByRole('textbox', { name: 'Message' })).toHaveValue('typed in B');
});

test('Trim keeps whole grapheme clusters and Ctrl+Z undoes it', async ({ page }) => {
  await page.goto('/?lang=en');
  const body = page.getByRole('textbox', { name: 'Message' });
  const text = `${'a'.repeat(4092)}👨‍👩‍👧`;
  await body.fill(text);
  await page.getByRole('button', { name: /^Trim to 4.?096 characters$/ }).click();
  await expect(body).toHaveValue('a'.repeat(4092));
  await body.press('Control+z');
  await expect(body).toHaveValue(text);
});

test('a footer comes in by share link, is shown and warned about, and is sent only once confirmed', async ({
  page,
}) => {
  const message = {
    type: 'interactive',
    body: {
      type: 'button',
      body: { text: 'Confirmez-vous ?' },
      footer: { text: 'Réponse sous 24 h' },
      action: { buttons: [{ type: 'reply', reply: { id: 'oui', title: 'Oui' } }] },
    },
  };
  await page.goto(`/?lang=en${shareHash(message)}`);
  const footer = page.getByRole('textbox', { name: /^Footer/ });
  await expect(footer).toHaveValue('Réponse sous 24 h');
  await expect(footer).toHaveAccessibleDescription(/Digishare’s documentation does not list “footer”/);
  await expect(phone(page).getByText('Réponse sous 24 h')).toBeVisible();
  await page.getByLabel('API token', { exact: true }).fill('tok-e2e-hardening');
  await page.getByLabel('Conversation ID', { exact: true }).fill('conv-footer');

  const posted: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/sandbox/v1/messages'))
      posted.push(request.postData() ?? '');
  });
  await sendButton(page).click();
  const question = page.getByRole('alert').filter({ hasText: 'has a footer' });
  await expect(question).toBeVisible();
  expect(posted).toEqual([]);
  await question.getByRole('button', { name: 'Send with footer anyway' }).click();
  await expect(page.getByRole('status', { name: 'Send result' })).toContainText('Sent');
  expect(posted).toHaveLength(1);
  expect(JSON.parse(posted[0] ?? '{}')).toMatchObject({
    conversation_id: 'conv-footer',
    body: { footer: { text: 'Réponse sous 24 h' } },
  });

  // A typo is not a footer: refused as an unknown key, as before.
  const typo = { ...message, body: { ...message.body, footer: undefined, fotter: { text: 'x' } } };
  const dialog = await importJson(page, typo);
  await expect(dialog.getByRole('alert')).toContainText('body.fotter');
});
