// The embed dialog's preview of the `<sourced-timeline>` snippet (dist/element.html): the real element on a page of
// its own, so it shows what a site that pastes the snippet shows, and not the app page's own actions.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { chromeArgs, findChrome } from '../../scripts/chrome-path.js';
import { serveStatic } from '../../scripts/static-server.js';
import { elementPageUrl } from '../../src/embed/snippet.js';

const SYRSKY = 'syrsky-briefing-2024-10-25';
let app: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync('dist/element.html'))
    throw new Error('No build in dist/: run `npm run build` first (npm test does).');
  app = await serveStatic({ root: 'dist', cors: true });
  browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
}, 30_000);

afterAll(async () => {
  for (const thing of [browser as Browser | undefined, app as typeof app | undefined]) await thing?.close();
});

describe('element.html, the preview of the <sourced-timeline> snippet', () => {
  it('shows the element with the snippet’s options, without the app page’s Copy link and Embed', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(elementPageUrl(app.url, { height: 'auto', view: 'list', event: SYRSKY, theme: 'dark' }));
      await page.locator('sourced-timeline st-app st-event-list article').first().waitFor({ timeout: 30_000 });
      const selected = await page
        .locator('sourced-timeline st-app st-event-details')
        .evaluate((details) => (details as HTMLElement & { eventId?: string }).eventId);
      expect(selected).toBe(SYRSKY);
      expect(await page.locator('sourced-timeline').getAttribute('theme')).toBe('dark');
      expect(await page.locator('sourced-timeline st-app [role="tab"][aria-selected="true"]').textContent()).toContain(
        'List',
      );
      const buttons = await page.locator('sourced-timeline st-app button').allTextContents();
      expect(buttons.map((text) => text.trim())).not.toContain('Copy link');
      expect(buttons.map((text) => text.trim())).not.toContain('Embed');
      // The app's own page, which the preview used to show, has both.
      const own = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      await own.goto(`${app.url}?view=list&event=${SYRSKY}`);
      await own.locator('st-app button.copy', { hasText: 'Copy link' }).waitFor({ timeout: 30_000 });
      await own.close();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
