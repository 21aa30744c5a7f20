/**
 * The library end to end: drafts that survive a reload and a new tab, templates (save, search, load, rename,
 * duplicate, delete, undo, export, import with a bad entry), the send history of a real sandbox send (reopen,
 * resend after a confirmation), the phone exported as a real PNG of twice its size, the shortcuts — and the token
 * found in none of the browser's storage.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { examples, expectNoConsoleErrors, phone, shareHash } from './helpers.ts';
import { expect, test } from './test.ts';

const CANARY = 'canary-library-5d21c0';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function templates(page: Page) {
  return page.getByRole('region', { name: 'Templates' });
}

/** The templates themselves (the import report has lists of its own). */
function templateItems(page: Page) {
  return templates(page)
    .getByRole('list', { name: /^\d+ templates?$/ })
    .getByRole('listitem');
}

function history(page: Page) {
  return page.getByRole('region', { name: 'Send history' });
}

function messageField(page: Page) {
  return page.getByRole('textbox', { name: 'Message', exact: true });
}

/** The saved draft as the page stores it; {} when there is none or it is not JSON. */
async function storedDraft(page: Page): Promise<{ kind?: string; sendToThird?: boolean; drafts?: unknown }> {
  const raw = await page.evaluate(() => window.localStorage.getItem('digishare-composer:draft'));
  try {
    return raw === null ? {} : (JSON.parse(raw) as { kind?: string });
  } catch {
    return {};
  }
}

