// Subresource Integrity, for real: the hashes the build publishes (dist/integrity.json) are those of the files'
// bytes; the built app's embed dialog puts them in its snippets; a page on another origin runs the pinned scripts,
// and its browser refuses them once their bytes have changed (a compromised or tampered copy of the timeline).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromeArgs, findChrome } from '../../scripts/chrome-path.js';
import { serveStatic } from '../../scripts/static-server.js';
import { elementSnippet, embedSnippet } from '../../src/embed/snippet.js';

type Server = Awaited<ReturnType<typeof serveStatic>>;

/** What a compromised copy of each script would add: it proves the changed file runs when nothing checks it. */
const TAMPERING = '\n;window.__tampered = true;\n';
/** Host pages, by path, filled in by each test (the server reads this object on each request). */
const pages: Record<string, string> = {};
let app: Server;
let tampered: Server;
let host: Server;
let browser: Browser;
let copy = '';
let published: Record<string, string> = {};

/** The `integrity` value of a file's bytes, computed here independently of the build. */
const sha384 = (file: string) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

beforeAll(async () => {
  if (!existsSync('dist/integrity.json') || !existsSync('dist/embed.js')) {
    throw new Error('No build in dist/: run `npm run build` first (npm test does).');
  }
  published = JSON.parse(readFileSync('dist/integrity.json', 'utf8')) as Record<string, string>;
  app = await serveStatic({ root: 'dist' });
  // A copy of the site in which both scripts have been changed after the snippets were written.
  copy = await mkdtemp(join(tmpdir(), 'tampered-'));
  await cp('dist', copy, { recursive: true });
  for (const file of ['embed.js', 'sourced-timeline.js']) {
    await writeFile(join(copy, file), readFileSync(join('dist', file), 'utf8') + TAMPERING);
  }
  tampered = await serveStatic({ root: copy });
  // The host page's server sends no CORS header: it is just somebody's site.
  host = await serveStatic({ root: 'tests/fixtures', cors: false, pages });
  browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
}, 60_000);

afterAll(async () => {
  // beforeAll may have failed half-way, leaving some of these unset.
  const started = [browser as Browser | undefined, app as Server | undefined, tampered as Server | undefined];
  for (const thing of [...started, host as Server | undefined]) await thing?.close();
  if (copy) await rm(copy, { recursive: true, force: true });
});

/**
 * A journalist's page with `snippet` pasted in. A first script (the host's own, before the snippet) records the
 * load and error events of every script on the page, so a test can tell "ran" from "refused" without waiting.
 */
