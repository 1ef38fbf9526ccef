// `npm run screenshots [query ...]`: serves the app with Vite and saves screenshots of each
// query (default: the start page and one selected event) at desktop and phone sizes in screenshots/.
// THEME=dark (or auto) and ACCENT=c0392b are added to each query, and to the file names.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromeArgs, findChrome } from './chrome-path.js';

const queries = process.argv.slice(2);
if (queries.length === 0) queries.push('', '?event=syrsky-briefing-2024-10-25');
/** @param {string} query */
const themed = (query) => {
  const params = new URLSearchParams(query);
  if (process.env.THEME) params.set('theme', process.env.THEME);
  if (process.env.ACCENT) params.set('accent', process.env.ACCENT);
  const search = params.toString();
  return search ? `?${search}` : '';
};
const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
];
// SIZES=wide adds a 1920x1080 screen and a 360 px phone.
if (process.env.SIZES === 'wide')
  sizes.push({ name: 'wide', width: 1920, height: 1080 }, { name: 'small', width: 360, height: 740 });

const server = await createServer({ logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const address = server.httpServer?.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 5173}/`;
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
mkdirSync('screenshots', { recursive: true });
try {
  for (const query of queries.map(themed)) {
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await page.goto(base + query);
      await page
        .locator('st-app st-timeline .vis-item')
        .first()
        .waitFor({ timeout: 15000 })
        .catch(() => {});
      await page.waitForTimeout(400);
      const slug = query.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'start';
      const file = `screenshots/${slug}-${size.name}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
