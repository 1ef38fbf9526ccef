// `npm run handout [file] [query]`: prints what the app prints (its handout, see st-handout) to a PDF
// with Chromium, from the build in dist/; e.g. `npm run handout -- forecasts.pdf '?status=expected'`.
// It prints the number of pages and events. tests/e2e/print.e2e.test.ts prints the same way.
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome, noChromeMessage } from './chrome-path.js';
import { serveStatic } from './static-server.js';

/** Paper, margins from the page's own `@page` rule. */
export const PDF_OPTIONS = /** @type {const} */ ({ format: 'A4', preferCSSPageSize: true });

/**
 * Opens the app at `url` and waits until its handout is rendered.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @returns {Promise<{events: number, total: number}>} events in the handout, and in the dataset
 */
export async function openHandout(page, url) {
  await page.goto(url);
  const ready = page.locator('st-app st-handout h1, st-app st-error-panel').first();
  await ready.waitFor({ state: 'attached', timeout: 20_000 });
  if ((await page.locator('st-app st-error-panel').count()) > 0) {
    throw new Error(`the app could not load its dataset: ${await page.locator('st-error-panel').innerText()}`);
  }
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  return page.evaluate(() => {
    const handout = document.querySelector('st-app')?.shadowRoot?.querySelector('st-handout');
    return {
      events: handout?.shadowRoot?.querySelectorAll('article.event').length ?? 0,
      total: handout?.index?.events.length ?? 0,
    };
  });
}

/** Pages in a PDF written by Chromium (each page object is `/Type /Page`). @param {Uint8Array} pdf */
export function countPages(pdf) {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [out = 'handout.pdf', query = ''] = process.argv.slice(2);
  const search = query === '' || query.startsWith('?') ? query : `?${query}`;
  const chrome = findChrome();
  if (!chrome) {
    console.error(noChromeMessage);
    process.exit(1);
  }
  if (!existsSync('dist/index.html')) {
    console.error('No build in dist/: run `npm run build` first.');
    process.exit(1);
  }
  const server = await serveStatic({ root: 'dist' });
  const browser = await chromium.launch({ executablePath: chrome, args: chromeArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    const { events, total } = await openHandout(page, server.url + search);
    const pdf = await page.pdf(PDF_OPTIONS);
    writeFileSync(out, pdf);
    const kB = Math.round(pdf.length / 1024);
    console.log(`${out}: ${countPages(pdf)} pages, ${events} of ${total} events, ${kB} kB`);
  } finally {
    await browser.close();
    await server.close();
  }
}