function article(snippet: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
<link rel="icon" href="data:,">
<script>
  window.scripts = [];
  for (const type of ['load', 'error']) {
    document.addEventListener(type, (e) => {
      if (e.target instanceof HTMLScriptElement) window.scripts.push(type + ' ' + e.target.src);
    }, true);
  }
</script></head>
<body><h1>An article with a timeline</h1>
${snippet}
</body></html>`;
}

/** Opens `path` on the host, recording the console's messages. */
async function openHost(path: string, snippet: string): Promise<{ page: Page; console: string[] }> {
  pages[path] = article(snippet);
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const console: string[] = [];
  page.on('console', (message) => console.push(message.text()));
  page.on('pageerror', (error) => console.push(`pageerror: ${error.message}`));
  await page.goto(`${host.url}${path.slice(1)}`);
  return { page, console };
}

/** What became of the script from `src`: `load` (it ran) or `error` (refused), once one of them has happened. */
async function fate(page: Page, src: string): Promise<string> {
  const handle = await page.waitForFunction(
    (url) => (window as unknown as { scripts: string[] }).scripts.find((entry) => entry.endsWith(` ${url}`)),
    src,
    { timeout: 30_000 },
  );
  return String(await handle.jsonValue()).split(' ')[0] ?? '';
}

const tamperedRan = (page: Page) =>
  page.evaluate(() => (window as unknown as { __tampered?: boolean }).__tampered === true);

describe('dist/integrity.json', () => {
  it('gives the sha384 hash of embed.js and of sourced-timeline.js as built, byte for byte', () => {
    expect(published).toEqual({
      'embed.js': sha384('dist/embed.js'),
      'sourced-timeline.js': sha384('dist/sourced-timeline.js'),
    });
  });
});

describe('the embed dialog of the built app', () => {
  it('pins embed.js and sourced-timeline.js by their published hashes, with crossorigin="anonymous"', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(app.url);
      await page.locator('st-app nav.bar button', { hasText: 'Embed' }).click();
      const snippet = page.locator('st-app st-embed-dialog textarea#snippet');
      await expect.poll(() => snippet.inputValue(), { timeout: 30_000 }).toContain('integrity=');
      const frameCode = await snippet.inputValue();
      expect(frameCode.split('\n')[1]).toBe(
        `<script src="${app.url}embed.js" integrity="${published['embed.js']}" crossorigin="anonymous" async></script>`,
      );
      await page.getByRole('radio', { name: /A script tag/ }).check();
      await expect.poll(() => snippet.inputValue()).toContain('<sourced-timeline');
      expect((await snippet.inputValue()).split('\n')[0]).toBe(
        `<script type="module" src="${app.url}sourced-timeline.js" integrity="${published['sourced-timeline.js']}" ` +
          'crossorigin="anonymous"></script>',
      );
      // The journalist may leave the pin out (a snippet that survives updates of the timeline).
      await page.getByRole('checkbox', { name: /Pin the script/ }).uncheck();
      await expect.poll(() => snippet.inputValue()).not.toContain('integrity=');
    } finally {
      await page.close();
    }
  });
});

describe('a host page on another origin', () => {
  it('runs the pinned embed.js, which sizes the frame', async () => {
    const snippet = embedSnippet(app.url, { height: 'auto', view: 'list', integrity: published['embed.js'] });
    const { page, console } = await openHost('/pinned-frame.html', snippet);
    try {
      expect(await fate(page, `${app.url}embed.js`)).toBe('load');
      // embed.js at work: the frame takes the height its content reports.
      await expect
        .poll(() => page.locator('iframe[data-sourced-timeline]').evaluate((f: HTMLIFrameElement) => f.style.height), {
          timeout: 30_000,
        })
        .toMatch(/^\d+px$/);
      expect(console.filter((m) => /integrity/i.test(m))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('runs the pinned sourced-timeline.js, which defines and draws the element', async () => {
    const snippet = elementSnippet(app.url, {
      height: 'auto',
      view: 'list',
      integrity: published['sourced-timeline.js'],
    });
    const { page, console } = await openHost('/pinned-element.html', snippet);
    try {
      expect(await fate(page, `${app.url}sourced-timeline.js`)).toBe('load');
      await page.locator('sourced-timeline st-app st-event-list article').first().waitFor({ timeout: 30_000 });
      expect(console.filter((m) => /integrity/i.test(m))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('refuses a changed embed.js: the script does not run', async () => {
    const snippet = embedSnippet(tampered.url, { height: 'auto', integrity: published['embed.js'] });
    const { page, console } = await openHost('/tampered-frame.html', snippet);
    try {
      expect(await fate(page, `${tampered.url}embed.js`)).toBe('error');
      expect(await tamperedRan(page)).toBe(false);
      expect(console.join('\n')).toMatch(/Failed to find a valid digest in the 'integrity' attribute/);
    } finally {
      await page.close();
    }
  });

  it('refuses a changed sourced-timeline.js: the script does not run and the element stays undefined', async () => {
    const snippet = elementSnippet(tampered.url, { height: 'auto', integrity: published['sourced-timeline.js'] });
    const { page, console } = await openHost('/tampered-element.html', snippet);
    try {
      expect(await fate(page, `${tampered.url}sourced-timeline.js`)).toBe('error');
      expect(await tamperedRan(page)).toBe(false);
      expect(await page.evaluate(() => customElements.get('sourced-timeline') === undefined)).toBe(true);
      expect(console.join('\n')).toMatch(/Failed to find a valid digest in the 'integrity' attribute/);
    } finally {
      await page.close();
    }
  });

  it('runs the changed files when the snippet is not pinned (so the refusals above are the hashes at work)', async () => {
    const snippet = [embedSnippet(tampered.url, { height: 'auto' }), elementSnippet(tampered.url, { height: 'auto' })];
    const { page } = await openHost('/tampered-unpinned.html', snippet.join('\n'));
    try {
      expect(await fate(page, `${tampered.url}embed.js`)).toBe('load');
      expect(await fate(page, `${tampered.url}sourced-timeline.js`)).toBe('load');
      expect(await tamperedRan(page)).toBe(true);
    } finally {
      await page.close();
    }
  });
});
