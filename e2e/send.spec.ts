/**
 * Sending, end to end, against the real embedded sandbox: the spec's five examples arrive exactly as documented,
 * every QA scenario gets its own message and leaves the form alone, a send is one POST however it is triggered,
 * and the token stays where the design says (memory, or sessionStorage when asked; never anywhere else).
 */
import { readFileSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';
import { expect, test } from './test.ts';

type Example = { send_to_third: boolean; conversation_id: string; type: string; body: unknown };
const EXAMPLES = JSON.parse(
  readFileSync(new URL('../src/domain/message/fixtures/spec-examples.json', import.meta.url), 'utf8'),
) as Record<string, Example>;

const CANARY = 'canary-7f3e9b';
const TEXT_EXAMPLE = EXAMPLES['text']!;

/** `/#payload=` + base64url of the UTF-8 JSON `{type, body, send_to_third}`, as any other tool would build it. */
function shareUrl({ type, body, send_to_third }: Example): string {
  const token = Buffer.from(JSON.stringify({ type, body, send_to_third }), 'utf8').toString('base64url');
  return `/?lang=en#payload=${token}`;
}

let conversationCounter = 0;
function freshConversationId(): string {
  conversationCounter += 1;
  return `e2e-${process.pid}-${Date.now().toString(36)}-${conversationCounter}`;
}

function isMessagePost(request: Request): boolean {
  return request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/v1/messages');
}

/**
 * Holds every message POST until `release()` is called, then lets it reach the sandbox: the send stays in flight
 * exactly as long as the test needs, instead of waiting out the sandbox's fixed `slow` delay.
 */
async function holdPosts(page: Page): Promise<{ release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname.endsWith('/v1/messages'),
    async (route) => {
      if (!isMessagePost(route.request())) return route.fallback();
      await released;
      return route.fallback();
    },
  );
  return { release };
}

function countPosts(page: Page): () => number {
  let posts = 0;
  page.on('request', (request) => {
    if (isMessagePost(request)) posts += 1;
  });
  return () => posts;
}

async function openWithMessage(page: Page, example: Example = TEXT_EXAMPLE) {
  await page.goto(shareUrl(example));
  await expect(
    page.getByRole('status').filter({ hasText: 'Message loaded from the share link.' }),
  ).toBeVisible();
}

async function connect(page: Page, token: string, conversationId: string) {
  await page.getByLabel('API token', { exact: true }).fill(token);
  await page.getByLabel('Conversation ID', { exact: true }).fill(conversationId);
}

function sendButton(page: Page) {
  return page.getByRole('button', { name: 'Send', exact: true });
}

function sendResult(page: Page) {
  return page.getByRole('status', { name: 'Send result' });
}

async function storedMessages(page: Page, conversationId: string) {
  const response = await page.request.get(
    `/sandbox/v1/conversations/${encodeURIComponent(conversationId)}/messages`,
    {
      headers: { Authorization: 'Bearer x' },
    },
  );
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: Example[] }).data;
}

test.describe('the spec examples', () => {
  for (const [name, example] of Object.entries(EXAMPLES)) {
    test(`${name}: loaded by share link, sent, arrives exactly as in the spec`, async ({
      page,
      consoleErrors,
    }) => {
      const conversationId = freshConversationId();
      await openWithMessage(page, example);
      await connect(page, 'e2e-token', conversationId);
      await sendButton(page).click();
      await expect(sendResult(page)).toContainText(
        /Sent: message msg_[0-9a-f]+ · HTTP 201 · \d{1,3}(,\d{3})* ms/,
      );

      const stored = await storedMessages(page, conversationId);
      expect(stored).toHaveLength(1);
      const [message] = stored;
      const arrived = { type: message?.type, body: message?.body, send_to_third: message?.send_to_third };
      const expected = { type: example.type, body: example.body, send_to_third: example.send_to_third };
      expect(arrived).toEqual(expected);
      // Same keys in the same order, all the way down.
      expect(JSON.stringify(arrived)).toBe(JSON.stringify(expected));
      expect(message?.conversation_id).toBe(conversationId);
      // Read back from the sandbox, the message is now the conversation's thread.
      await expect(page.getByText('1 message in the conversation')).toBeVisible();
      expect(consoleErrors).toEqual([]);
    });
  }
});

