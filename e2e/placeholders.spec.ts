/**
 * Placeholders end to end, against the real sandbox: `{{name}}` in several fields gets one box per name, Send
 * waits for every value, what arrives is filled (no `{{` anywhere), a value that pushes a title over its limit
 * blocks Send on that field, "/" inserts a saved reply with focus on its first variable, and the exported
 * templates keep the placeholders, never the values.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoConsoleErrors, phone, shareHash } from './helpers.ts';
import { expect, test } from './test.ts';

/** Screenshots of the flow, for the record: `E2E_SHOTS=<folder>` (left out of ordinary runs, which they slow). */
async function shot(page: Page, name: string) {
  const folder = process.env.E2E_SHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}

let counter = 0;
function freshConversationId(): string {
  counter += 1;
  return `ph-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

const BUTTON_TEMPLATE = {
  type: 'interactive',
  body: {
    type: 'button',
    header: { type: 'text', text: 'Order {{order}}' },
    body: { text: 'Hello {{ customer_name }}, is order {{order}} *ready* for pickup?' },
    action: {
      buttons: [
        { type: 'reply', reply: { id: 'btn_yes', title: 'Yes {{customer_name}}' } },
        { type: 'reply', reply: { id: 'btn_later', title: 'Later' } },
      ],
    },
  },
  send_to_third: true,
};

function sendButton(page: Page) {
  return page.getByRole('button', { name: 'Send', exact: true });
}

function variable(page: Page, name: string) {
  return page.getByRole('textbox', { name, exact: true });
}

async function connect(page: Page, conversationId: string) {
  await page.getByLabel('API token', { exact: true }).fill('token-placeholders');
  await page.getByLabel('Conversation ID', { exact: true }).fill(conversationId);
}

async function stored(page: Page, conversationId: string) {
  const response = await page.request.get(
    `/sandbox/v1/conversations/${encodeURIComponent(conversationId)}/messages`,
    { headers: { Authorization: 'Bearer x' } },
  );
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: { type: string; body: unknown }[] }).data;
}

test('a text message with placeholders is filled, and only the filled text is sent', async ({
  page,
  consoleErrors,
}) => {
  const conversationId = freshConversationId();
  await page.goto('/?lang=en');
  await connect(page, conversationId);
  await page
    .getByRole('textbox', { name: 'Message', exact: true })
    .fill('Hello {{customer_name}}, your order {{order_no}} is ready. Thanks, {{customer_name}}!');

  const variables = page.getByRole('region', { name: 'Variables' });
  await expect(variables.getByRole('textbox')).toHaveCount(2);
  await expect(variables.getByRole('textbox').nth(0)).toHaveAccessibleName('customer_name');
  await expect(variables.getByRole('textbox').nth(1)).toHaveAccessibleName('order_no');

  await expect(sendButton(page)).toBeDisabled();
  await expect(sendButton(page)).toHaveAccessibleDescription(/Missing values: customer_name, order_no\./);
  await variable(page, 'customer_name').fill('Amina *B.*');
  await expect(sendButton(page)).toHaveAccessibleDescription(/Missing values: order_no\./);
  await expect(sendButton(page)).toBeDisabled();
  await shot(page, '1-text-missing-value');

  await variable(page, 'order_no').fill('A-1042');
  await expect(sendButton(page)).toBeEnabled();
  const filled = 'Hello Amina *B.*, your order A-1042 is ready. Thanks, Amina *B.*!';
  // The counter counts what is sent; the inspector shows it; the phone renders the value's markers.
  await expect(page.locator('#field-text-body-counter')).toContainText(`${[...filled].length}/4,096`);
  await expect(page.locator('pre').filter({ hasText: filled }).first()).toBeVisible();
  await expect(phone(page).locator('strong', { hasText: 'B.' }).first()).toBeVisible();
  await shot(page, '2-text-filled');

  await sendButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sent' }).first()).toBeVisible();
  const [message] = await stored(page, conversationId);
  expect(message).toMatchObject({ type: 'text', body: filled });
  expect(JSON.stringify(message)).not.toContain('{{');
  // The template stays in the editor for the next customer.
  await expect(page.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue(
    /\{\{customer_name\}\}/,
  );
  await expectNoConsoleErrors(consoleErrors);
});

test('a button message with placeholders in header, body and a title: a long value blocks Send on that title', async ({
  page,
  consoleErrors,
}) => {
  const conversationId = freshConversationId();
  await page.goto(`/?lang=en${shareHash(BUTTON_TEMPLATE)}`);
  await connect(page, conversationId);
  const variables = page.getByRole('region', { name: 'Variables' });
  await expect(variables.getByRole('textbox')).toHaveCount(2);
  await expect(variables.getByRole('textbox').nth(0)).toHaveAccessibleName('order');
  await expect(variables.getByRole('textbox').nth(1)).toHaveAccessibleName('customer_name');

  await variable(page, 'order').fill('A-7');
  // "Yes " + 20 characters = 24: over the 20 of a button title.
  await variable(page, 'customer_name').fill('Abdelkarim Bennani X');
  const title = page.getByRole('group', { name: 'Button 1' }).getByRole('textbox', { name: 'Title' });
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription(/^24\/20 characters/);
  await expect(sendButton(page)).toBeDisabled();
  await shot(page, '3-button-title-too-long');

  await variable(page, 'customer_name').fill('Amina');
  await expect(title).not.toHaveAttribute('aria-invalid', 'true');
  await expect(sendButton(page)).toBeEnabled();
  await sendButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sent' }).first()).toBeVisible();
  const [message] = await stored(page, conversationId);
  expect(JSON.stringify(message)).not.toContain('{{');
  expect(message?.body).toEqual({
    type: 'button',
    header: { type: 'text', text: 'Order A-7' },
    body: { text: 'Hello Amina, is order A-7 *ready* for pickup?' },
    action: {
      buttons: [
        { type: 'reply', reply: { id: 'btn_yes', title: 'Yes Amina' } },
        { type: 'reply', reply: { id: 'btn_later', title: 'Later' } },
      ],
    },
  });
  await page.getByLabel('Show placeholders').check();
  await expect(phone(page).getByText('Order {{order}}', { exact: true })).toBeVisible();
  await shot(page, '4-preview-placeholders-highlighted');
  await expectNoConsoleErrors(consoleErrors);
});

test('"/" in an empty field opens the saved replies; Enter inserts one and focuses its first variable', async ({
  page,
}) => {
  await page.goto(`/?lang=en${shareHash(BUTTON_TEMPLATE)}`);
  const templates = page.getByRole('region', { name: 'Templates' });
  await page.getByText('Template defaults and samples').click();
  await page.getByRole('textbox', { name: 'Default for order', exact: true }).fill('to confirm');
  await templates.getByRole('button', { name: 'Save as template…' }).click();
  const save = page.getByRole('dialog', { name: 'Save the message as a template' });
  await save.getByRole('textbox', { name: 'Template name' }).fill('Pickup ready');
  await save.getByRole('button', { name: /^(Save|Replace)$/ }).click();
  await expect(save).toBeHidden();

  await page.getByRole('radio', { name: 'Text' }).check();
  const body = page.getByRole('textbox', { name: 'Message', exact: true });
  await body.fill('');
  await body.press('/');
  const list = page.getByRole('dialog', { name: 'Insert a saved reply' });
  await expect(list.getByRole('combobox', { name: 'Search saved replies' })).toBeFocused();
  await expect(list.getByRole('option', { name: /Pickup ready/ })).toHaveAttribute('aria-selected', 'true');
  await shot(page, '5-saved-replies');
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
  await expect(page.getByRole('radio', { name: 'Reply buttons' })).toBeChecked();
  await expect(variable(page, 'order')).toBeFocused();
  await expect(variable(page, 'order')).toHaveValue('to confirm');
  // The kind changed: Undo brings the text editor back.
  await expect(page.getByRole('button', { name: 'Undo' }).first()).toBeVisible();
  await shot(page, '6-inserted-first-variable-focused');
});

test('exported templates keep the placeholders and never the values', async ({ page }) => {
  await page.goto(`/?lang=en${shareHash(BUTTON_TEMPLATE)}`);
  await variable(page, 'customer_name').fill('Secret-Value-Amina');
  await variable(page, 'order').fill('Secret-Order-9');
  const templates = page.getByRole('region', { name: 'Templates' });
  await templates.getByRole('button', { name: 'Save as template…' }).click();
  const save = page.getByRole('dialog', { name: 'Save the message as a template' });
  await save.getByRole('textbox', { name: 'Template name' }).fill('Pickup');
  await save.getByRole('button', { name: /^(Save|Replace)$/ }).click();
  const downloading = page.waitForEvent('download');
  await templates.getByRole('button', { name: 'Export all templates (JSON)' }).click();
  const text = await readFile(await (await downloading).path(), 'utf8');
  const exported = JSON.parse(text) as { templates: { name: string; message: { body: unknown } }[] };
  expect(exported.templates[0]?.message.body).toEqual(BUTTON_TEMPLATE.body);
  expect(text).not.toContain('Secret-');
});
