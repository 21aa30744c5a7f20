/**
 * The interface in Arabic and at small sizes: <html lang dir> follows the language, the page reflows without
 * horizontal scrolling at 320 CSS px and at 200 % zoom (WCAG 1.4.10), fields have their names and descriptions
 * in every language, and screenshots of each kind in Arabic, light and dark, land in e2e/artifacts/rtl.
 */
import type { Page } from '@playwright/test';
import { examples, shareHash, type ExampleName } from './helpers.ts';
import { LANGUAGES, phoneIn, text } from './i18n-helpers.ts';
import { expect, test } from './test.ts';

test.describe.configure({ timeout: 90_000 });

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('<html lang dir> follows the language, switching loads the other catalog', async ({ page }) => {
  await page.goto('/?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digishare Composer');
  await expect(page.getByRole('button', { name: 'استيراد JSON' })).toBeVisible();
  // The map and code stay left to right inside the right-to-left page.
  await expect(page.locator('pre').first()).toHaveAttribute('dir', 'ltr');

  await page.getByRole('combobox', { name: 'اللغة' }).selectOption('fr');
  await expect(page.getByRole('button', { name: 'Importer du JSON' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveURL(/lang=fr/);
});

for (const lang of LANGUAGES) {
  test(`reflows at 320 CSS px and at 200 % zoom without horizontal scrolling (${lang})`, async ({ page }) => {
    for (const name of ['interactive-list', 'location'] as const) {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`/?lang=${lang}${shareHash(examples[name])}`);
      // Below lg the editor and the phone are two views: both must fit.
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect({ name, width: 320, overflow: await horizontalOverflow(page) }).toEqual({
        name,
        width: 320,
        overflow: 0,
      });
      await page.getByRole('button', { name: text(lang, 'app.tabs.preview') }).click();
      await expect(phoneIn(page, lang)).toBeVisible();
      expect({ name, width: 320, view: 'preview', overflow: await horizontalOverflow(page) }).toEqual({
        name,
        width: 320,
        view: 'preview',
        overflow: 0,
      });
      await page.getByRole('button', { name: text(lang, 'app.tabs.edit') }).click();
      // 200 % zoom of a 1280 px window is a 640 CSS px viewport.
      await page.setViewportSize({ width: 640, height: 480 });
      expect({ name, width: 640, overflow: await horizontalOverflow(page) }).toEqual({
        name,
        width: 640,
        overflow: 0,
      });
    }
  });

  test(`fields have names and descriptions, and the counter says how far over it is (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/?lang=${lang}`);
    const body = page.getByRole('textbox', { name: text(lang, 'composer.text.body'), exact: true });
    await expect(body).toHaveAccessibleName(text(lang, 'composer.text.body'));
    await expect(body).toHaveAccessibleDescription(
      new RegExp(`^0/4[.,\\s]?096 ${text(lang, 'composer.counter.characters')}`),
    );
    const token = page.getByLabel(text(lang, 'connection.token.label'), { exact: true });
    await expect(token).toHaveAccessibleName(text(lang, 'connection.token.label'));
    const conversation = page.getByLabel(text(lang, 'connection.conversation.label'), { exact: true });
    await expect(conversation).toHaveAccessibleDescription(
      new RegExp(text(lang, 'connection.conversation.hint').replace(/[.()]/g, '\\$&')),
    );
    await expect(page.getByRole('switch', { name: text(lang, 'preview.darkTheme') })).toBeVisible();

    await body.fill('x'.repeat(4098));
    await expect(body).toHaveAttribute('aria-invalid', 'true');
    const over = { fr: 'dépassement de 2 caractères', en: 'over by 2 characters', ar: 'تجاوز الحد بحرفين' }[
      lang
    ];
    await expect(body).toHaveAccessibleDescription(new RegExp(`4[.,\\s]?098/4[.,\\s]?096 .*${over}`));
  });
}

for (const theme of ['light', 'dark'] as const) {
  for (const name of Object.keys(examples) as ExampleName[]) {
    test(`Arabic screenshot: ${name}, ${theme}`, async ({ page }) => {
      await page.goto(`/?lang=ar${shareHash(examples[name])}`);
      const toggle = page.getByRole('switch', { name: text('ar', 'preview.darkTheme') });
      if ((await toggle.isChecked()) !== (theme === 'dark')) await toggle.check();
      await expect(phoneIn(page, 'ar')).toBeVisible();
      if (name === 'location')
        await expect(page.locator('.leaflet-marker-icon')).toBeVisible({ timeout: 20_000 });
      await page.screenshot({ path: `e2e/artifacts/rtl/${name}-${theme}.png`, fullPage: true });
      await phoneIn(page, 'ar').screenshot({ path: `e2e/artifacts/rtl/${name}-${theme}-phone.png` });
    });
  }
}
