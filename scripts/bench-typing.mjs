// Typing latency in a 4,096-character body, beside the floor: builds the app and the floor (scripts/floor: the
// same runtime stack and one form, nothing else), serves both with `vite preview`, opens each in a tab of one
// headless Chromium at 4× CPU (Lighthouse's mobile slowdown) and types into their "Message" field. For each
// keystroke it measures, inside the page, the time from the key event to the frame after React has committed
// (keydown → next animation frame → task), which is what a user feels.
//
// The two are typed into in turns of TURN_KEYS (10) keys, the page first in one turn and the floor first in the
// next, so that a machine that slows down during the run slows both alike: measured one after the other, a
// shared machine moved single runs by a third, the floor's as much as the page's. The first WARMUP_KEYS (20) keys
// of each series are typed but not timed, in both. KEYS (300) keystrokes are timed in each: the p95 of 100 is
// the sixth-slowest key, and the floor's own p95 moved from 43 to 64 ms between runs of 100. Exits 1 when the
// page's p95 in the 4,096-character body is over TYPING_BUDGET (1.5) times the floor's.
//
//   npm run bench            (CHROMIUM_PATH overrides /usr/bin/chromium; KEYS=100 for a quicker run;
//                             CPU_THROTTLE=1 for the machine's own speed; BENCH_PORT and BENCH_PORT + 1 the
//                             ports; BENCH_URL / FLOOR_URL measure pages already served — any page with a
//                             "Message" field; FLOOR=0 measures the page alone)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, servePreview } from './lib/preview.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4599);
const CPU_THROTTLE = Number(process.env.CPU_THROTTLE ?? 4);
const KEYS = Number(process.env.KEYS ?? 300);
const WARMUP_KEYS = Number(process.env.WARMUP_KEYS ?? 20);
const TURN_KEYS = Number(process.env.TURN_KEYS ?? 10);
const TYPING_BUDGET = Number(process.env.TYPING_BUDGET ?? 1.5);
const WITH_FLOOR = process.env.FLOOR !== '0';
// About 12 keys a second, a fast typist: each keystroke is measured on its own, not queued behind the last.
const KEY_INTERVAL_MS = 80;

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) };
}

const round = (value) => Math.round(value * 10) / 10;
const format = (figures) => JSON.stringify(figures, (_, v) => (typeof v === 'number' ? round(v) : v));

async function open(browser, name, url) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.route(
    (request) => request.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  const cdp = await page.context().newCDPSession(page);
  const throttle = (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await throttle(CPU_THROTTLE);
  await page.goto(url);
  // Typing is measured once start-up is over (the parts fetched on idle are in): start-up has its own budget
  // (TBT, npm run bench:load), and keys pressed while it runs would time both at once.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    document.addEventListener(
      'keydown',
      (event) => {
        if (!window.__latencies) return;
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.__latencies.push(performance.now() - start)));
      },
      { capture: true },
    );
  });
  return { name, page, throttle, field: page.getByRole('textbox', { name: 'Message' }) };
}

/**
 * Types `keys` keys into `target`. Only the tab typed into is slowed down: an idle tab under CPU throttling still
 * takes a share of the machine, and with both throttled the two series measured about 1.5× slower than alone.
 */
async function type(targets, target, keys) {
  for (const other of targets) if (other !== target) await other.throttle(1);
  await target.throttle(CPU_THROTTLE);
  await target.page.bringToFront();
  await target.field.focus();
  for (let i = 0; i < keys; i++) {
    await target.page.keyboard.press(i % 2 ? 'KeyA' : 'KeyB');
    await target.page.waitForTimeout(KEY_INTERVAL_MS);
  }
  // The last keystroke's frame lands before the other tab is typed into.
  await target.page.waitForTimeout(300);
}

/** Fills each target's field with `text`, then types KEYS keys into them in turns; resolves with their figures. */
async function series(targets, text) {
  for (const target of targets) {
    await target.field.fill(text);
    await target.page.evaluate(() => (window.__latencies = undefined));
    // Unmeasured first keys: the first ones time the JavaScript engine compiling the handlers (one 60–80 ms
    // keystroke at 4× CPU), not typing.
    await type(targets, target, WARMUP_KEYS);
    await target.page.evaluate(() => (window.__latencies = []));
  }
  for (let typed = 0, turn = 0; typed < KEYS; typed += TURN_KEYS, turn++) {
    const order = turn % 2 ? [...targets].reverse() : targets;
    for (const target of order) await type(targets, target, Math.min(TURN_KEYS, KEYS - typed));
  }
  const figures = {};
  for (const target of targets) {
    figures[target.name] = stats(await target.page.evaluate(() => window.__latencies));
  }
  return figures;
}

function report(title, figures) {
  console.log(title);
  for (const [name, figure] of Object.entries(figures)) {
    console.log(`  ${name.padEnd(5)} keystroke → next frame, ms: ${format(figure)}`);
  }
  if (!figures.floor) return undefined;
  const ratio = figures.page.p95 / figures.floor.p95;
  console.log(
    `  page ÷ floor: p95 ${ratio.toFixed(2)}×, median ${(figures.page.median / figures.floor.median).toFixed(2)}×`,
  );
  return ratio;
}

const pageUrl = process.env.BENCH_URL ?? `${await servePreview(PORT)}?lang=en`;
let floorDir;
let floorUrl = process.env.FLOOR_URL;
if (WITH_FLOOR && !floorUrl) {
  floorDir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  floorUrl = await servePreview(PORT + 1, {
    config: fileURLToPath(new URL('floor/vite.config.mjs', import.meta.url)),
    outDir: floorDir,
  });
}

const browser = await launchChromium();
let overBudget = false;
try {
  const targets = [await open(browser, 'page', pageUrl)];
  if (WITH_FLOOR) targets.push(await open(browser, 'floor', floorUrl));

  const ratio = report(
    `text body, ${4096 - KEYS}→${4096} characters, ${CPU_THROTTLE}× CPU:`,
    await series(targets, 'x'.repeat(4096 - KEYS - WARMUP_KEYS)),
  );
  const counter = targets[0].page.locator('#field-text-body-counter');
  if ((await counter.count()) > 0)
    console.log(`  the page's counter: ${(await counter.textContent())?.trim()}`);
  report('text body over the limit (5,000+ characters, flagged):', await series(targets, 'y'.repeat(5000)));

  if (ratio !== undefined) {
    overBudget = ratio > TYPING_BUDGET;
    console.log(
      `typing p95 at 4,096 characters: ${ratio.toFixed(2)}× the floor's (budget ${TYPING_BUDGET}×)${overBudget ? ' — over budget' : ''}`,
    );
  }
} finally {
  await browser.close();
  if (floorDir) rmSync(floorDir, { recursive: true, force: true });
}
if (overBudget) process.exitCode = 1;
