/**
 * `npm run ux-metrics [-- --build]`: what a reader sees in the first screen of the build in dist/ (built first only
 * with --build): event titles fully visible at 1280x800, 1920x1080 and 375x812 (and at 1280x800 and 375x812 in
 * Ukrainian and Korean, `?lang=`, whose longer labels must not cost titles), the timeline's lanes that fit,
 * embeds opened at an event at 320x400, 700x600 and 1200x800 (title, first excerpt, no card cut at the top), and
 * titles readable at first render with 1,000 and 10,000 synthetic events. Prints each figure with its target,
 * writes .test-results/ux-metrics.json and exits 0 whatever the figures: it is a report (the e2e test
 * tests/e2e/ux-metrics.e2e.test.ts asserts the targets that hold). The measuring is tests/support/ux-probe.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome, noChromeMessage } from './chrome-path.js';
import { measureAll, startUxServers, targetRows, TARGETS, type TargetRow } from '../tests/support/ux-probe.js';

const OUT = '.test-results/ux-metrics.json';
const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

if (process.argv.includes('--build')) {
  log('Building (npm run build)...');
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) {
    console.error('The build failed.');
    process.exit(1);
  }
}
if (!existsSync('dist/index.html') || !existsSync('dist/data/events.json')) {
  console.error('No build in dist/: run `npm run build` first, or `npm run ux-metrics -- --build`.');
  process.exit(1);
}
const executablePath = findChrome();
if (!executablePath) {
  console.error(noChromeMessage);
  process.exit(1);
}

const servers = await startUxServers();
const browser = await chromium.launch({ executablePath, args: chromeArgs });
const chromiumVersion = browser.version();
let results;
try {
  results = await measureAll(browser, servers, log);
} finally {
  await browser.close();
  await servers.close();
}
const rows = targetRows(results);

/** A plain-text table, columns padded to their widest cell. */
function table(list: TargetRow[]): string {
  const cells = list.map((row) => [
    row.what,
    row.figure,
    row.target,
    row.met === null ? '' : row.met ? 'met' : 'missed',
  ]);
  const header = ['measure', 'figure', 'target', ''];
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((cell) => (cell[i] ?? '').length)));
  const line = (cell: string[]) =>
    cell
      .map((text, i) => text.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

console.log(`\n${table(rows)}\n`);
// What hides the titles that are not visible: the layout work's to-do list.
for (const screen of results.screens) {
  const hidden = Object.entries(screen.titles.hidden)
    .map(([why, n]) => `${n} ${why}`)
    .join(', ');
  const sources = Object.entries(screen.titles.bySource)
    .filter(([, n]) => n > 0)
    .map(([source, n]) => `${n} ${source}`)
    .join(', ');
  console.log(
    `${screen.screen}: ${screen.titles.view ?? 'no'} view; visible: ${sources || 'none'}; not visible: ${hidden || 'none'}` +
      `${screen.settled ? '' : ' (never settled: figures at the time-out)'}${screen.errors.length > 0 ? `; errors: ${screen.errors.join('; ')}` : ''}`,
  );
}
const missed = rows.filter((row) => row.met === false);
console.log(
  `\n${rows.filter((row) => row.met === true).length} targets met, ${missed.length} missed` +
    ` (${TARGETS.syntheticMs} ms for 10,000 events is the bench's target; here it is measured on this machine).`,
);
// The e2e test asserts only the targets that hold; these are the ones it leaves out until the layout meets them.
for (const row of missed) console.log(`not met yet: ${row.what}: measured ${row.figure} (target ${row.target})`);
mkdirSync('.test-results', { recursive: true });
writeFileSync(
  OUT,
  JSON.stringify(
    {
      meta: {
        date: new Date().toISOString(),
        chromium: chromiumVersion,
        seconds: Math.round((Date.now() - started) / 1000),
        targets: TARGETS,
      },
      rows,
      ...results,
    },
    null,
    2,
  ) + '\n',
);
log(`Wrote ${OUT}`);
