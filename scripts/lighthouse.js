// `npm run lighthouse [-- --performance] [-- --build]`: Lighthouse's accessibility audit of the build in
// dist/ (built first if missing, or always with --build), on the main page and the embed page, at desktop
// and mobile form factors. Prints a table of scores and, for any score below 100, the failing audits with
// the selectors of the failing nodes (and any failing audit that Lighthouse does not score, weight 0);
// writes the summary to .test-results/lighthouse.json and Lighthouse's full reports to
// .test-results/lighthouse/; exits 1 if any accessibility score is below 100. `--performance` (or
// LIGHTHOUSE_PERFORMANCE=1) adds a performance run per page with the mobile preset (simulated
// throttling) and prints its score, LCP, FCP, TBT and CLS; those never fail the run.
// Runs offline: Debian's Chromium (see chrome-path.js), no browser download, no error reporting.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromeArgs, findChrome, noChromeMessage } from './chrome-path.js';
import { serveStatic } from './static-server.js';

/** The pages audited, as paths with their query. */
export const PAGES = [
  { name: 'main', path: '/' },
  { name: 'embed', path: '/?embed=1' },
];

/** Form factors: Lighthouse's desktop preset, and its default (mobile: a 412x823 phone). */
export const FORM_FACTORS = [
  { name: 'desktop', config: desktopConfig },
  { name: 'mobile', config: undefined },
];

const OUT = '.test-results/lighthouse.json';
/** Lighthouse's full reports (JSON), one per run. */
const REPORTS = '.test-results/lighthouse';
/** Failing nodes (distinct selectors and explanations) listed per audit. */
const MAX_NODES = 10;

/**
 * The accessibility audits that fail (score below 1; manual and not-applicable audits have no score).
 * @param {import('lighthouse').Result} lhr
 */
export function failingAudits(lhr) {
  const category = lhr.categories.accessibility;
  if (!category) return [];
  return category.auditRefs
    .map((ref) => ({ audit: lhr.audits[ref.id], weight: ref.weight }))
    .flatMap(({ audit, weight }) =>
      audit && typeof audit.score === 'number' && audit.score < 1 ? [{ audit, weight }] : [],
    )
    .map(({ audit, weight }) => {
      const items = /** @type {any[]} */ (
        audit.details && 'items' in audit.details && Array.isArray(audit.details.items) ? audit.details.items : []
      );
      const nodes = items
        .map((item) => item?.node)
        .filter(Boolean)
        .map((node) => ({
          selector: node.selector ?? '',
          snippet: node.snippet ?? '',
          explanation: node.explanation ?? '',
        }));
      return { id: audit.id, title: audit.title, score: audit.score, weight, nodes };
    });
}

/** A score from 0 to 1 as 0 to 100, or null. @param {number | null | undefined} score */
const percent = (score) => (typeof score === 'number' ? Math.round(score * 100) : null);

/**
 * One Lighthouse run of `url` in the Chromium listening on `port`.
 * @param {string} url
 * @param {number} port
 * @param {{name: string, formFactor: 'desktop' | 'mobile', config?: object, category: 'accessibility' | 'performance'}} options
 */
async function audit(url, port, { name, formFactor, config, category }) {
  const flags = {
    port,
    output: /** @type {'json'} */ ('json'),
    logLevel: /** @type {'error'} */ ('error'),
    onlyCategories: [category],
    enableErrorReporting: false,
    formFactor,
  };
  const result = await lighthouse(url, flags, /** @type {any} */ (config));
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  for (const warning of lhr.runWarnings) console.warn(`  warning (${formFactor} ${url}): ${warning}`);
  mkdirSync(REPORTS, { recursive: true });
  writeFileSync(`${REPORTS}/${name}-${formFactor}-${category}.json`, JSON.stringify(lhr));
  return lhr;
}

/** Builds into dist/ with `npm run build`; exits on failure. */
function build() {
  console.log('Building (npm run build)...');
  const run = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error('The build failed.');
    process.exit(1);
  }
}

