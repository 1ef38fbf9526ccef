// The reader's first screen (issue 15), measured by tests/support/ux-probe.ts in the build, as `npm run ux-metrics`
// reports it. This file asserts only the targets that hold today; the report lists the others as "not met yet"
// with the figure measured. Not asserted yet (the layout work will tighten this file as it meets them):
// - at least TARGETS.desktopTitles titles in the first 1280x800 screen, with every lane of the window visible;
// - at least TARGETS.phoneTitles titles in the first 375x812 screen;
// - the embed's first excerpt visible at 320x400, 700x600 and 1200x800, and its title at 700x600;
// - at least TARGETS.syntheticTitles titles at first render with 1,000 and 10,000 events (titles and "+N more" markers).
// No timing is asserted: a busy two-core machine would make it flaky. Every wait is a condition.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { chromeArgs, findChrome } from '../../scripts/chrome-path.js';
import { serveStatic } from '../../scripts/static-server.js';
import {
  EMBED_SIZES,
  initScript,
  measureEmbed,
  measureFirstRender,
  measureScreen,
  SCREENS,
  startUxServers,
  SYNTHETIC_SIZES,
  type EmbedView,
  type UxServers,
} from '../support/ux-probe.js';

/** Each case of bench/probe.ts's definition of visible, in light DOM and in a shadow root. */
const FIXTURE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Visibility</title>
<link rel="icon" href="data:,"></head><body style="margin:0;font:16px/20px sans-serif">
<p id="visible" style="position:absolute;left:10px;top:10px;margin:0">Fully visible</p>
<p id="below" style="position:absolute;left:10px;top:2000px;margin:0">Below the first screen</p>
<p id="half-out" style="position:absolute;left:-20px;top:40px;margin:0">Half out on the left</p>
<div style="position:absolute;left:10px;top:80px;width:300px;height:30px;overflow:hidden">
  <p id="clipped" style="margin:20px 0 0">Cut by its box</p>
</div>
<div style="position:absolute;left:10px;top:130px;width:300px;height:30px;overflow:auto">
  <p id="scrolled" style="margin:40px 0 0">Scrolled out of its box</p>
</div>
<p id="covered" style="position:absolute;left:10px;top:180px;margin:0">Under a banner</p>
<div style="position:absolute;left:0;top:170px;width:400px;height:40px;background:#fff"></div>
<p id="transparent" style="position:absolute;left:10px;top:230px;margin:0;opacity:0">Transparent</p>
<p id="truncated" style="position:absolute;left:10px;top:260px;margin:0;width:60px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis">A title much too long for its box</p>
<div id="host" style="position:absolute;left:10px;top:300px;width:300px">
  <template shadowrootmode="open">
    <p id="shadow-visible" style="margin:0">Visible in a shadow root</p>
    <div style="height:20px;overflow:hidden"><div style="padding-top:25px"><slot></slot></div></div>
    <p id="shadow-covered" style="position:relative;margin:0">Covered inside the shadow root</p>
    <div style="position:relative;margin-top:-20px;height:20px;background:#fff"></div>
  </template>
  <span id="slotted">Slotted into a clipping box</span>
