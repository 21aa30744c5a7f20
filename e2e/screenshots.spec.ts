/**
 * The page at the five screen sizes it is used on, phone light and dark, compared with the committed baselines
 * (`toHaveScreenshot`, with a small tolerance for anti-aliasing). Below `lg` the light run shows the Edit view and
 * the dark run the Preview view, so each width shows both the editor and the phone once. Update the baselines
 * with `--update-snapshots` after a deliberate visual change, and look at them before committing.
 */
import { examples, phone, shareHash, VIEWPORTS } from './helpers.ts';
import { expect, test } from './test.ts';

/** The clock in the phone and its bubbles: fixed, so the pictures do not change with the time of day. */
const FIXED_TIME = new Date('2026-03-02T10:30:00+01:00');

for (const viewport of VIEWPORTS) {
  for (const theme of ['light', 'dark'] as const) {
    const name = `${viewport.width}x${viewport.height}-${theme}`;
    test(`screenshot: ${name}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.clock.setFixedTime(FIXED_TIME);
      await page.goto(`/?lang=en${shareHash(examples['interactive-button'])}`);
      // The Button editor is a lazy chunk: on a busy two-core runner its first draw has taken over 5 s.
      await expect(page.getByRole('textbox', { name: 'Body' })).toHaveValue(
        examples['interactive-button'].body.body.text,
        { timeout: 15_000 },
      );
      const narrow = viewport.width < 1024;
      if (narrow && theme === 'dark')
        await page.getByRole('button', { name: 'Preview', exact: true }).click();
      const toggle = page.getByRole('switch', { name: 'Dark theme' });
      if (!narrow || theme === 'dark') {
        if ((await toggle.isChecked()) !== (theme === 'dark')) await toggle.click();
      }
      // Reaching the switch under the phone scrolled the page (and the phone's column): back to the top.
      await page.evaluate(() => {
        window.scrollTo(0, 0);
        document.getElementById('workspace-phone')?.scrollTo(0, 0);
      });
      if (!narrow || theme === 'dark') await expect(phone(page)).toBeInViewport({ ratio: 1 });
      await expect(page).toHaveScreenshot(`${name}.png`, { maxDiffPixelRatio: 0.02 });
    });
  }
}
