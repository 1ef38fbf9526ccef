// The timeline's toolbar on its own (each button asks with one typed event) and inside st-timeline (which acts on
// the requests and keeps them to itself; no lanes button for a dataset without groups).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { StTimeline } from '../../src/timeline/st-timeline.js';
import '../../src/timeline/st-timeline.js';
import type { StTimelineToolbar } from '../../src/timeline/st-timeline-toolbar.js';
import '../../src/timeline/st-timeline-toolbar.js';
import type { WindowPreset } from '../../src/timeline/items.js';
import { article, buildIndex, timelineEvent } from '../support/build-index.js';
import { nextEvent } from '../support/dataset.js';
import { accessibleText, all, record } from '../support/dom.js';

const PRESETS: WindowPreset[] = [
  {
    id: 'week',
    label: 'Week of 21 Oct',
    window: { start: new Date(Date.UTC(2024, 9, 21)), end: new Date(Date.UTC(2024, 9, 28)) },
    initial: true,
  },
  {
    id: 'june',
    label: 'June pact',
    window: { start: new Date(Date.UTC(2024, 5, 1)), end: new Date(Date.UTC(2024, 6, 1)) },
    initial: false,
  },
];

async function toolbar(lanes = 'groups', groupsNoun: string | undefined = 'Party'): Promise<StTimelineToolbar> {
  return fixture<StTimelineToolbar>(
    html`<st-timeline-toolbar .presets=${PRESETS} lanes=${lanes} .groupsNoun=${groupsNoun}></st-timeline-toolbar>`,
  );
}

/** The toolbar draws in the light DOM (see the element's comment): its buttons are its children. */
const buttons = (el: Element) => [...el.querySelectorAll('button')];
const named = (el: Element, name: string) => {
  const found = buttons(el).find((b) => (b.getAttribute('aria-label') ?? accessibleText(b)) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};

describe('st-timeline-toolbar', () => {
  it('is accessible, and names its buttons as before', async () => {
    const el = await toolbar();
    await expect(el).to.be.accessible();
    expect(buttons(el).map((b) => b.getAttribute('aria-label') ?? accessibleText(b))).to.deep.equal([
      'Zoom in',
      'Zoom out',
      'Fit all',
      'Earlier',
      'Later',
      'Week of 21 Oct',
      'June pact',
      'Lanes by party',
      'First reports',
    ]);
    expect(named(el, 'Zoom in').title).to.equal('Zoom in (+)');
    expect(named(el, 'Zoom out').title).to.equal('Zoom out (−)');
    expect(named(el, 'Earlier').title).to.equal('Earlier (←)');
    expect(named(el, 'Later').title).to.equal('Later (→)');
  });

  it('Zoom in and Zoom out send st-zoom with a fraction: in by half, out by the whole window', async () => {
    const el = await toolbar();
    let zoom = nextEvent(el, 'st-zoom');
    named(el, 'Zoom in').click();
    expect((await zoom).detail).to.deep.equal({ fraction: 0.5 });
    zoom = nextEvent(el, 'st-zoom');
    named(el, 'Zoom out').click();
    expect((await zoom).detail).to.deep.equal({ fraction: -1 });
  });

  it('Earlier and Later send st-pan by a third of the window', async () => {
    const el = await toolbar();
    let pan = nextEvent(el, 'st-pan');
    named(el, 'Earlier').click();
    expect((await pan).detail).to.deep.equal({ fraction: -0.3 });
    pan = nextEvent(el, 'st-pan');
    named(el, 'Later').click();
    expect((await pan).detail).to.deep.equal({ fraction: 0.3 });
  });

  it('Fit all sends st-fit; a preset sends st-preset with its id', async () => {
    const el = await toolbar();
    const fit = nextEvent(el, 'st-fit');
    named(el, 'Fit all').click();
    expect((await fit).type).to.equal('st-fit');
    const preset = nextEvent(el, 'st-preset');
    named(el, 'June pact').click();
    expect((await preset).detail).to.deep.equal({ id: 'june' });
  });

  it('the lanes button shows the mode pressed or not, and asks for the other one', async () => {
    const el = await toolbar('groups');
    expect(named(el, 'Lanes by party').getAttribute('aria-pressed')).to.equal('true');
    let lanes = nextEvent(el, 'st-lanes');
    named(el, 'Lanes by party').click();
    expect((await lanes).detail).to.deep.equal({ lanes: 'single' });
    el.lanes = 'single';
    await el.updateComplete;
    expect(named(el, 'Lanes by party').getAttribute('aria-pressed')).to.equal('false');
    lanes = nextEvent(el, 'st-lanes');
    named(el, 'Lanes by party').click();
    expect((await lanes).detail).to.deep.equal({ lanes: 'groups' });
  });

  it('has no lanes button without a group noun, and no "Jump to" group without presets', async () => {
    const el = await fixture<StTimelineToolbar>(html`<st-timeline-toolbar></st-timeline-toolbar>`);
    expect(buttons(el).some((b) => accessibleText(b).startsWith('Lanes by'))).to.equal(false);
    expect(el.querySelector('[aria-label="Jump to"]')).to.equal(null);
  });
});

describe('st-timeline and its toolbar', () => {
  it('has no lanes button for a dataset without groups', async () => {
    const index = buildIndex({
      articles: [article('a1')],
      events: [timelineEvent('e1', { unsourced: true }), timelineEvent('e2', { date: '2024-10-25', unsourced: true })],
      actors: [{ id: 'alpha', name: 'Alpha Person', aliases: [] }],
      groups: [],
      texts: { a1: 'Text of a1.' },
    });
    expect(index.groups).to.have.length(0);
    const el = await fixture<StTimeline>(html`<st-timeline .index=${index} style="width: 800px"></st-timeline>`);
    await el.ready;
    const names = all<HTMLButtonElement>(el, 'button').map((b) => b.getAttribute('aria-label') ?? accessibleText(b));
    expect(names).to.include('Fit all');
    expect(names.some((name) => name.startsWith('Lanes by'))).to.equal(false);
  });

  it('acts on the toolbar’s requests and keeps them from the page', async () => {
    const index = buildIndex({
      articles: [article('a1')],
      events: [timelineEvent('e1', { unsourced: true }), timelineEvent('e2', { date: '2024-10-25', unsourced: true })],
      texts: { a1: 'Text of a1.' },
    });
    const el = await fixture<StTimeline>(
      html`<st-timeline .index=${index} lanes="groups" style="width: 800px"></st-timeline>`,
    );
    await el.ready;
    const leaked = ['st-zoom', 'st-pan', 'st-fit', 'st-preset', 'st-lanes'].map((type) => record(document, type));
    const changed = nextEvent(el, 'st-window-change');
    named(el.shadowRoot!.querySelector('st-timeline-toolbar')!, 'Zoom in').click();
    await changed;
    named(el.shadowRoot!.querySelector('st-timeline-toolbar')!, 'Lanes by party').click();
    await el.updateComplete;
    expect(el.lanes).to.equal('single');
    expect(el.getAttribute('lanes')).to.equal('single');
    expect(leaked.flat()).to.have.length(0);
  });

  it('asks for the first-report ticks with "First reports", pressed while they are drawn', async () => {
    const el = await toolbar();
    const button = named(el, 'First reports');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    setTimeout(() => button.click());
    expect((await oneEvent(el, 'st-first-reports')).detail).to.equal(true);
    el.firstReports = true;
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    setTimeout(() => button.click());
    expect((await oneEvent(el, 'st-first-reports')).detail).to.equal(false);
  });
});
