/**
 * A whole scenario with the keyboard alone — no mouse, no click, no fill: choose List, write its header and
 * body, build two sections of two rows, fix a duplicate id from the error summary, pick a row in the phone's
 * list sheet, set the connection and send with Ctrl+Enter. Focus is visible at every stop and lands where
 * expected after each action.
 */
import type { Page } from '@playwright/test';
import { phone, tabTo } from './helpers.ts';
import { expect, test } from './test.ts';

/** The focused element shows a focus indicator: it matches :focus-visible and draws an outline or a ring. */
async function expectFocusVisible(page: Page) {
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { visible: false, what: 'nothing focused' };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    const ring = style.boxShadow !== 'none';
    // A visually hidden input (a switch, a radio) shows its focus on the drawn control next to it.
    const peer = el.nextElementSibling ? getComputedStyle(el.nextElementSibling) : null;
    const peerOutline = peer !== null && peer.outlineStyle !== 'none' && parseFloat(peer.outlineWidth) >= 1;
    return {
      visible: el.matches(':focus-visible') && (outline || ring || peerOutline),
      what: `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 40) ?? ''}`,
    };
  });
  expect(focus, `focus indicator on ${focus.what}`).toMatchObject({ visible: true });
}

/** Tab to a control, check its focus is visible, then type. */
async function typeInto(page: Page, name: string | RegExp, text: string) {
  await tabTo(page, name);
  await expectFocusVisible(page);
  await page.keyboard.type(text);
}

test('a list message from kind to send, with the keyboard alone', async ({ page }) => {
  // About a hundred Tab presses, each checked: generous for a loaded machine.
  test.setTimeout(180_000);
  await page.goto('/?lang=en');

  await tabTo(page, 'Text');
  await expectFocusVisible(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'List' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'List' })).toBeFocused();

  await typeInto(page, /^Header/, 'Support Digishare');
  await typeInto(page, /^Body/, 'Choose a topic:');
  await typeInto(page, 'List button label', 'Topics');

  // Section 1: two rows.
  await typeInto(page, 'Section title', 'Technical');
  await typeInto(page, 'Title', 'API');
  await tabTo(page, 'Add row');
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('#field-list-sections-0-rows-1-title')).toBeFocused();
  await page.keyboard.type('Webhooks');

  // Section 2: two rows; the last row's id is typed by hand as a duplicate of the first.
  await tabTo(page, 'Add section');
  await page.keyboard.press('Enter');
  await expect(page.locator('#field-list-sections-1-title')).toBeFocused();
  await page.keyboard.type('Account');
  await typeInto(page, 'Title', 'Login');
  await tabTo(page, 'Add row');
  await page.keyboard.press('Enter');
  await expect(page.locator('#field-list-sections-1-rows-1-title')).toBeFocused();
  await page.keyboard.type('Billing');
  await tabTo(page, 'ID');
  const lastId = page.locator('#field-list-sections-1-rows-1-id');
  await expect(lastId).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('row_api');
  await expect(page.getByText('4/10 rows')).toBeVisible();

  // The error summary names the duplicate; its entry takes focus to the field, where it is fixed.
  const summary = page.getByRole('region', { name: /things? to fix before sending/ });
  await expect(summary).toBeVisible();
  const entry = summary.getByRole('button').filter({ hasText: '“row_api”' }).last();
  const entryName = (await entry.textContent()) ?? '';
  await tabTo(page, entryName.trim(), 120);
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  const focusedId = page.locator(':focus');
  await expect(focusedId).toHaveValue('row_api');
  await expect(focusedId).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('row_billing');
  await expect(page.getByText('Message ready to send.')).toBeVisible();

  // The phone's list sheet: opened, a row picked, sent — focus moves into the sheet and back to its opener.
  const opener = phone(page).getByRole('button', { name: /Topics/ });
  await tabTo(page, 'Topics', 120);
  await expect(opener).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  const sheet = page.getByRole('dialog', { name: 'Topics' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('Tab');
  await expect(sheet.getByRole('radio', { name: /API/ })).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('ArrowDown');
  await expect(sheet.getByRole('radio', { name: /Webhooks/ })).toBeChecked();
  await tabTo(page, 'Send selection');
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(sheet).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(page.getByText('"list_reply"')).toBeVisible();

  // The connection, then Ctrl+Enter from the last field.
  await typeInto(page, 'API token', 'keyboard-token');
  await typeInto(page, 'Conversation ID', `keyboard-${Date.now().toString(36)}`);
  const conversation = page.getByLabel('Conversation ID', { exact: true });
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByRole('status', { name: 'Send result' })).toContainText('Sent');
  await expect(page.getByRole('status', { name: 'Send result' })).toContainText('HTTP 201');
  // Sending does not steal focus: the agent can keep typing where they were.
  await expect(conversation).toBeFocused();
});
