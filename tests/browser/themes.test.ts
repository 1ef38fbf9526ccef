import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { StEventDetails } from '../../src/components/st-event-details.js';
import '../../src/components/st-event-details.js';
import type { DatasetIndex } from '../../src/data/dataset-index.js';
import { PROJECTOR_TEXT_CONTRAST, SCHEME_BACKGROUNDS, readableAccent } from '../../src/styles/accent.js';
import { applyTheme } from '../../src/styles/apply-theme.js';
import { contrastRatio, parseHex, relativeLuminance, type Rgb } from '../../src/styles/contrast.js';
import themeCss from '../../src/styles/theme.css?inline';
import type { StTimeline } from '../../src/timeline/st-timeline.js';
import '../../src/timeline/st-timeline.js';
import { loadIndex } from '../support/dataset.js';
import { button, one } from '../support/dom.js';

let index: DatasetIndex;
// Adopted rather than imported: a plain CSS import would load Vite's HMR client, which has no server here.
const theme = new CSSStyleSheet();
before(async () => {
  index = await loadIndex();
  theme.replaceSync(themeCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, theme];
});
after(() => {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== theme);
});

afterEach(async () => {
  applyTheme(document.documentElement, { theme: 'light' });
  document.documentElement.removeAttribute('data-theme');
  await emulateMedia({ colorScheme: 'light' });
});

