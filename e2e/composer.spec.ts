import {
  examples,
  expectNoConsoleErrors,
  importJson,
  phone,
  shareHash,
  tabTo,
  type ExampleName,
} from './helpers.ts';
import { expect, test } from './test.ts';

test.use({ locale: 'en-US' });

test('opens the shell in English and French', async ({ page, consoleErrors }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { name: 'Digishare Composer' })).toBeVisible();
  await expect(
    page
      .getByRole('radiogroup', { name: 'Message type' })
      .or(page.getByRole('group', { name: 'Message type' })),
  ).toBeVisible();
  await expect(phone(page)).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.getByRole('checkbox', { name: 'Envoyer au tiers' })).toBeChecked();
  await expect(page).toHaveURL(/lang=fr/);
  await expectNoConsoleErrors(consoleErrors);
});

const TEXTS: Record<ExampleName, string[]> = {
  text: ['Bonjour Adil ! Votre commande est prête.'],
  location: ['Digishare HQ', 'Casablanca, Maroc'],
  'interactive-button': ['Confirmation', 'Confirmez-vous la réception ?', 'Oui', 'Non'],
  'interactive-list': ['Menu Support', 'Choisissez une catégorie ci-dessous :', 'Sélectionner Option'],
  'interactive-location-request': ['Veuillez partager votre localisation actuelle.', 'Send location'],
};

for (const [name, payload] of Object.entries(examples) as [ExampleName, unknown][]) {
  test(`imports the spec's ${name} example and the phone shows it`, async ({ page }) => {
    await page.goto('/?lang=en');
    const dialog = await importJson(page, payload);
    await expect(dialog).toBeHidden();
    for (const text of TEXTS[name]) await expect(phone(page)).toContainText(text);
    await expect(page.getByText('Message ready to send.')).toBeVisible();
  });
}

test('an import with problems lists them with their paths and changes nothing', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByRole('textbox', { name: 'Message' }).fill('Kept as typed');
  const bad = structuredClone(examples['interactive-button']);
  bad.body.action.buttons[1]!.reply.title = 'x'.repeat(23);
  const dialog = await importJson(page, bad);
  await expect(dialog.getByRole('alert')).toContainText('body.action.buttons[1].reply.title: 23/20');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue('Kept as typed');

  const broken = await (async () => {
    await page.getByRole('button', { name: 'Import JSON' }).click();
    const d = page.getByRole('dialog', { name: 'Import a JSON message' });
    await d.getByRole('textbox', { name: 'Message JSON' }).fill('{\n  "type": "text",\n  "body": oops\n}');
    await d.getByRole('button', { name: 'Import', exact: true }).click();
    return d;
  })();
  await expect(broken.getByRole('alert')).toContainText('Invalid JSON at line 3, column 11.');
});

test('a share link round-trips a message and never carries the conversation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?lang=en');
  await page.getByRole('radio', { name: 'Reply buttons' }).check();
  await page.getByRole('textbox', { name: 'Body' }).fill('On se voit demain ? 👋');
  await page.getByRole('group', { name: 'Button 1' }).getByRole('textbox', { name: 'Title' }).fill('Oui');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#payload=[A-Za-z0-9_-]+$/);
  const json = JSON.parse(Buffer.from(link.split('#payload=')[1]!, 'base64url').toString('utf8'));
  expect(json).toEqual({
    type: 'interactive',
    body: {
      type: 'button',
      body: { text: 'On se voit demain ? 👋' },
      action: { buttons: [{ type: 'reply', reply: { id: 'btn_oui', title: 'Oui' } }] },
    },
    send_to_third: true,
  });

  const other = await context.newPage();
  await other.goto(link);
  await expect(
    other.getByRole('status').filter({ hasText: 'Message loaded from the share link.' }),
  ).toBeVisible();
  await expect(other.getByRole('radio', { name: 'Reply buttons' })).toBeChecked();
  await expect(other.getByRole('textbox', { name: 'Body' })).toHaveValue('On se voit demain ? 👋');
  await expect(phone(other).getByRole('button', { name: 'Oui' })).toBeVisible();
  expect(other.url()).not.toContain('#payload');
});

