/**
 * Measurements in headless Chromium (playwright-core, Debian's Chromium): first event visible, JS and CSS
 * transferred, frame times during a scripted zoom and pan with real input, JS heap and DOM size.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { chromeArgs, findChrome } from '../chrome-path.js';
import {
  measured,
  missing,
  percentile,
  type Bytes,
  type CellResult,
  type DefaultRun,
  type Figure,
  type ImplId,
} from './report.js';
import { pageScript } from '../page-script.js';

/** Time allowed for a page to show its first event, and for the interaction. */
export const TIMEOUT_MS = 30_000;
/** Time allowed for the smaller steps (heap, DOM count, closing a page). */
const STEP_TIMEOUT_MS = 20_000;

const PROBE = pageScript(new URL('../../bench/probe.ts', import.meta.url));

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

export class TimeoutError extends Error {}

/** `promise`, or a TimeoutError after `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what}: timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const timedOut = (ms = TIMEOUT_MS) => `timed out > ${Math.round(ms / 1000)} s`;

/** A Chromium that can be killed outright when a renderer is stuck in a long task and will not close. */
export interface Launched {
  browser: Browser;
  kill: () => Promise<void>;
}

export async function launchBrowser(): Promise<Launched> {
  const server = await chromium.launchServer({ executablePath: findChrome(), args: chromeArgs });
  const browser = await chromium.connect(server.wsEndpoint());
  return { browser, kill: () => server.kill() };
}

/**
 * What a page showed first: an event (ms from navigation start; with `until: 'item'`, a "+N more" marker counts, and
 * `eventMs` is when a single event was, if yet), an error, or nothing in time.
 */
type Shown =
  | { kind: 'event'; ms: number; what: string; eventMs: number | null }
  | { kind: 'error'; ms: number; text: string }
  | { kind: 'failed'; text: string }
  | { kind: 'timeout' };

interface Opened {
  context: BrowserContext;
  page: Page;
  shown: Shown;
}

interface ProbeState {
  longestTask: number | null;
  firstItem: number | null;
  firstItemKind: string | null;
  firstVisible: number | null;
  firstVisibleKind: string | null;
  errorAt: number | null;
  errorText: string | null;
}

/** Reads the probe's state; undefined when the page does not answer in time. */
async function probeState(page: Page): Promise<ProbeState | undefined> {
  return withTimeout(page.evaluate<ProbeState>('window.__bench'), STEP_TIMEOUT_MS, 'probe').catch(() => undefined);
}

/**
 * Opens `url` in a fresh context and waits up to the time-out for the first single event (`until: 'event'`) or
 * the first timeline item of any kind, "+N more" markers included (`until: 'item'`), or an error panel.
 */
async function open(
  browser: Browser,
  url: string,
  options: BrowserContextOptions,
  until: 'event' | 'item',
  onPage?: (page: Page) => void,
  timeoutMs = TIMEOUT_MS,
): Promise<Opened> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  onPage?.(page);
  await page.addInitScript({ content: PROBE });
  const started = Date.now();
  // Playwright's own time-outs do not fire while the renderer is stuck in a long task: a race of our own.
  try {
    await withTimeout(waitForFirst(page, url, until, started, timeoutMs), timeoutMs + 1000, 'first render');
  } catch (error) {
    const timeout = error instanceof TimeoutError || (error instanceof Error && error.name === 'TimeoutError');
    if (timeout) return { context, page, shown: { kind: 'timeout' } };
    throw error;
  }
  return { context, page, shown: await firstShown(page, until) };
}

async function waitForFirst(
  page: Page,
  url: string,
  until: 'event' | 'item',
  started: number,
  timeoutMs: number,
): Promise<void> {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  const left = Math.max(1000, timeoutMs - (Date.now() - started));
  // A function, not a string: the app's Content-Security-Policy forbids the eval a string predicate needs.
  await page.waitForFunction(
    (field) => {
      const state = (window as unknown as { __bench?: Record<string, unknown> }).__bench;
      return (
        (state && (state[field] !== null || state.errorAt !== null)) ||
        document.querySelector('.bench-failure') !== null
      );
    },
    until === 'event' ? 'firstVisible' : 'firstItem',
    { timeout: left, polling: 50 },
  );
}

