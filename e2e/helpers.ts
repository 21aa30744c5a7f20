import { type Locator, type Page, expect } from '@playwright/test';
import examples from '../src/domain/message/fixtures/spec-examples.json' with { type: 'json' };

export { examples };
export type ExampleName = keyof typeof examples;

/** `/#payload=…` for a message, as another tool would build it: base64url of the UTF-8 JSON. */
/** The screens the page is built for (laptops, a tablet upright, a phone), widest first. */
export const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
] as const;

export function shareHash(message: { type: string; body: unknown; send_to_third?: boolean }): string {
  const { type, body, send_to_third } = message;
  return `#payload=${Buffer.from(JSON.stringify({ type, body, send_to_third })).toString('base64url')}`;
}

export function phone(page: Page): Locator {
  return page.getByRole('region', { name: 'Phone preview' });
}

/** Presses Tab until the focused element has the given accessible name; only the keyboard moves focus. */
export async function tabTo(page: Page, name: string | RegExp, maxPresses = 60) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return '';
      const labelled = el.getAttribute('aria-label');
      if (labelled) return labelled;
      const labels = (el as HTMLInputElement).labels;
      if (labels && labels.length > 0) return (labels[0]?.textContent ?? '').trim();
      return (el.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

export async function importJson(page: Page, json: unknown) {
  await page.getByRole('button', { name: 'Import JSON' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a JSON message' });
  await dialog.getByRole('textbox', { name: 'Message JSON' }).fill(JSON.stringify(json, null, 2));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  return dialog;
}

export async function expectNoConsoleErrors(errors: string[]) {
  expect(errors.filter((e) => !e.includes('net::ERR_BLOCKED_BY_CLIENT'))).toEqual([]);
}
