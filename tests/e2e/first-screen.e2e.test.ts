// The first screen written into the built page (scripts/first-screen.ts, public/first-screen.js, decision 0053):
// readable events before any of the app's code has run, only when the address asks for the site's own dataset as
// it opens, and replaced by the app's own screen; and its early form for a dataset named by `?data=` (decision
// 0055), drawn by a small module of its own while the app's code loads. The app's modules are refused or held with
// Playwright's request routing, so nothing here depends on timing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { useBuildServer } from '../support/build-server.js';

const build = useBuildServer({
  '/hostile/events.json': readFileSync('tests/fixtures/hostile/events.json', 'utf8'),
  '/broken/events.json': readFileSync('tests/fixtures/broken/events.json', 'utf8'),
});

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' };
const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  serviceWorkers: 'block',
};
/** The app's code: every module of the build but the early screen's (src/first-screen/early.ts and its chunk). */
const APP_CODE = /\/assets\/(?!early-)[\w-]+\.js$/;

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

/** Holds the requests of `context` that match `pattern` until the function returned is called. */
async function holdRequests(context: BrowserContext, pattern: RegExp): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
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

  it('is drawn in the theme the address asks for, from the first paint', async () => {
    await withoutAppCode(DESKTOP, '?theme=dark', async (page) => {
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      expect((await drawnTitles(page, 'fs-window')).length).toBeGreaterThanOrEqual(12);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe('rgb(21, 24, 28)');
    });
  });

  it('shows the first entries of the list on a phone', async () => {
    await withoutAppCode(PHONE, '', async (page) => {
      expect((await drawnTitles(page, 'fs-list')).length).toBeGreaterThanOrEqual(2);
      expect(await drawnTitles(page, 'fs-window')).toEqual([]);
    });
  });

  for (const query of [
    '?event=e01',
    '?view=claims',
    '?lang=uk',
    '?embed=1',
    '?data=data/examples/persian-wars/events.json&lang=uk',
    '?data=data/examples/persian-wars/events.json&q=Athens',
    '?data=data/examples/persian-wars/events.json&view=claims',
    '?data=/broken/events.json',
  ]) {
    it(`is not drawn for ${query}, which asks for something it does not show`, async () => {
      await withoutAppCode(DESKTOP, query, async (page) => {
        expect(await page.locator('html').getAttribute('class')).toContain('st-no-first-screen');
        expect(await drawnTitles(page, 'fs-window')).toEqual([]);
        expect(await drawnTitles(page, 'fs-list')).toEqual([]);
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
    let release = () => {};
    try {
      // The timeline's code held back: the app's own preview stays until it arrives.
      release = await holdRequests(context, /\/assets\/st-timeline-[\w-]+\.js$/);
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

  it('stays the page’s largest contentful paint: the app is defined only once its first paint is reported', async () => {
    // Chromium drops a text's LCP record when it is laid out anew (as <st-app> takes its shadow root) before its
    // frame has been presented; the app's own, smaller list then became the LCP in one load of two (decision 0057).
    for (let load = 0; load < 3; load += 1) {
      const context = await build.browser.newContext(PHONE);
      try {
        const page = await context.newPage();
        await page.addInitScript(() => {
          const seen: { defined?: boolean; largest: { time: number; inFirstScreen: boolean }[] } = { largest: [] };
          Object.assign(window, { seen });
          void customElements.whenDefined('st-app').then(() => {
            seen.defined = performance.getEntriesByName('first-contentful-paint').length > 0;
          });
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null })[]) {
              const inFirstScreen = entry.element?.closest('.st-first-screen') != null;
              seen.largest.push({ time: entry.startTime, inFirstScreen });
            }
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        });
        await page.goto(build.url);
        await page.locator('st-app st-event-list article').first().waitFor({ state: 'visible' });
        type Seen = { defined?: boolean; largest: { time: number; inFirstScreen: boolean }[] };
        const seen = await page.evaluate(() => (window as unknown as { seen: Seen }).seen);
        expect(seen.defined, `load ${load + 1}: st-app defined before the first paint was reported`).toBe(true);
        expect(seen.largest.length).toBeGreaterThan(0);
        expect(seen.largest.at(-1)?.inFirstScreen, `load ${load + 1}: ${JSON.stringify(seen.largest)}`).toBe(true);
      } finally {
        await context.close();
      }
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

describe('the early screen of a dataset named by ?data= on this site', () => {
  const PERSIAN = 'data/examples/persian-wars/events.json';
  const persian = JSON.parse(readFileSync(`dist/${PERSIAN}`, 'utf8')) as { title: string };

  it('shows its headline and opening events before the app’s code has run, reading rare date forms too', async () => {
    await withoutAppCode(DESKTOP, `?data=${PERSIAN}`, async (page, _context, requested) => {
      await expect.poll(() => drawnTitles(page, 'fs-window')).not.toEqual([]);
      expect(await page.locator('st-app > .st-first-screen h1').textContent()).toBe(persian.title);
      expect(await page.locator('html').getAttribute('class')).not.toContain('st-no-first-screen');
      expect(await page.locator('st-app > .st-first-screen').count()).toBe(1);
      // Dates before 1 CE and seasons need the EDTF grammar: its chunk was loaded for them.
      expect(requested.some((path) => /\/assets\/early-edtf-[\w-]+\.js$/.test(path))).toBe(true);
      expect(await page.locator('.fs-window .fs-date').allTextContents()).toContain('480 BCE');
    });
  });

  it('shows the list’s first entries on a phone, and the timeline’s window when the address opens on it', async () => {
    await withoutAppCode(PHONE, '?data=data/events.json', async (page) => {
      await expect.poll(async () => (await drawnTitles(page, 'fs-list')).length).toBeGreaterThanOrEqual(2);
      expect(await drawnTitles(page, 'fs-window')).toEqual([]);
    });
    await withoutAppCode(PHONE, '?data=data/events.json&view=timeline', async (page) => {
      await expect.poll(async () => (await drawnTitles(page, 'fs-window')).length).toBeGreaterThanOrEqual(3);
      expect(await page.locator('st-app > .st-first-screen .fs-list').count()).toBe(0);
    });
  });

  it('writes a hostile dataset’s strings as text, running none of them', async () => {
    await withoutAppCode(DESKTOP, '?data=/hostile/events.json', async (page) => {
      const hostile = JSON.parse(readFileSync('tests/fixtures/hostile/events.json', 'utf8')) as {
        title: string;
        events: { title: string }[];
      };
      // Its strings are long: what counts here is that they are there, as text.
      const titles = page.locator('st-app > .st-first-screen .fs-window .fs-title');
      await titles.first().waitFor({ state: 'attached' });
      const shown = await titles.allTextContents();
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((title) => hostile.events.some((event) => event.title === title))).toBe(true);
      expect(shown.some((title) => title.includes('<img'))).toBe(true);
      expect(await page.locator('st-app > .st-first-screen h1').textContent()).toBe(hostile.title);
      expect(await page.locator('st-app > .st-first-screen img, st-app > .st-first-screen script').count()).toBe(0);
      expect(await page.evaluate(() => (window as { __stPwned?: unknown }).__stPwned)).toBeUndefined();
    });
  });

  it('comes before the app’s code runs: the app waits for it to be drawn (or given up)', async () => {
    const context = await build.browser.newContext(DESKTOP);
    let release = () => {};
    try {
      release = await holdRequests(context, /\/assets\/early-[\w-]+\.js$/);
      const page = await context.newPage();
      await page.addInitScript(() => {
        const order: string[] = [];
        Object.assign(window, { order });
        void customElements.whenDefined('st-app').then(() => order.push('app defined'));
        new MutationObserver((records) => {
          const drawn = records.some((r) =>
            [...r.addedNodes].some((n) => n instanceof Element && n.matches('st-app > .st-first-screen')),
          );
          if (drawn && document.readyState !== 'loading') order.push('early screen drawn');
        }).observe(document, { childList: true, subtree: true });
      });
      const appCode = page.waitForEvent('requestfinished', (request) =>
        /\/assets\/first-[\w-]+\.js$/.test(request.url()),
      );
      await page.goto(`${build.url}?data=${PERSIAN}`, { waitUntil: 'domcontentloaded' });
      await appCode;
      // The app's code has arrived and had frames to run in: it waits.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await page.evaluate(() => customElements.get('st-app') === undefined)).toBe(true);
      release();
      await page.locator('st-app st-timeline .vis-item').first().waitFor({ state: 'visible' });
      expect(await page.evaluate(() => (window as unknown as { order: string[] }).order)).toEqual([
        'early screen drawn',
        'app defined',
      ]);
    } finally {
      release();
      await context.close();
    }
  });

  it('reads nothing when the app’s code came first and reads the dataset itself', async () => {
    const context = await build.browser.newContext(DESKTOP);
    let release = () => {};
    try {
      // The early screen's module held back until the app has drawn the dataset.
      release = await holdRequests(context, /\/assets\/early-[\w-]+\.js$/);
      const page = await context.newPage();
      const reads: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === `/${PERSIAN}`) reads.push(request.url());
      });
      // Not waiting for `load`, which waits for the held module.
      await page.goto(`${build.url}?data=${PERSIAN}`, { waitUntil: 'domcontentloaded' });
      await page.locator('st-app st-timeline .vis-item').first().waitFor({ state: 'visible' });
      release();
      // Once the module has run (importing it again waits for that), it has decided whether to read. A string: the
      // test runner would rewrite an import() written in a function.
      await page.evaluate(
        "import(new URL(document.querySelector('script[data-early]').dataset.early, document.baseURI).href)",
      );
      // A request it made would have been seen by now.
      await page.waitForLoadState('networkidle');
      expect(reads).toHaveLength(1);
      expect(await page.locator('st-app > .st-first-screen').count()).toBe(0);
    } finally {
      release();
      await context.close();
    }
  });

  it('hands its read to the app, which asks for the dataset once and then shows its own screen', async () => {
    const context = await build.browser.newContext(DESKTOP);
    try {
      const page = await context.newPage();
      const reads: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === `/${PERSIAN}`) reads.push(request.url());
      });
      await page.goto(`${build.url}?data=${PERSIAN}`);
      // The app's own timeline (its preview, then vis-timeline's items), and the early screen no longer drawn.
      await page.locator('st-app st-timeline .vis-item').first().waitFor({ state: 'visible' });
      const early = () =>
        page.evaluate(() => document.querySelector('st-app > .st-first-screen')?.checkVisibility() ?? false);
      await expect.poll(early).toBe(false);
      await page.waitForLoadState('networkidle');
      expect(reads).toHaveLength(1);
    } finally {
      await context.close();
    }
  });
});