async function firstShown(page: Page, until: 'event' | 'item'): Promise<Shown> {
  // The page may have gone into a long task right after drawing: the state is read with a time-out.
  const state = await probeState(page);
  let shown: Shown;
  if (!state) shown = { kind: 'timeout' };
  else if (until === 'item' && state.firstItem !== null) {
    shown = { kind: 'event', ms: state.firstItem, what: state.firstItemKind ?? '', eventMs: state.firstVisible };
  } else if (state.firstVisible !== null) {
    shown = { kind: 'event', ms: state.firstVisible, what: state.firstVisibleKind ?? '', eventMs: state.firstVisible };
  } else if (state.errorAt !== null) {
    shown = { kind: 'error', ms: state.errorAt, text: state.errorText ?? '' };
  } else {
    const text = await withTimeout(page.textContent('.bench-failure'), STEP_TIMEOUT_MS, 'failure').catch(() => null);
    shown = { kind: 'failed', text: text ?? 'failed' };
  }
  return shown;
}

/** Closes a context; false when it did not close in time (a renderer stuck in a long task). */
async function close(context: BrowserContext): Promise<boolean> {
  try {
    await withTimeout(context.close(), STEP_TIMEOUT_MS, 'closing the page');
    return true;
  } catch {
    return false;
  }
}

interface Response {
  url: string;
  type: 'js' | 'css';
  bytes: Bytes;
}

/** Collects every JS and CSS response of a page, with its raw and gzip (level 9) size. */
function collectResponses(page: Page, into: Promise<Response | undefined>[]): void {
  page.on('response', (response) => {
    const contentType = response.headers()['content-type'] ?? '';
    const type = /javascript/.test(contentType) ? 'js' : /css/.test(contentType) ? 'css' : undefined;
    if (!type) return;
    into.push(
      response
        .body()
        .then((body): Response => ({
          url: response.url(),
          type,
          bytes: { raw: body.length, gzip: gzipSync(body, { level: 9 }).length },
        }))
        .catch(() => undefined),
    );
  });
}

const sum = (list: Response[], type: 'js' | 'css'): Bytes =>
  list
    .filter((r) => r.type === type)
    .reduce((total, r) => ({ raw: total.raw + r.bytes.raw, gzip: total.gzip + r.bytes.gzip }), { raw: 0, gzip: 0 });

/**
 * The longest main-thread task so far (ms, Long Tasks API), read once the page has gone quiet after its first event
 * (network idle, at most 10 s, then half a second): loading work that goes on after the first frame (quote checks,
 * the timeline's code) counts too.
 */
async function longestTaskAfterLoad(page: Page): Promise<Figure> {
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await sleep(500);
  const state = await probeState(page);
  if (!state) return missing(`${timedOut(STEP_TIMEOUT_MS)}, page not answering`);
  return state.longestTask === null ? missing('no Long Tasks API') : measured(state.longestTask);
}

/** One cold load of `url` until its first single event: when, what, and the longest task of the load. */
export interface FirstEvent {
  firstVisible: Figure;
  kind?: string;
  longestTask: Figure;
}

function firstVisibleOf(shown: Shown): Figure {
  if (shown.kind === 'event') return measured(shown.ms);
  if (shown.kind === 'timeout') return missing(timedOut());
  if (shown.kind === 'error') return missing(refusal(shown.text, shown.ms));
  return missing(`failed: ${shown.text}`.slice(0, 120));
}

/** Loads `url` once in a fresh context at `viewport` and measures its first event (see `FirstEvent`). */
export async function measureFirstEvent(
  browser: Browser,
  url: string,
  viewport: 'desktop' | 'phone',
  until: 'event' | 'item' = 'event',
  timeoutMs = TIMEOUT_MS,
): Promise<{ run: FirstEvent; stuck: boolean }> {
  const options = viewport === 'phone' ? PHONE : DESKTOP;
  const { context, page, shown } = await open(browser, url, options, until, undefined, timeoutMs);
  const run: FirstEvent = {
    firstVisible: shown.kind === 'timeout' ? missing(timedOut(timeoutMs)) : firstVisibleOf(shown),
    longestTask: shown.kind === 'timeout' ? missing(timedOut(timeoutMs)) : await longestTaskAfterLoad(page),
  };
  if (shown.kind === 'event') run.kind = shown.what;
  return { run, stuck: !(await close(context)) };
}

