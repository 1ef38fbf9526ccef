// WCAG 2.2 A and AA in every view and mode of the whole app, checked by axe-core in Chromium (the real engine:
// layout, computed colours, shadow roots), plus what axe does not check: landmarks and the order of headings.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import axe from 'axe-core';
import type { StApp } from '../../src/app/st-app.js';
import '../../src/app/st-app.js';
import themeCss from '../../src/styles/theme.css?inline';
import { until, lazyViewsReady } from '../support/dataset.js';
import { deep } from '../support/dom.js';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const start = window.location.href;
const page = start.split('?')[0] ?? '';
// Adopted rather than imported: a plain CSS import would load Vite's HMR client, which has no server here.
const theme = new CSSStyleSheet();
let title = '';
before(() => {
  theme.replaceSync(themeCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, theme];
  // What index.html gives the app's page; the test runner's page has neither.
  document.documentElement.lang = 'en';
  title = document.title;
  document.title = 'Sourced Timeline';
});
after(() => {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== theme);
  document.title = title;
});
afterEach(async () => {
  if (document.fullscreenElement) await document.exitFullscreen();
  window.history.replaceState(null, '', start);
  document.documentElement.removeAttribute('data-theme');
  await setViewport({ width: 800, height: 600 });
});

/** The first button, through the shadow root, whose text starts with `name`. */
const buttonNamed = (root: Element, name: string) =>
  [...(root.shadowRoot ?? root).querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(name));

/** The app at `query` (set in the address before it connects, as a link would), loaded and drawn. */
async function app(query = '', src = '/data/events.json', ready = 'st-event-details, st-error-panel'): Promise<StApp> {
  // One app at a time: each writes the address.
  document.querySelectorAll('st-app').forEach((other) => other.remove());
  window.history.replaceState(null, '', `${page}${query}`);
  const el = await fixture<StApp>(html`<st-app src=${src}></st-app>`);
  await until(() => deep(el, ready) !== null, `the app to load (${ready})`);
  await lazyViewsReady(el);
  // Lit elements render in microtasks; give every part a frame to settle.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

async function expectNoViolations(what: string): Promise<void> {
  const results = await axe.run(document, {
    runOnly: { type: 'tag', values: WCAG_22_AA },
    resultTypes: ['violations'],
    elementRef: true,
  });
  const violations = results.violations.filter((violation) => violation.nodes.length > 0);
  const report = violations.map((violation) => {
    const nodes = violation.nodes.map((node) => {
      const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      return `    - ${JSON.stringify(node.target)}: ${summary}`;
    });
    return `  ${violation.id} (${violation.impact ?? 'no impact'}, ${violation.nodes.length}): ${violation.help}\n${nodes.join('\n')}`;
  });
  expect(report.length, `axe, ${what}:\n${report.join('\n')}`).to.equal(0);
}

/** Every element under `root`, in document order, with shadow roots entered (its own first). */
function* walk(root: Element | ShadowRoot): Generator<Element> {
  if (root instanceof Element && root.shadowRoot) yield* walk(root.shadowRoot);
  for (const child of root.children) {
    yield child;
    yield* walk(child);
  }
}

/** Whether assistive technology can reach the element: rendered, not aria-hidden, not inert. */
function exposed(element: Element): boolean {
  if (!element.checkVisibility({ visibilityProperty: true })) {
    // Visually hidden text (clipped, 1 px) is still exposed; display: none and visibility: hidden are not.
    return false;
  }
  for (let node: Element | null = element; node;) {
    if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('inert')) return false;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return true;
}

/** The headings a screen reader lists, as `2 Title`. */
function headings(root: Element): string[] {
  return [...walk(root)]
    .filter((el) => /^h[1-6]$/.test(el.localName) && exposed(el))
    .map((el) => `${el.localName.slice(1)} ${el.textContent.trim().replace(/\s+/g, ' ').slice(0, 50)}`);
}

/** Headings go down one level at a time (h1 → h2 → h3), never skipping one. */
function expectHeadingsInOrder(root: Element, what: string): void {
  const found = headings(root);
  let level = 0;
  for (const heading of found) {
    const next = Number(heading[0]);
    expect(
      next,
      `${what}: heading "${heading}" skips a level after h${level}; all: ${found.join(' | ')}`,
    ).to.be.at.most(level + 1);
    level = next;
  }
  expect(found[0]?.[0], `${what}: the first heading is an h1`).to.equal('1');
}

/** The landmark roles, explicit or implicit, of the exposed elements under `root`. */
function landmarks(root: Element): string[] {
  const sectioning = 'article, aside, main, nav, section';
  const roleOf = (el: Element): string | undefined => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit;
    const named = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
    switch (el.localName) {
      case 'main':
        return 'main';
      case 'nav':
        return 'navigation';
      case 'aside':
        return 'complementary';
      case 'search':
        return 'search';
      case 'header':
      case 'footer': {
        // Scoped to a sectioning element (across shadow roots too), they are no landmarks.
        for (let node: Element | null = el.parentElement ?? hostOf(el); node; node = node.parentElement ?? hostOf(node))
          if (node.matches(sectioning) || /^(article|complementary|main|navigation|region)$/.test(node.role ?? ''))
            return undefined;
        return el.localName === 'header' ? 'banner' : 'contentinfo';
      }
      case 'section':
        return named ? 'region' : undefined;
      case 'form':
        return named ? 'form' : undefined;
      default:
        return undefined;
    }
  };
  const roles = new Set(['banner', 'main', 'navigation', 'complementary', 'search', 'contentinfo', 'region', 'form']);
  return [...walk(root)]
    .filter((el) => exposed(el))
    .flatMap((el) => {
      const role = roleOf(el);
      return role && roles.has(role) ? [role] : [];
    });
}

