// The whole app driven from the keyboard alone, as a reader without a mouse would (WCAG 2.1.1, 2.4.3, 2.4.7, 2.4.11,
// 1.4.11): real key presses only, and after every one of them focus is somewhere, and visibly so.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { StApp } from '../../src/app/st-app.js';
import '../../src/app/st-app.js';
import { deepActiveElement } from '../../src/components/focus.js';
import { contrastRatio, type Rgb } from '../../src/styles/contrast.js';
import { pressKey } from '../support/keys.js';
import { lazyViewsReady, until } from '../support/dataset.js';
import { deepElements } from '../support/deep-audit.js';
import { accessibleText, describeElement, entryId, one, text } from '../support/dom.js';

const start = window.location.href;
afterEach(async () => {
  if (document.fullscreenElement) await document.exitFullscreen();
  window.history.replaceState(null, '', start);
});

async function app(query: string): Promise<StApp> {
  window.history.replaceState(null, '', `${start.split('?')[0] ?? ''}${query}`);
  const el = await fixture<StApp>(html`<st-app src="/data/events.json"></st-app>`);
  await until(() => el.shadowRoot?.querySelector('st-event-details') !== null, 'the app to load');
  await lazyViewsReady(el);
  return el;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** `rgb()` / `rgba()` as computed styles give them; undefined for anything else. */
function parseColor(value: string): { rgb: Rgb; alpha: number } | undefined {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha };
}

/** The element's parent in the flat tree: its slot, its parent, or its shadow host. */
function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The colour an outline around `element` is drawn on: the ancestors' backgrounds, composited. */
function backgroundBehind(element: Element): Rgb {
  const layers: { rgb: Rgb; alpha: number }[] = [];
  for (let node = flatParent(element); node; node = flatParent(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (!color || color.alpha === 0) continue;
    layers.push(color);
    if (color.alpha >= 1) break;
  }
  let result: Rgb = [255, 255, 255];
  for (const { rgb, alpha } of layers.reverse()) {
    result = result.map((c, i) => rgb[i]! * alpha + c * (1 - alpha)) as unknown as Rgb;
  }
  return result;
}

/** Why the focus indicator of `element` is not visible enough, or undefined when it is. */
function ringProblem(element: HTMLElement): string | undefined {
  const style = getComputedStyle(element);
  const width = parseFloat(style.outlineWidth);
  let color = style.outlineStyle !== 'none' && width >= 2 ? parseColor(style.outlineColor) : undefined;
  if (!color) {
    // An equivalent box-shadow ring: a spread of at least 2 px.
    const shadow = /(rgba?\([^)]*\))\s+0px\s+0px\s+0px\s+([\d.]+)px/.exec(style.boxShadow);
    if (shadow && parseFloat(shadow[2]!) >= 2) color = parseColor(shadow[1]!);
  }
  if (!color) return `no focus ring (outline ${style.outlineStyle} ${style.outlineWidth}, shadow ${style.boxShadow})`;
  const behind = backgroundBehind(element);
  const ratio = contrastRatio(color.rgb, behind);
  if (color.alpha < 1 || ratio < 3) {
    return `focus ring ${style.outlineColor} on rgb(${behind.join(', ')}): ${ratio.toFixed(2)}:1, under 3:1`;
  }
  return undefined;
}

/** Where focus is, checked: never the page itself, and with a visible ring. */
function checkFocus(step: string): HTMLElement {
  const active = deepActiveElement();
  if (!active || active === document.body || active === document.documentElement) {
    throw new Error(`${step}: focus is on ${active ? active.localName : 'nothing'}`);
  }
  const problem = ringProblem(active);
  if (problem) throw new Error(`${step}: ${describeElement(active)}: ${problem}`);
  return active;
}

/** Presses a key, lets the page answer, and checks focus. */
async function press(key: string, step = key): Promise<HTMLElement> {
  await pressKey(key);
  await frame();
  return checkFocus(step);
}

