/**
 * Axe (WCAG 2.0/2.1/2.2 A and AA) on every state that matters, in French, English and Arabic: each message kind,
 * the dark phone with the list sheet open, the error summary, the map picker, every dialog, and the narrow layout.
 * No serious or critical violation is allowed. States are grouped per page load to keep the run short.
 */
import { examples, shareHash, type ExampleName } from './helpers.ts';
import { LANGUAGES, errorSummary, phoneIn, seriousViolations, text } from './i18n-helpers.ts';
import { expect, test } from './test.ts';

// Each test scans several states; a full-page axe run takes seconds on a loaded machine.
test.describe.configure({ timeout: 120_000 });
const PHONE = 'section[aria-labelledby="preview-heading"]';
const EDITOR = 'section[aria-labelledby="editor-heading"]';
const OPEN_DIALOG = 'dialog[open], [role="dialog"]';

/** A list whose two rows share an id: the error summary shows. */
function duplicateIdList() {
  const list = structuredClone(examples['interactive-list']);
  const rows = list.body.action.sections.flatMap((section) => section.rows);
  const [first, second] = rows;
  if (first && second) second.id = first.id;
  return list;
}

for (const lang of LANGUAGES) {
  for (const name of Object.keys(examples) as ExampleName[]) {
    test(`axe: ${name}${name === 'location' ? ' with the map picker' : ''} (${lang})`, async ({ page }) => {
      await page.goto(`/?lang=${lang}${shareHash(examples[name])}`);
      await expect(phoneIn(page, lang)).toBeVisible();
      if (name === 'location') {
        // Leaflet is a lazy chunk: wait for the map and its pin before scanning.
        await expect(page.locator('.leaflet-marker-icon')).toBeVisible({ timeout: 20_000 });
      }
      expect(await seriousViolations(page, `${lang} ${name}`)).toEqual([]);
    });
  }

  test(`axe: the dark phone with the list sheet open, the error summary (${lang})`, async ({ page }) => {
    const found: string[] = [];
    const list = examples['interactive-list'];
    await page.goto(`/?lang=${lang}${shareHash(list)}`);
    await page.getByRole('switch', { name: text(lang, 'preview.darkTheme') }).click();
    await phoneIn(page, lang).getByRole('button', { name: list.body.action.button }).click();
    await expect(page.getByRole('dialog', { name: list.body.action.button })).toBeVisible();
    found.push(...(await seriousViolations(page, `${lang} dark phone, list sheet open`, PHONE)));

    await page.goto(`/?lang=${lang}${shareHash(duplicateIdList())}`);
    await expect(page.getByRole('radio', { name: text(lang, 'kind.list') })).toBeChecked();
    await expect(errorSummary(page, lang)).toBeVisible();
    found.push(...(await seriousViolations(page, `${lang} error summary`, EDITOR)));
    expect(found).toEqual([]);
  });

  test(`axe: every dialog open (${lang})`, async ({ page }) => {
    const found: string[] = [];
    await page.goto(`/?lang=${lang}${shareHash(examples.text)}`);

    await page.getByRole('button', { name: text(lang, 'composer.import.open') }).click();
    const importDialog = page.getByRole('dialog', { name: text(lang, 'composer.import.title') });
    await expect(importDialog).toBeVisible();
    found.push(...(await seriousViolations(page, `${lang} import dialog`, OPEN_DIALOG)));
    await page.keyboard.press('Escape');
    await expect(importDialog).toBeHidden();

    await page.getByRole('button', { name: text(lang, 'library.shortcuts.button') }).click();
    const shortcuts = page.getByRole('dialog', { name: text(lang, 'library.shortcuts.title') });
    await expect(shortcuts).toBeVisible();
    found.push(...(await seriousViolations(page, `${lang} shortcuts dialog`, OPEN_DIALOG)));
    await page.keyboard.press('Escape');
    await expect(shortcuts).toBeHidden();

    await page.getByRole('button', { name: text(lang, 'library.templates.saveCurrent') }).click();
    const save = page.getByRole('dialog', { name: text(lang, 'library.templates.saveTitle') });
    await expect(save).toBeVisible();
    found.push(...(await seriousViolations(page, `${lang} save template dialog`, OPEN_DIALOG)));
    await page.keyboard.press('Escape');
    await expect(save).toBeHidden();

    await page.getByLabel(text(lang, 'connection.token.label'), { exact: true }).fill('a11y-token');
    await page
      .getByLabel(text(lang, 'connection.conversation.label'), { exact: true })
      .fill(`a11y-${lang}-${Date.now().toString(36)}`);
    await page.getByRole('button', { name: text(lang, 'connection.send.button'), exact: true }).click();
    await expect(page.getByRole('status', { name: text(lang, 'connection.send.result') })).toContainText(
      'HTTP 201',
    );
    await page.getByRole('button', { name: text(lang, 'library.history.resend') }).click();
    await expect(
      page.getByRole('dialog', { name: text(lang, 'library.history.confirmTitle') }),
    ).toBeVisible();
    found.push(...(await seriousViolations(page, `${lang} resend confirmation`, OPEN_DIALOG)));
    expect(found).toEqual([]);
  });
}

test('axe: the narrow layout (390 px), its Edit and Preview views, in each language', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const found: string[] = [];
  for (const lang of LANGUAGES) {
    await page.goto(`/?lang=${lang}${shareHash(examples['interactive-button'])}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    found.push(...(await seriousViolations(page, `${lang} narrow, Edit`)));
    await page.getByRole('button', { name: text(lang, 'app.tabs.preview') }).click();
    await expect(phoneIn(page, lang)).toBeVisible();
    found.push(...(await seriousViolations(page, `${lang} narrow, Preview`)));
  }
  expect(found).toEqual([]);
});
