// The built page's Content Security Policy, for real: every view and mode of the app in Chromium, each page
// recording every `securitypolicyviolation` from its first script on. Any violation fails the test: the policy
// refuses inline scripts and styles, so whatever the app or a dependency tries inline shows up here.
// Also: custom datasets by `?data=` (the banner on the same origin, the refusal for another).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { useBuildServer } from '../support/build-server.js';

const SYRSKY = 'syrsky-briefing-2024-10-25';
/** Test datasets served beside the build, on its origin (the static server's in-memory pages). */
const CUSTOM = 'fixtures/custom/events.json';
const BROKEN = 'fixtures/broken/events.json';

interface Violation {
  directive: string;
  blocked: string;
  /** The element refused, and the element whose shadow root holds it: `<style> in <st-overview>`. */
  element: string;
  source: string;
  line: number;
}

declare global {
  interface Window {
    __violations?: Violation[];
  }
}

/** Runs before any script of every document of the context, frames and pop-ups included. */
function recordViolations(): void {
  const seen: Violation[] = [];
  window.__violations = seen;
  const describe = (node: EventTarget | undefined): string => {
    if (!(node instanceof Element)) return node?.constructor.name ?? 'nothing';
    const root = node.getRootNode();
    const host = root instanceof ShadowRoot ? ` in <${root.host.localName}>` : '';
    const style = node.getAttribute('style');
    return `<${node.localName}${node.getAttribute('class') ? ` class="${node.getAttribute('class')}"` : ''}${style ? ` style="${style}"` : ''}>${host}`;
  };
  document.addEventListener(
    'securitypolicyviolation',
    (e) =>
      seen.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        // The event reaches the document retargeted to the outermost host; the path names the real element.
        element: describe(e.composedPath()[0]),
        source: e.sourceFile,
        line: e.lineNumber,
      }),
    true,
  );
}

const build = useBuildServer({
  [`/${CUSTOM}`]: readFileSync('tests/fixtures/mini/events.json', 'utf8'),
  '/fixtures/custom/articles/a1.txt': readFileSync('tests/fixtures/mini/articles/a1.txt', 'utf8'),
  [`/${BROKEN}`]: readFileSync('tests/fixtures/broken/events.json', 'utf8'),
});

interface Visit {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and failed requests, from every page of the context. */
  errors: string[];
  /** Requests made, by URL. */
  requests: string[];
}

function watch(page: Page, errors: string[], requests: string[]): void {
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
}

async function open(query: string, size = { width: 1280, height: 800 }): Promise<Visit> {
  const context = await build.browser.newContext({ viewport: size });
  await context.addInitScript(recordViolations);
  const errors: string[] = [];
  const requests: string[] = [];
  context.on('page', (page) => watch(page, errors, requests));
  const page = await context.newPage();
  await page.goto(build.url + query);
  return { context, page, errors, requests };
}

/** The violations recorded in every frame of every page of the context (a closed frame has none to give). */
async function violations(context: BrowserContext): Promise<string[]> {
  const frames: Frame[] = context.pages().flatMap((page) => page.frames());
  const found = await Promise.all(
    frames.map(async (frame) => {
      const list = await frame.evaluate(() => window.__violations ?? []).catch(() => []);
      return list.map(
        (v) => `${frame.url()}: ${v.directive} refused ${v.blocked} ${v.element} (${v.source}:${v.line})`,
      );
    }),
  );
  return found.flat();
}

/** Runs the visit, then fails on any violation or error; closes the context either way. */
async function check(
  query: string,
  actions: (visit: Visit) => Promise<void>,
  size?: { width: number; height: number },
) {
  const visit = await open(query, size);
  try {
    await actions(visit);
    // Late work (a redraw, a lazy preview) gets a moment to misbehave.
    await visit.page.waitForTimeout(300);
    expect(await violations(visit.context)).toEqual([]);
    expect(visit.errors).toEqual([]);
  } finally {
    await visit.context.close();
  }
}

/** Text of the element at the end of a chain of selectors, through shadow roots. */
function deepText(page: Page | Frame, selectors: string[]): Promise<string | null> {
  return page.evaluate((chain) => {
    let node: Element | null = document.documentElement;
    for (const selector of chain) node = (node?.shadowRoot ?? node)?.querySelector(selector) ?? null;
    return node?.textContent.replace(/\s+/g, ' ').trim() ?? null;
  }, selectors);
}

const until = (what: () => unknown, timeout = 15_000) => expect.poll(what, { timeout });

