// Typing latency in a 4,096-character body: builds the app, serves it with `vite preview`, and types into the
// Text editor in headless Chromium. For each keystroke it measures, inside the page, the time from the key event
// to the frame after React has committed (keydown → next animation frame → task), which is what a user feels.
// The first WARMUP_KEYS (20) keys of each series are typed but not timed, on any page measured.
//
//   npm run bench            (CHROMIUM_PATH overrides /usr/bin/chromium; KEYS=200 for more keystrokes;
//                             CPU_THROTTLE=4 slows the CPU as Lighthouse's mobile audit does; BENCH_PORT the
//                             port; BENCH_URL measures a page already served — any page with a "Message" field)
import { launchChromium, servePreview } from './lib/preview.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4599);
const CPU_THROTTLE = Number(process.env.CPU_THROTTLE ?? 1);
const KEYS = Number(process.env.KEYS ?? 100);
const WARMUP_KEYS = Number(process.env.WARMUP_KEYS ?? 20);

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) };
}

async function measure(page, field) {
  await field.focus();
  // Unmeasured first keys, for the page and the floor alike: the first ones time the JavaScript engine compiling
  // the handlers (one 60–80 ms keystroke at 4× CPU), not typing.
  for (let i = 0; i < WARMUP_KEYS; i++) {
    await page.keyboard.press(i % 2 ? 'KeyA' : 'KeyB');
    await page.waitForTimeout(80);
  }
  await page.evaluate(() => {
    window.__latencies = [];
    if (window.__listening) return;
    window.__listening = true;
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.__latencies.push(performance.now() - start)));
      },
      { capture: true },
    );
  });
  // About 12 keys a second, a fast typist: each keystroke is measured on its own, not queued behind the last.
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.press(i % 2 ? 'KeyA' : 'KeyB');
    await page.waitForTimeout(80);
  }
  await page.waitForTimeout(300);
  return stats(await page.evaluate(() => window.__latencies));
}

const url = process.env.BENCH_URL ?? `${await servePreview(PORT)}?lang=en`;
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.route(
    (request) => request.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  if (CPU_THROTTLE > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  }
  await page.goto(url);
  // Typing is measured once start-up is over (the parts fetched on idle are in): start-up has its own budget
  // (TBT, npm run bench:load), and keys pressed while it runs would time both at once.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  const body = page.getByRole('textbox', { name: 'Message' });
  await body.fill('x'.repeat(4096 - KEYS - WARMUP_KEYS));
  const text = await measure(page, body);
  const counterLocator = page.locator('#field-text-body-counter');
  const counter = (await counterLocator.count()) > 0 ? await counterLocator.textContent() : 'none';
  console.log(`text body, ${4096 - KEYS}→${4096} characters (counter ${counter?.trim()}):`);
  console.log(
    `  keystroke → next frame, ms: ${JSON.stringify(text, (_, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))}`,
  );
  await body.fill('y'.repeat(5000));
  const over = await measure(page, body);
  console.log('text body over the limit (5,000+ characters, flagged):');
  console.log(
    `  keystroke → next frame, ms: ${JSON.stringify(over, (_, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))}`,
  );
} finally {
  await browser.close();
}
