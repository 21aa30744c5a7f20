// Typing latency in a 4,096-character body: builds the app, serves it with `vite preview`, and types into the
// Text editor in headless Chromium. For each keystroke it measures, inside the page, the time from the key event
// to the frame after React has committed (keydown → next animation frame → task), which is what a user feels.
//
//   npm run bench            (CHROMIUM_PATH overrides /usr/bin/chromium; KEYS=200 for more keystrokes;
//                             CPU_THROTTLE=4 slows the CPU as Lighthouse's mobile audit does; BENCH_PORT the
//                             port; BENCH_URL measures a page already served — any page with a "Message" field)
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4599);
const CPU_THROTTLE = Number(process.env.CPU_THROTTLE ?? 1);
const BENCH_URL = process.env.BENCH_URL;
const KEYS = Number(process.env.KEYS ?? 100);
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

if (!BENCH_URL) execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
const server = BENCH_URL
  ? null
  : spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
const stop = () => server?.kill();
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BENCH_URL ?? `http://127.0.0.1:${PORT}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) };
}

async function measure(page, field) {
  await field.focus();
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

await waitForServer();
const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
    '--disable-quic',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  if (CPU_THROTTLE > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  }
  await page.goto(BENCH_URL ?? `http://127.0.0.1:${PORT}/?lang=en`);
  const body = page.getByRole('textbox', { name: 'Message' });
  await body.fill('x'.repeat(4096 - KEYS));
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
  stop();
}
