// The host pages' side of SECURITY.md, for real: the timeline served with the recommended HTTP headers (its policy as
// a header, with frame-ancestors), host pages on other origins under the recommended policies of their own, and
// embed.js heeding only its own frames.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromeArgs, findChrome } from '../../scripts/chrome-path.js';
import { serveStatic } from '../../scripts/static-server.js';
import { elementSnippet, embedSnippet } from '../../src/embed/snippet.js';

type Server = Awaited<ReturnType<typeof serveStatic>>;

/** SECURITY.md's header policy for the timeline's own host, with `frame-ancestors` naming who may embed it. */
const timelinePolicy = (embedders: string) =>
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  `connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors ${embedders}`;
/** SECURITY.md's policy for a page that embeds the frame (besides its own sources). */
const framePagePolicy = (timeline: string) =>
  `default-src 'none'; script-src ${timeline}; frame-src ${timeline}; base-uri 'none'; object-src 'none'`;
/** SECURITY.md's policy for a page that uses the element (besides its own sources). */
const elementPagePolicy = (timeline: string) =>
  `default-src 'none'; script-src ${timeline}; connect-src ${timeline}; img-src data:; base-uri 'none'; ` +
  "object-src 'none'";

const pages: Record<string, string> = {};
let app: Server;
let host: Server;
let stranger: Server;
let browser: Browser;
/** The timeline's origin, as a policy names it (no trailing slash). */
let timeline = '';
let published: Record<string, string> = {};

beforeAll(async () => {
  if (!existsSync('dist/integrity.json')) throw new Error('No build in dist/: run `npm run build` first.');
  published = JSON.parse(readFileSync('dist/integrity.json', 'utf8')) as Record<string, string>;
  // Two host origins: the one the timeline allows to embed it, and another.
  host = await serveStatic({ root: 'tests/fixtures', cors: false, pages });
  stranger = await serveStatic({ root: 'tests/fixtures', cors: false, pages });
  app = await serveStatic({
    root: 'dist',
    headers: {
      'Content-Security-Policy': timelinePolicy(new URL(host.url).origin),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    },
  });
  timeline = new URL(app.url).origin;
  browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
}, 60_000);

afterAll(async () => {
  for (const thing of [browser as Browser | undefined, app as Server | undefined, host as Server | undefined]) {
    await thing?.close();
  }
  await (stranger as Server | undefined)?.close();
});

/**
 * A page at `path` on `server` holding `body` under `policy` (a `<meta>`: for these directives it is what the same
 * header would be). No inline script: the recorder of policy violations is an init script, which no policy governs.
 */
async function openPage(server: Server, path: string, policy: string, body: string) {
  pages[path] = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>An article</title></head><body><h1>An article with a timeline</h1>
${body}
</body></html>`;
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const errors: string[] = [];
  const console: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => console.push(message.text()));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${server.url}${path.slice(1)}`);
  return { page, errors, console };
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

/** Waits until the framed app has drawn its list. */
async function framedList(page: Page): Promise<void> {
  await page
    .frameLocator('iframe[data-sourced-timeline]')
    .locator('st-app st-event-list article')
    .first()
    .waitFor({ timeout: 30_000 });
}

describe('SECURITY.md', () => {
  it('recommends the policies these tests use', () => {
    const text = readFileSync('SECURITY.md', 'utf8').replace(/\s+/g, ' ');
    for (const policy of [
      timelinePolicy('https://news.example'),
      framePagePolicy('https://timeline.example'),
      elementPagePolicy('https://timeline.example'),
    ]) {
      expect(text).toContain(policy);
    }
  });
});

