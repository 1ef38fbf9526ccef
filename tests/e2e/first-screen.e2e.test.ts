// The first screen written into the built page (scripts/first-screen.ts, public/first-screen.js, decision 0053):
// readable events before any of the app's code has run, only when the address asks for the site's own dataset as
// it opens, and replaced by the app's own screen. The app's modules are refused or held with Playwright's request
// routing, so nothing here depends on timing.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { useBuildServer } from '../support/build-server.js';

const build = useBuildServer();

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' };
const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  serviceWorkers: 'block',
};
/** The app's code: every module of the build. */
const APP_CODE = /\/assets\/[\w-]+\.js$/;

/** Titles of the first screen that are drawn (inside the viewport's width and height). */
function drawnTitles(page: Page, list: 'fs-window' | 'fs-list'): Promise<string[]> {
  return page.evaluate((list) => {
    return [...document.querySelectorAll(`st-app > .st-first-screen .${list} .fs-title`)]
      .filter((title) => {
        const box = title.getBoundingClientRect();
        return title.checkVisibility() && box.top >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
      })
      .map((title) => title.textContent);
  }, list);
}

async function withoutAppCode<T>(
  options: BrowserContextOptions,
  query: string,
  look: (page: Page, context: BrowserContext, requested: string[]) => Promise<T>,
): Promise<T> {
  const context = await build.browser.newContext(options);
  const requested: string[] = [];
  try {
    await context.route(APP_CODE, (route) => route.abort('failed'));
    const page = await context.newPage();
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(build.url + query);
    await page.waitForLoadState('load');
    return await look(page, context, requested);
  } finally {
    await context.close();
  }
}

describe('the first screen in the built page', () => {
  it('shows the headline and the opening events on a desktop before any of the app’s code has run', async () => {
    await withoutAppCode(DESKTOP, '', async (page) => {
      expect(await page.locator('st-app > .st-first-screen h1').textContent()).toContain('North Korean troops');
      expect((await drawnTitles(page, 'fs-window')).length).toBeGreaterThanOrEqual(12);
      expect(await drawnTitles(page, 'fs-list')).toEqual([]);
    });
  });

  it('shows the first entries of the list on a phone', async () => {
    await withoutAppCode(PHONE, '', async (page) => {
      expect((await drawnTitles(page, 'fs-list')).length).toBeGreaterThanOrEqual(2);
      expect(await drawnTitles(page, 'fs-window')).toEqual([]);
    });
  });

  for (const query of [
    '?data=data/examples/persian-wars/events.json',
    '?event=e01',
    '?view=claims',
    '?lang=uk',
    '?embed=1',
  ]) {
    it(`is not drawn for ${query}, which asks for something it does not show`, async () => {
      await withoutAppCode(DESKTOP, query, async (page) => {
        expect(await page.locator('html').getAttribute('class')).toContain('st-no-first-screen');
        expect(await drawnTitles(page, 'fs-window')).toEqual([]);
      });
    });
  }

  it('asks for the dataset of ?data= (this site) before the app’s code runs, and not for the site’s own', async () => {
    await withoutAppCode(DESKTOP, '?data=data/examples/persian-wars/events.json', async (page, _context, requested) => {
      await expect.poll(() => requested.includes('/data/examples/persian-wars/events.json')).toBe(true);
      expect(requested).not.toContain('/data/events.json');
    });
  });

  it("asks for no other site's dataset (the app checks those against the allowed origins first)", async () => {
    const requested = await withoutAppCode(DESKTOP, '?data=https://evil.example/events.json', (_page, _context, seen) =>
      Promise.resolve(seen),
    );
    expect(requested.filter((path) => path.endsWith('.json'))).toEqual([]);
  });

  it('is what the app then shows: its preview lists the same events, and the first screen goes', async () => {
    const context = await build.browser.newContext(DESKTOP);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    try {
      // The timeline's code held back: the app's own preview stays until it arrives.
      await context.route(/\/assets\/st-timeline-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      const page = await context.newPage();
      await page.goto(build.url);
      const preview = page.locator('st-app st-timeline .timeline-preview li .link');
      await preview.first().waitFor({ state: 'visible' });
      const written = await page.locator('st-app > .st-first-screen .fs-window .fs-title').allTextContents();
      expect(written.length).toBeGreaterThan(0);
      expect(await preview.allTextContents()).toEqual(written);
      // The first screen is no longer drawn: <st-app> slots it only while it loads.
      expect(await page.locator('st-app > .st-first-screen').evaluate((node) => node.checkVisibility())).toBe(false);
      release();
      await page.locator('st-app st-timeline .vis-item').first().waitFor({ state: 'visible' });
    } finally {
      release();
      await context.close();
    }
  });

  it('is there for a reader without JavaScript, with the note that the timeline needs it', async () => {
    const context = await build.browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(build.url);
      expect((await drawnTitles(page, 'fs-window')).length).toBeGreaterThanOrEqual(12);
      expect(await page.locator('noscript').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