/** An opaque computed colour as channels; fails on anything else, e.g. a transparent background. */
function channels(value: string): Rgb {
  const match = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(value);
  if (!match || (match[4] !== undefined && Number(match[4]) < 1)) throw new Error(`not an opaque colour: ${value}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const color = (el: Element) => channels(getComputedStyle(el).color);
const background = (el: Element) => channels(getComputedStyle(el).backgroundColor);

/** The background a reader sees behind `el`: its own, else the nearest ancestor's, across shadow roots. */
function backdrop(el: Element): Rgb {
  for (let node: Element | null = el; node;) {
    const value = getComputedStyle(node).backgroundColor;
    if (value !== 'rgba(0, 0, 0, 0)' && value !== 'transparent') return channels(value);
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  throw new Error('no background behind the element');
}

const isDark = (rgb: Rgb) => relativeLuminance(rgb) < 0.05;
const isLight = (rgb: Rgb) => relativeLuminance(rgb) > 0.5;

async function timeline(): Promise<StTimeline> {
  // One lane: vis-timeline draws only the lanes in view, and one lane is always in view.
  const el = await fixture<StTimeline>(
    html`<st-timeline .index=${index} lanes="single" style="width: 1000px"></st-timeline>`,
  );
  await el.ready;
  return el;
}

describe('themes', () => {
  it('data-theme="dark": st-timeline, vis-timeline’s own greys and whites included, is dark with light text', async () => {
    applyTheme(document.documentElement, { theme: 'dark' });
    const el = await timeline();
    const canvas = one(el, '.vis-timeline');
    expect(isDark(background(canvas))).to.equal(true);
    // vis-timeline's defaults: #4d4d4d axis text, #e5e5e5 and #bfbfbf grid lines, #d5ddf6 items.
    const axis = one(el, '.vis-time-axis .vis-text');
    expect(contrastRatio(color(axis), background(canvas))).to.be.at.least(4.5);
    expect(relativeLuminance(channels(getComputedStyle(one(el, '.vis-grid.vis-minor')).borderLeftColor))).to.be.below(
      0.1,
    );
    const label = one(el, '.st-label');
    expect(isLight(color(label))).to.equal(true);
    expect(contrastRatio(color(label), backdrop(label))).to.be.at.least(4.5);
    expect(isDark(background(one(el, '.st-count')))).to.equal(true);
    // Scrollbars and other native parts follow color-scheme, which reaches into the shadow root.
    expect(getComputedStyle(one(el, '.vis-panel.vis-center')).colorScheme).to.equal('dark');
    expect(isDark(background(button(el, 'Fit all')))).to.equal(true);
  });

  it('data-theme="dark": st-event-details is light text on a dark background, and accessible', async () => {
    applyTheme(document.documentElement, { theme: 'dark' });
    const el = await fixture<StEventDetails>(
      html`<st-event-details .index=${index} event-id="syrsky-briefing-2024-10-25"></st-event-details>`,
    );
    const heading = one(el, 'h2');
    expect(isDark(backdrop(heading))).to.equal(true);
    expect(isLight(color(heading))).to.equal(true);
    expect(contrastRatio(color(one(el, '.basis')), backdrop(heading))).to.be.at.least(4.5);
    await expect(el).to.be.accessible();
  });

  it('applyTheme(…, {accent}) changes --st-accent, readably in each scheme', async () => {
    applyTheme(document.documentElement, { theme: 'light', accent: '#c0392b' });
    expect(getComputedStyle(document.documentElement).getPropertyValue('--st-accent')).to.contain('#c0392b');
    const el = await fixture<StTimeline>(
      html`<st-timeline .index=${index} lanes="groups" style="width: 1000px"></st-timeline>`,
    );
    const pressed = button(el, 'Lanes by party');
    expect(pressed.getAttribute('aria-pressed')).to.equal('true');
    expect(background(pressed)).to.deep.equal(parseHex('#c0392b'));
    applyTheme(document.documentElement, { theme: 'dark', accent: '#c0392b' });
    expect(background(pressed)).to.deep.equal(parseHex(readableAccent('#c0392b', SCHEME_BACKGROUNDS.dark)));
    expect(contrastRatio(color(pressed), background(pressed))).to.be.at.least(4.5);
  });

  it('data-theme="auto" follows prefers-color-scheme', async () => {
    applyTheme(document.documentElement, { theme: 'auto' });
    const el = await timeline();
    const canvas = one(el, '.vis-timeline');
    await emulateMedia({ colorScheme: 'dark' });
    expect(isDark(background(canvas))).to.equal(true);
    expect(getComputedStyle(canvas).colorScheme).to.equal('light dark');
    await emulateMedia({ colorScheme: 'light' });
    expect(background(canvas)).to.deep.equal([255, 255, 255]);
  });

  it('data-theme="projector" on the root: the projector colours, on the page and inside elements', async () => {
    document.documentElement.setAttribute('data-theme', 'projector');
    const root = getComputedStyle(document.documentElement);
    expect(root.getPropertyValue('--st-bg').trim()).to.equal('#ffffff');
    expect(root.getPropertyValue('--st-text').trim()).to.equal('#000000');
    expect(root.getPropertyValue('--st-border-subtle').trim()).to.equal('#5c6370');
    expect(root.getPropertyValue('--st-focus-width').trim()).to.equal('5px');
    expect(root.getPropertyValue('--st-line-width').trim()).to.equal('2px');
    expect(root.colorScheme).to.equal('light');
    expect(color(document.body)).to.deep.equal([0, 0, 0]);
    expect(background(document.body)).to.deep.equal([255, 255, 255]);
    // Inside a shadow root too: black heading, muted text at 7:1.
    const el = await fixture<StEventDetails>(
      html`<st-event-details .index=${index} event-id="syrsky-briefing-2024-10-25"></st-event-details>`,
    );
    const heading = one(el, 'h2');
    expect(color(heading)).to.deep.equal([0, 0, 0]);
    expect(contrastRatio(color(one(el, '.basis')), backdrop(heading))).to.be.at.least(7);
    await expect(el).to.be.accessible();
  });

  it('applyTheme(root, {theme: "projector"}) sets it, and holds an accent to 7:1', async () => {
    applyTheme(document.documentElement, { theme: 'projector' });
    expect(document.documentElement.dataset.theme).to.equal('projector');
    expect(getComputedStyle(document.documentElement).getPropertyValue('--st-text').trim()).to.equal('#000000');
    expect(color(document.body)).to.deep.equal([0, 0, 0]);
    const el = await fixture<StTimeline>(
      html`<st-timeline .index=${index} lanes="groups" style="width: 1000px"></st-timeline>`,
    );
    await el.ready;
    expect(background(one(el, '.vis-timeline'))).to.deep.equal([255, 255, 255]);
    expect(color(one(el, '.st-label'))).to.deep.equal([0, 0, 0]);
    applyTheme(document.documentElement, { theme: 'projector', accent: '#ffcc00' });
    const expected = readableAccent('#ffcc00', SCHEME_BACKGROUNDS.projector, PROJECTOR_TEXT_CONTRAST);
    const pressed = button(el, 'Lanes by party');
    expect(pressed.getAttribute('aria-pressed')).to.equal('true');
    expect(background(pressed)).to.deep.equal(parseHex(expected));
    expect(contrastRatio(background(pressed), [255, 255, 255])).to.be.at.least(7);
    expect(contrastRatio(color(pressed), background(pressed))).to.be.at.least(7);
  });

  it('data-theme="projector" on an element inside a dark page brings its own white background', async () => {
    applyTheme(document.documentElement, { theme: 'dark' });
    const box = await fixture<HTMLElement>(html`<div data-theme="projector"><p>Projected</p></div>`);
    expect(background(box)).to.deep.equal([255, 255, 255]);
    expect(color(box.querySelector('p')!)).to.deep.equal([0, 0, 0]);
    expect(getComputedStyle(box).colorScheme).to.equal('light');
  });

  it('with no theme given, the page is light', async () => {
    const el = await timeline();
    expect(background(one(el, '.vis-timeline'))).to.deep.equal([255, 255, 255]);
    expect(isDark(color(one(el, '.st-label')))).to.equal(true);
  });
});
