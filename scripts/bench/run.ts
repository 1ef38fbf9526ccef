/**
 * `npm run bench`: builds the app (into .bench/app, leaving dist/ alone) and the benchmark pages (.bench/dist),
 * writes the synthetic datasets, serves everything from one origin, measures in headless Chromium and writes
 * bench/results.md (the report, also printed) and .bench/results.json (the raw figures). See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { findChrome, noChromeMessage } from '../chrome-path.js';
import { longQuery, ADVERSARIAL } from '../synthetic/adversarial.js';
import { ensureAdversarial, ensureDataset, SIZES, SMALL_SIZES } from './datasets.js';
import { EXPLANATIONS } from './explanations.js';
import { lighthousePerformance } from './lighthouse.js';
import { machine } from './machine.js';
import {
  launchBrowser,
  measureCell,
  measureDefault,
  measureFirstEvent,
  TIMEOUT_MS,
  withTimeout,
  type FirstEvent,
} from './measure.js';
import { DATA_PREFIX, serveMounts } from './server.js';
import {
  formatFigure,
  formatMs,
  IMPLEMENTATIONS,
  medianOf as medianOfFigures,
  missing,
  renderReport,
  type BenchResults,
  type CellResult,
  type DefaultRun,
  type ImplId,
  type AdversarialRun,
  type Samples,
  type SmallCell,
} from './report.js';

/** Stop starting new synthetic measurements after this long, so the whole run stays under a quarter of an hour. */
const BUDGET_MS = 13 * 60_000;
/** Cold loads per small-data and adversarial row (the machine is shared: their median is reported). */
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
/** Time-out of one small-data or adversarial load: a page that shows no whole title in this long has missed anyway. */
const SAMPLE_TIMEOUT_MS = 10_000;
/**
 * `BENCH_ONLY=small,adversarial` (any of default, small, adversarial, lighthouse, synthetic) runs those sections only,
 * for a quicker look while working; the report then has the others empty.
 */
const ONLY = new Set((process.env.BENCH_ONLY ?? 'default,small,adversarial,lighthouse,synthetic').split(','));
const REPORT = 'bench/results.md';
/** The limits of the app built for datasets over the default limits: the largest synthetic one fits. */
const LARGE_LIMITS = { VITE_MAX_EVENTS: '100000', VITE_MAX_DATASET_MB: '100', VITE_MAX_QUOTES: '250000' };
/** Events over which the app with raised limits is measured. */
const DEFAULT_MAX_EVENTS = 10_000;
const RAW = '.bench/results.json';