/** Waits until the timeline has drawn its events. */
async function timelineDrawn(page: Page): Promise<void> {
  await page.locator('st-app st-timeline .st-label').first().waitFor({ timeout: 15_000 });
}

describe('the built index.html', () => {
  const html = () => readFileSync('dist/index.html', 'utf8');

  it('carries a strict Content Security Policy before any script or stylesheet', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html());
    expect(meta, 'a CSP <meta> in dist/index.html').not.toBe(null);
    const policy = new Map(
      meta![1]!.split(';').map((directive) => {
        const [name = '', ...values] = directive.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('style-src')).toBe("'self'");
    expect(policy.get('img-src')).toBe("'self' data:");
    expect(policy.get('font-src')).toBe("'self'");
    expect(policy.get('connect-src')?.startsWith("'self'")).toBe(true);
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('form-action')).toBe("'none'");
    expect(meta![1]).not.toContain('unsafe');
    const at = html().indexOf('Content-Security-Policy');
    for (const first of [html().indexOf('<script'), html().indexOf('<link rel="stylesheet"')]) {
      if (first >= 0) expect(at).toBeLessThan(first);
    }
  });

  it('has no inline script', () => {
    const scripts = html().match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\bsrc=/);
    expect(html()).not.toMatch(/\son[a-z]+=/i);
  });
});

