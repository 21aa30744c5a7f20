// First-load JS budget: gzips the entry script, every modulepreload that dist/index.html names and every chunk
// they import statically (what the browser fetches before the app can run), and fails past the budget. Lazy chunks do not count: they load later.
// It also reads those files' source maps and fails when a module meant to load lazily (src/app/lazy-panels.tsx and
// the features' lazy-*.tsx wrappers) was merged into them again, by a static import somewhere, and when classic zod
// is found there.
//
//   node scripts/check-size.mjs [dist]     (SIZE_BUDGET_KB overrides the budget; run after `vite build`)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Set from the measured figure with a little headroom; raise it only with a reason in the README. */
const BUDGET_KB = Number(process.env.SIZE_BUDGET_KB ?? 137.5);

/** Modules that must stay out of the first load. */
const LAZY_MODULES = [
  'src/features/library/templates-panel.tsx',
  'src/features/library/history-panel.tsx',
  'src/features/connection/request-inspector.tsx',
  'src/features/composer/import-dialog.tsx',
  'src/features/preview/webhook-panel.tsx',
  'src/components/map/map-picker.tsx',
  'src/components/map/map-thumbnail.tsx',
  'src/features/composer/location-editor.tsx',
  'src/features/composer/buttons-editor.tsx',
  'src/features/composer/list-editor.tsx',
  'src/features/composer/location-request-editor.tsx',
  'src/features/composer/variables-panel.tsx',
  'src/features/composer/error-summary.tsx',
  'src/app/phone-tools.tsx',
  'src/features/connection/connection-panel.tsx',
  'src/features/library/history.ts',
  'src/app/share-link-loader.tsx',
  'src/features/library/other-tab-draft.tsx',
  'src/domain/message/json-error.ts',
  'src/api/http.ts',
  'src/config/parse-runtime-config.ts',
  'src/features/preview/simulated-reply.ts',
  'src/features/preview/kind-messages.tsx',
  'src/domain/geo/parse-coordinates.ts',
  'src/app/saved-replies-dialog.tsx',
  'src/features/library/templates.ts',
  'src/features/connection/outcome-details.tsx',
  'src/features/connection/api-error-text.ts',
  'src/features/preview/customer-reply-bubble.tsx',
  'src/features/preview/map-thumbnail.tsx',
  'src/app/shortcuts-overlay.tsx',
  'src/features/preview/render-png.ts',
];

/** Code that must not reach the first load at all: classic zod (the page's schemas use zod/mini; one `from 'zod'`
 * in a browser module brings its whole method layer back, about 15 KB gzip). */
const FORBIDDEN_SOURCES = [{ path: 'node_modules/zod/v4/classic/', hint: "import 'zod/mini', not 'zod'" }];

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const roots = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((match) => match[1]);
if (roots.length === 0) {
  console.error(`check-size: no entry script found in ${join(dist, 'index.html')}`);
  process.exit(1);
}

/** Static imports of a built chunk (`import{a}from"./x.js"`, `import"./x.js"`), not dynamic `import("./x.js")`. */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

// What the browser must fetch before the app runs: the entry, what index.html preloads, and everything they import
// statically, followed chunk by chunk (the preload links alone would miss a chunk if preloading were turned off).
const scripts = [];
const queue = roots.map((src) => join(dist, src.replace(/^\//, '')));
while (queue.length > 0) {
  const file = queue.shift();
  if (scripts.includes(file)) continue;
  scripts.push(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
    queue.push(join(dirname(file), specifier));
  }
}

let total = 0;
const merged = new Set();
const found = new Set();
for (const file of scripts) {
  const src = `/${relative(dist, file)}`;
  const bytes = gzipSync(readFileSync(file)).length;
  if (existsSync(`${file}.map`)) {
    const { sources } = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    for (const lazy of LAZY_MODULES) if (sources.some((source) => source.endsWith(lazy))) merged.add(lazy);
    for (const forbidden of FORBIDDEN_SOURCES)
      if (sources.some((source) => source.includes(forbidden.path))) found.add(forbidden);
  } else if (!/\/(?:rolldown-runtime|preload-helper)-[\w-]+\.js$/.test(src)) {
    // The bundler's interop and preload helpers have no source; any other chunk without a map cannot be checked.
    console.error(`check-size: ${src} has no source map; the lazy split cannot be checked`);
    process.exitCode = 1;
  }
  total += bytes;
  console.log(`  ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${src}`);
}
const totalKb = total / 1024;
console.log(`first-load JS, gzip: ${totalKb.toFixed(1)} KB (budget ${BUDGET_KB} KB)`);
for (const lazy of merged)
  console.error(`check-size: ${lazy} is in the first-load JS; it should load lazily`);
if (merged.size > 0) process.exitCode = 1;
for (const { path, hint } of found) console.error(`check-size: ${path} is in the first-load JS (${hint})`);
if (found.size > 0) process.exitCode = 1;
if (totalKb > BUDGET_KB) {
  console.error(`check-size: first-load JS is ${(totalKb - BUDGET_KB).toFixed(1)} KB over budget`);
  process.exit(1);
}
