// Lazy loading on the build (src/app/lazy-elements.ts, decision 0012): the timeline's code (vis-timeline) and the
// d3 views arrive after the page; until then their place shows what it can, and a failed fetch says so and can be
// retried. The chunks are held back or refused with Playwright's request routing, so nothing here depends on timing.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { useBuildServer } from '../support/build-server.js';

const build = useBuildServer();

/** The chunks that define the lazily loaded elements, named by rolldown after their modules. */
const LAZY_CHUNK = /\/assets\/(st-timeline|st-overview|st-claims-view|st-presentation)-[\w-]+\.js$/;
const TIMELINE_CHUNK = /\/assets\/st-timeline-[\w-]+\.js$/;
/** The chunks drawn after the first events are painted: closed dialogs, their modal controller, the handout, the offline copy. */
const AFTER_FIRST_EVENTS = /\/assets\/(closed-parts|modal-controller|workbox-window\.prod\.es5)-[\w-]+\.js$/;

/** The initial JavaScript budget of issue 9, gzip. */
const BUDGET = 100 * 1024;

async function open(context: BrowserContext, query: string): Promise<{ page: Page; scripts: string[] }> {
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(build.url + query);
  return { page, scripts };
}

describe('lazy loading of the timeline and the d3 views', () => {
  it('on a phone, the list shows events with less than 100 kB of JavaScript, and no timeline or d3 code', async () => {
    const context = await build.browser.newContext({
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    try {
      // The parts drawn after the first events (closed dialogs, the handout, the offline copy's registration) are
      // not in the budget: each is asked for only once entries are on the page, which is checked as it is asked.
      const shownWhenAsked: number[] = [];
      // The page as soon as it exists (before its navigation ends, when a chunk may already be asked for).
      const seen: { page?: Page } = {};
      context.on('page', (opened) => (seen.page = opened));
      await context.route(AFTER_FIRST_EVENTS, async (route: Route) => {
        shownWhenAsked.push((await seen.page?.locator('st-event-list article[data-id]').count()) ?? -1);
        await route.continue();
      });
      const { page, scripts } = await open(context, '');
      await page.locator('st-event-list article[data-id]').first().waitFor({ state: 'visible' });
      await page.waitForLoadState('networkidle');
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((path) => LAZY_CHUNK.test(path))).toEqual([]);
      expect(shownWhenAsked.length).toBeGreaterThan(0);
      for (const shown of shownWhenAsked) expect(shown).toBeGreaterThan(0);
      let gzip = 0;
      for (const path of scripts.filter((script) => !AFTER_FIRST_EVENTS.test(script))) {
        const response = await page.request.get(build.url + path.replace(/^\//, ''));
        gzip += gzipSync(await response.body(), { level: 9 }).length;
      }
      expect(gzip).toBeLessThan(BUDGET);
    } finally {
      await context.close();
    }
  });

  it('on a desktop, the timeline code is asked for only once the opening events are drawn in its place (0023)', async () => {
    // Without the offline copy's service worker, which fetches every chunk to keep it (the page's own asking is
    // what is measured here).
    const context = await build.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const drawnWhenAsked: number[] = [];
    let page: Page | undefined;
    await context.route(TIMELINE_CHUNK, async (route: Route) => {
      // What the page showed when the request went out: the preview's entries, counted through the shadow roots.
      drawnWhenAsked.push((await page?.locator('st-timeline .timeline-preview li').count()) ?? -1);
      await route.continue();
    });
    try {
      page = (await open(context, '?view=timeline')).page;
      await page.locator('st-timeline .vis-item').first().waitFor({ state: 'visible' });
      expect(drawnWhenAsked).toHaveLength(1);
      expect(drawnWhenAsked[0]).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('while the timeline code is on the way, its place lists the opening events, which open their details', async () => {
    const context = await build.browser.newContext({ viewport: { width: 1280, height: 800 } });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(TIMELINE_CHUNK, async (route: Route) => {
      await held;
      await route.continue();
    });
    try {
      const { page } = await open(context, '?view=timeline');
      const preview = page.locator('st-timeline .timeline-preview');
      await expect.poll(() => preview.getByRole('status').textContent()).toContain('Loading the zoomable timeline');
      const entries = preview.getByRole('button');
      expect(await entries.count()).toBeGreaterThan(0);
      const title = (await entries.first().textContent())?.trim() ?? '';
      await entries.first().click();
      await expect.poll(() => page.locator('st-event-details h2').textContent()).toBe(title);
      expect(new URL(page.url()).searchParams.get('event')).not.toBeNull();

      release();
      await page.locator('st-timeline .vis-item').first().waitFor({ state: 'visible' });
      expect(await preview.count()).toBe(0);
    } finally {
      release();
      await context.close();
    }
  });

  it('when the timeline code cannot be fetched, says so, and Try again loads it', async () => {
    const context = await build.browser.newContext({ viewport: { width: 1280, height: 800 } });
    let refuse = true;
    await context.route(TIMELINE_CHUNK, (route: Route) => (refuse ? route.abort('failed') : route.continue()));
    try {
      const { page } = await open(context, '?view=timeline');
      const status = page.locator('st-timeline .timeline-preview [role="status"]');
      // The service worker's first install fetches the same chunk alongside: the failure may take a moment longer.
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('could not be loaded');
      // The opening events are still listed, and every event is a tab away in the list.
      expect(await page.locator('st-timeline .timeline-preview li').count()).toBeGreaterThan(0);

      refuse = false;
      await status.getByRole('button', { name: 'Try again' }).click();
      await page.locator('st-timeline .vis-item').first().waitFor({ state: 'visible' });
    } finally {
      await context.close();
    }
  });
});