describe('no Content Security Policy violation', () => {
  it('is missed by the recorder (a deliberate inline style is caught)', async () => {
    const visit = await open('?view=list');
    try {
      await visit.page.locator('st-app st-event-list').waitFor({ timeout: 15_000 });
      await visit.page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'body { color: red; }';
        document.head.append(style);
      });
      await until(async () => (await violations(visit.context)).length).toBeGreaterThan(0);
      expect((await violations(visit.context))[0]).toContain('style-src-elem');
    } finally {
      await visit.context.close();
    }
  });

  it('in the timeline view, zoomed, panned and in one lane', () =>
    check('?view=timeline', async ({ page }) => {
      await timelineDrawn(page);
      await page.locator('st-app st-timeline button', { hasText: 'Week of 21 Oct' }).click();
      await page.locator('st-app st-timeline button[aria-label="Zoom in"]').click();
      await page.locator('st-app st-timeline button[aria-label="Later"]').click();
      // One lane: the key then lists the party colours.
      await page.locator('st-app st-timeline button', { hasText: 'Lanes by party' }).click();
      await page.locator('st-app st-timeline st-timeline-legend .swatch').first().waitFor();
      // The overview strip (a d3 chart) is drawn.
      await page.locator('st-app st-overview svg .week').first().waitFor({ state: 'attached' });
      // And styled: bars in the accent colour (not the default black), swatches in the party colours.
      const styled = await page.evaluate(() => {
        const shadow = (host: Element | null | undefined) => host?.shadowRoot ?? undefined;
        const app = shadow(document.querySelector('st-app'));
        const bar = shadow(app?.querySelector('st-overview'))?.querySelector('.dated');
        const legend = shadow(shadow(app?.querySelector('st-timeline'))?.querySelector('st-timeline-legend'));
        const swatch = legend?.querySelector('.swatch');
        return {
          bar: bar ? getComputedStyle(bar).fill : 'none drawn',
          swatch: swatch ? getComputedStyle(swatch).backgroundColor : 'none drawn',
        };
      });
      expect(styled.bar).toMatch(/^rgb/);
      expect(styled.bar).not.toBe('rgb(0, 0, 0)');
      expect(styled.swatch).toMatch(/^rgb/);
      expect(styled.swatch).not.toBe('rgba(0, 0, 0, 0)');
    }));

  it('in the list view', () =>
    check('?view=list', async ({ page }) => {
      await page.locator('st-app st-event-list article').first().waitFor();
    }));

  it('in the claims view', () =>
    check('?view=claims', async ({ page }) => {
      await page.locator('st-app st-claims-view svg .row').first().waitFor({ state: 'attached' });
    }));

  it('in the sources view', () =>
    check('?view=sources', async ({ page }) => {
      await page.locator('st-app st-sources-view h2').first().waitFor();
    }));

  it('with an event selected, and its excerpt shown in the article', () =>
    check(`?event=${SYRSKY}`, async ({ page }) => {
      await timelineDrawn(page);
      await until(() => deepText(page, ['st-app', 'st-event-details', 'h2'])).toBe(
        'Syrsky briefs Zelensky on North Korean troops',
      );
      await page.locator('st-app st-event-details button', { hasText: 'Show in article' }).first().click();
      await page.locator('st-app st-article-viewer dialog[open] mark.active').waitFor();
    }));

  it('with the embed dialog open and its preview loaded', () =>
    check(`?event=${SYRSKY}`, async ({ page }) => {
      await timelineDrawn(page);
      await page.locator('st-app nav.bar button', { hasText: 'Embed' }).click();
      await page.locator('st-app st-embed-dialog dialog[open]').waitFor();
      // The preview is the app itself, embedded in a sandboxed frame: it must load, under the same policy.
      await until(() => page.frames().length).toBeGreaterThan(1);
      const preview = () => page.frames().find((frame) => frame.url().includes('embed=1'));
      await until(async () => (await preview()?.locator('st-app st-event-details h2').count()) ?? 0).toBe(1);
    }));

  it('in embed mode', () =>
    check(`?embed=1&event=${SYRSKY}&theme=dark&accent=c0392b`, async ({ page }) => {
      await timelineDrawn(page);
      await page.locator('st-app .attribution a').waitFor();
    }));

  it('presenting: stepping, notes, and the notes window', () =>
    check('?present=1', async ({ page, context }) => {
      await until(() => deepText(page, ['st-app', 'st-presentation', '.progress'])).toMatch(/^Step 1 \//);
      await page.keyboard.press('PageDown');
      await until(() => deepText(page, ['st-app', 'st-presentation', '.progress'])).toMatch(/^Step 2 \//);
      await page.keyboard.press('n');
      await page.locator('st-app st-presentation aside.notes').waitFor();
      const popup = context.waitForEvent('page');
      await page.locator('st-app st-presentation button.notes-window').click();
      const notes = await popup;
      await until(() => notes.evaluate(() => document.body.textContent)).toContain('Presenter notes, step 2');
      // Styled by an adopted stylesheet (a <style> element would be refused): 1.25rem type.
      expect(
        await notes.evaluate(() => ({
          adopted: document.adoptedStyleSheets.length,
          styleElements: document.querySelectorAll('style').length,
          fontSize: getComputedStyle(document.body).fontSize,
        })),
      ).toEqual({ adopted: 1, styleElements: 0, fontSize: '20px' });
      await page.keyboard.press('PageDown');
      await until(() => notes.evaluate(() => document.body.textContent)).toContain('Presenter notes, step 3');
    }));

  it('presenting: the notes window inherits the policy (a <style> element is refused there)', async () => {
    const visit = await open('?present=1');
    try {
      await visit.page.locator('st-app st-presentation .progress').waitFor();
      const popup = visit.context.waitForEvent('page');
      await visit.page.locator('st-app st-presentation button.notes-window').click();
      const notes = await popup;
      await until(() => notes.evaluate(() => document.body.textContent)).toContain('Presenter notes');
      const colour = await notes.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'h1 { color: rgb(1, 2, 3) !important; }';
        document.head.append(style);
        return getComputedStyle(document.querySelector('h1')!).color;
      });
      expect(colour).not.toBe('rgb(1, 2, 3)');
    } finally {
      await visit.context.close();
    }
  });

  it('in the dark theme', () =>
    check('?theme=dark&view=timeline', async ({ page }) => {
      await timelineDrawn(page);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    }));

  it('in the projector theme', () =>
    check('?theme=projector&view=claims', async ({ page }) => {
      await page.locator('st-app st-claims-view svg').first().waitFor({ state: 'attached' });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('projector');
    }));

  it('printed (the handout)', () =>
    check('?view=timeline', async ({ page }) => {
      await timelineDrawn(page);
      await page.emulateMedia({ media: 'print' });
      await until(() => page.locator('st-app st-handout').evaluate((el) => getComputedStyle(el).display)).toBe('block');
      await page.pdf({ format: 'A4' });
    }));

  it('on a phone', () =>
    check(
      '',
      async ({ page }) => {
        await page.locator('st-app st-event-list article').first().waitFor();
      },
      { width: 375, height: 812 },
    ));

  it('showing the error panel for a broken dataset', () =>
    check(`?data=${BROKEN}`, async ({ page }) => {
      await until(() => deepText(page, ['st-app', 'st-error-panel', '.panel'])).toContain(
        'missing required field "date"',
      );
      expect(await page.locator('st-app st-timeline').count()).toBe(0);
    }));

  it('refusing a dataset from another origin', () =>
    check('?data=https://evil.example/x.json', async ({ page }) => {
      await until(() => deepText(page, ['st-app', 'st-error-panel', '.panel'])).toContain('https://evil.example');
    }));
});

