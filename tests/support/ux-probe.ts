/**
 * The reader's first screen, measured (issue 15): how many event titles are fully visible at 1280x800, 1920x1080
 * and 375x812, whether the timeline's lanes fit without scrolling, what an embed opened at an event shows at
 * 320x400, 700x600 and 1200x800 (on its own and in a sandboxed iframe on another origin), and how soon titles are
 * readable with 1,000 and 10,000 events. Shared by `npm run ux-metrics` (scripts/ux-metrics.ts, the report) and
 * tests/e2e/ux-metrics.e2e.test.ts (the targets that hold). The in-page half is plain JavaScript injected before
 * the app's scripts: bench/probe.ts defines "visible" (one definition for the bench and this), ux-page.ts counts.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { DATA_DIR, ensureDataset } from '../../scripts/bench/datasets.js';
import { serveMounts } from '../../scripts/bench/server.js';
import { serveStatic } from '../../scripts/static-server.js';
import { embedSnippet } from '../../src/embed/snippet.js';
import { pageScript } from '../../scripts/page-script.js';

const PROBE = pageScript(new URL('../../bench/probe.ts', import.meta.url));
const UX_PAGE = pageScript(new URL('./ux-page.ts', import.meta.url));

/** An event of the default dataset (data/events.json) that embeds open at. */
export const EMBED_EVENT = 'syrsky-briefing-2024-10-25';

/** Generous: a busy two-core machine may take seconds to load the timeline's code. */
export const SETTLE_TIMEOUT_MS = 30_000;
/** How long first render is watched for with a synthetic dataset. */
export const FIRST_RENDER_TIMEOUT_MS = 30_000;

export interface Screen {
  name: string;
  options: BrowserContextOptions;
}

/** The first screens measured on the default page; the phone is the bench's (scripts/bench/measure.ts). */
export const SCREENS: readonly Screen[] = [
  { name: '1280x800', options: { viewport: { width: 1280, height: 800 } } },
  { name: '1920x1080', options: { viewport: { width: 1920, height: 1080 } } },
  {
    name: '375x812',
    options: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  },
];

/** Interface languages whose first screens are measured too (`?lang=`), at the sizes issue 15 sets targets for. */
export const LANGUAGES = ['uk', 'ko'] as const;
export const LANGUAGE_SCREENS: readonly Screen[] = SCREENS.filter((screen) => screen.name !== '1920x1080');

export interface Size {
  width: number;
  height: number;
}
export const EMBED_SIZES: readonly Size[] = [
  { width: 320, height: 400 },
  { width: 700, height: 600 },
  { width: 1200, height: 800 },
];
export const SYNTHETIC_SIZES = [1_000, 10_000] as const;

/** The targets of issue 15. */
export const TARGETS = {
  /** Titles in the first 1280x800 screen of the default page (with every lane of the window visible). */
  desktopTitles: 12,
  /** Titles in the first 375x812 screen of the default page. */
  phoneTitles: 3,
  /** Titles readable at first render with 1,000 and 10,000 events. */
  syntheticTitles: 10,
  /** ...within this long (ms from navigation start) for 10,000 events, on the bench's machine. */
  syntheticMs: 1_000,
} as const;

// What the page scripts give back, typed where they are defined (bench/page-globals.d.ts).
/** Why an element is not fully visible (bench/probe.ts `whyHidden`); null when it is. */
export type Hidden = StHiddenReason | null;
export type Titles = StUxTitles;
export type Lanes = StUxLanes;

export interface ScreenResult {
  screen: string;
  url: string;
  /** False when the page never settled in time (then the figures are what it showed at the time-out). */
  settled: boolean;
  titles: Titles;
  lanes: Lanes | null;
  errors: string[];
}

export type Seen = StUxSeen;

export interface EmbedView {
  settled: boolean;
  title: Seen;
  excerpt: Seen;
  /** Cards whose top is above the viewport and bottom inside it, described. */
  cutCards: string[];
  view: string | null;
  errors: string[];
}

export interface EmbedResult {
  size: string;
  /** `/?embed=1&event=…` opened in a page of that size: what an iframe of that size shows. */
  direct: EmbedView;
  /** The snippet (fixed height) in an iframe of that size on another origin's page. */
  framed: EmbedView | { error: string };
}

