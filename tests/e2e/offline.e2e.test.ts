// The offline copy for real: the built app visited once in Chromium, the network cut (playwright's offline context),
// the page reloaded: the events, an article and the lazily loaded views still come, from the service worker.
import { describe, expect, it } from 'vitest';
import { useBuildServer } from '../support/build-server.js';

const build = useBuildServer();

describe('offline, after one visit', () => {
  it('reloads with the events, the timeline and an article, without a network', async () => {
    const context = await build.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${build.url}?view=list`);
      await page.locator('st-app st-event-list article').first().waitFor();
      // The worker is installed (everything precached) and active.
      await expect
        .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 20_000 })
        .toBe('activated');
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Available offline' }).count(), { timeout: 10_000 })
        .toBe(1);

      await context.setOffline(true);
      expect(
        await page.evaluate(() =>
          fetch('data/events.json?probe', { cache: 'no-store' }).then(
            () => 'online',
            () => 'offline',
          ),
        ),
      ).toBe('offline');
      await page.reload();
      const events = page.locator('st-app st-event-list article');
      await events.first().waitFor();
      expect(await events.count()).toBeGreaterThan(10);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

      // Another view's code and an article's text also come from the copy.
      await page.getByRole('tab', { name: 'Timeline' }).click();
      await page.locator('st-app st-timeline .vis-item-content').first().waitFor({ timeout: 20_000 });
      await page.locator('st-app st-timeline .vis-item-content').first().click();
      await page
        .getByRole('button', { name: /Show in article/ })
        .first()
        .click();
      await page.locator('st-article-viewer mark').first().waitFor({ timeout: 20_000 });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is not offered in an embed: the page registers no worker', async () => {
    const context = await build.browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${build.url}?embed=1&view=list`);
      await page.locator('st-app st-event-list article').first().waitFor();
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
      expect(await page.locator('st-offline-notice').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