describe('a dataset named by ?data=', () => {
  it('from this site: loads it, with a banner naming where it came from', () =>
    check(`?data=${CUSTOM}&view=list`, async ({ page }) => {
      const url = `${build.url}${CUSTOM}`;
      const banner = page.locator('st-app [role="note"]');
      await until(() => banner.textContent()).toContain(url);
      expect(await banner.textContent()).toContain("not the project's curated dataset");
      // Text, not a link; before everything else.
      expect(await banner.locator('a').count()).toBe(0);
      expect(
        await page.evaluate(() => document.querySelector('st-app')!.shadowRoot!.firstElementChild?.className),
      ).toBe('custom-data');
      await until(() => deepText(page, ['st-app', 'h1'])).toBe('Mini fixture');
      await page.locator('st-app st-event-list article').first().waitFor();
      expect(await page.title()).toBe('Mini fixture (custom dataset)');
      // Links written by the app keep it.
      await page.locator('st-app [role="tab"]', { hasText: 'Claims' }).click();
      await until(() => new URL(page.url()).searchParams.get('view')).toBe('claims');
      expect(new URL(page.url()).searchParams.get('data')).toBe(CUSTOM);
    }));

  it('from this site, embedded: the banner too, and the full-timeline link keeps it', () =>
    check(`?embed=1&data=${CUSTOM}`, async ({ page }) => {
      await until(() => page.locator('st-app [role="note"]').textContent()).toContain(`${build.url}${CUSTOM}`);
      const link = await page.locator('st-app .attribution a').getAttribute('href');
      const full = new URL(link!);
      expect(full.searchParams.get('data')).toBe(CUSTOM);
      expect(full.searchParams.has('embed')).toBe(false);
    }));

  it('from this site: the embed snippet keeps it', () =>
    check(`?data=${CUSTOM}&view=list`, async ({ page }) => {
      await page.locator('st-app st-event-list article').first().waitFor();
      await page.locator('st-app nav.bar button', { hasText: 'Embed' }).click();
      const snippet = page.locator('st-app st-embed-dialog textarea#snippet');
      await until(() => snippet.inputValue()).toContain(`data=${encodeURIComponent(CUSTOM)}`);
      const preview = () => page.frames().find((frame) => frame.url().includes('embed=1'));
      await until(async () => (await preview()?.locator('st-app [role="note"]').textContent()) ?? '').toContain(CUSTOM);
    }));

  it('from another origin: refused, saying why and how to allow it, and never fetched', async () => {
    const visit = await open('?data=https://evil.example/x.json');
    try {
      const panel = visit.page.locator('st-app st-error-panel .panel');
      await until(() => panel.textContent()).toContain('Datasets from https://evil.example are not allowed');
      const text = (await panel.textContent())!.replace(/\s+/g, ' ');
      expect(text).toContain('This dataset is not allowed here');
      expect(text).toContain('VITE_DATA_ORIGINS');
      expect(await panel.getAttribute('role')).toBe('alert');
      expect(await visit.page.locator('st-app st-timeline').count()).toBe(0);
      expect(await visit.page.locator('st-app [role="note"]').count()).toBe(0);
      expect(visit.requests.filter((url) => new URL(url).hostname === 'evil.example')).toEqual([]);
      // No dataset is fetched but the site's own, which index.html preloads before any script runs (decision 0023).
      const json = visit.requests.filter((url) => new URL(url).pathname.endsWith('.json'));
      expect(json.map((url) => new URL(url).pathname)).toEqual(json.length === 0 ? [] : ['/data/events.json']);
    } finally {
      await visit.context.close();
    }
  });

  it('as javascript:, refused in embed mode and the dark theme too', async () => {
    const visit = await open('?embed=1&theme=dark&data=javascript:alert(1)');
    try {
      const panel = visit.page.locator('st-app st-error-panel .panel');
      await until(() => panel.textContent()).toContain('“javascript:” addresses are never loaded as datasets');
      // In the theme: light text on the dark theme's error background.
      const colour = await panel.evaluate((el) => getComputedStyle(el).color);
      const [r = 0, g = 0, b = 0] = colour.match(/\d+/g)!.map(Number);
      expect(r + g + b).toBeGreaterThan(400);
      expect(visit.errors).toEqual([]);
      expect(await violations(visit.context)).toEqual([]);
    } finally {
      await visit.context.close();
    }
  });
});