/** chrome-launcher as Lighthouse depends on it (1.x; the top-level copy may be another version). */
export async function importChromeLauncher() {
  const require = createRequire(fileURLToPath(import.meta.resolve('lighthouse')));
  return import(pathToFileURL(require.resolve('chrome-launcher')).href);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const performance = args.includes('--performance') || process.env.LIGHTHOUSE_PERFORMANCE === '1';
  const chromePath = findChrome();
  if (!chromePath) {
    console.error(noChromeMessage);
    process.exit(1);
  }
  if (args.includes('--build') || !existsSync('dist/index.html')) build();

  const started = Date.now();
  const { launch } = await importChromeLauncher();
  // Compressed as a static host serves it: Lighthouse's simulated network counts the bytes transferred.
  const server = await serveStatic({ root: 'dist', compress: true });
  const chrome = await launch({ chromePath, chromeFlags: chromeArgs, logLevel: 'error' });
  /** @type {any[]} */
  const accessibility = [];
  /** @type {any[]} */
  const performanceResults = [];
  let version = '';
  let userAgent = '';
  try {
    for (const page of PAGES) {
      const url = new URL(page.path, server.url).href;
      for (const form of FORM_FACTORS) {
        const formFactor = /** @type {'desktop' | 'mobile'} */ (form.name);
        const lhr = await audit(url, chrome.port, {
          name: page.name,
          formFactor,
          config: form.config,
          category: 'accessibility',
        });
        version = lhr.lighthouseVersion;
        userAgent = lhr.environment.hostUserAgent;
        accessibility.push({
          page: page.name,
          url: page.path,
          formFactor,
          score: percent(lhr.categories.accessibility?.score),
          failing: failingAudits(lhr),
        });
      }
      if (performance) {
        const lhr = await audit(url, chrome.port, {
          name: page.name,
          formFactor: 'mobile',
          category: 'performance',
        });
        const metric = (/** @type {string} */ id) => ({
          value: lhr.audits[id]?.numericValue ?? null,
          display: lhr.audits[id]?.displayValue ?? '',
        });
        performanceResults.push({
          page: page.name,
          url: page.path,
          formFactor: 'mobile',
          score: percent(lhr.categories.performance?.score),
          lcp: metric('largest-contentful-paint'),
          fcp: metric('first-contentful-paint'),
          tbt: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
        });
      }
    }
  } finally {
    await chrome.kill();
    await server.close();
  }

  console.log('\nAccessibility');
  console.table(accessibility.map(({ page, url, formFactor, score }) => ({ page, url, formFactor, score })));
  for (const run of accessibility.filter((entry) => entry.failing.length > 0)) {
    console.log(`\n${run.page} (${run.url}), ${run.formFactor}: ${run.score}`);
    for (const failing of run.failing) {
      const unscored = failing.weight === 0 ? ' (weight 0: not in the score)' : '';
      console.log(`  ${failing.id}: ${failing.title}${unscored}`);
      // The same node selector and explanation often repeat (e.g. one per timeline item): once each, counted.
      const groups = new Map();
      for (const node of failing.nodes) {
        const key = `${node.selector}\n${node.explanation}`;
        groups.set(key, { ...node, count: (groups.get(key)?.count ?? 0) + 1 });
      }
      const shown = [...groups.values()].slice(0, MAX_NODES);
      for (const { selector, explanation, count } of shown) {
        const times = count > 1 ? ` (x${count})` : '';
        const why = explanation ? `\n      ${explanation.replace(/\n\s*/g, ' ')}` : '';
        console.log(`    ${selector}${times}${why}`);
      }
      if (groups.size > MAX_NODES) console.log(`    ... and ${groups.size - MAX_NODES} more`);
    }
  }
  if (performance) {
    console.log('\nPerformance (mobile preset, simulated throttling)');
    console.table(
      performanceResults.map(({ page, url, score, lcp, fcp, tbt, cls }) => ({
        page,
        url,
        score,
        LCP: lcp.display,
        FCP: fcp.display,
        TBT: tbt.display,
        CLS: cls.display,
      })),
    );
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\n${accessibility.length + performanceResults.length} Lighthouse runs in ${seconds} s`);

  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(
    OUT,
    JSON.stringify(
      { lighthouse: version, chromium: userAgent, seconds, accessibility, performance: performanceResults },
      null,
      2,
    ) + '\n',
  );
  console.log(`Summary in ${OUT}`);
  process.exit(accessibility.every((run) => run.score === 100) ? 0 : 1);
}