const started = Date.now();
/** The machine's load when the run starts (reported with the one at its end). */
const loadAtStart = loadavg()[0] ?? 0;
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s`;
const log = (line: string) => console.log(`[${elapsed()}] ${line}`);

function run(what: string, command: string, args: string[], env: Record<string, string> = {}): void {
  log(what);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
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
// The same app with its limits raised (decision 0054), as a site showing 100,000 events would build it.
run(
  'Building the app with raised limits into .bench/app-large (vite build)',
  'npx',
  ['vite', 'build', '--outDir', '.bench/app-large', '--emptyOutDir', '--logLevel', 'warn'],
  LARGE_LIMITS,
);
run('Building the benchmark pages into .bench/dist', 'npx', ['vite', 'build', '-c', 'bench/vite.bench.config.ts']);

const datasets = SIZES.map((events) => {
  const written = ensureDataset(events);
  log(
    `Dataset of ${events.toLocaleString('en')} events: ${(written.bytes / 1e6).toFixed(1)} MB${written.reused ? ' (reused)' : ''}`,
  );
  return written;
});

const small = SMALL_SIZES.map((events) => ensureDataset(events));
const adversarialData = ADVERSARIAL.map(({ id, label }) => ({ id, label, written: ensureAdversarial(id) }));
log(`Small and adversarial datasets written (${small.length + adversarialData.length})`);

const server = await serveMounts({
  '/': '.bench/app',
  '/large/': '.bench/app-large',
  '/bench/': '.bench/dist',
  [DATA_PREFIX]: '.bench/data',
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
for (const viewport of ONLY.has('default') ? (['desktop', 'phone'] as const) : []) {
  log(`Default dataset, ${viewport}...`);
  const { run: result, stuck } = await measureDefault(launched.browser, server.url, viewport);
  defaultDataset.push(result);
  log(`  first event visible: ${formatFigure(result.firstVisible, formatMs)} (${result.firstVisibleKind ?? '–'})`);
  await renew(stuck);
}

/** `REPEATS` cold loads of one page (interleaved by the caller with the page it is compared to). */
async function sample(url: string, viewport: 'desktop' | 'phone', into: Samples): Promise<void> {
  const { run: result, stuck }: { run: FirstEvent; stuck: boolean } = await measureFirstEvent(
    launched.browser,
    new URL(url, server.url).href,
    viewport,
    'event',
    SAMPLE_TIMEOUT_MS,
  );
  into.firstVisible.push(result.firstVisible);
  into.longestTask.push(result.longestTask);
  if (result.kind) into.kind = result.kind;
  await renew(stuck);
}
const empty = (): Samples => ({ firstVisible: [], longestTask: [] });

const smallCells: SmallCell[] = [];
const smallData = [
  { dataset: 'default', events: 59, app: '/', vis: '/bench/vis-default.html?data=/data/events.json' },
  ...small.map((d) => ({
    dataset: String(d.events),
    events: d.events,
    app: `/?data=${encodeURIComponent(d.url)}&view=timeline`,
    vis: `/bench/vis-default.html?data=${encodeURIComponent(d.url)}`,
  })),
];
for (const data of ONLY.has('small') ? smallData : []) {
  for (const viewport of ['desktop', 'phone'] as const) {
    const cell: SmallCell = { dataset: data.dataset, events: data.events, viewport, app: empty(), vis: empty() };
    // Interleaved, so that a busy moment of the shared machine falls on both sides.
    for (let i = 0; i < REPEATS; i++) {
      await sample(data.app, viewport, cell.app);
      await sample(data.vis, viewport, cell.vis);
    }
    smallCells.push(cell);
    const med = (s: Samples) => formatFigure(medianOfFigures(s.firstVisible), formatMs);
    log(`Small data, ${data.dataset}, ${viewport}: app ${med(cell.app)}, vis-timeline ${med(cell.vis)}`);
  }
}

const adversarial: AdversarialRun[] = [];
const thousand = ensureDataset(1_000).url;
for (const { id, label, url } of !ONLY.has('adversarial')
  ? []
  : [
      ...adversarialData.map(({ id, label, written }) => ({
        id,
        label,
        url: `/?data=${encodeURIComponent(written.url)}&view=timeline`,
      })),
      {
        id: 'long-query',
        label: 'a search of 5,000 characters (?q=) on 1,000 events',
        url: `/?data=${encodeURIComponent(thousand)}&view=list&q=${encodeURIComponent(longQuery())}`,
      },
    ]) {
  const run: AdversarialRun = { id, label, samples: empty() };
  for (let i = 0; i < REPEATS; i++) await sample(url, 'desktop', run.samples);
  adversarial.push(run);
  log(
    `Adversarial, ${label}: longest task ${run.samples.longestTask.map((f) => formatFigure(f, formatMs)).join(', ')}`,
  );
}

let lighthouse: BenchResults['lighthouse'] = { missing: 'not run (BENCH_ONLY)' };
let lighthouseVersion = '';
if (ONLY.has('lighthouse'))
  try {
    log('Lighthouse, mobile preset, the app at / ...');
    const { run: result, version } = await withTimeout(lighthousePerformance(server.url), 150_000, 'Lighthouse');
    lighthouse = result;
    lighthouseVersion = version;
    log(`  score ${result.score}, LCP ${result.lcpMs === null ? '–' : formatMs(result.lcpMs)}`);
  } catch (error) {
    const why = `failed: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`;
    lighthouse = { missing: why };
    log(`  ${why}`);
  }

const PAGE: Record<ImplId, (data: string, events: number) => string> = {
  // Over the default limits, the app built with raised ones.
  app: (data, events) =>
    `${events > DEFAULT_MAX_EVENTS ? '/large/' : '/'}?data=${encodeURIComponent(data)}&view=timeline`,
  element: (data) => `/bench/element.html?data=${encodeURIComponent(data)}`,
  vis: (data) => `/bench/vis-default.html?data=${encodeURIComponent(data)}`,
  tljs: (data) => `/bench/timelinejs.html?data=${encodeURIComponent(data)}`,
};

const synthetic: CellResult[] = [];
/** The size at which an implementation timed out: larger ones are not tried. */
const timedOutAt = new Map<ImplId, number>();
for (const dataset of ONLY.has('synthetic') ? datasets : []) {
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
      new URL(PAGE[impl.id](dataset.url, dataset.events), server.url).href,
      (line) => log(`  ${line}`),
    );
    synthetic.push(cell);
    if (!('missing' in cell.firstRender)) {
      // The same page on a phone: first render only (a load of its own).
      const phone = await measureFirstEvent(
        launched.browser,
        new URL(PAGE[impl.id](dataset.url, dataset.events), server.url).href,
        'phone',
        'item',
      );
      cell.phoneFirstRender = phone.run.firstVisible;
      await renew(phone.stuck);
    }
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
    repeats: REPEATS,
    load: { start: loadAtStart, end: loadavg()[0] ?? 0 },
  },
  defaultDataset,
  lighthouse,
  synthetic,
  small: smallCells,
  adversarial,
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
