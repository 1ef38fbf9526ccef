// The share card of the build: the page's Open Graph and Twitter tags as a browser reads them, and the image they
// name, served beside the page at 1200x630.
import { describe, expect, it } from 'vitest';
import { useBuildServer } from '../support/build-server.js';

const build = useBuildServer();

describe('the built page, shared as a link', () => {
  it('has the share-card tags, and the image they name is a 1200x630 PNG', async () => {
    const page = await build.browser.newPage();
    try {
      await page.goto(build.url);
      const meta: Record<string, string | undefined> = await page.evaluate(() =>
        Object.fromEntries(
          [...document.head.querySelectorAll('meta[property], meta[name]')].map((tag) => [
            tag.getAttribute('property') ?? tag.getAttribute('name') ?? '',
            tag.getAttribute('content') ?? undefined,
          ]),
        ),
      );
      const title = await page.title();
      expect(title).toContain(meta['og:title']);
      expect(meta['og:description']?.length).toBeGreaterThan(40);
      expect(meta['twitter:card']).toBe('summary_large_image');
      expect(meta['twitter:image']).toBe(meta['og:image']);
      expect([meta['og:image:width'], meta['og:image:height']]).toEqual(['1200', '630']);
      const image = await page.request.get(new URL(meta['og:image'] ?? '', build.url).href);
      expect(image.headers()['content-type']).toBe('image/png');
      const bytes = await image.body();
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    } finally {
      await page.close();
    }
  });
});
