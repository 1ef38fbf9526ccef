/**
 * `npm run bench`: builds the app (into .bench/app, leaving dist/ alone) and the benchmark pages (.bench/dist),
 * writes the synthetic datasets, serves everything from one origin, measures in headless Chromium and writes
 * bench/results.md (the report, also printed) and .bench/results.json (the raw figures). See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { findChrome, noChromeMessage } from '../chrome-path.js';
import { ensureDataset, SIZES } from './datasets.js';
import { EXPLANATIONS } from './explanations.js';
import { lighthousePerformance } from './lighthouse.js';
import { machine } from './machine.js';
import { launchBrowser, measureCell, measureDefault, TIMEOUT_MS, withTimeout } from './measure.js';
import { serveMounts } from './server.js';
import {
  formatFigure,
  formatMs,
  IMPLEMENTATIONS,
  missing,
  renderReport,
  type BenchResults,
  type CellResult,
  type DefaultRun,
  type ImplId,
} from './report.js';

/** Stop starting new measurements after this long, so the whole run stays under ten minutes. */
const BUDGET_MS = 9 * 60_000;
const REPORT = 'bench/results.md';
const RAW = '.bench/results.json';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s`;
const log = (line: string) => console.log(`[${elapsed()}] ${line}`);

function run(what: string, command: string, args: string[]): void {
  log(what);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${what}: failed`);
    process.exit(1);
  }
}

if (!findChrome()) {
  console.error(noChromeMessage);
  process.exit(1);
}

run('Building the app into .bench/app (vite build)', 'npx', [
  'vite',
  'build',
  '--outDir',
  '.bench/app',
  '--emptyOutDir',
  '--logLevel',
  'warn',
]);
run('Building the benchmark pages into .bench/dist', 'npx', ['vite', 'build', '-c', 'bench/vite.bench.config.ts']);

const datasets = SIZES.map((events) => {
  const written = ensureDataset(events);
  log(
    `Dataset of ${events.toLocaleString('en')} events: ${(written.bytes / 1e6).toFixed(1)} MB${written.reused ? ' (reused)' : ''}`,
  );
  return written;
});

const server = await serveMounts({
  '/': '.bench/app',
  '/bench/': '.bench/dist',
  '/bench-data/': '.bench/data',
  '/tljs/': 'node_modules/@knight-lab/timelinejs/dist',
});
log(`Serving at ${server.url}`);

let launched = await launchBrowser();
const chromium = launched.browser.version();

/** Kills Chromium and starts another when a page would not close (a renderer stuck in a long task). */
async function renew(stuck: boolean): Promise<void> {
  if (!stuck) return;
  log('  a page would not close: killing Chromium and starting another');
  await launched.kill();
  launched = await launchBrowser();
}

const defaultDataset: DefaultRun[] = [];
for (const viewport of ['desktop', 'phone'] as const) {
  log(`Default dataset, ${viewport}...`);
  const { run: result, stuck } = await measureDefault(launched.browser, server.url, viewport);
  defaultDataset.push(result);
  log(`  first event visible: ${formatFigure(result.firstVisible, formatMs)} (${result.firstVisibleKind ?? '–'})`);
  await renew(stuck);
}

log('Lighthouse, mobile preset, the app at / ...');
let lighthouse: BenchResults['lighthouse'];
let lighthouseVersion = '';
try {
  const { run: result, version } = await withTimeout(lighthousePerformance(server.url), 150_000, 'Lighthouse');
  lighthouse = result;
  lighthouseVersion = version;
  log(`  score ${result.score}, LCP ${result.lcpMs === null ? '–' : formatMs(result.lcpMs)}`);
} catch (error) {
  const why = `failed: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`;
  lighthouse = { missing: why };
  log(`  ${why}`);
}

const PAGE: Record<ImplId, (data: string) => string> = {
  app: (data) => `/?data=${encodeURIComponent(data)}&view=timeline`,
  element: (data) => `/bench/element.html?data=${encodeURIComponent(data)}`,
  vis: (data) => `/bench/vis-default.html?data=${encodeURIComponent(data)}`,
  tljs: (data) => `/bench/timelinejs.html?data=${encodeURIComponent(data)}`,
};

const synthetic: CellResult[] = [];
/** The size at which an implementation timed out: larger ones are not tried. */
const timedOutAt = new Map<ImplId, number>();
for (const dataset of datasets) {
  for (const impl of IMPLEMENTATIONS) {
    const label = `${dataset.events.toLocaleString('en')} events, ${impl.label}`;
    const skip = (why: string): void => {
      log(`${label}: ${why}`);
      const none = missing(why);
      synthetic.push({
        impl: impl.id,
        events: dataset.events,
        firstRender: none,
        firstEvent: none,
        frameP50: none,
        frameP95: none,
        heapMB: none,
        domElements: none,
      });
    };
    const earlier = timedOutAt.get(impl.id);
    if (earlier !== undefined) {
      skip(`not run: timed out at ${earlier.toLocaleString('en')}`);
      continue;
    }
    if (Date.now() - started > BUDGET_MS) {
      skip('not run: out of the time budget');
      continue;
    }
    log(`${label}...`);
    const { cell, stuck } = await measureCell(
      launched.browser,
      impl.id,
      dataset.events,
      new URL(PAGE[impl.id](dataset.url), server.url).href,
      (line) => log(`  ${line}`),
    );
    synthetic.push(cell);
    if ('missing' in cell.firstRender) {
      log(`  ${cell.firstRender.missing}`);
      if (cell.firstRender.missing.startsWith('timed out')) timedOutAt.set(impl.id, dataset.events);
    } else {
      log(`  frames p50 ${formatFigure(cell.frameP50, formatMs)}, p95 ${formatFigure(cell.frameP95, formatMs)}`);
    }
    await renew(stuck);
  }
}

await withTimeout(launched.browser.close(), 20_000, 'closing Chromium').catch(() => launched.kill());
await server.close();

const results: BenchResults = {
  meta: {
    date: new Date().toISOString(),
    ...machine(),
    chromium,
    lighthouse: lighthouseVersion || 'unknown',
    timeoutMs: TIMEOUT_MS,
    seconds: Math.round((Date.now() - started) / 1000),
  },
  defaultDataset,
  lighthouse,
  synthetic,
};
const report = renderReport(results, EXPLANATIONS);
mkdirSync('.bench', { recursive: true });
writeFileSync(RAW, JSON.stringify(results, null, 2) + '\n');
writeFileSync(REPORT, report);
console.log(`\n${report}`);
log(`Wrote ${REPORT} and ${RAW}`);
// Chromium's server (and any renderer left stuck in a long task) would keep Node running.
await launched.kill();
process.exit(0);