describe('the timeline served with the recommended headers', () => {
  it('is embedded by a page frame-ancestors allows, under its own policy, with no violation', async () => {
    const snippet = embedSnippet(app.url, { height: 'auto', view: 'list', integrity: published['embed.js'] });
    const { page, errors } = await openPage(host, '/allowed.html', framePagePolicy(timeline), snippet);
    try {
      await framedList(page);
      // embed.js ran (pinned, under the page's script-src) and sized the frame.
      await expect
        .poll(() => page.locator('iframe[data-sourced-timeline]').evaluate((f: HTMLIFrameElement) => f.style.height), {
          timeout: 30_000,
        })
        .toMatch(/^\d+px$/);
      // Full width and borderless with no style attribute in the snippet (the policy allows none).
      const frame = await page.locator('iframe[data-sourced-timeline]').evaluate((f: HTMLIFrameElement) => ({
        border: getComputedStyle(f).borderTopWidth,
        width: Math.round(f.getBoundingClientRect().width),
        room: Math.round(f.parentElement?.getBoundingClientRect().width ?? 0),
      }));
      expect({ border: frame.border, width: frame.width }).toEqual({ border: '0px', width: frame.room });
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('is refused in a frame on a page frame-ancestors does not name', async () => {
    const snippet = embedSnippet(app.url, { height: 600, view: 'list' });
    const { page, console } = await openPage(stranger, '/stranger.html', framePagePolicy(timeline), snippet);
    try {
      await expect
        .poll(() => console.find((line) => line.includes('frame-ancestors')), { timeout: 30_000 })
        .toContain(`frame-ancestors ${new URL(host.url).origin}`);
      // The frame shows no app: the browser's error page stands in for it.
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(await frame?.evaluate(() => document.querySelector('st-app') === null).catch(() => true)).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('a page using <sourced-timeline> under the recommended policy', () => {
  it('runs the pinned element, which loads its data and draws, with no violation', async () => {
    const snippet = elementSnippet(app.url, {
      height: 'auto',
      view: 'list',
      integrity: published['sourced-timeline.js'],
    });
    const { page, errors } = await openPage(host, '/element.html', elementPagePolicy(timeline), snippet);
    try {
      await page.locator('sourced-timeline st-app st-event-list article').first().waitFor({ timeout: 30_000 });
      // Through the views that draw charts and the timeline too.
      for (const [view, element] of [
        ['Timeline', 'st-timeline .vis-timeline'],
        ['Claims', 'st-claims-view svg'],
        ['Sources', 'st-sources-view article'],
      ] as const) {
        await page.locator('sourced-timeline st-app [role="tab"]', { hasText: view }).click();
        await page.locator(`sourced-timeline st-app ${element}`).first().waitFor({ timeout: 30_000 });
      }
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('embed.js on a host page', () => {
  it('keeps a frame at its starting height while the timeline loads, then sizes it to the timeline drawn', async () => {
    const snippet = embedSnippet(app.url, { height: 'auto', view: 'list' });
    pages['/loading.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loading</title>
</head><body>${snippet}</body></html>`;
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    try {
      // The dataset held back: the app inside the frame shows its loading line until it comes.
      await page.route('**/data/events.json', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${host.url}loading.html`);
      const frame = page.locator('iframe[data-sourced-timeline]');
      await page.frameLocator('iframe[data-sourced-timeline]').locator('st-app .loading').waitFor();
      expect(await frame.evaluate((f: HTMLIFrameElement) => f.style.height)).toBe('');
      release();
      const height = () => frame.evaluate((f: HTMLIFrameElement) => parseInt(f.style.height || '0', 10));
      await expect.poll(height, { timeout: 30_000 }).toBeGreaterThan(400);
    } finally {
      release();
      await page.close();
    }
  });

  it('sizes a frame from its own messages only', async () => {
    // A second frame on the page, which tries to size the timeline's frame, then says it is done.
    const other = `<script>
      parent.postMessage({ type: 'sourced-timeline:height', height: 5 }, '*');
      parent.postMessage({ type: 'sourced-timeline:height', height: 99999999 }, '*');
      parent.postMessage('done', '*');
    </script>`;
    // What embed.js would make of the claims (clamped to 120-20,000 px), which the app's own height never is.
    const claimed = ['120px', '20000px'];
    const snippet = embedSnippet(app.url, { height: 'auto', view: 'list' });
    pages['/messages.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Messages</title>
</head><body>${snippet}</body></html>`;
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    try {
      await page.goto(`${host.url}messages.html`);
      const frame = page.locator('iframe[data-sourced-timeline]');
      const height = () => frame.evaluate((f: HTMLIFrameElement) => f.style.height);
      await expect.poll(height, { timeout: 30_000 }).toMatch(/^\d+px$/);
      expect(claimed).not.toContain(await height());
      // The page itself, then another frame, claim other heights; each sends 'done' after its claims, and
      // messages from one source arrive in order, after embed.js's listener has seen the claims.
      const done = (from: 'page' | 'frame') =>
        page.evaluate(
          (source) =>
            new Promise<void>((resolve) => {
              window.addEventListener('message', function listen(e) {
                const fromFrame = e.source !== window;
                if (e.data === 'done' && fromFrame === (source === 'frame')) {
                  window.removeEventListener('message', listen);
                  resolve();
                }
              });
              if (source === 'page') {
                window.postMessage({ type: 'sourced-timeline:height', height: 7 }, '*');
                window.postMessage('done', '*');
              }
            }),
          from,
        );
      await done('page');
      expect(claimed).not.toContain(await height());
      const fromFrame = done('frame');
      await page.evaluate((script) => {
        const frame = document.createElement('iframe');
        frame.title = 'Another frame';
        frame.srcdoc = script;
        document.body.append(frame);
      }, other);
      await fromFrame;
      expect(claimed).not.toContain(await height());
    } finally {
      await page.close();
    }
  });
});