test('a broken share link shows an error and loads nothing', async ({ page }) => {
  await page.goto('/?lang=en#payload=not-base64!!');
  await expect(page.getByRole('alert')).toContainText('This share link is broken; nothing was loaded.');
  await expect(page.getByRole('radio', { name: 'Text' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue('');
});

test('the list sheet opens and a row tap shows the list_reply payload', async ({ page }) => {
  await page.goto(`/?lang=en${shareHash(examples['interactive-list'])}`);
  await phone(page)
    .getByRole('button', { name: /Sélectionner Option/ })
    .click();
  const sheet = page.getByRole('dialog', { name: 'Sélectionner Option' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByText('Support Technique')).toBeVisible();
  await sheet.getByRole('radio', { name: /Connexion/ }).check();
  await sheet.getByRole('button', { name: 'Send selection' }).click();
  const payload = page.getByRole('region', { name: 'Webhook payload' });
  await expect(payload).toContainText('"list_reply"');
  const text = await payload.locator('pre').textContent();
  expect(JSON.parse(text ?? '{}').data.data.body).toEqual({
    type: 'list_reply',
    list_reply: { id: 'row_2', title: 'Connexion', description: 'Accès au compte' },
  });
  await expect(phone(page).getByText('Connexion').last()).toBeVisible();
});

test('a two-section list can be composed with the keyboard alone', async ({ page }) => {
  // Over a hundred keystrokes and Tab hops: about 20 s on a quiet run, past the default 30 s on a busy machine.
  test.setTimeout(60_000);
  await page.goto('/?lang=en');
  await tabTo(page, 'Text');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'List' })).toBeChecked();
  await tabTo(page, /^Body/);
  await page.keyboard.type('Choisissez une catégorie :');
  await tabTo(page, 'List button label');
  await page.keyboard.type('Voir');
  await tabTo(page, 'Section title');
  await page.keyboard.type('Support');
  await tabTo(page, 'Title');
  await page.keyboard.type('Problèmes API');
  await tabTo(page, 'Add section');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Compte'); // focus moved to the new section's title
  await tabTo(page, 'Title');
  await page.keyboard.type('Connexion');
  await tabTo(page, 'Add row');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Mot de passe');

  await expect(page.getByText('3/10 rows')).toBeVisible();
  await expect(page.getByText('Message ready to send.')).toBeVisible();
  await phone(page).getByRole('button', { name: /Voir/ }).click();
  const sheet = page.getByRole('dialog', { name: 'Voir' });
  await expect(sheet.getByText('Compte')).toBeVisible();
  await expect(sheet.getByRole('radio', { name: /Mot de passe/ })).toBeVisible();
});

test('a 4,096-character text is accepted; one more is kept, flagged and trimmable', async ({ page }) => {
  await page.goto('/?lang=en');
  const body = page.getByRole('textbox', { name: 'Message' });
  await body.fill('é'.repeat(4096));
  await expect(page.locator('#field-text-body-counter')).toHaveText(/4,096\/4,096/);
  await expect(page.getByText('Message ready to send.')).toBeVisible();
  await body.press('End');
  await body.pressSequentially('!');
  await expect(body).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#field-text-body-counter')).toHaveText(/4,097\/4,096/);
  await expect(page.getByRole('heading', { name: '1 thing to fix before sending' })).toBeVisible();
  expect((await body.inputValue()).length).toBe(4097);
  await page.getByRole('button', { name: 'Trim to 4,096 characters' }).click();
  await expect(page.getByText('Message ready to send.')).toBeVisible();
});

test('formatting from the toolbar or Ctrl+B is undone by Ctrl+Z, like typing', async ({ page }) => {
  await page.goto('/?lang=en');
  const body = page.getByRole('textbox', { name: 'Message' });
  await body.fill('Bonjour Adil');
  await body.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(8, 12));
  await body.press('Control+b');
  await expect(body).toHaveValue('Bonjour *Adil*');
  await expect(phone(page).locator('strong')).toHaveText('Adil');
  await body.press('Control+z');
  await expect(body).toHaveValue('Bonjour Adil');
  await expect(phone(page).locator('strong')).toHaveCount(0);
});