test.describe('sandbox scenarios', () => {
  const scenarios: [scenario: string, label: string, status: number, texts: string[]][] = [
    ['unauthorized', 'Token refused (401)', 401, ['Token refused (HTTP 401): check the API token.']],
    [
      'forbidden',
      'Forbidden (403)',
      403,
      ['This token is not allowed to send to this conversation (HTTP 403).'],
    ],
    [
      'not-found',
      'Not found (404)',
      404,
      ['Not found (HTTP 404): check the conversation ID and the API target.'],
    ],
    ['rate-limited', 'Too many requests (429)', 429, ['Too many requests (HTTP 429). Try again in 30 s.']],
    [
      'server-error',
      'Server error (500)',
      500,
      ['The server failed (HTTP 500). Try again later.', 'Server message: Server Error'],
    ],
    [
      'html-error',
      'Server error as HTML (500)',
      500,
      [
        'The server failed (HTTP 500). Try again later.',
        'The server answered with an HTML page instead of JSON.',
      ],
    ],
  ];

  for (const [scenario, label, status, texts] of scenarios) {
    test(`${scenario}: its own message, the form intact, nothing stored, never retried`, async ({
      page,
      allowConsoleErrors,
    }) => {
      // The browser logs every error status it receives; this one is the scenario's point.
      allowConsoleErrors(
        new RegExp(`Failed to load resource: the server responded with a status of ${status} `),
      );
      const posts = countPosts(page);
      const conversationId = freshConversationId();
      await openWithMessage(page);
      await connect(page, 'e2e-token', conversationId);
      await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label });
      await sendButton(page).click();

      const alert = page.getByRole('alert').filter({ hasText: texts[0]! });
      await expect(alert).toBeVisible();
      for (const text of texts) await expect(alert).toContainText(text);
      await expect(alert).toContainText('Your message is unchanged');
      await expect(sendResult(page)).toBeEmpty();
      if (scenario === 'html-error') {
        // The HTML page is described, never rendered.
        await expect(page.getByRole('heading', { name: 'Internal Server Error' })).toHaveCount(0);
        await expect(page.getByText('<!DOCTYPE html>')).toHaveCount(0);
      }

      await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue(TEXT_EXAMPLE.body as string);
      await expect(page.getByRole('checkbox', { name: 'Send to third party' })).toBeChecked();
      await expect(page.getByLabel('API token', { exact: true })).toHaveValue('e2e-token');
      await expect(page.getByLabel('Conversation ID', { exact: true })).toHaveValue(conversationId);
      await expect(page.getByRole('combobox', { name: 'API target' })).toHaveValue('sandbox');
      await expect(sendButton(page)).toBeEnabled();

      await page.waitForTimeout(300);
      expect(posts()).toBe(1);
      expect(await storedMessages(page, conversationId)).toEqual([]);
    });
  }

  test('slow: Send waits, shows it is sending, then says Sent', async ({ page }) => {
    const conversationId = freshConversationId();
    const posts = await holdPosts(page);
    await openWithMessage(page);
    await connect(page, 'e2e-token', conversationId);
    await sendButton(page).click();
    await expect(sendButton(page)).toBeDisabled();
    await expect(sendButton(page)).toHaveAccessibleDescription('Sending…');
    await expect(sendResult(page)).not.toContainText('Sent');
    posts.release();
    await expect(sendResult(page)).toContainText('Sent');
    expect(await storedMessages(page, conversationId)).toHaveLength(1);
  });
});