</div></body></html>`;

let servers: UxServers | undefined;
let fixtures: Awaited<ReturnType<typeof serveStatic>> | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  if (!existsSync('dist/index.html') || !existsSync('dist/data/events.json')) {
    throw new Error('No build in dist/: run `npm run build` first (npm test does).');
  }
  servers = await startUxServers();
  fixtures = await serveStatic({ root: 'dist', cors: false, pages: { '/visibility.html': FIXTURE } });
  browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
}, 60_000);

afterAll(async () => {
  // beforeAll may have failed half-way (no build), leaving some of these unset.
  await browser?.close();
  await servers?.close();
  await fixtures?.close();
});

const started = () => {
  if (!browser || !servers || !fixtures) throw new Error('not started (see the error of beforeAll)');
  return { browser, servers, fixtures };
};

/** Generous: each measurement waits up to 30 s for the page to settle, on two busy cores. */
const SLOW = 120_000;

describe('the definition of visible (bench/probe.ts, shared with the bench)', () => {
  it('counts an element only when it is laid out fully inside the viewport, unclipped, uncut and on top', async () => {
    const { browser, fixtures } = started();
    const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
    try {
      await context.addInitScript({ content: initScript() });
      const page = await context.newPage();
      await page.goto(`${fixtures.url}visibility.html`);
      const why = await page.evaluate(() => {
        const { whyHidden } = (window as unknown as { __stVisibility: { whyHidden: (e: Element) => string | null } })
          .__stVisibility;
        const shadow = document.getElementById('host')!.shadowRoot!;
        const result: Record<string, string | null> = {};
        for (const element of [...document.querySelectorAll('[id]'), ...shadow.querySelectorAll('[id]')]) {
          if (element.id !== 'host') result[element.id] = whyHidden(element);
        }
        return result;
      });
      expect(why).toEqual({
        visible: null,
        below: 'outside',
        'half-out': 'outside',
        clipped: 'clipped',
        scrolled: 'clipped',
        covered: 'covered',
        transparent: 'hidden',
        truncated: 'truncated',
        slotted: 'clipped',
        'shadow-visible': null,
        'shadow-covered': 'covered',
      });
    } finally {
      await context.close();
    }
  });
});

describe('the default page, first screen', () => {
  // Wide screens open on the timeline, phones on the list (the default under 600 px).
  const views: Record<string, string> = { '1280x800': 'timeline', '1920x1080': 'timeline', '375x812': 'list' };
  const MIN_TITLES: Record<string, number> = { '1280x800': 12, '375x812': 3 };
  for (const screen of SCREENS) {
    it(
      `at ${screen.name}: the ${views[screen.name]} view, with at least ${MIN_TITLES[screen.name] ?? 1} titles fully visible and no error`,
      async () => {
        const { browser, servers } = started();
        const result = await measureScreen(browser, servers.app, screen);
        expect(result.errors).toEqual([]);
        expect(result.titles.view).toBe(views[screen.name]);
        // The targets where it sets one: a first screen worth reading (layout, not timing: it holds under load).
        expect(result.titles.count).toBeGreaterThanOrEqual(MIN_TITLES[screen.name] ?? 1);
        if (views[screen.name] === 'timeline') {
          // The lanes are found (the report's "lanes visible" relies on it): this dataset has five, all in October.
          expect(result.lanes?.total).toBe(5);
        }
      },
      SLOW,
    );
  }
});

describe('the default page in Ukrainian, whose labels are longer (?lang=uk)', () => {
  it(
    'at 1280x800: the timeline view with at least 12 titles fully visible and every lane, as in English',
    async () => {
      const { browser, servers } = started();
      const result = await measureScreen(browser, servers.app, SCREENS[0]!, 'uk');
      expect(result.errors).toEqual([]);
      expect(result.titles.view).toBe('timeline');
      expect(result.titles.count).toBeGreaterThanOrEqual(12);
      expect(result.lanes?.visible).toBe(5);
    },
    SLOW,
  );

  it(
    'at 375x812: the list with at least 3 titles fully visible, as in English',
    async () => {
      const { browser, servers } = started();
      const phone = SCREENS.find((screen) => screen.name === '375x812')!;
      const result = await measureScreen(browser, servers.app, phone, 'uk');
      expect(result.errors).toEqual([]);
      expect(result.titles.view).toBe('list');
      expect(result.titles.count).toBeGreaterThanOrEqual(3);
    },
    SLOW,
  );
});

describe(`an embed opened at an event`, () => {
  /** The title and the first excerpt are visible at every size (at 700x600 the details are a sheet over the timeline). */
  const titleShown = new Set(['320x400', '700x600', '1200x800']);
  const check = (size: string, how: string, seen: EmbedView | { error: string }) => {
    const name = `${size} ${how}`;
    if ('error' in seen) throw new Error(`${name}: ${seen.error}`);
    expect(seen.errors, name).toEqual([]);
    expect(seen.cutCards, `${name}: cards cut at the top`).toEqual([]);
    if (titleShown.has(size)) {
      expect(seen.title.visible, `${name}: title visible`).toBe(true);
      expect(seen.excerpt.visible, `${name}: first excerpt visible`).toBe(true);
    }
  };
  for (const size of EMBED_SIZES) {
    const name = `${size.width}x${size.height}`;
    it(
      `at ${name}, on its own and in an iframe of that size on another origin: ${
        titleShown.has(name) ? 'its title and first excerpt visible, and ' : ''
      }no card cut at the top`,
      async () => {
        const { browser, servers } = started();
        const result = await measureEmbed(browser, servers, size);
        check(name, 'on its own', result.direct);
        check(name, 'in an iframe', result.framed);
      },
      SLOW,
    );
  }
});

describe('synthetic datasets at 1280x800', () => {
  for (const events of SYNTHETIC_SIZES) {
    it(
      `${events.toLocaleString('en')} events: the first screen is drawn (titles or "+N more" markers), without error`,
      async () => {
        const { browser, servers } = started();
        const result = await measureFirstRender(browser, servers, events);
        expect(result.errors).toEqual([]);
        expect(result.titles?.view).toBe('timeline');
        expect((result.titles?.count ?? 0) + (result.titles?.markers ?? 0)).toBeGreaterThan(0);
      },
      SLOW,
    );
  }
});
