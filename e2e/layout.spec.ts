/**
 * The loop an agent repeats — compose, look, send, read the outcome — fits each screen it is used on: the phone
 * is whole in the window (at the top and while the last field of a long list is edited), Send and its outcome
 * are in view while editing, the page never scrolls sideways, below `lg` the phone is one tap away ("Preview"),
 * and notices never move the toolbar's buttons. The figures measured are printed (`[layout] …`).
 */
import type { Locator, Page, TestInfo } from '@playwright/test';
import { phone, shareHash, VIEWPORTS } from './helpers.ts';
import { expect, test } from './test.ts';

/** `lg`: from here the editor and the phone are side by side. */
const LG_PX = 1024;

const TEN_ROWS = {
  type: 'interactive',
  body: {
    type: 'list',
    header: { type: 'text', text: 'Menu Support' },
    body: { text: 'Choisissez une catégorie ci-dessous :' },
    action: {
      button: 'Voir les options',
      sections: [
        {
          title: 'Support',
          rows: Array.from({ length: 10 }, (_, index) => ({
            id: `row_${index + 1}`,
            title: `Option ${index + 1}`,
            description: `Détail ${index + 1}`,
          })),
        },
      ],
    },
  },
};

let conversations = 0;
function freshConversation(): string {
  conversations += 1;
  return `layout-${process.pid}-${Date.now().toString(36)}-${conversations}`;
}

type Box = { x: number; y: number; width: number; height: number };

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  expect(box, 'the element has a box on screen').not.toBeNull();
  return box!;
}