/** Tabs (or Shift+Tabs) until `found` holds for the focused element, checking focus on the way. */
async function tabTo(what: string, found: (el: HTMLElement) => boolean, key = 'Tab', max = 80): Promise<HTMLElement> {
  for (let i = 0; i < max; i += 1) {
    const active = await press(key, `${key} towards ${what}`);
    if (found(active)) return active;
  }
  throw new Error(`${what} not reached in ${max} presses of ${key}`);
}

const named = (name: string) => (el: HTMLElement) => accessibleText(el).startsWith(name);
const inside = (el: Element, host: string) => {
  for (let node: Element | null = el; node; node = flatParent(node)) if (node.matches(host)) return true;
  return false;
};

const CONTROLS = 'button, select, input, textarea, summary, a[href], [tabindex]:not([tabindex="-1"])';

/** What Tab must reach: every control drawn and usable, bar those a roving tabindex takes out of the order. */
function tabbable(el: StApp): HTMLElement[] {
  return deepElements(el.shadowRoot!)
    .filter((e): e is HTMLElement => e instanceof HTMLElement && e.matches(CONTROLS))
    .filter((e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.checkVisibility())
    .filter((e) => !e.closest('[role="tablist"]') || e.getAttribute('aria-selected') === 'true');
}

/** Tabs through the whole page once from load; every control must come up, with a ring. Returns what did. */
async function tabCycle(el: StApp): Promise<HTMLElement[]> {
  const expected = tabbable(el);
  const seen: HTMLElement[] = [];
  for (let i = 0; i < expected.length + 20; i += 1) {
    await sendKeys({ press: 'Tab' });
    await frame();
    const active = deepActiveElement();
    // Past the last control Chromium leaves the page for its own UI: that is the end of the cycle.
    if (seen.length > 0 && (!active || active === document.body)) break;
    const now = checkFocus(`Tab ${i + 1}`);
    if (now === seen[0]) break;
    seen.push(now);
  }
  // An event's title may be drawn again (a new element) while Tab goes round: it counts by its event.
  const key = (e: HTMLElement) => (e.dataset['id'] !== undefined ? `event ${e.dataset['id']}` : e);
  const reached = new Set(seen.map(key));
  const missed = expected.filter((e) => !reached.has(key(e))).map(describeElement);
  expect(missed, 'controls Tab never reached').to.deep.equal([]);
  return seen;
}

describe('keyboard walkthrough (list view, 1280x800)', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('reaches every control in one Tab cycle, in order, each with a visible focus ring', async function () {
    this.timeout(180_000);
    const el = await app('?view=list&event=syrsky-briefing-2024-10-25');
    await until(() => text(one(one(el, 'st-event-details'), 'h2')).startsWith('Syrsky'), 'the details');
    const seen = await tabCycle(el);
    // Tab order follows reading order: header bar, filters, the list, the details (its close button first).
    const where = (e: Element) =>
      inside(e, 'st-filter-bar') || inside(e, 'st-as-of')
        ? 1
        : inside(e, 'st-event-list')
          ? 2
          : inside(e, 'st-event-details') || e.closest('aside') !== null
            ? 3
            : inside(e, 'nav.bar') || inside(e, '.masthead')
              ? 0
              : 4;
    expect(seen.map(where).join(''), 'regions in tab order').to.match(/^0+1+2+3+$/);
    // The header first: "More" beside the standfirst's first line, then the view tabs.
    expect(seen.slice(0, 2).map((e) => e.innerText.trim())).to.deep.equal(['More', 'List']);
  });

  it('opens an event and its article, and Esc gives focus back to "Show in article"', async function () {
    this.timeout(60_000);
    const el = await app('?view=list');
    const entry = await tabTo('the first list entry', (e) => e.localName === 'article');
    await press('Enter', 'Enter on the entry');
    const id = entryId(entry);
    await until(() => new URLSearchParams(window.location.search).get('event') === id, 'the event selected');
    const details = one(el, 'st-event-details');
    await until(() => text(details.shadowRoot!.querySelector('h2')) === text(entry.querySelector('h3')), 'details');
    const show = await tabTo('Show in article', named('Show in article'));
    expect(inside(show, 'st-event-list')).to.equal(true);
    const quote = text(show.closest('li')?.querySelector('blockquote'));
    await sendKeys({ press: 'Enter' });
    const viewer = one(el, 'st-article-viewer');
    const dialog = () => viewer.shadowRoot!.querySelector('dialog');
    await until(() => dialog()?.open === true, 'the article viewer');
    await until(() => inside(deepActiveElement() ?? document.body, 'st-article-viewer'), 'focus in the viewer');
    checkFocus('the viewer opened');
    const mark = one(viewer, 'mark.active');
    expect(quote).to.contain(text(mark).slice(0, 40));
    // Tab goes through the modal dialog, ringed (past its last control, Chromium lets Tab out to its own UI).
    const stops = deepElements(viewer.shadowRoot!).filter(
      (e) => e instanceof HTMLElement && e.matches(CONTROLS) && e.tabIndex >= 0 && e.checkVisibility(),
    ).length;
    for (let i = 1; i < stops; i += 1) {
      const active = await press('Tab', 'Tab in the viewer');
      expect(inside(active, 'st-article-viewer'), describeElement(active)).to.equal(true);
    }
    await sendKeys({ press: 'Escape' });
    await until(() => dialog()?.open === false, 'the viewer closed');
    await frame();
    const back = checkFocus('Esc closed the viewer');
    expect(back === show, `focus on ${describeElement(back)}`).to.equal(true);
  });

  it('opens the details of the selected event from the keyboard, and its article from there', async function () {
    this.timeout(60_000);
    const el = await app('?view=list&event=syrsky-briefing-2024-10-25');
    const details = one(el, 'st-event-details');
    await until(() => text(details.shadowRoot!.querySelector('h2')).startsWith('Syrsky'), 'the details');
    // From the end of the page backwards into the details panel.
    const show = await tabTo(
      'Show in article in the details',
      (e) => inside(e, 'st-event-details') && named('Show in article')(e),
      'Shift+Tab',
      400,
    );
    await sendKeys({ press: 'Enter' });
    const viewer = one(el, 'st-article-viewer');
    await until(() => viewer.shadowRoot!.querySelector('dialog')?.open === true, 'the article viewer');
    await until(() => viewer.shadowRoot!.querySelector('mark.active') !== null, 'the excerpt marked');
    await until(() => inside(deepActiveElement() ?? document.body, 'st-article-viewer'), 'focus in the viewer');
    checkFocus('the viewer opened');
    await sendKeys({ press: 'Escape' });
    await until(() => viewer.shadowRoot!.querySelector('dialog')?.open === false, 'the viewer closed');
    await frame();
    const back = checkFocus('Esc closed the viewer');
    expect(back === show, `focus on ${describeElement(back)}`).to.equal(true);
  });

  it('changes a filter: Enter and Space open facets, Space ticks a box, and the count follows', async function () {
    this.timeout(60_000);
    const el = await app('?view=list');
    const bar = one(el, 'st-filter-bar');
    const count = () => text(bar.shadowRoot!.querySelector('[role="status"]'));
    const before = count();
    // The facets are in the Filters panel: Enter on its button opens it and they come next in tab order.
    const toggle = await tabTo('the Filters button', (e) => e.classList.contains('filters-toggle'));
    await press('Enter', 'Enter on Filters');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const status = await tabTo('the Status facet', (e) => e.localName === 'summary' && named('Status')(e));
    await press('Enter', 'Enter on Status');
    expect((status.parentElement as HTMLDetailsElement).open).to.equal(true);
    const box = await press('Tab', 'Tab into the Status options');
    expect(box.localName === 'input' && (box as HTMLInputElement).type === 'checkbox', describeElement(box)).to.equal(
      true,
    );
    await press('Space', 'Space on a status');
    await until(() => count() !== before, `the count to change from "${before}"`);
    expect((box as HTMLInputElement).checked).to.equal(true);
    expect(new URLSearchParams(window.location.search).has('status')).to.equal(true);
    checkFocus('after filtering');
    // Another facet opened with Space, back from the options.
    const kind = await tabTo('the Kind facet', (e) => e.localName === 'summary' && named('Kind')(e), 'Shift+Tab');
    await press('Space', 'Space on Kind');
    expect((kind.parentElement as HTMLDetailsElement).open).to.equal(true);
    await press('Enter', 'Enter closes Kind');
    expect((kind.parentElement as HTMLDetailsElement).open).to.equal(false);
    // The chip removes the filter again.
    const chip = await tabTo('the filter chip', (e) => e.classList.contains('chip'));
    await press('Enter', 'Enter on the chip');
    await until(() => count() === before, 'the count back');
    expect(chip.isConnected).to.equal(false);
    checkFocus('after removing the chip');
  });

  it('presents: Enter on Present, Page Down steps, Esc leaves with focus back on Present', async function () {
    this.timeout(60_000);
    const el = await app('?view=list');
    const present = await tabTo('Present', (e) => e.classList.contains('present'));
    await sendKeys({ press: 'Enter' });
    const stage = () => el.shadowRoot!.querySelector('st-presentation');
    await until(() => stage()?.shadowRoot?.querySelector('.progress') != null, 'the presentation');
    await until(() => inside(deepActiveElement() ?? document.body, 'st-presentation'), 'focus in the presentation');
    checkFocus('presenting');
    const progress = () => text(stage()!.shadowRoot!.querySelector('.progress')).replace(/^Step /, '');
    expect(progress()).to.match(/^1 \//);
    await press('PageDown', 'Page Down');
    await until(() => /^2 \//.test(progress()), 'step 2');
    await press('PageDown', 'Page Down');
    await until(() => /^3 \//.test(progress()), 'step 3');
    // Tab stays in the presentation, ringed in the projector theme.
    for (let i = 0; i < 8; i += 1) {
      const active = await press('Tab', 'Tab in the presentation');
      expect(inside(active, 'st-presentation'), describeElement(active)).to.equal(true);
    }
    await sendKeys({ press: 'Escape' });
    await until(() => stage() === null, 'the presentation to close');
    await until(() => deepActiveElement() === present, 'focus back on Present');
    checkFocus('left the presentation');
  });
});

describe('keyboard walkthrough (timeline view, 1280x800)', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('reaches every control in one Tab cycle, each with a visible focus ring, and opens an event', async function () {
    this.timeout(180_000);
    const el = await app('?view=timeline&event=syrsky-briefing-2024-10-25');
    const seen = await tabCycle(el);
    expect(seen.some((e) => inside(e, 'st-timeline'))).to.equal(true);
    expect(seen.some((e) => inside(e, 'st-event-details'))).to.equal(true);
    // The events are one tab stop; an arrow moves to the next, Enter opens it.
    const item = seen.find((e) => inside(e, 'st-timeline') && e.dataset['id'] !== undefined);
    expect(item, 'an event on the timeline in the tab order').to.not.equal(undefined);
    await tabTo('the events on the timeline', (e) => e === item, 'Shift+Tab', 200);
    await press('ArrowLeft', 'ArrowLeft on the timeline');
    await until(() => deepActiveElement() !== item, 'focus to move to the event before');
    const next = checkFocus('ArrowLeft on the timeline');
    expect(next.dataset['id']).to.be.a('string').and.not.equal(item!.dataset['id']);
    // Opening the event opens the details beside the timeline: the drawing narrows and vis-timeline may draw the
    // focused event again in another row. Focus never rests on the page meanwhile, and comes back to the event.
    await press('Enter', 'Enter on an event');
    await until(() => new URLSearchParams(window.location.search).get('event') === next.dataset['id'], 'selected');
    await until(() => deepActiveElement() === next, 'focus on the opened event');
    checkFocus('after opening the event');
  });
});
