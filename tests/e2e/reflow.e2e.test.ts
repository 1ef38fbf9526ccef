// Reflow (WCAG 1.4.10) and text spacing (1.4.12) on the build, in Chromium: at 320 CSS px wide (1280 px at 400%
// zoom) and at 640x400 with two device pixels per CSS pixel (1280x800 at 200%), every view, the details and the
// article viewer read without scrolling sideways, no text runs off the screen, and with the text-spacing
// overrides of 1.4.12 (injected into the page and every shadow root) no text is cut off.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuildServer } from '../support/build-server.js';

const SYRSKY = 'syrsky-briefing-2024-10-25';

const build = useBuildServer();

const SIZES = [
  { name: '320x800 (1280 at 400%)', viewport: { width: 320, height: 800 }, deviceScaleFactor: 1 },
  { name: '640x400 at 2x (1280x800 at 200%)', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];

interface Case {
  name: string;
  query: string;
  /** What must be drawn before checking, in the app's shadow root. */
  ready: string;
  /** Opens the article viewer from the details panel. */
  article?: boolean;
  /** Opens every filter disclosure. */
  facets?: boolean;
}

const CASES: Case[] = [
  { name: 'list', query: '?view=list', ready: 'st-event-list' },
  { name: 'timeline', query: '?view=timeline', ready: 'st-timeline' },
  { name: 'claims', query: '?view=claims', ready: 'st-claims-view' },
  { name: 'sources', query: '?view=sources', ready: 'st-sources-view' },
  { name: 'details', query: `?view=timeline&event=${SYRSKY}`, ready: 'st-event-details' },
  { name: 'list entry with details', query: `?view=list&event=${SYRSKY}`, ready: 'st-event-list' },
  {
    name: 'filters, open, with chips',
    query: '?view=list&article=004_c0cbded3428b979b&only=1&status=expected&q=Kursk',
    ready: 'st-filter-bar',
    facets: true,
  },
  { name: 'presentation', query: '?present=1&step=3', ready: 'st-presentation' },
  { name: 'article viewer', query: `?view=timeline&event=${SYRSKY}`, ready: 'st-event-details', article: true },
];

interface Found {
  scrollWidth: number;
  innerWidth: number;
  /** Text elements reaching past the sides of the viewport. */
  wide: string[];
  /** Text containers that clip their text (overflow hidden, and the text bigger than the box). */
  clipped: string[];
  /** Whether the text-spacing overrides took effect. */
  spaced: boolean;
}

/** Runs in the page: measures what overflows. Self-contained (it is serialized). */
function measure(): Found {
  const elements: Element[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      elements.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  const flatParent = (e: Element): Element | null =>
    e.assignedSlot ??
    e.parentElement ??
    (e.getRootNode() instanceof ShadowRoot ? (e.getRootNode() as ShadowRoot).host : null);
  const within = (e: Element, test: (a: Element) => boolean) => {
    for (let node: Element | null = e; node; node = flatParent(node)) if (test(node)) return true;
    return false;
  };
  const label = (e: Element) => {
    const root = e.getRootNode();
    const host = root instanceof ShadowRoot ? ` in <${root.host.localName}>` : '';
    const text = e.textContent.replace(/\s+/g, ' ').trim().slice(0, 50);
    return `<${e.localName}${e.getAttribute('class') ? ` class="${e.getAttribute('class')}"` : ''}>${host} "${text}"`;
  };
  const hasOwnText = (e: Element) =>
    [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
  const shown = (e: Element) => {
    // Inside a visually hidden part (a button's full name, a status for screen readers): not on screen.
    if (within(e, (a) => a.classList.contains('visually-hidden'))) return false;
    const rect = e.getBoundingClientRect();
    // Visually hidden text (1 px, clipped) is for screen readers only.
    return rect.width > 1 && rect.height > 1 && e.checkVisibility({ visibilityProperty: true });
  };
  // The timeline's drawing scrolls and pans within itself, as a map does, and the claims chart, a diagram whose labels
  // are placed by estimated widths, scrolls within its box when spaced text outgrows them (1.4.10's exception for
  // two-dimensional content).
  const inCanvas = (e: Element) =>
    within(
      e,
      (a) =>
        a.classList.contains('vis-timeline') ||
        (a.localName === 'svg' && a.parentElement?.classList.contains('chart') === true),
    );
  // Content of a box that scrolls on its own (a dialog's body, a list of options): reachable by scrolling it.
  const inScroller = (e: Element) =>
    within(flatParent(e) ?? e, (a) => {
      const style = getComputedStyle(a);
      return (style.overflowX === 'auto' || style.overflowX === 'scroll') && a !== document.documentElement;
    });
  const width = window.innerWidth;
  const wide = elements
    .filter((e) => hasOwnText(e) && shown(e) && !inCanvas(e))
    .filter((e) => {
      const rect = e.getBoundingClientRect();
      if (inScroller(e)) return rect.width > width + 1;
      return rect.right > width + 1 || rect.left < -1;
    })
    .map(label);
  // Cut to a line on purpose, with a visible disclosure beside it that shows it whole (the standfirst's "More").
  const behindDisclosure = (e: Element) => {
    const root = e.getRootNode() as Document | ShadowRoot;
    const control = e.id ? root.querySelector(`[aria-controls~="${e.id}"][aria-expanded="false"]`) : null;
    return control !== null && shown(control);
  };
  const TEXT_CONTAINERS = 'button, summary, h1, h2, h3, h4, .badge, .chip, .chosen, .count, [role="tab"], label, a';
  const clipped = elements
    // The page's root is held still under the presentation, which scrolls on its own.
    .filter((e) => e !== document.documentElement && e !== document.body)
    .filter((e) => shown(e) && !inCanvas(e) && e.textContent.trim() !== '' && !behindDisclosure(e))
    .filter((e) => {
      const style = getComputedStyle(e);
      const hides = [style.overflowX, style.overflowY].some((o) => o === 'hidden' || o === 'clip');
      if (!hides && !e.matches(TEXT_CONTAINERS)) return false;
      if (!hides) return false;
      return e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1;
    })
    .map((e) => `${label(e)} ${e.scrollWidth}x${e.scrollHeight} in ${e.clientWidth}x${e.clientHeight}`);
  const probe = document.querySelector('st-app');
  const spaced = probe ? getComputedStyle(probe).letterSpacing !== 'normal' : false;
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide, clipped, spaced };
}

/** Runs in the page: the WCAG 1.4.12 overrides, in the document and in every shadow root. */
function spaceText(): void {
  const css = `
    * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p, li, dd, blockquote, figcaption { margin-bottom: 2em !important; }
  `;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const add = (root: Document | ShadowRoot) => {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) add(element.shadowRoot);
  };
  add(document);
}

async function open(page: Page, c: Case): Promise<void> {
  await page.goto(build.url + c.query);
  await page.waitForFunction(
    (ready) => document.querySelector('st-app')?.shadowRoot?.querySelector(ready) != null,
    c.ready,
  );
  if (c.ready === 'st-timeline') {
    await page.waitForFunction(
      () =>
        document
          .querySelector('st-app')
          ?.shadowRoot?.querySelector('st-timeline')
          ?.shadowRoot?.querySelector('.vis-timeline') != null,
    );
  }
  if (c.facets) {
    await page.evaluate(() => {
      const bar = document.querySelector('st-app')?.shadowRoot?.querySelector('st-filter-bar');
      for (const details of bar?.shadowRoot?.querySelectorAll('details') ?? []) details.open = true;
    });
  }
  if (c.article) {
    await page.evaluate(() => {
      const details = document.querySelector('st-app')?.shadowRoot?.querySelector('st-event-details');
      const show = [...(details?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) =>
        b.textContent.trim().startsWith('Show in article'),
      );
      if (!show) throw new Error('no "Show in article" in the details');
      show.click();
    });
    await page.waitForFunction(
      () =>
        document
          .querySelector('st-app')
          ?.shadowRoot?.querySelector('st-article-viewer')
          ?.shadowRoot?.querySelector('dialog')?.open === true,
    );
  }
  await settled(page);
}

/**
 * Runs in the page until layout has settled: fonts loaded, the timeline (if any) drawn at its size (`ready`), then two
 * animation frames for what resize observers and the timeline replan in response.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const timeline = document.querySelector('st-app')?.shadowRoot?.querySelector('st-timeline') as
      (Element & { ready?: Promise<void> }) | null | undefined;
    await timeline?.ready;
    for (let frame = 0; frame < 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

describe.each(SIZES)('reflow at $name', ({ viewport, deviceScaleFactor }) => {
  it.each(CASES)('$name: no sideways scrolling, no text off screen, none cut off with spaced text', async (c) => {
    const context = await build.browser.newContext({ viewport, deviceScaleFactor });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await open(page, c);
      const plain = await page.evaluate(measure);
      expect(plain.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(plain.innerWidth);
      expect(plain.wide, 'text reaching past the viewport').toEqual([]);
      expect(plain.clipped, 'text cut off').toEqual([]);
      await page.evaluate(spaceText);
      await settled(page);
      const spaced = await page.evaluate(measure);
      expect(spaced.spaced, 'the text-spacing overrides took effect').toBe(true);
      expect(spaced.scrollWidth, 'with spaced text, the page scrolls sideways').toBeLessThanOrEqual(spaced.innerWidth);
      expect(spaced.wide, 'with spaced text, text reaching past the viewport').toEqual([]);
      expect(spaced.clipped, 'with spaced text, text cut off').toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