/** The app with its own dataset at one viewport: first event visible and the JS and CSS transferred. */
export async function measureDefault(
  browser: Browser,
  url: string,
  viewport: 'desktop' | 'phone',
): Promise<{ run: DefaultRun; stuck: boolean }> {
  const pending: Promise<Response | undefined>[] = [];
  const { context, page, shown } = await open(browser, url, viewport === 'phone' ? PHONE : DESKTOP, 'event', (p) =>
    collectResponses(p, pending),
  );
  const firstVisible = firstVisibleOf(shown);
  // Lazily loaded chunks arrive after the first event: wait for the network to go quiet.
  const longestTask = shown.kind === 'timeout' ? missing(timedOut()) : await longestTaskAfterLoad(page);
  const bodies = await withTimeout(Promise.all(pending), STEP_TIMEOUT_MS, 'bodies').catch(
    (): (Response | undefined)[] => [],
  );
  const responses = bodies.filter((r): r is Response => r !== undefined);
  const ends = new Map<string, number>();
  try {
    const entries = await withTimeout(
      page.evaluate<{ url: string; responseEnd: number }[]>('window.__bench.resources()'),
      STEP_TIMEOUT_MS,
      'resources',
    );
    for (const entry of entries) ends.set(entry.url, entry.responseEnd);
  } catch {
    // No timings: nothing counts as before the first event.
  }
  const first = value(firstVisible);
  // The document's own scripts and styles have no resource entry when inlined; here they never are.
  const before = responses.filter((r) => first !== undefined && (ends.get(r.url) ?? Infinity) <= first);
  const run: DefaultRun = {
    viewport,
    firstVisible,
    longestTask,
    js: sum(responses, 'js'),
    css: sum(responses, 'css'),
    jsBeforeVisible: sum(before, 'js'),
    cssBeforeVisible: sum(before, 'css'),
    files: responses.length,
    filesBeforeVisible: before.length,
  };
  if (shown.kind === 'event') run.firstVisibleKind = shown.what;
  return { run, stuck: !(await close(context)) };
}

function value(figure: Figure): number | undefined {
  return 'value' in figure ? figure.value : undefined;
}

/** Where to point the mouse: the middle of the visible part of `selector`'s box. */
async function middleOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox({ timeout: 5000 });
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  if (!box) throw new Error(`${selector}: not shown`);
  const top = Math.max(0, box.y);
  const bottom = Math.min(viewport.height, box.y + box.height);
  return { x: box.x + box.width / 2, y: top + Math.min(200, (bottom - top) / 2) };
}

/** Zoom in and out with the wheel over the timeline, then drag it left and right. */
async function wheelZoomAndDrag(page: Page, selector: string): Promise<void> {
  const { x, y } = await middleOf(page, selector);
  await page.mouse.move(x, y);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, -200);
    await sleep(60);
  }
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, 200);
    await sleep(60);
  }
  await drag(page, x, y);
}

async function drag(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(x - i * 30, y);
    await sleep(16);
  }
  for (let i = 9; i >= -10; i--) {
    await page.mouse.move(x - i * 30, y);
    await sleep(16);
  }
  await page.mouse.up();
}

/** TimelineJS zooms with its buttons (animated) and pans by dragging its time navigator. */
async function timelineJsZoomAndDrag(page: Page): Promise<void> {
  // Clicked where the buttons are, without waiting for them to be "actionable": a busy page is the point.
  for (const label of ['Zoom in', 'Zoom out']) {
    const { x, y } = await middleOf(page, `.tl-menubar-button[aria-label="${label}"]`);
    for (let i = 0; i < 3; i++) {
      await page.mouse.click(x, y);
      await sleep(400);
    }
  }
  const { x, y } = await middleOf(page, '.tl-timenav');
  await drag(page, x, y);
}

const INTERACTIONS: Record<ImplId, (page: Page) => Promise<void>> = {
  app: (page) => wheelZoomAndDrag(page, 'st-timeline .vis-timeline'),
  element: (page) => wheelZoomAndDrag(page, 'st-timeline .vis-timeline'),
  vis: (page) => wheelZoomAndDrag(page, '.vis-timeline'),
  tljs: timelineJsZoomAndDrag,
};

/**
 * Why the app refused a dataset, from its error panel's text, e.g. "refused: over the 10,000-event limit (error
 * shown after 1.2 s)" or "refused: events.json is 61.4 MB, over the 25 MB limit (…)".
 */
export function refusal(text: string, ms: number): string {
  const count = /([\d,]+) events; the limit is ([\d,]+)/.exec(text);
  const size = /is ([\d.,]+ (?:kB|MB|bytes)); the limit is ([\d.,]+ (?:kB|MB|bytes))/.exec(text);
  const larger = /larger than ([\d.,]+ (?:kB|MB|bytes)), the limit/.exec(text);
  const group = (n: string) => Number(n.replace(/,/g, '')).toLocaleString('en');
  const reason = count?.[2]
    ? `over the ${group(count[2])}-event limit`
    : size?.[1] && size[2]
      ? `events.json is ${size[1]}, over the ${size[2]} limit`
      : larger?.[1]
        ? `events.json is over the ${larger[1]} limit`
        : text.slice(0, 100);
  return `refused: ${reason} (error shown after ${seconds(ms)})`;
}

