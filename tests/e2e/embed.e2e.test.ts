// Embedding for real: the built app on one origin, a journalist's blank page on another, the
// generated snippet pasted into it (a sandboxed iframe without allow-same-origin), Chromium driving.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { chromeArgs, findChrome } from '../../scripts/chrome-path.js';
import { serveStatic } from '../../scripts/static-server.js';
import { embedSnippet } from '../../src/embed/snippet.js';

const SYRSKY = 'syrsky-briefing-2024-10-25';
let app: Awaited<ReturnType<typeof serveStatic>>;
let host: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync('dist/index.html') || !existsSync('dist/embed.js')) {
    throw new Error('No build in dist/: run `npm run build` first (npm test does).');
  }
  app = await serveStatic({ root: 'dist', cors: true });
  const snippet = embedSnippet(app.url, {
    height: 'auto',
    event: SYRSKY,
    view: 'timeline',
    theme: 'dark',
    accent: 'c0392b',
  });
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news article</title><link rel="icon" href="data:,"></head>
<body style="margin:0;font-family:serif"><h1>An article with a timeline</h1><p>Some text.</p>
${snippet}
<p>After the timeline.</p></body></html>`;
  // The host page's server sends no CORS header: it is just somebody's site.
  host = await serveStatic({ root: 'tests/fixtures', cors: false, pages: { '/article.html': page } });
  browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
}, 30_000);

afterAll(async () => {
  // beforeAll may have failed half-way (no build), leaving some of these unset.
  const started = [browser as Browser | undefined, app as typeof app | undefined, host as typeof host | undefined];
  for (const thing of started) await thing?.close();
});

/** Opens the host page at a width, collecting every error from the page and its frames. */
async function openHost(width: number): Promise<{ page: Page; frame: () => Frame; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(`${host.url}article.html`);
  const frame = () => {
    const found = page.frames().find((f) => f.url().startsWith(app.url));
    if (!found) throw new Error('the timeline frame is missing');
    return found;
  };
  return { page, frame, errors };
}

/** Text of the first element matching each selector in turn, through shadow roots, inside the frame. */
function deepText(frame: Frame, selectors: string[]): Promise<string | null> {
  return frame.evaluate((chain) => {
    let node: Element | null = document.documentElement;
    for (const selector of chain) node = (node?.shadowRoot ?? node)?.querySelector(selector) ?? null;
    return node?.textContent.trim() ?? null;
  }, selectors);
}

describe('the embed snippet on another origin, in a sandboxed iframe', () => {
  for (const width of [320, 800, 1200]) {
    it(`sizes itself, opens the linked event, applies the theme and throws nothing at ${width} px`, async () => {
      const { page, frame, errors } = await openHost(width);
      try {
        const iframe = page.locator('iframe[data-sourced-timeline]');
        expect(await iframe.getAttribute('sandbox')).not.toContain('allow-same-origin');
        // The deep link selects the event inside the frame.
        await expect
          .poll(
            () =>
              frame()
                .evaluate(() => document.querySelector('st-app') !== null)
                .catch(() => false),
            { timeout: 15_000 },
          )
          .toBe(true);
        await expect
          .poll(() => deepText(frame(), ['st-app', 'st-event-details', 'h2']), { timeout: 15_000 })
          .toBe('Syrsky briefs Zelensky on North Korean troops');
        // The iframe takes its content's height (within a pixel or two of rounding).
        await expect
          .poll(
            async () => {
              const content = await frame().evaluate(() => document.documentElement.getBoundingClientRect().height);
              const box = await iframe.boundingBox();
              return Math.abs((box?.height ?? 0) - content) <= 2 && (box?.height ?? 0) > 300;
            },
            { timeout: 15_000 },
          )
          .toBe(true);
        // The timeline itself is drawn and visible (vis-timeline once stayed hidden inside this frame).
        await expect
          .poll(
            () =>
              frame().evaluate(() => {
                const timeline = document.querySelector('st-app')?.shadowRoot?.querySelector('st-timeline');
                const root = timeline?.shadowRoot?.querySelector<HTMLElement>('.vis-timeline');
                const item = timeline?.shadowRoot?.querySelector('.st-label');
                return (
                  root !== null &&
                  root !== undefined &&
                  getComputedStyle(root).visibility === 'visible' &&
                  item !== null &&
                  item !== undefined &&
                  getComputedStyle(item).visibility === 'visible'
                );
              }),
            { timeout: 15_000 },
          )
          .toBe(true);
        // No horizontal scrolling inside the frame.
        const overflow = await frame().evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // The view bar takes one line: Present beside the tabs (in a narrow frame an icon, still named Present).
        const bar = await frame().evaluate(() => {
          const root = document.querySelector('st-app')?.shadowRoot;
          const tabs = root?.querySelector('.tabs')?.getBoundingClientRect();
          const present = root?.querySelector('button.present');
          return {
            offset: Math.abs((present?.getBoundingClientRect().top ?? Infinity) - (tabs?.top ?? 0)),
            name: present?.textContent.replace(/\s+/g, ' ').trim() ?? '',
          };
        });
        expect(bar.offset).toBeLessThan(8);
        expect(bar.name).toContain('Present');
        // The theme and accent apply.
        const theme = await frame().evaluate(() => ({
          theme: document.documentElement.dataset.theme,
          background: getComputedStyle(document.body).backgroundColor,
        }));
        expect(theme.theme).toBe('dark');
        const [r, g, b] = theme.background.match(/\d+/g)!.map(Number);
        expect(r! + g! + b!).toBeLessThan(150);
        // It really is an opaque origin: storage throws there, and nothing broke because of it.
        expect(
          await frame().evaluate(() => {
            try {
              return typeof window.localStorage;
            } catch {
              return 'throws';
            }
          }),
        ).toBe('throws');
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);
  }

  it('links to the full timeline in a new tab without an opener, carrying the state', async () => {
    const { page, frame } = await openHost(1000);
    try {
      await expect
        .poll(() => deepText(frame(), ['st-app', '.attribution a']), { timeout: 15_000 })
        .toBe('Open the full timeline');
      const link = await frame().evaluate(() => {
        const a = document.querySelector('st-app')!.shadowRoot!.querySelector<HTMLAnchorElement>('.attribution a')!;
        return { href: a.href, target: a.target, rel: a.rel };
      });
      expect(link.target).toBe('_blank');
      expect(link.rel).toContain('noopener');
      const url = new URL(link.href);
      expect(url.origin + '/').toBe(app.url);
      expect(url.searchParams.get('event')).toBe(SYRSKY);
      expect(url.searchParams.has('embed')).toBe(false);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('presents inside the frame: full screen on a real click (the snippet allows it), and Esc leaves', async () => {
    const { page, frame, errors } = await openHost(1000);
    try {
      // The frame loads lazily: wait for it to exist before reaching into it.
      await expect.poll(() => page.frames().some((f) => f.url().startsWith(app.url)), { timeout: 15_000 }).toBe(true);
      // The app settled first: the linked event shown beside the timeline (as the sizing tests wait for it).
      await expect
        .poll(() => deepText(frame(), ['st-app', 'st-event-details', 'h2']), { timeout: 15_000 })
        .toBe('Syrsky briefs Zelensky on North Korean troops');
      const present = frame().locator('st-app').locator('button.present');
      await present.click({ timeout: 15_000 });
      // Said with the frame's address when it fails: whether the click reached the app (`present=1`) or not.
      await expect
        .poll(async () => (await deepText(frame(), ['st-app', 'st-presentation', '.progress'])) ?? frame().url(), {
          timeout: 15_000,
        })
        .toMatch(/^Step 1 \/ \d+$/);
      // A real click is a user gesture: the frame may go full screen, as `allow="fullscreen"` lets it.
      await expect
        .poll(
          () =>
            frame().evaluate(
              // The document names the outermost host; the app's shadow root names the presentation.
              () => document.querySelector('st-app')?.shadowRoot?.fullscreenElement?.localName ?? null,
            ),
          { timeout: 5_000 },
        )
        .toBe('st-presentation');
      await page.keyboard.press('PageDown');
      await expect
        .poll(() => deepText(frame(), ['st-app', 'st-presentation', '.progress']), { timeout: 5_000 })
        .toMatch(/^Step 2 \//);
      await page.keyboard.press('Escape');
      await expect
        .poll(() =>
          frame().evaluate(
            () => document.querySelector('st-app')?.shadowRoot?.querySelector('st-presentation') ?? null,
          ),
        )
        .toBe(null);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});
