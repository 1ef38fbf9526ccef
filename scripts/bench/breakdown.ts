/**
 * `npx tsx scripts/bench/breakdown.ts <url> [desktop|phone] [runs]`: where the time to the first event goes on one
 * page (served by `npm run bench`'s server, or any): when each response finished, the first event visible and the
 * longest main-thread task, median of `runs` cold loads. A tool for finding what to make faster, not a report.
 */
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../chrome-path.js';
import { DESKTOP, PHONE } from './measure.js';
import { DATA_PREFIX, serveMounts } from './server.js';
import { pageScript } from '../page-script.js';

const [path = '/', viewport = 'desktop', runs = '3'] = process.argv.slice(2);
// The mounts of `npm run bench` (after one run has built them).
const server = await serveMounts({ '/': '.bench/app', '/bench/': '.bench/dist', [DATA_PREFIX]: '.bench/data' });
const url = new URL(path, server.url).href;
const PROBE = pageScript(new URL('../../bench/probe.ts', import.meta.url));
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
for (let i = 0; i < Number(runs); i++) {
  const context = await browser.newContext(viewport === 'phone' ? PHONE : DESKTOP);
  const page = await context.newPage();
  await page.addInitScript({ content: PROBE });
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __bench: { firstVisible: number | null } }).__bench.firstVisible !== null,
    undefined,
    { timeout: 30_000 },
  );
  await new Promise((done) => setTimeout(done, 300));
  const out = await page.evaluate(() => {
    const b = (
      window as unknown as {
        __bench: Record<string, unknown> & { resources: () => { url: string; responseEnd: number }[] };
      }
    ).__bench;
    return {
      first: b.firstVisible,
      kind: b.firstVisibleKind,
      longest: b.longestTask,
      res: b
        .resources()
        .map((r) => `${Math.round(r.responseEnd)} ${r.url.replace(/^https?:\/\/[^/]+/, '').slice(0, 70)}`),
    };
  });
  console.log(JSON.stringify(out, null, 1));
  await context.close();
}
await browser.close();
await server.close();