/** Frame times recorded so far, or undefined when the page does not answer. */
async function stopFrames(page: Page): Promise<number[] | undefined> {
  return withTimeout(page.evaluate<number[]>('window.__bench.stopFrames()'), 5000, 'frames').catch(() => undefined);
}

/** One implementation with one dataset, at the desktop viewport. */
export async function measureCell(
  browser: Browser,
  impl: ImplId,
  events: number,
  url: string,
  log: (line: string) => void,
): Promise<{ cell: CellResult; stuck: boolean }> {
  const notMeasured = (why: string): Omit<CellResult, 'impl' | 'events' | 'firstRender'> => ({
    firstEvent: missing(why),
    frameP50: missing(why),
    frameP95: missing(why),
    heapMB: missing(why),
    domElements: missing(why),
  });
  const { context, page, shown } = await open(browser, url, DESKTOP, 'item');
  if (shown.kind !== 'event') {
    const firstRender =
      shown.kind === 'timeout'
        ? missing(timedOut())
        : shown.kind === 'error'
          ? missing(refusal(shown.text, shown.ms))
          : missing(`failed: ${shown.text.slice(0, 100)}`);
    const why =
      shown.kind === 'timeout' ? 'n/a (no render)' : shown.kind === 'error' ? 'n/a (refused)' : 'n/a (failed)';
    return { cell: { impl, events, firstRender, ...notMeasured(why) }, stuck: !(await close(context)) };
  }
  log(`first item after ${seconds(shown.ms)} (${shown.what})`);
  const cell: CellResult = { impl, events, firstRender: measured(shown.ms), ...notMeasured('n/a') };
  cell.longestTask = await longestTaskAfterLoad(page);
  try {
    const cdp = await context.newCDPSession(page);
    const heap = await withTimeout(
      (async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return cdp.send('Runtime.getHeapUsage');
      })(),
      STEP_TIMEOUT_MS,
      'heap',
    );
    cell.heapMB = measured(heap.usedSize / 2 ** 20);
    cell.domElements = measured(
      await withTimeout(page.evaluate<number>('window.__bench.countElements()'), STEP_TIMEOUT_MS, 'DOM count'),
    );
  } catch (error) {
    const why = error instanceof TimeoutError ? timedOut(STEP_TIMEOUT_MS) : 'failed';
    if (value(cell.heapMB) === undefined) cell.heapMB = missing(why);
    cell.domElements = missing(why);
  }
  let deltas: number[] | undefined;
  try {
    await withTimeout(page.evaluate('window.__bench.startFrames()'), STEP_TIMEOUT_MS, 'frames');
    await withTimeout(INTERACTIONS[impl](page), TIMEOUT_MS, 'interaction');
    await sleep(300);
    deltas = await stopFrames(page);
  } catch (error) {
    // A time-out keeps the frames recorded so far (the slowest ones are the point); a failure keeps none.
    if (error instanceof TimeoutError) {
      deltas = await stopFrames(page);
      cell.note = `interaction cut at ${Math.round(TIMEOUT_MS / 1000)} s`;
    } else {
      const why = `interaction failed: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`;
      cell.note = why;
    }
    log(cell.note);
  }
  if (deltas) {
    cell.frames = deltas.length;
    const [p50, p95] = [percentile(deltas, 50), percentile(deltas, 95)];
    cell.frameP50 = p50 === undefined ? missing('no frames') : measured(p50);
    cell.frameP95 = p95 === undefined ? missing('no frames') : measured(p95);
  } else {
    const why = cell.note?.startsWith('interaction cut') ? `${timedOut()}, page not answering` : 'n/a';
    cell.frameP50 = missing(why);
    cell.frameP95 = missing(why);
  }
  // When the first single event was visible, if it was (ours may show only "+N more" markers until zoomed in).
  const state = await probeState(page);
  const eventMs = state?.firstVisible ?? shown.eventMs;
  cell.firstEvent =
    eventMs !== null
      ? measured(eventMs)
      : missing(state ? 'only "+N more" markers until zoomed in' : 'page not answering');
  return { cell, stuck: !(await close(context)) };
}
