// Oversized input, each with a time budget: the inputs that once froze the tab for seconds to minutes (a 5 MB
// paste, "Load anyway" on a 10,000-row list, a 2 MB share link, a 10,000-row or 4M-character saved draft at
// startup). Builds the app, serves it with `vite preview` and drives headless Chromium; each case is timed from
// the action to the moment the page shows its answer. Exits 1 when a case is over its budget.
//
// What a user waits for is timed, not what the test driver spends handing megabytes to the browser: the 5 MB
// clipboard text is built in the page before the clock starts (sending it over the DevTools protocol alone takes
// about a second), and the share link's answer is stamped by the page itself the moment it appears (the driver
// takes seconds to relay the events of a 2 MB URL, so asking the page for the time afterwards measured the driver).
// The link opens as in a new tab (a full load); beside it, the same link on a static page that runs no script
// shows what the browser alone spends on a 2 MB URL.
//
//   npm run bench:bounds     (CHROMIUM_PATH overrides /usr/bin/chromium; BENCH_PORT, SKIP_BUILD=1 to reuse dist/)
import { launchChromium, servePreview } from './lib/preview.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4598);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** A case still running after this long is reported as "over" and abandoned. */
const GIVE_UP_MS = Number(process.env.GIVE_UP_MS ?? 90_000);

function listMessage(rows) {
  return {
    type: 'interactive',
    body: {
      type: 'list',
      body: { text: 'Choisissez' },
      action: {
        button: 'Voir',
        sections: [
          {
            title: 'Rows',
            rows: Array.from({ length: rows }, (_, i) => ({ id: `row_${i}`, title: `Row ${i}` })),
          },
        ],
      },
    },
  };
}

function listDraft(rows) {
  return {
    kind: 'list',
    header: '',
    body: 'Choisissez',
    button: 'Voir',
    sections: [
      {
        title: 'Rows',
        rows: Array.from({ length: rows }, (_, i) => ({
          id: `row_${i}`,
          title: `Row ${i}`,
          description: '',
        })),
      },
    ],
  };
}

function savedDraft(drafts, kind) {
  const empty = {
    text: { kind: 'text', body: '' },
    location: { kind: 'location', latitude: '', longitude: '', name: '', address: '' },
    button: { kind: 'button', header: '', body: '', buttons: [{ id: '', title: '' }] },
    list: listDraft(1),
    location_request: { kind: 'location_request', body: '' },
  };
  return JSON.stringify({
    v: 1,
    savedAt: new Date().toISOString(),
    kind,
    sendToThird: true,
    drafts: { ...empty, ...drafts },
  });
}

const base64Url = (text) => Buffer.from(text, 'utf8').toString('base64url');

const FIVE_MB_BODY_CHARS = 5 * 1024 * 1024;
const TEN_K_ROWS = JSON.stringify(listMessage(10_000));
const TWO_MB_LINK = base64Url(JSON.stringify({ type: 'text', body: 'y'.repeat(1_500_000) }));

async function openImport(page) {
  await page.getByRole('button', { name: 'Import JSON' }).click();
  return page.getByRole('dialog');
}

/** Puts a `{type: 'text'}` message of `chars` characters on the page's stand-in clipboard, built in the page. */
async function fillClipboard(page, chars) {
  await page.evaluate((n) => {
    window.__benchClipboard = JSON.stringify({ type: 'text', body: 'x'.repeat(n) });
  }, chars);
}