test.describe('one send, one POST', () => {
  test('a double-click sends once', async ({ page }) => {
    const posts = countPosts(page);
    const held = await holdPosts(page);
    const conversationId = freshConversationId();
    await openWithMessage(page);
    await connect(page, 'e2e-token', conversationId);
    // The first send is held in flight while the second click lands.
    await sendButton(page).dblclick();
    await expect(sendButton(page)).toBeDisabled();
    held.release();
    await expect(sendResult(page)).toContainText('Sent');
    await page.waitForTimeout(300);
    expect(posts()).toBe(1);
    expect(await storedMessages(page, conversationId)).toHaveLength(1);
  });

  test('Ctrl+Enter held down sends once', async ({ page }) => {
    const posts = countPosts(page);
    const conversationId = freshConversationId();
    await openWithMessage(page);
    await connect(page, 'e2e-token', conversationId);
    await page.getByRole('textbox', { name: 'Message' }).focus();
    await page.keyboard.down('Control');
    await page.keyboard.down('Enter');
    // Further presses of a key already down are auto-repeats (`repeat: true`), as when a key is held.
    for (let i = 0; i < 10; i += 1) await page.keyboard.down('Enter');
    await expect(sendResult(page)).toContainText('Sent');
    for (let i = 0; i < 10; i += 1) await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    await page.keyboard.up('Control');
    await page.waitForTimeout(300);
    expect(posts()).toBe(1);
    expect(await storedMessages(page, conversationId)).toHaveLength(1);
    // The text was not touched by the Enter presses.
    await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue(TEXT_EXAMPLE.body as string);

    // A new press right away is the same intent: Send rests, nothing is posted.
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(300);
    expect(posts()).toBe(1);
    // A changed message is a new intent: a new send.
    await page.getByRole('textbox', { name: 'Message' }).press('End');
    await page.keyboard.type('!');
    await page.keyboard.press('Control+Enter');
    await expect.poll(posts).toBe(2);
  });
});

test.describe('the token stays where it belongs', () => {
  test('never in localStorage, the URL, a share link, the console or a snippet unless revealed', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(message.text()));
    const requestUrls: string[] = [];
    page.on('request', (request) => requestUrls.push(request.url()));
    const readStorage = (kind: 'localStorage' | 'sessionStorage') =>
      page.evaluate<string>(`JSON.stringify(Object.entries(${kind}))`);
    const readClipboard = () => page.evaluate<string>('navigator.clipboard.readText()');

    const conversationId = freshConversationId();
    await openWithMessage(page);
    await connect(page, ` Bearer ${CANARY} `, conversationId);
    await page.getByLabel('Conversation ID', { exact: true }).press('Tab');
    await sendButton(page).click();
    await expect(sendResult(page)).toContainText('Sent');

    expect(page.url()).not.toContain(CANARY);
    expect(requestUrls.join('\n')).not.toContain(CANARY);
    expect(await readStorage('localStorage')).not.toContain(CANARY);
    expect(await readStorage('sessionStorage')).not.toContain(CANARY);
    await expect(page.locator('body')).not.toContainText(CANARY);

    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await readClipboard();
    expect(link).toContain('#payload=');
    expect(link).not.toContain(CANARY);
    expect(Buffer.from(link.split('#payload=')[1]!, 'base64url').toString('utf8')).not.toContain(CANARY);

    for (const [tab, copy] of [
      ['JSON body', 'Copy JSON'],
      ['cURL', 'Copy cURL'],
      ['fetch', 'Copy fetch'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('button', { name: copy }).click();
      const snippet = await readClipboard();
      expect(snippet).toContain(
        tab === 'JSON body' ? `"conversation_id": "${conversationId}"` : 'Bearer <TOKEN>',
      );
      expect(snippet).not.toContain(CANARY);
    }
    // Revealed on purpose, the snippet carries it (which shows the checks above could fail).
    await page.getByRole('button', { name: 'Reveal token' }).click();
    await page.getByRole('button', { name: 'Copy fetch' }).click();
    expect(await readClipboard()).toContain(`Bearer ${CANARY}`);
    await page.getByRole('button', { name: 'Reveal token' }).click();

    expect(consoleLines.join('\n')).not.toContain(CANARY);
    expect(page.url()).not.toContain(CANARY);
  });

  // Apart from the test above: each reload boots the whole app again, and together they ran close to the limit.
  test('remembered on purpose: in sessionStorage only, and forgotten on request', async ({ page }) => {
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(message.text()));
    const readStorage = (kind: 'localStorage' | 'sessionStorage') =>
      page.evaluate<string>(`JSON.stringify(Object.entries(${kind}))`);
    await openWithMessage(page);
    await connect(page, ` Bearer ${CANARY} `, freshConversationId());
    expect(await readStorage('sessionStorage')).not.toContain(CANARY);

    await page.getByRole('checkbox', { name: 'Remember token for this tab' }).check();
    expect(await readStorage('sessionStorage')).toContain(CANARY);
    expect(await readStorage('localStorage')).not.toContain(CANARY);
    await page.reload();
    await expect(page.getByLabel('API token', { exact: true })).toHaveValue(CANARY);
    await page.getByRole('button', { name: 'Forget token' }).click();
    await expect(page.getByLabel('API token', { exact: true })).toHaveValue('');
    expect(await readStorage('sessionStorage')).not.toContain(CANARY);
    await page.reload();
    await expect(page.getByLabel('API token', { exact: true })).toHaveValue('');

    expect(consoleLines.join('\n')).not.toContain(CANARY);
    expect(page.url()).not.toContain(CANARY);
  });
});