export interface FirstRender {
  events: number;
  url: string;
  /** ms from navigation start of the first frame that showed a title, and how many it showed. */
  firstTitleMs: number | null;
  firstTitleCount: number | null;
  /** ms of the first frame that showed TARGETS.syntheticTitles titles; null if none did in time. */
  targetMs: number | null;
  max: number;
  /** The first screen once settled. */
  settled: boolean;
  titles: Titles | null;
  errors: string[];
}

/** Everything injected before a page's own scripts; `watch` turns on the first-render watch. */
export function initScript(watch?: number): string {
  const flags = `window.__stVisibilityOnly = true;${watch ? ` window.__stUxWatch = ${watch};` : ''}`;
  return `${flags}\n${PROBE}\n${UX_PAGE}`;
}

export interface UxServers {
  /** dist/ with `Access-Control-Allow-Origin: *`, as a static host serves it (an opaque-origin iframe needs it). */
  app: string;
  /** dist/ and the synthetic datasets (under /bench-data/) on one origin: the app's CSP allows `connect-src 'self'`. */
  data: string;
  /** Another origin: host pages, each an iframe of one embed size. */
  host: string;
  close: () => Promise<void>;
}

const hostPath = (size: Size) => `/embed-${size.width}x${size.height}.html`;

/** A journalist's page holding only the snippet, in a box of the embed's width, with the embed's fixed height. */
function hostPage(appUrl: string, size: Size): string {
  const snippet = embedSnippet(appUrl, { height: size.height, event: EMBED_EVENT });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><div style="width:${size.width}px">${snippet}</div></body></html>`;
}

/**
 * Serves the build (the two existing static servers: scripts/static-server.js, and the bench's for the datasets'
 * origin) and writes the synthetic datasets the bench uses (reused while the generator is unchanged).
 */
export async function startUxServers(dist = 'dist'): Promise<UxServers> {
  for (const events of SYNTHETIC_SIZES) ensureDataset(events);
  const app = await serveStatic({ root: dist, cors: true });
  const pages = Object.fromEntries(EMBED_SIZES.map((size) => [hostPath(size), hostPage(app.url, size)]));
  // The host page's server sends no CORS header: it is somebody's site.
  const host = await serveStatic({ root: dist, cors: false, pages });
  const data = await serveMounts({ '/': dist, '/bench-data/': DATA_DIR });
  return {
    app: app.url,
    data: data.url,
    host: host.url,
    close: async () => {
      await Promise.all([app.close(), host.close(), data.close()]);
    },
  };
}

interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

async function open(browser: Browser, options: BrowserContextOptions, url: string, watch?: number): Promise<Opened> {
  const context = await browser.newContext(options);
  // On the context, so that it also runs in the embed's iframe (another origin, maybe another process).
  await context.addInitScript({ content: initScript(watch) });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'commit', timeout: SETTLE_TIMEOUT_MS });
  return { context, page, errors };
}

/**
 * Waits, polling once a frame, until the first screen has settled (ux-page.ts `settled`); false when it did not
 * within `timeout`, and the figures are then what the page shows at that moment.
 */
export async function settle(target: Page | Frame, timeout = SETTLE_TIMEOUT_MS): Promise<boolean> {
  try {
    await target.waitForFunction(() => window.__ux?.settled() === true, undefined, {
      polling: 'raf',
      timeout,
    });
    return true;
  } catch {
    return false;
  }
}

// Expressions, not functions: the page evaluates them as they are (no compiled helpers), and CDP's evaluation
// is not subject to the page's Content-Security-Policy.
const titlesOf = (target: Page | Frame) => target.evaluate<Titles>('window.__ux.titles()');
const lanesOf = (target: Page | Frame) => target.evaluate<Lanes | null>('window.__ux.lanes()');
const embedOf = (target: Page | Frame) =>
  target.evaluate<Omit<EmbedView, 'settled' | 'errors'>>(`window.__ux.embed(${JSON.stringify(EMBED_EVENT)})`);

/** The default page's first screen; in another interface language (`?lang=`), named "1280x800 uk". */
export async function measureScreen(
  browser: Browser,
  appUrl: string,
  screen: Screen,
  lang?: string,
): Promise<ScreenResult> {
  const url = lang === undefined ? appUrl : `${appUrl}?lang=${lang}`;
  const { context, page, errors } = await open(browser, screen.options, url);
  try {
    const settled = await settle(page);
    return {
      screen: lang === undefined ? screen.name : `${screen.name} ${lang}`,
      url,
      settled,
      titles: await titlesOf(page),
      lanes: await lanesOf(page),
      errors,
    };
  } finally {
    await context.close();
  }
}

const sizeName = (size: Size) => `${size.width}x${size.height}`;

/** An embed opened at EMBED_EVENT: on its own in a page of `size`, then in an iframe of `size` on the host page. */
export async function measureEmbed(browser: Browser, servers: UxServers, size: Size): Promise<EmbedResult> {
  const url = `${servers.app}?embed=1&event=${EMBED_EVENT}`;
  const direct = await (async (): Promise<EmbedView> => {
    const { context, page, errors } = await open(browser, { viewport: size }, url);
    try {
      const settled = await settle(page);
      return { settled, ...(await embedOf(page)), errors };
    } finally {
      await context.close();
    }
  })();
  const framed = await (async (): Promise<EmbedView | { error: string }> => {
    const { context, page, errors } = await open(
      browser,
      { viewport: size },
      `${servers.host}${hostPath(size).slice(1)}`,
    );
    try {
      const isApp = (f: Frame) => f.url().startsWith(servers.app);
      // The frame once it has navigated to the app (an event, not a poll).
      const frame =
        page.frames().find(isApp) ??
        (await page
          .waitForEvent('framenavigated', { predicate: isApp, timeout: SETTLE_TIMEOUT_MS })
          .catch(() => undefined));
      if (!frame) return { error: 'the iframe never loaded the app' };
      const settled = await settle(frame);
      return { settled, ...(await embedOf(frame)), errors };
    } catch (error) {
      return { error: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) };
    } finally {
      await context.close();
    }
  })();
  return { size: sizeName(size), direct, framed };
}

/** A synthetic dataset of `events` events at 1280x800: when titles are first readable, and how many. */
export async function measureFirstRender(browser: Browser, servers: UxServers, events: number): Promise<FirstRender> {
  const url = `${servers.data}?data=${encodeURIComponent(`/bench-data/${events}/events.json`)}`;
  const { context, page, errors } = await open(browser, SCREENS[0]!.options, url, TARGETS.syntheticTitles);
  try {
    // The page counts every frame itself; this only waits for it to reach the target or give up.
    await page
      .waitForFunction(
        (limit) => {
          const watch = window.__ux?.watch;
          return watch !== undefined && (watch.stopped || performance.now() > limit);
        },
        FIRST_RENDER_TIMEOUT_MS,
        { polling: 'raf', timeout: FIRST_RENDER_TIMEOUT_MS + 15_000 },
      )
      .catch(() => undefined);
    const watch = await page.evaluate<StUxWatch | null>('window.__ux && window.__ux.watch ? window.__ux.watch : null');
    await page.evaluate('window.__ux && window.__ux.watch && (window.__ux.watch.stopped = true)');
    const settled = await settle(page);
    return {
      events,
      url,
      firstTitleMs: watch?.firstTitleMs ?? null,
      firstTitleCount: watch?.firstTitleCount ?? null,
      targetMs: watch?.targetMs ?? null,
      max: watch?.max ?? 0,
      settled,
      titles: await titlesOf(page),
      errors,
    };
  } finally {
    await context.close();
  }
}

export interface UxResults {
  screens: ScreenResult[];
  embeds: EmbedResult[];
  synthetic: FirstRender[];
}

/** Measures everything, one page at a time (two shared cores: pages in parallel would measure each other). */
export async function measureAll(
  browser: Browser,
  servers: UxServers,
  log: (line: string) => void = () => undefined,
): Promise<UxResults> {
  const screens: ScreenResult[] = [];
  for (const screen of SCREENS) {
    log(`default page at ${screen.name}`);
    screens.push(await measureScreen(browser, servers.app, screen));
  }
  for (const lang of LANGUAGES) {
    for (const screen of LANGUAGE_SCREENS) {
      log(`default page at ${screen.name}, ?lang=${lang}`);
      screens.push(await measureScreen(browser, servers.app, screen, lang));
    }
  }
  const embeds: EmbedResult[] = [];
  for (const size of EMBED_SIZES) {
    log(`embed at ${sizeName(size)}`);
    embeds.push(await measureEmbed(browser, servers, size));
  }
  const synthetic: FirstRender[] = [];
  for (const events of SYNTHETIC_SIZES) {
    log(`${events.toLocaleString('en')} events`);
    synthetic.push(await measureFirstRender(browser, servers, events));
  }
  return { screens, embeds, synthetic };
}

export interface TargetRow {
  id: string;
  what: string;
  figure: string;
  target: string;
  /** null: reported, no target. */
  met: boolean | null;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const ms = (value: number | null) => (value === null ? 'never' : `${Math.round(value)} ms`);

const settledText = (titles: Titles) =>
  `${titles.count} titles${titles.markers > 0 ? `, ${titles.markers} "+N more" markers` : ''} in the ${titles.view ?? 'no'} view`;

/** Each figure with its target, met or missed (or none), in the report's order. */
export function targetRows(results: UxResults): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const screen of results.screens) {
    const { titles, lanes } = screen;
    // "1280x800 uk": the same targets as in English.
    const size = screen.screen.split(' ')[0];
    const target = size === '1280x800' ? TARGETS.desktopTitles : size === '375x812' ? TARGETS.phoneTitles : null;
    rows.push({
      id: `titles-${screen.screen.replace(' ', '-')}`,
      what: `Titles visible, default page ${screen.screen} (${titles.view ?? 'no view'})`,
      figure: `${titles.count}${titles.details ? `, details title ${yesNo(titles.details.visible)}` : ''}`,
      target: target === null ? '–' : `≥ ${target}`,
      met: target === null ? null : titles.count >= target,
    });
    if (titles.view === 'timeline' || lanes) {
      const all = lanes !== null && lanes.total > 0 && lanes.visible === lanes.total;
      rows.push({
        id: `lanes-${screen.screen.replace(' ', '-')}`,
        what: `Lanes of the window visible, ${screen.screen}`,
        figure: lanes
          ? `${lanes.visible}/${lanes.total} (names ${lanes.namesVisible}/${lanes.total})`
          : 'no timeline drawn',
        target: size === '1280x800' ? 'all' : '–',
        met: size === '1280x800' ? all : null,
      });
    }
  }
  for (const embed of results.embeds) {
    for (const mode of ['direct', 'framed'] as const) {
      const seen = embed[mode];
      const label = `Embed ${embed.size}${mode === 'framed' ? ' in an iframe' : ''}`;
      if ('error' in seen) {
        rows.push({ id: `embed-${embed.size}-${mode}`, what: label, figure: seen.error, target: 'yes', met: false });
        continue;
      }
      rows.push({
        id: `embed-${embed.size}-${mode}-title`,
        what: `${label}: title (${seen.view ?? 'no view'})`,
        figure: `${yesNo(seen.title.visible)}${seen.title.where ? ` (${seen.title.where})` : ''}`,
        target: 'yes',
        met: seen.title.visible,
      });
      rows.push({
        id: `embed-${embed.size}-${mode}-excerpt`,
        what: `${label}: first excerpt`,
        figure: `${yesNo(seen.excerpt.visible)}${seen.excerpt.where ? ` (${seen.excerpt.where})` : ''}`,
        target: 'yes',
        met: seen.excerpt.visible,
      });
      rows.push({
        id: `embed-${embed.size}-${mode}-uncut`,
        what: `${label}: no card cut at the top`,
        figure: seen.cutCards.length === 0 ? 'yes' : `no: ${seen.cutCards.join(', ')}`,
        target: 'yes',
        met: seen.cutCards.length === 0,
      });
    }
  }
  for (const run of results.synthetic) {
    const n = run.events.toLocaleString('en');
    rows.push({
      id: `first-render-${run.events}`,
      what: `${n} events: titles at first render`,
      figure: run.firstTitleCount === null ? '0 (no title shown)' : `${run.firstTitleCount} at ${ms(run.firstTitleMs)}`,
      target: `≥ ${TARGETS.syntheticTitles}`,
      met: (run.firstTitleCount ?? 0) >= TARGETS.syntheticTitles,
    });
    const timed = run.events === 10_000;
    rows.push({
      id: `ten-titles-${run.events}`,
      what: `${n} events: ${TARGETS.syntheticTitles} titles readable`,
      figure: `${ms(run.targetMs)}${run.titles ? ` (settled: ${settledText(run.titles)})` : ''}`,
      target: timed ? `≤ ${TARGETS.syntheticMs} ms (bench)` : '–',
      met: timed ? run.targetMs !== null && run.targetMs <= TARGETS.syntheticMs : null,
    });
  }
  return rows;
}
