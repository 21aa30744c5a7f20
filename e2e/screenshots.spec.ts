/** Screenshots of the editor and the phone for each kind, light and dark, kept as test artifacts. */
import { examples, phone, shareHash, type ExampleName } from './helpers.ts';
import { expect, test } from './test.ts';

for (const theme of ['light', 'dark'] as const) {
  for (const name of Object.keys(examples) as ExampleName[]) {
    test(`screenshot: ${name}, ${theme}`, async ({ page }, testInfo) => {
      await page.goto(`/?lang=en${shareHash(examples[name])}`);
      const toggle = page.getByRole('switch', { name: 'Dark theme' });
      if ((await toggle.isChecked()) !== (theme === 'dark')) await toggle.click();
      await expect(phone(page)).toBeVisible();
      await page.waitForLoadState('networkidle');
      const file = testInfo.outputPath(`${name}-${theme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await phone(page).screenshot({ path: testInfo.outputPath(`${name}-${theme}-phone.png`) });
      await testInfo.attach(`${name}-${theme}`, { path: file, contentType: 'image/png' });
    });
  }
}
