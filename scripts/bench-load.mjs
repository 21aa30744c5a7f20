// Load budget, Lighthouse-style: builds the app, serves it with `vite preview`, runs Lighthouse's mobile
// performance audit (simulated 4× CPU and a slow 4G link) three times and fails when the median total blocking
// time or layout shift is over budget. Scores move ±5 between runs on a shared machine, hence the median.
// Lighthouse simulates the slow phone by multiplying the CPU time it observed, so other work on the machine shows
// up as blocking time: each run prints Lighthouse's own measure of the machine's speed (its benchmark index,
// higher is faster) and the load average, to tell a slower page from a busier machine.
//
//   npm run bench:load   (CHROME_PATH overrides /usr/bin/chromium; BENCH_PORT the port; RUNS the run count;
//                         TBT_BUDGET_MS / CLS_BUDGET the budgets; BENCH_URL measures a server already running)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, servePreview } from './lib/preview.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4598);
const RUNS = Number(process.env.RUNS ?? 3);
const TBT_BUDGET_MS = Number(process.env.TBT_BUDGET_MS ?? 200);
const CLS_BUDGET = Number(process.env.CLS_BUDGET ?? 0.02);
const chromePath = process.env.CHROME_PATH ?? CHROMIUM_PATH;

const url = process.env.BENCH_URL ?? (await servePreview(PORT));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const dir = mkdtempSync(join(tmpdir(), 'bench-load-'));
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const output = join(dir, `run-${i}.json`);
    execFileSync(
      'npx',
      [
        'lighthouse',
        url,
        '--quiet',
        '--only-categories=performance',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        '--output=json',
        `--output-path=${output}`,
      ],
      { stdio: 'inherit', env: { ...process.env, ...(chromePath && { CHROME_PATH: chromePath }) } },
    );
    const load = loadavg()[0];
    const { categories, audits, environment } = JSON.parse(readFileSync(output, 'utf8'));
    const run = {
      score: Math.round(categories.performance.score * 100),
      tbt: Math.round(audits['total-blocking-time'].numericValue),
      cls: audits['cumulative-layout-shift'].numericValue,
      fcp: Math.round(audits['first-contentful-paint'].numericValue),
      lcp: Math.round(audits['largest-contentful-paint'].numericValue),
      benchmark: Math.round(environment.benchmarkIndex),
    };
    runs.push(run);
    console.log(
      `run ${i + 1}: score ${run.score}, TBT ${run.tbt} ms, CLS ${run.cls.toFixed(3)}, FCP ${run.fcp} ms, LCP ${run.lcp} ms` +
        ` (machine: benchmark index ${run.benchmark}, load average ${load.toFixed(1)} on ${availableParallelism()} cores)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const tbt = median(runs.map((run) => run.tbt));
const cls = median(runs.map((run) => run.cls));
const score = median(runs.map((run) => run.score));
console.log(
  `median of ${RUNS}: score ${score}, TBT ${tbt} ms (budget ${TBT_BUDGET_MS}), CLS ${cls.toFixed(3)} (budget ${CLS_BUDGET})`,
);
if (tbt > TBT_BUDGET_MS || cls > CLS_BUDGET) {
  console.error('bench:load: over budget');
  process.exit(1);
}