function hostOf(el: Element): Element | null {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

describe('accessibility: axe-core, WCAG 2.2 A and AA', () => {
  before(() => setViewport({ width: 1280, height: 800 }));

  it('timeline view', async () => {
    const el = await app('?view=timeline', undefined, 'st-timeline');
    await expectNoViolations('timeline view');
    expectHeadingsInOrder(el, 'timeline view');
  });

  it('list view', async () => {
    const el = await app('?view=list', undefined, 'st-event-list');
    await expectNoViolations('list view');
    expectHeadingsInOrder(el, 'list view');
  });

  it('claims view', async () => {
    const el = await app('?view=claims', undefined, 'st-claims-view');
    await expectNoViolations('claims view');
    expectHeadingsInOrder(el, 'claims view');
  });

  it('sources view', async () => {
    const el = await app('?view=sources', undefined, 'st-sources-view');
    await expectNoViolations('sources view');
    expectHeadingsInOrder(el, 'sources view');
  });

  it('an event selected: the details panel', async () => {
    const el = await app('?view=list&event=syrsky-briefing-2024-10-25', undefined, 'st-event-list');
    await until(() => deep(el, 'st-event-details', 'blockquote') !== null, 'the details');
    await expectNoViolations('details panel');
    expectHeadingsInOrder(el, 'details panel');
  });

  it('the article viewer open', async () => {
    const el = await app('?view=list&event=syrsky-briefing-2024-10-25', undefined, 'st-event-list');
    await until(() => deep(el, 'st-event-details', 'blockquote') !== null, 'the details');
    buttonNamed(deep(el, 'st-event-details')!, 'Show in article')!.click();
    const dialog = () => deep(el, 'st-article-viewer', 'dialog') as HTMLDialogElement | null;
    await until(() => dialog()?.open === true && deep(el, 'st-article-viewer', 'mark.active') !== null, 'the viewer');
    await expectNoViolations('article viewer');
    dialog()!.close();
  });

  it('the embed dialog open', async () => {
    const el = await app('?view=list', undefined, 'st-event-list');
    buttonNamed(el, 'Embed')!.click();
    const dialog = () => deep(el, 'st-embed-dialog', 'dialog') as HTMLDialogElement | null;
    await until(() => dialog()?.open === true, 'the embed dialog');
    // Drawn whole: its snippet written and its preview frame in place.
    const code = () => deep(el, 'st-embed-dialog', 'textarea') as HTMLTextAreaElement | null;
    await until(
      () => (code()?.value ?? '').includes('<iframe') && deep(el, 'st-embed-dialog', '.preview iframe') !== null,
      'the snippet and the preview',
    );
    await expectNoViolations('embed dialog');
    dialog()!.close();
  });

  it('embed mode, timeline and list', async () => {
    let el = await app('?embed=1&view=timeline', undefined, 'st-timeline');
    await expectNoViolations('embed mode, timeline');
    expectHeadingsInOrder(el, 'embed mode, timeline');
    el = await app('?embed=1&view=list&title=Troops%20in%20Kursk', undefined, 'st-event-list');
    await expectNoViolations('embed mode, list with a title');
    expectHeadingsInOrder(el, 'embed mode, list');
  });

  it('presentation mode, with the notes shown', async () => {
    const el = await app('?present=1&step=2', undefined, 'st-presentation');
    const presentation = deep(el, 'st-presentation')!;
    await until(() => deep(presentation, '.slide h2') !== null, 'a slide');
    buttonNamed(presentation, 'Notes')!.click();
    await until(() => deep(presentation, '.notes') !== null, 'the notes');
    await expectNoViolations('presentation mode');
  });

  it('the error panel', async () => {
    const el = await app('', '/tests/fixtures/broken/events.json', 'st-error-panel');
    await until(() => deep(el, 'st-error-panel', 'h2') !== null, 'the error panel');
    await expectNoViolations('error panel');
  });

  it('a custom dataset, with its banner', async () => {
    const el = await app('?data=/tests/fixtures/mini/events.json&view=list', undefined, 'st-event-list');
    expect(deep(el, '.custom-data')).to.not.equal(null);
    await expectNoViolations('custom dataset banner');
    expectHeadingsInOrder(el, 'custom dataset');
  });

  for (const name of ['light', 'dark', 'projector']) {
    it(`the ${name} theme: timeline, list and details`, async () => {
      document.documentElement.dataset.theme = name;
      await app('?view=timeline&event=syrsky-briefing-2024-10-25', undefined, 'st-timeline');
      await expectNoViolations(`${name} theme, timeline`);
      await app('?view=list&event=syrsky-briefing-2024-10-25', undefined, 'st-event-list');
      await expectNoViolations(`${name} theme, list`);
    });
  }

  it('on a phone: the list and the timeline', async () => {
    await setViewport({ width: 375, height: 812 });
    let el = await app('', undefined, 'st-event-list');
    await expectNoViolations('phone, list');
    expectHeadingsInOrder(el, 'phone, list');
    el = await app('?view=timeline', undefined, 'st-timeline');
    await expectNoViolations('phone, timeline');
  });
});

describe('accessibility: landmarks', () => {
  before(() => setViewport({ width: 1280, height: 800 }));

  it('the app’s own page: banner, navigation, search, main, and complementary for the details', async () => {
    // The details are a complementary landmark once an event is chosen (until then they are not shown).
    const el = await app('?view=list&event=syrsky-briefing-2024-10-25', undefined, 'st-event-list');
    const found = landmarks(el);
    for (const role of ['banner', 'navigation', 'search', 'main', 'complementary']) expect(found).to.include(role);
    expect(found.filter((role) => role === 'main')).to.have.length(1);
    expect(found.filter((role) => role === 'banner')).to.have.length(1);
    expect(deep(el, 'aside')?.getAttribute('aria-label')).to.equal('Event details');
    expect(deep(el, 'st-filter-bar', '[role="search"], search')?.localName).to.not.equal(undefined);
  });

  it('inside another site’s page (state-in="memory"): no banner and no main of its own', async () => {
    const el = await fixture<StApp>(
      html`<st-app state-in="memory" query="view=list" src="/data/events.json"></st-app>`,
    );
    await until(() => deep(el, 'st-event-list') !== null, 'the app to load');
    const found = landmarks(el);
    expect(found).to.not.include('banner');
    expect(found).to.not.include('main');
    expect(found).to.not.include('contentinfo');
    // Names, not elements: a failing comparison of elements crashes the test runner.
    expect(el.shadowRoot!.querySelector('header, main')?.localName).to.equal(undefined);
    await expectNoViolations('state-in="memory"');
  });

  it('inside another site’s page, an error shows no main of its own either', async () => {
    const el = await fixture<StApp>(html`<st-app state-in="memory" src="/tests/fixtures/broken/events.json"></st-app>`);
    await until(() => deep(el, 'st-error-panel') !== null, 'the error panel');
    expect(el.shadowRoot!.querySelector('header, main')?.localName).to.equal(undefined);
  });
});
