// Before the e2e run: use a system Chromium when there is one (CHROMIUM_PATH or Debian's /usr/bin/chromium),
// else make sure Playwright's own Chromium is installed (this needs internet access).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(systemChromium)) {
  console.log(`e2e: using ${systemChromium}`);
} else if (existsSync(chromium.executablePath())) {
  console.log("e2e: using Playwright's Chromium");
} else {
  console.log("e2e: no Chromium found, running 'playwright install chromium'");
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