test.describe('Custom target', () => {
  test('posts straight to the typed URL with exactly the documented headers and body', async ({ page }) => {
    const seen: { method: string; url: string; headers: Record<string, string>; body: string | null }[] = [];
    await page.route('https://api.example.test/**', async (route) => {
      const request = route.request();
      seen.push({
        method: request.method(),
        url: request.url(),
        headers: await request.allHeaders(),
        body: request.postData(),
      });
      await route.fulfill({
        status: 201,
        headers: { 'Access-Control-Allow-Origin': '*' },
        contentType: 'application/json',
        body: JSON.stringify({ data: { id: 'msg_custom_1', status: 'queued' } }),
      });
    });
    const messagePosts = countPosts(page);

    const conversationId = freshConversationId();
    await openWithMessage(page, EXAMPLES['interactive-button']);
    await connect(page, CANARY, conversationId);
    await page.getByRole('combobox', { name: 'API target' }).selectOption({ label: 'Custom' });
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveCount(0);
    const baseUrl = page.getByLabel('Base URL', { exact: true });
    await baseUrl.fill('ftp://api.example.test');
    await baseUrl.press('Tab');
    await expect(baseUrl).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('The URL must start with http:// or https://.')).toBeVisible();
    await expect(sendButton(page)).toBeDisabled();
    await expect(sendButton(page)).toHaveAccessibleDescription('Enter a valid base URL.');

    await baseUrl.fill('https://api.example.test/digishare/');
    await expect(
      page.getByText('The token is sent only to https://api.example.test/digishare.'),
    ).toBeVisible();
    await sendButton(page).click();
    await expect(sendResult(page)).toContainText('Sent: message msg_custom_1 · HTTP 201');

    const posts = seen.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(1);
    const [post] = posts;
    expect(post?.url).toBe('https://api.example.test/digishare/v1/messages');
    expect(post?.headers['authorization']).toBe(`Bearer ${CANARY}`);
    expect(post?.headers['content-type']).toBe('application/json');
    expect(post?.headers['x-sandbox-scenario']).toBeUndefined();
    expect(post?.headers['cookie']).toBeUndefined();
    const example = EXAMPLES['interactive-button']!;
    expect(post?.body).toBe(JSON.stringify({ ...example, conversation_id: conversationId }));
    expect(messagePosts()).toBe(1);
  });

  test('a server that cannot be reached: the message mentions CORS', async ({ page, allowConsoleErrors }) => {
    // The request this test aborts on purpose.
    allowConsoleErrors(/^Failed to load resource: net::ERR_FAILED$/);
    await page.route('https://api.example.test/**', (route) => route.abort('failed'));
    await openWithMessage(page);
    await connect(page, 'e2e-token', freshConversationId());
    await page.getByRole('combobox', { name: 'API target' }).selectOption({ label: 'Custom' });
    await page.getByLabel('Base URL', { exact: true }).fill('https://api.example.test');
    await sendButton(page).click();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be reached' })).toContainText('CORS');
    await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue(TEXT_EXAMPLE.body as string);
  });
});