function expectInside(box: Box, viewport: { width: number; height: number }, what: string) {
  expect(box.y, `${what}: top inside the window`).toBeGreaterThanOrEqual(0);
  expect(box.x, `${what}: left inside the window`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what}: bottom inside the window`).toBeLessThanOrEqual(viewport.height + 0.5);
  expect(box.x + box.width, `${what}: right inside the window`).toBeLessThanOrEqual(viewport.width + 0.5);
}

const fmt = (box: Box) =>
  `x=${Math.round(box.x)} y=${Math.round(box.y)} w=${Math.round(box.width)} h=${Math.round(box.height)}`;

function report(testInfo: TestInfo, line: string) {
  console.log(`[layout] ${line}`);
  testInfo.annotations.push({ type: 'layout', description: line });
}

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'no horizontal scroll').toBeLessThanOrEqual(clientWidth);
}

async function connect(page: Page, conversationId: string) {
  await page.getByLabel('API token', { exact: true }).fill('layout-token');
  await page.getByLabel('Conversation ID', { exact: true }).fill(conversationId);
}

async function pressWithMouse(page: Page, target: Locator) {
  const box = await boxOf(target);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const sendButton = (page: Page) => page.getByRole('button', { name: 'Send', exact: true });
const sendResult = (page: Page) => page.getByRole('status', { name: 'Send result' });
const previewTab = (page: Page) => page.getByRole('button', { name: 'Preview', exact: true });
const editTab = (page: Page) => page.getByRole('button', { name: 'Edit', exact: true });

for (const viewport of VIEWPORTS) {
  const label = `${viewport.width}×${viewport.height}`;
  test.describe(label, () => {
    test.use({ viewport });
    // Several sends and measures on a machine that may be busy.
    test.describe.configure({ timeout: 60_000 });

    test(`${label}: the phone, Send and the outcome fit while the last of 10 rows is edited`, async ({
      page,
    }, testInfo) => {
      const wide = viewport.width >= LG_PX;
      await page.goto(`/?lang=en${shareHash(TEN_ROWS)}`);
      // The List editor is a chunk of its own, and ten rows are some forty fields: 1.5 s at 4× CPU on a quiet
      // machine, and over 5 s on a two-core machine that runs other tests' browsers at the same time.
      await expect(page.getByText('10/10 rows')).toBeVisible({ timeout: 15_000 });
      await connect(page, freshConversation());
      await page.evaluate(() => window.scrollTo(0, 0));
      await expectNoSidewaysScroll(page);

      if (wide) {
        const top = await boxOf(phone(page));
        expectInside(top, viewport, 'phone at the top of the page');
        report(testInfo, `${label} phone at top: ${fmt(top)}`);
      } else {
        await expect(phone(page)).toBeHidden();
      }

      const lastField = page.getByRole('textbox', { name: /^Description/ }).last();
      await lastField.focus();
      await page.keyboard.press('End');
      await page.keyboard.type(' ok');
      await expect(lastField).toBeFocused();
      const field = await boxOf(lastField);
      expectInside(field, viewport, 'the focused field');
      const send = await boxOf(sendButton(page));
      expectInside(send, viewport, 'Send while editing');
      expect(send.y, 'Send does not cover the focused field').toBeGreaterThanOrEqual(field.y + field.height);
      report(testInfo, `${label} editing row 10: field ${fmt(field)}; Send ${fmt(send)}`);
      if (wide) {
        const scrolled = await boxOf(phone(page));
        expectInside(scrolled, viewport, 'phone while the last row is edited');
        report(testInfo, `${label} phone while editing row 10: ${fmt(scrolled)}`);
      }

      await page.keyboard.press('Control+Enter');
      await expect(sendResult(page)).toContainText('Sent');
      await expect(lastField).toBeFocused();
      const outcome = await boxOf(sendResult(page));
      expectInside(outcome, viewport, 'the outcome');
      report(testInfo, `${label} outcome after Ctrl+Enter: ${fmt(outcome)}`);
      await expectNoSidewaysScroll(page);

      if (!wide) {
        const fieldBefore = await boxOf(lastField);
        // A real pointer press: locator.click() would first scroll the sticky switch "into view".
        await pressWithMouse(page, previewTab(page));
        await expect(previewTab(page)).toHaveAttribute('aria-pressed', 'true');
        const inPreview = await boxOf(phone(page));
        expectInside(inPreview, viewport, 'phone in the Preview view');
        report(testInfo, `${label} phone in Preview: ${fmt(inPreview)}`);
        await expectNoSidewaysScroll(page);
        await pressWithMouse(page, editTab(page));
        // Back where the user was: the field they were editing is where it was on screen.
        await expect(lastField).toBeInViewport();
        const fieldAfter = await boxOf(lastField);
        expect(Math.abs(fieldAfter.y - fieldBefore.y)).toBeLessThanOrEqual(2);
      }
    });

    test(`${label}: the toolbar does not move when Undo or Copied appears`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`/?lang=en${shareHash({ type: 'text', body: 'Bonjour' })}`);
      const buttons = ['New message', 'Import JSON', 'Copy share link'].map((name) =>
        page.getByRole('button', { name, exact: true }),
      );
      const before = await Promise.all(buttons.map(boxOf));
      await page.getByRole('button', { name: 'Copy share link' }).click();
      await expect(page.getByText('Copied', { exact: true })).toBeVisible();
      expect(await Promise.all(buttons.map(boxOf))).toEqual(before);
      await page.getByRole('button', { name: 'New message', exact: true }).click();
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
      expect(await Promise.all(buttons.map(boxOf))).toEqual(before);
      await expectNoSidewaysScroll(page);
    });

    test(`${label}: the Undo notice stays above the bars that stick while the page scrolls`, async ({
      page,
    }) => {
      await page.goto(`/?lang=en${shareHash({ type: 'text', body: 'Bonjour' })}`);
      await page.getByRole('button', { name: 'New message', exact: true }).click();
      await page.evaluate(() => window.scrollBy(0, 400));
      // A trial click fails when anything else would take the click at the button's centre.
      await page.getByRole('button', { name: 'Undo' }).click({ trial: true });
    });
  });
}

test.describe('draft and sent', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('after 1 and after 3 sends, sent bubbles carry ticks and only the unsent one says "Draft"', async ({
    page,
  }) => {
    await page.goto(`/?lang=en${shareHash({ type: 'text', body: 'Message 1' })}`);
    await connect(page, freshConversation());
    const draftLabels = phone(page).getByText('Draft', { exact: true });
    const ticks = phone(page).getByRole('img', { name: 'Sent' });
    await expect(draftLabels).toHaveCount(1);
    await expect(ticks).toHaveCount(0);

    const message = page.getByRole('textbox', { name: 'Message' });
    await sendButton(page).click();
    await expect(sendResult(page)).toContainText('Sent');
    await expect(ticks).toHaveCount(1);
    await expect(draftLabels).toHaveCount(1);

    for (const n of [2, 3]) {
      await message.fill(`Message ${n}`);
      await sendButton(page).click();
      await expect(sendResult(page)).toContainText('Sent');
      await expect(ticks).toHaveCount(n);
    }
    await expect(draftLabels).toHaveCount(1);
    // The label sits on the last bubble: the draft, after every sent one.
    const lastBubbleText = await phone(page).getByTestId('draft-message').textContent();
    expect(lastBubbleText).toContain('Draft');
    expect(lastBubbleText).toContain('Message 3');
  });

  test('"Clear after send" empties the message once sent, and is remembered', async ({ page }) => {
    await page.goto(`/?lang=en${shareHash({ type: 'text', body: 'Vider après' })}`);
    await connect(page, freshConversation());
    const clear = page.getByRole('checkbox', { name: 'Clear after send' });
    await expect(clear).not.toBeChecked();
    await clear.check();
    await sendButton(page).click();
    await expect(sendResult(page)).toContainText('Sent');
    await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue('');
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Clear after send' })).toBeChecked();
  });

  test('a blocked Send moves focus to the first reason', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.getByText('Write your message: anything to fix will show here.')).toBeVisible();
    await expect(page.getByRole('heading', { name: /thing.* to fix/ })).toHaveCount(0);
    // Playwright does not click an aria-disabled button; a person can, and so can the keyboard.
    await sendButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#error-summary')).toBeFocused();
    await expect(page.getByRole('heading', { name: /thing.* to fix/ })).toBeVisible();
    await page.getByRole('textbox', { name: 'Message' }).fill('Bonjour');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByLabel('API token', { exact: true })).toBeFocused();
  });
});

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function downloadPng(page: Page): Promise<Buffer> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download image' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  return readFileSync(file);
}

test.describe('picture of the conversation', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('a 6-message thread exports whole, taller than the phone, and without the draft when asked', async ({
    page,
  }) => {
    // Six messages already in the sandbox's conversation: the phone reads the thread back from it.
    const conversationId = freshConversation();
    for (let n = 1; n <= 6; n += 1) {
      const response = await page.request.post('/sandbox/v1/messages', {
        headers: { Authorization: 'Bearer layout-token' },
        data: {
          send_to_third: true,
          conversation_id: conversationId,
          type: 'text',
          body: `Message ${n}\nUne ligne\nPuis une autre\nEt encore une\nPour que le fil dépasse l’écran.`,
        },
      });
      expect(response.status()).toBe(201);
    }
    await page.goto(`/?lang=en${shareHash({ type: 'text', body: 'Le brouillon' })}`);
    await connect(page, conversationId);
    await expect(phone(page).getByRole('img', { name: 'Sent' })).toHaveCount(6);
    const device = await boxOf(phone(page));
    const includeDraft = page.getByRole('checkbox', { name: 'Include the draft' });
    await expect(includeDraft).not.toBeChecked();

    const without = pngSize(await downloadPng(page));
    await expect(page.getByText(/Image saved/)).toBeVisible();
    // At twice the CSS size: taller than the phone on screen means the whole thread is in it.
    expect(without.height / 2).toBeGreaterThan(device.height + 40);
    expect(without.width / 2).toBeCloseTo(device.width, 0);

    await includeDraft.check();
    const withDraft = pngSize(await downloadPng(page));
    // The draft is one more bubble: the picture with it is taller than without.
    expect(withDraft.height).toBeGreaterThan(without.height);
    console.log(
      `[layout] PNG of 6 sent messages: ${without.width}×${without.height} px without the draft, ` +
        `${withDraft.width}×${withDraft.height} with it; phone on screen ${Math.round(device.width)}×${Math.round(device.height)}`,
    );
  });
});
