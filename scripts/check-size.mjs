// First-load JS budget: gzips the entry script and every modulepreload that dist/index.html names (what the
// browser fetches before the app can run) and fails past the budget. Lazy chunks do not count: they load later.
//
//   node scripts/check-size.mjs [dist]     (SIZE_BUDGET_KB overrides the budget; run after `vite build`)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Set from the measured figure with a little headroom; raise it only with a reason in the README. */
const BUDGET_KB = Number(process.env.SIZE_BUDGET_KB ?? 200);

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((match) => match[1]);
if (scripts.length === 0) {
  console.error(`check-size: no entry script found in ${join(dist, 'index.html')}`);
  process.exit(1);
}

let total = 0;
for (const src of new Set(scripts)) {
  const bytes = gzipSync(readFileSync(join(dist, src.replace(/^\//, '')))).length;
  total += bytes;
  console.log(`  ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${src}`);
}
const totalKb = total / 1024;
console.log(`first-load JS, gzip: ${totalKb.toFixed(1)} KB (budget ${BUDGET_KB} KB)`);
if (totalKb > BUDGET_KB) {
  console.error(`check-size: first-load JS is ${(totalKb - BUDGET_KB).toFixed(1)} KB over budget`);
  process.exit(1);
}