/** Pastes the stand-in clipboard into the field as the browser would (a paste event the page may refuse). */
async function clipboardPaste(locator) {
  await locator.evaluate((element) => {
    const value = window.__benchClipboard;
    const data = new DataTransfer();
    data.setData('text/plain', value);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    if (element.dispatchEvent(event)) {
      // Not refused: insert it as the browser would.
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      setter?.call(element, value);
      element.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
}

/** Sets a textarea's value the way a paste does, without typing megabytes key by key. */
async function pasteInto(locator, text) {
  await locator.evaluate((element, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** Stamps, on the page's own clock (from navigation start), the moment a share link's notice appears. */
async function stampShareNotice(page) {
  await page.addInitScript(() => {
    const stamp = () => {
      for (const notice of document.querySelectorAll('[role="alert"], [role="status"]')) {
        if (/share link/i.test(notice.textContent ?? '')) {
          window.__benchAnsweredAt = performance.now();
          observer.disconnect();
          return;
        }
      }
    };
    const observer = new MutationObserver(stamp);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    document.addEventListener('DOMContentLoaded', stamp);
  });
}

/** Opens the 2 MB link on `base` as in a new tab (a full load, not a same-document hash change). */
async function openLinkAt(page, base) {
  await page.goto('about:blank');
  await page.goto(`${base}#payload=${TWO_MB_LINK}`, { waitUntil: 'commit', timeout: GIVE_UP_MS });
  const answered = await page.waitForFunction(() => window.__benchAnsweredAt, undefined, {
    timeout: GIVE_UP_MS,
  });
  return answered.jsonValue();
}

const CASES = [
  {
    name: '5 MB paste, then Import',
    budgetMs: 1500,
    async prepare(page) {
      await page.goto(`${ORIGIN}/?lang=en`);
      await fillClipboard(page, FIVE_MB_BODY_CHARS);
      return openImport(page);
    },
    async run(page, dialog) {
      await clipboardPaste(dialog.getByRole('textbox', { name: 'Message JSON' }));
      const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
      if (await importButton.isEnabled()) await importButton.click();
      await dialog.getByRole('alert').waitFor({ timeout: GIVE_UP_MS });
    },
  },
  {
    name: '10,000-row list, Import then Load anyway',
    budgetMs: 2500,
    async prepare(page) {
      await page.goto(`${ORIGIN}/?lang=en`);
      const dialog = await openImport(page);
      await pasteInto(dialog.getByRole('textbox', { name: 'Message JSON' }), TEN_K_ROWS);
      return dialog;
    },
    async run(page, dialog) {
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await dialog.getByRole('alert').waitFor({ timeout: GIVE_UP_MS });
      const loadAnyway = dialog.getByRole('button', { name: 'Load anyway' });
      if ((await loadAnyway.count()) > 0) {
        await loadAnyway.click({ timeout: GIVE_UP_MS });
        await dialog.waitFor({ state: 'hidden', timeout: GIVE_UP_MS });
        // The editor has rendered what was loaded once the list's body field is there.
        await page.getByRole('textbox', { name: 'Body' }).first().waitFor({ timeout: GIVE_UP_MS });
      }
    },
  },
  {
    name: '2 MB share link, open (navigation start to the notice, in the page)',
    budgetMs: 2500,
    inPage: true,
    async prepare(page) {
      await page.goto(`${ORIGIN}/?lang=en`);
      await page.evaluate(() => localStorage.clear());
      await stampShareNotice(page);
    },
    async run(page) {
      return openLinkAt(page, `${ORIGIN}/?lang=en`);
    },
    /** The same link opened on a static page that runs no script: what the browser alone spends on the URL. */
    async floor(page) {
      await page.route(`${ORIGIN}/bench-floor`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><title>floor</title><p role="status">share link</p>',
        }),
      );
      return openLinkAt(page, `${ORIGIN}/bench-floor`);
    },
  },
  {
    name: 'startup with a saved 10,000-row list draft',
    budgetMs: 3000,
    async prepare(page) {
      await page.goto(`${ORIGIN}/?lang=en`);
      await page.evaluate(
        (draft) => localStorage.setItem('digishare-composer:draft', draft),
        savedDraft({ list: listDraft(10_000) }, 'list'),
      );
    },
    async run(page) {
      await page.reload({ timeout: GIVE_UP_MS });
      await page.getByRole('button', { name: 'Send', exact: true }).waitFor({ timeout: GIVE_UP_MS });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    },
  },
  {
    name: 'startup with a saved 4M-character draft',
    budgetMs: 3000,
    async prepare(page) {
      await page.goto(`${ORIGIN}/?lang=en`);
      await page.evaluate(
        (draft) => {
          try {
            localStorage.setItem('digishare-composer:draft', draft);
          } catch {
            // Chromium's quota is 5 M UTF-16 units per origin: 4M characters fit.
          }
        },
        savedDraft({ text: { kind: 'text', body: 'z'.repeat(4_000_000) } }, 'text'),
      );
    },
    async run(page) {
      await page.reload({ timeout: GIVE_UP_MS });
      await page.getByRole('button', { name: 'Send', exact: true }).waitFor({ timeout: GIVE_UP_MS });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    },
  },
];

await servePreview(PORT, { build: process.env.SKIP_BUILD !== '1' });
const browser = await launchChromium();
let failed = 0;
try {
  for (const benchCase of CASES) {
    // A fresh context per case: one case's frozen tab or saved draft never slows the next.
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => route.abort(),
    );
    const page = await context.newPage();
    page.setDefaultTimeout(GIVE_UP_MS);
    let line;
    try {
      const prepared = await benchCase.prepare(page);
      const start = performance.now();
      const answered = await benchCase.run(page, prepared);
      // A 2 MB URL costs the test driver itself seconds to hand over; the page's own clock is what a user waits.
      const ms = Math.round(benchCase.inPage ? answered : performance.now() - start);
      const over = ms > benchCase.budgetMs;
      if (over) failed++;
      line = `${over ? 'OVER' : 'ok  '} ${benchCase.name}: ${ms.toLocaleString('en')} ms (budget ${benchCase.budgetMs.toLocaleString('en')} ms)`;
      if (benchCase.floor) {
        // Not budgeted, shown beside: when the browser alone is over the budget, no page can meet it.
        const floorMs = Math.round(await benchCase.floor(page));
        line += `; the browser alone, same link on a static page: ${floorMs.toLocaleString('en')} ms`;
      }
    } catch (error) {
      failed++;
      line = `OVER ${benchCase.name}: no answer within ${GIVE_UP_MS.toLocaleString('en')} ms (${String(error).split('\n')[0]})`;
    }
    console.log(line);
    await context.close().catch(() => {});
  }
} finally {
  await browser.close();
}
process.exitCode = failed > 0 ? 1 : 0;