/** Everything the page could have kept: local and session storage, and the names of IndexedDB databases. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump = (storage: Storage) =>
      Object.fromEntries(
        Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').map((k) => [
          k,
          storage.getItem(k),
        ]),
      );
    const databases = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
    return JSON.stringify({
      local: dump(window.localStorage),
      session: dump(window.sessionStorage),
      indexedDB: databases.map((d) => d.name),
    });
  });
}

async function saveTemplate(page: Page, name: string) {
  await templates(page).getByRole('button', { name: 'Save as template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save the message as a template' });
  await dialog.getByRole('textbox', { name: 'Template name' }).fill(name);
  await dialog.getByRole('button', { name: /^(Save|Replace)$/ }).click();
  await expect(dialog).toBeHidden();
}

test('a draft of each kind survives a reload and opens in a new tab, over-limit text included', async ({
  page,
  context,
}) => {
  // Every kind filled, a reload and a second tab: 20-27 s on a quiet run, past the default 30 s on a busy machine.
  test.setTimeout(60_000);
  await page.goto('/?lang=en');
  const long = 'Très long message 👋 '.repeat(220); // 4,620 code points: over the 4,096 limit
  await messageField(page).fill(long);

  await page.getByRole('radio', { name: 'Location', exact: true }).check();
  await page.getByRole('textbox', { name: 'Latitude' }).fill('33,57a');
  await page.getByRole('textbox', { name: 'Place name' }).fill('Digishare HQ');

  await page.getByRole('radio', { name: 'Reply buttons' }).check();
  await page.getByRole('textbox', { name: 'Body' }).fill('Confirmez-vous la réception ?');
  await page.getByRole('group', { name: 'Button 1' }).getByRole('textbox', { name: 'Title' }).fill('Oui');

  await page.getByRole('radio', { name: 'List', exact: true }).check();
  await page.getByRole('textbox', { name: 'Body' }).fill('Choisissez une catégorie :');
  await page.getByRole('textbox', { name: 'List button label' }).fill('Voir');
  await page.getByRole('textbox', { name: 'Section title' }).fill('Support');
  await page.getByRole('textbox', { name: 'Title', exact: true }).first().fill('Problèmes API');

  await page.getByRole('radio', { name: 'Location request' }).check();
  await messageField(page).fill('Où êtes-vous ? مرحبا 📍');
  await page.getByRole('checkbox', { name: 'Send to third party' }).uncheck();

  // Saved as the user types (debounced), without any button.
  await expect.poll(async () => (await storedDraft(page)).sendToThird).toBe(false);
  await expect.poll(async () => JSON.stringify(await storedDraft(page))).toContain('مرحبا 📍');

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Location request' })).toBeChecked();
  await expect(messageField(page)).toHaveValue('Où êtes-vous ? مرحبا 📍');
  await expect(page.getByRole('checkbox', { name: 'Send to third party' })).not.toBeChecked();

  await page.getByRole('radio', { name: 'Text', exact: true }).check();
  await expect(messageField(page)).toHaveValue(long);
  await expect(messageField(page)).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('radio', { name: 'Location', exact: true }).check();
  await expect(page.getByRole('textbox', { name: 'Latitude' })).toHaveValue('33,57a');
  await expect(page.getByRole('textbox', { name: 'Place name' })).toHaveValue('Digishare HQ');

  await page.getByRole('radio', { name: 'Reply buttons' }).check();
  await expect(page.getByRole('textbox', { name: 'Body' })).toHaveValue('Confirmez-vous la réception ?');
  await expect(
    page.getByRole('group', { name: 'Button 1' }).getByRole('textbox', { name: 'Title' }),
  ).toHaveValue('Oui');

  await page.getByRole('radio', { name: 'List', exact: true }).check();
  await expect(page.getByRole('textbox', { name: 'Body' })).toHaveValue('Choisissez une catégorie :');
  await expect(page.getByRole('textbox', { name: 'List button label' })).toHaveValue('Voir');
  await expect(page.getByRole('textbox', { name: 'Section title' })).toHaveValue('Support');
  await expect(page.getByRole('textbox', { name: 'Title', exact: true }).first()).toHaveValue(
    'Problèmes API',
  );

  // A new tab starts from the latest saved draft.
  await expect.poll(async () => (await storedDraft(page)).kind).toBe('list');
  const other = await context.newPage();
  await other.goto('/?lang=en');
  await expect(other.getByRole('radio', { name: 'List', exact: true })).toBeChecked();
  await expect(other.getByRole('textbox', { name: 'List button label' })).toHaveValue('Voir');
});

test('a corrupt saved draft is skipped with a notice, never a crash', async ({ page }) => {
  await page.goto('/?lang=en');
  // Nothing typed: the page saves nothing at start-up, and leaving it has nothing to write over what we plant.
  await expect(messageField(page)).toBeVisible();
  await page.evaluate(() => window.localStorage.setItem('digishare-composer:draft', '{"v":1,"kind":'));
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Saved draft' })).toContainText(
    'could not be read',
  );
  await expect(messageField(page)).toHaveValue('');
  await messageField(page).fill('Nouveau départ');
  await expect.poll(async () => JSON.stringify(await storedDraft(page))).toContain('Nouveau départ');
  // The unreadable bytes were set aside, not lost.
  expect(await page.evaluate(() => window.localStorage.getItem('digishare-composer:draft:unreadable'))).toBe(
    '{"v":1,"kind":',
  );
});

test('"New message" starts fresh, by button or Alt+N, and Undo brings the draft back', async ({ page }) => {
  await page.goto('/?lang=en');
  await messageField(page).fill('À garder');
  await page.getByRole('button', { name: 'New message' }).click();
  await expect(messageField(page)).toHaveValue('');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(messageField(page)).toHaveValue('À garder');

  await messageField(page).focus();
  await page.keyboard.press('Alt+n');
  await expect(messageField(page)).toHaveValue('');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(messageField(page)).toHaveValue('À garder');
});

test('templates: save, search, load, rename, duplicate, delete and undo; they survive a reload', async ({
  page,
}) => {
  await page.goto(`/?lang=en${shareHash(examples['interactive-button'])}`);
  const panel = templates(page);
  // Below the fold, the panel's code comes with the page's idle-time batch: on a busy machine, seconds.
  await expect(panel.getByText('No templates yet.')).toBeVisible({ timeout: 15_000 });
  await saveTemplate(page, 'Confirmation');
  await expect(panel.getByRole('listitem', { name: 'Confirmation' })).toContainText('Reply buttons');

  // Alt+S saves too, from the field being typed in.
  await page.getByRole('radio', { name: 'Text', exact: true }).check();
  await messageField(page).fill('Votre colis est en route 🚚');
  await page.keyboard.press('Alt+s');
  const dialog = page.getByRole('dialog', { name: 'Save the message as a template' });
  await expect(dialog.getByRole('textbox', { name: 'Template name' })).toHaveValue(
    'Votre colis est en route 🚚',
  );
  await dialog.getByRole('textbox', { name: 'Template name' }).fill('Suivi colis');
  await page.keyboard.press('Enter');
  await expect(templateItems(page)).toHaveCount(2);

  // The search looks through names and text (Ctrl+K now opens the saved replies; the saved-replies spec covers it).
  const search = panel.getByRole('searchbox', { name: 'Search templates' });
  await search.focus();
  await page.keyboard.type('route');
  await expect(templateItems(page)).toHaveCount(1);
  await expect(panel.getByRole('listitem', { name: 'Suivi colis' })).toBeVisible();
  await search.fill('');

  await messageField(page).fill('Brouillon en cours');
  await panel.getByRole('button', { name: 'Load “Confirmation”' }).click();
  await expect(page.getByRole('radio', { name: 'Reply buttons' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Body' })).toHaveValue('Confirmez-vous la réception ?');
  await expect(phone(page).getByRole('button', { name: 'Oui' })).toBeVisible();

  await panel.getByRole('button', { name: 'Rename “Confirmation”' }).click();
  await panel.getByRole('textbox', { name: 'New name for “Confirmation”' }).fill('Confirmation réception');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('listitem', { name: 'Confirmation réception' })).toBeVisible();

  await panel.getByRole('button', { name: 'Duplicate “Confirmation réception”' }).click();
  await expect(panel.getByRole('listitem', { name: 'Confirmation réception (copy)' })).toBeVisible();

  await panel.getByRole('button', { name: 'Delete “Suivi colis”' }).click();
  await expect(panel.getByRole('listitem', { name: 'Suivi colis' })).toHaveCount(0);
  await expect(
    panel.getByRole('status').filter({ hasText: 'Template “Suivi colis” deleted.' }),
  ).toBeVisible();
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByRole('listitem', { name: 'Suivi colis' })).toBeVisible();

  await page.reload();
  await expect(templateItems(page)).toHaveCount(3);
  await expect(
    templates(page).getByRole('listitem', { name: 'Confirmation réception (copy)' }),
  ).toBeVisible();
});

test('templates export as a JSON file of API payloads; an import keeps good entries and lists bad ones', async ({
  page,
}) => {
  await page.goto(`/?lang=en${shareHash(examples['interactive-button'])}`);
  await saveTemplate(page, 'Confirmation');
  const panel = templates(page);

  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export all templates (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^digishare-templates-\d{8}-\d{4}\.json$/);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  const { type, body, send_to_third } = examples['interactive-button'];
  expect(exported).toEqual({
    format: 'digishare-composer-templates',
    version: 1,
    templates: [{ name: 'Confirmation', message: { type, body, send_to_third } }],
  });

  const tooLong = structuredClone(examples['interactive-button']);
  tooLong.body.action.buttons[1]!.reply.title = 'x'.repeat(23);
  const file = {
    ...exported,
    templates: [
      ...exported.templates,
      { name: 'Texte', message: { type: 'text', body: 'Bonjour !' } },
      { name: 'Trop long', message: tooLong },
      { name: 'Menu', message: examples['interactive-list'] },
    ],
  };
  const choosing = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Import templates…' }).click();
  await (
    await choosing
  ).setFiles({
    name: 'templates.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });

  const report = panel.getByRole('alert');
  await expect(report).toContainText('2 templates imported.');
  await expect(report).toContainText('1 was already in the library.');
  await expect(report).toContainText('1 entry rejected:');
  await expect(report).toContainText('Entry 3 (“Trop long”)');
  await expect(report).toContainText('message.body.action.buttons[1].reply.title: 23/20');
  await expect(templateItems(page)).toHaveCount(3);
  await expect(panel.getByRole('listitem', { name: 'Menu' })).toContainText('List');
  await expect(panel.getByRole('listitem', { name: 'Trop long' })).toHaveCount(0);

  // The import is one undoable step.
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(templateItems(page)).toHaveCount(1);
});

test('the history records a sandbox send, reopens it, resends after a confirmation; no storage holds the token', async ({
  page,
}) => {
  await page.goto(`/?lang=en${shareHash(examples.text)}`);
  const conversationId = `library-${process.pid}-${Date.now().toString(36)}`;
  await page.getByLabel('API token', { exact: true }).fill(CANARY);
  await page.getByLabel('Conversation ID', { exact: true }).fill(conversationId);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Send result' })).toContainText('Sent');

  const entries = history(page).getByRole('listitem');
  await expect(entries).toHaveCount(1);
  const entry = entries.first();
  await expect(entry).toContainText('Sent · HTTP 201');
  await expect(entry).toContainText(conversationId);
  await expect(entry).toContainText('sandbox');
  await expect(entry).toContainText(/msg_/);
  await expect(entry).toContainText(/\d+ ms/);

  await messageField(page).fill('Autre chose');
  await entry.getByRole('button', { name: 'Open in editor' }).click();
  await expect(messageField(page)).toHaveValue(examples.text.body);

  await entry.getByRole('button', { name: 'Resend…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Resend this message?' });
  await expect(confirm).toContainText(`conversation “${conversationId}”`);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(entries).toHaveCount(1);
  await entry.getByRole('button', { name: 'Resend…' }).click();
  await confirm.getByRole('button', { name: 'Resend', exact: true }).click();
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText(conversationId);

  await page.getByRole('region', { name: 'Connection' }).getByRole('button', { name: 'Change' }).click();
  await page.getByLabel('Conversation ID', { exact: true }).fill(`${conversationId}-b`);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(entries).toHaveCount(3);
  await history(page).getByRole('combobox', { name: 'Conversation' }).selectOption(conversationId);
  await expect(entries).toHaveCount(2);

  const downloading = page.waitForEvent('download');
  await history(page).getByRole('button', { name: 'Export 2 sends (JSON)' }).click();
  const exported = JSON.parse(await readFile(await (await downloading).path(), 'utf8'));
  expect(exported.format).toBe('digishare-composer-history');
  expect(exported.entries[0].envelope).toEqual({ ...examples.text, conversation_id: conversationId });
  expect(JSON.stringify(exported)).not.toContain(CANARY);

  await saveTemplate(page, 'Avec le jeton en mémoire');
  await page.reload();
  await expect(history(page).getByRole('listitem')).toHaveCount(3);
  const stored = await everythingStored(page);
  expect(stored).toContain('digishare-composer:history');
  expect(stored).toContain('digishare-composer:templates');
  expect(stored).toContain('digishare-composer:draft');
  expect(stored).not.toContain(CANARY);
});

test('"Download image" saves the phone as a real PNG at twice its size, in the current theme', async ({
  page,
  consoleErrors,
}) => {
  await page.goto(`/?lang=en${shareHash(examples.location)}`);
  await page.getByRole('switch', { name: 'Dark theme' }).check();
  const box = await phone(page).boundingBox();
  if (!box) throw new Error('the phone is not on screen');
  const scriptsBefore = await page.evaluate(() => performance.getEntriesByType('resource').length);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download image' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^digishare-preview-location-\d{8}-\d{4}\.png$/);
  await expect(page.getByRole('status').filter({ hasText: 'Image saved:' })).toBeVisible();

  const png = await readFile(await download.path());
  expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(Math.abs(width - box.width * 2)).toBeLessThanOrEqual(2);
  expect(Math.abs(height - box.height * 2)).toBeLessThanOrEqual(2);

  // It decodes, and it is a picture: many colours, the phone's left edge where it is on screen, and the dark
  // wallpaper where the dark theme puts it (its light twin is near white).
  const look = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0);
    const luma = (x: number, y: number, w: number, h: number) => {
      const { data } = context.getImageData(x, y, w, h);
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum += (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
      return sum / (data.length / 4);
    };
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97)
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return {
      colours: colours.size,
      // 2× pixels: the frame's bezel at the left edge, mid-height; the wallpaper below the chat header.
      bezelLuma: luma(4, canvas.height / 2, 8, 8),
      wallpaperLuma: luma(80, 400, 160, 120),
    };
  }, png.toString('base64'));
  expect(look.colours).toBeGreaterThan(20);
  expect(look.bezelLuma).toBeLessThan(60);
  expect(look.wallpaperLuma).toBeLessThan(80);

  // html-to-image came in its own chunk, on demand.
  expect(await page.evaluate(() => performance.getEntriesByType('resource').length)).toBeGreaterThan(
    scriptsBefore,
  );
  await expectNoConsoleErrors(consoleErrors);
});

test('the image is the whole conversation at 2×, and the chat on screen stays scrolled to the latest reply', async ({
  page,
}) => {
  await page.goto(`/?lang=en${shareHash(examples['interactive-button'])}`);
  // Enough customer replies to make the chat scroll; the phone follows the newest one.
  for (let i = 0; i < 8; i++) await phone(page).getByRole('button', { name: 'Oui' }).first().click();
  const shot = await phone(page).screenshot();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download image' }).click();
  const png = await readFile(await (await downloading).path());

  // The picture is the whole conversation at 2×, not the phone's viewport: as wide as the phone, and taller than
  // it once the replies make the chat scroll (PNG dimensions are at bytes 16–23 of the IHDR chunk).
  const size = (image: Buffer) => ({ width: image.readUInt32BE(16), height: image.readUInt32BE(20) });
  const [exported, onScreen] = [size(png), size(shot)];
  expect(exported.width).toBe(onScreen.width * 2);
  expect(exported.height).toBeGreaterThan(onScreen.height * 2);
  // On the page, the chat is still where the user left it: at the newest reply, scrollable.
  const chat = await phone(page).evaluate((root) => {
    const box = [...root.querySelectorAll<HTMLElement>('*')].find(
      (e) => e.scrollHeight > e.clientHeight + 10,
    );
    return (
      box && { fromBottom: box.scrollHeight - box.scrollTop - box.clientHeight, overflow: box.style.overflow }
    );
  });
  expect(chat).toEqual({ fromBottom: expect.any(Number), overflow: '' });
  expect(chat?.fromBottom).toBeLessThan(2);
});

test('a tap on a button the chat scrolled up to shows the reply, though the scroll is reported after the tap', async ({
  page,
}) => {
  await page.goto(`/?lang=en${shareHash(examples['interactive-button'])}`);
  for (let i = 0; i < 8; i++) await phone(page).getByRole('button', { name: 'Oui' }).first().click();
  const chat = () =>
    phone(page).evaluate((root) => {
      const box = root.querySelector<HTMLElement>('[data-export-scroll]')!;
      return { height: box.scrollHeight, fromBottom: box.scrollHeight - box.scrollTop - box.clientHeight };
    });
  const before = await chat();
  expect(before.fromBottom).toBeLessThan(2);
  // Scrolling to the button and tapping it in one task: the browser reports the scroll in the next frame, after
  // the tap, as it can when a tap follows a scroll closely (an automated click scrolls its target into view).
  await phone(page).evaluate((root) => {
    root.querySelector<HTMLElement>('[data-export-scroll]')!.scrollTop = 0;
    [...root.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent?.trim() === 'Oui')!
      .click();
  });
  // The reply arrived (the chat grew) and the chat followed it to the bottom.
  await expect.poll(async () => (await chat()).height).toBeGreaterThan(before.height);
  await expect.poll(async () => (await chat()).fromBottom).toBeLessThan(2);
});

test('"Copy image" puts a PNG on the clipboard where the browser allows it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/?lang=en${shareHash(examples['interactive-list'])}`);
  await page.getByRole('button', { name: 'Copy image' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Image copied to the clipboard.' })).toBeVisible();
  const types = await page.evaluate(async () =>
    (await navigator.clipboard.read()).flatMap((item) => item.types),
  );
  expect(types).toContain('image/png');
});

test('"?" lists the shortcuts, send included; Escape closes; "/" opens the saved replies', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overlay).toBeVisible();
  await expect(overlay.getByRole('row', { name: /Send the message/ })).toContainText('Ctrl+Enter');
  await expect(overlay.getByRole('row', { name: /New message/ })).toContainText('Alt+N');
  await expect(overlay.getByRole('row', { name: /Save as template/ })).toContainText('Alt+S');
  await expect(overlay.getByRole('row', { name: /Insert a saved reply/ })).toContainText('/');
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();

  await page.keyboard.press('/');
  const search = page
    .getByRole('dialog', { name: 'Insert a saved reply' })
    .getByRole('combobox', { name: 'Search saved replies' });
  await expect(search).toBeFocused();
  // Typed in a field, "?" is just a character.
  await page.keyboard.press('?');
  await expect(overlay).toBeHidden();
  await expect(search).toHaveValue('?');
});
