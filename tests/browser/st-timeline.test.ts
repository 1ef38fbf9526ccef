import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { indexDataset, type DatasetIndex } from '../../src/data/dataset-index.js';
import type { StTimeline } from '../../src/timeline/st-timeline.js';
import '../../src/timeline/st-timeline.js';
import { loadIndex, nextEvent, until } from '../support/dataset.js';
import { accessibleText } from '../support/dom.js';

let index: DatasetIndex;
before(async () => {
  index = await loadIndex();
});

/** A timeline about as the page gives it on a desktop: 1280 px wide, the drawing 600 px high. */
async function timeline(data: DatasetIndex = index, selectedId?: string, lanes = 'groups'): Promise<StTimeline> {
  const el = await fixture<StTimeline>(
    html`<st-timeline
      .index=${data}
      .selectedId=${selectedId}
      lanes=${lanes}
      style="width: 1280px; --st-timeline-height: 600px"
    ></st-timeline>`,
  );
  await el.ready;
  return el;
}

const labels = (el: StTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.st-label')];
const label = (el: StTimeline, id: string) => labels(el).find((l) => l.dataset.id === id);
const button = (el: StTimeline, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === name,
  )!;
const canvas = (el: StTimeline) => el.shadowRoot!.querySelector<HTMLElement>('.canvas')!;
const windowWidth = (detail: { start: Date; end: Date }) => detail.end.getTime() - detail.start.getTime();

describe('st-timeline', () => {
  it('draws the October events, one content node per item, with vis-timeline CSS adopted', async () => {
    // One lane: vis-timeline draws only the lanes in view, and one lane is always in view.
    const el = await timeline(index, undefined, 'single');
    const contents = el.shadowRoot!.querySelectorAll('.vis-item-content');
    expect(contents.length).to.be.greaterThan(20);
    expect(label(el, 'syrsky-briefing-2024-10-25')).to.not.equal(undefined);
    // vis-timeline's own stylesheet positions the panels absolutely; without it, nothing lines up.
    const panel = el.shadowRoot!.querySelector('.vis-panel.vis-center')!;
    expect(getComputedStyle(panel).position).to.equal('absolute');
  });

  it('gives each item an accessible name with title, date and number of articles', async () => {
    const el = await timeline();
    const syrsky = label(el, 'syrsky-briefing-2024-10-25')!;
    expect(getComputedStyle(syrsky).visibility).to.equal('visible');
    expect(syrsky.getAttribute('role')).to.equal('button');
    // Named by its content, which starts with the visible title (label in name); the count badge is hidden.
    expect(syrsky.hasAttribute('aria-label')).to.equal(false);
    expect(accessibleText(syrsky)).to.equal(
      'Syrsky briefs Zelensky on North Korean troops. 25 October 2024. Happened. 1 article.',
    );
    expect(syrsky.querySelector('.st-count')!.textContent).to.equal('1');
  });

  it('draws exact days as points and approximate dates as fuzzy ranges', async () => {
    // Selected, so that it is drawn with its title however crowded its lane.
    const el = await timeline(index, 'nis-uniforms-fake-documents');
    await until(() => label(el, 'nis-uniforms-fake-documents') !== undefined, 'the selected range');
    const item = (id: string) => label(el, id)!.closest('.vis-item')!;
    expect(item('syrsky-briefing-2024-10-25').classList.contains('vis-point')).to.equal(true);
    expect(item('nis-uniforms-fake-documents').classList.contains('vis-range')).to.equal(true);
    expect(item('nis-uniforms-fake-documents').classList.contains('st-date-approximate')).to.equal(true);
    expect(getComputedStyle(item('nis-uniforms-fake-documents')).borderStyle).to.equal('dashed');
    expect(item('nk-first-units-expected-kursk-2024-10-23').classList.contains('st-status-expected')).to.equal(true);
  });

  it('has one lane per party, and a switch to a single lane', async () => {
    const el = await timeline();
    const lanes = () => [...el.shadowRoot!.querySelectorAll('.st-lane')].map((l) => l.textContent);
    expect(lanes()).to.deep.equal(['Ukraine', 'Russia', 'North Korea', 'South Korea', 'NATO, US and others']);
    button(el, 'Lanes by party').click();
    await until(() => lanes().length === 0, 'a single, unlabelled lane');
    expect(el.shadowRoot!.querySelectorAll('.vis-item-content').length).to.be.greaterThan(20);
    // The empty label column takes (almost) no width.
    expect(el.shadowRoot!.querySelector<HTMLElement>('.vis-panel.vis-left')!.offsetWidth).to.be.lessThan(24);
    expect(button(el, 'Lanes by party').getAttribute('aria-pressed')).to.equal('false');
  });

  it('selects an event on click', async () => {
    const el = await timeline();
    const selected = nextEvent(el, 'st-select');
    label(el, 'syrsky-briefing-2024-10-25')!.click();
    expect((await selected).detail.id).to.equal('syrsky-briefing-2024-10-25');
  });

  it('selects the focused event with Enter and with Space', async () => {
    const el = await timeline();
    for (const key of ['Enter', 'Space']) {
      label(el, 'zelensky-address-2024-10-17')!.focus();
      const selected = nextEvent(el, 'st-select');
      await sendKeys({ press: key });
      expect((await selected).detail.id).to.equal('zelensky-address-2024-10-17');
    }
  });

  it('moves between events in date order with the arrow keys, one tab stop among them', async () => {
    const el = await timeline();
    const ids = index.events.map((e) => e.id);
    const start = ids.indexOf('syrsky-briefing-2024-10-25');
    label(el, ids[start]!)!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => el.shadowRoot!.activeElement?.getAttribute('data-id') === ids[start + 1], 'next event focused');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => el.shadowRoot!.activeElement?.getAttribute('data-id') === ids[start - 1], 'previous event');
    expect(labels(el).filter((l) => l.tabIndex === 0)).to.have.length(1);
  });

  it('zooms with the + and − buttons and fits all', async () => {
    const el = await timeline();
    let changed = nextEvent(el, 'st-window-change');
    button(el, 'Zoom in').click();
    const zoomedIn = windowWidth((await changed).detail);
    changed = nextEvent(el, 'st-window-change');
    button(el, 'Zoom out').click();
    expect(windowWidth((await changed).detail)).to.be.greaterThan(zoomedIn);
    changed = nextEvent(el, 'st-window-change');
    button(el, 'Fit all').click();
    const all = (await changed).detail;
    expect(all.start.getTime()).to.be.lessThan(Date.UTC(2014, 11, 31));
  });

  it('pans with buttons and with the arrow keys on the canvas', async () => {
    const el = await timeline();
    let changed = nextEvent(el, 'st-window-change');
    button(el, 'Later').click();
    const later = (await changed).detail.start.getTime();
    expect(later).to.be.greaterThan(Date.UTC(2024, 8, 29));
    canvas(el).focus();
    changed = nextEvent(el, 'st-window-change');
    await sendKeys({ press: 'ArrowLeft' });
    expect((await changed).detail.start.getTime()).to.be.lessThan(later);
    changed = nextEvent(el, 'st-window-change');
    await sendKeys({ press: '+' });
    const zoomed = (await changed).detail;
    expect(windowWidth(zoomed)).to.be.lessThan(35 * 86_400_000);
  });

  it('reaches the June pact in one click: the window moves and the pact is selected', async () => {
    const el = await timeline();
    el.addEventListener('st-select', (e) => (el.selectedId = e.detail.id));
    expect(label(el, 'russia-nk-defence-pact-2024-06-18')).to.equal(undefined);
    const changed = nextEvent(el, 'st-window-change');
    const selected = nextEvent(el, 'st-select');
    button(el, 'June pact').click();
    expect((await selected).detail.id).to.equal('russia-nk-defence-pact-2024-06-18');
    expect((await changed).detail.start.getTime()).to.be.lessThan(Date.UTC(2024, 5, 18));
    await until(() => label(el, 'russia-nk-defence-pact-2024-06-18')?.isConnected === true, 'the pact drawn');
    const pact = label(el, 'russia-nk-defence-pact-2024-06-18')!.getBoundingClientRect();
    const view = el.shadowRoot!.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    expect(pact.top).to.be.within(view.top, view.bottom);
  });

  it('reveals a selected event outside the window', async () => {
    const el = await timeline(index, 'nk-arms-deliveries-begin-2022');
    await until(() => label(el, 'nk-arms-deliveries-begin-2022') !== undefined, 'the 2022 event');
    expect(label(el, 'nk-arms-deliveries-begin-2022')!.hasAttribute('aria-current')).to.equal(true);
  });

  it('draws only the events it is given, and moves between them alone', async () => {
    const budanov = index.events.filter((e) => e.actors.includes('budanov'));
    const el = await fixture<StTimeline>(
      html`<st-timeline .index=${index} .events=${budanov} lanes="single" style="width: 1000px"></st-timeline>`,
    );
    await el.ready;
    const drawn = () => labels(el).map((l) => l.dataset.id);
    expect(drawn().length).to.be.greaterThan(3);
    expect(drawn().every((id) => budanov.some((e) => e.id === id))).to.equal(true);
    const first = labels(el).find((l) => l.tabIndex === 0)!;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    const at = budanov.findIndex((e) => e.id === first.dataset.id);
    await until(
      () => el.shadowRoot!.activeElement?.getAttribute('data-id') === budanov[at + 1]!.id,
      'next Budanov event',
    );
  });

  it('starts on a given window instead of the dataset’s', async () => {
    const start = new Date(Date.UTC(2024, 5, 10));
    const end = new Date(Date.UTC(2024, 5, 30));
    const el = await fixture<StTimeline>(
      html`<st-timeline .index=${index} .startWindow=${{ start, end }} lanes="single"></st-timeline>`,
    );
    await el.ready;
    expect(label(el, 'russia-nk-defence-pact-2024-06-18')?.isConnected).to.equal(true);
    expect(label(el, 'syrsky-briefing-2024-10-25')).to.equal(undefined);
  });

  it('draws again when moved in the document after its timeline was destroyed', async () => {
    const el = await timeline();
    const parent = el.parentElement!;
    el.remove();
    // vis-timeline is destroyed a moment after the element leaves (vis-timeline-controller.ts says why).
    await until(() => el.shadowRoot!.querySelector('.vis-timeline') === null, 'the timeline to be destroyed');
    parent.append(el);
    await until(() => label(el, 'syrsky-briefing-2024-10-25')?.isConnected === true, 'items drawn again');
  });

  it('is ready again only once the new vis-timeline instance has drawn, after leaving the document and coming back', async () => {
    const el = await timeline(index, undefined, 'single');
    const parent = el.parentElement!;
    el.remove();
    await until(() => el.shadowRoot!.querySelector('.vis-timeline') === null, 'the instance destroyed');
    parent.append(el);
    await el.ready;
    expect(el.shadowRoot!.querySelector('.vis-host')!.classList.contains('drawn')).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('.vis-item-content').length).to.be.greaterThan(20);
    expect(label(el, 'syrsky-briefing-2024-10-25')?.isConnected).to.equal(true);
  });

  it('never turns data strings into HTML', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const dataset = structuredClone(index.dataset);
    dataset.events[0]!.title = payload;
    const hostile = indexDataset(dataset, index.texts);
    const el = await timeline(hostile, dataset.events[0]!.id);
    await until(() => label(el, dataset.events[0]!.id) !== undefined, 'the hostile item');
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(label(el, dataset.events[0]!.id)!.textContent).to.contain(payload);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('st-timeline announcements', () => {
  it('announces a new selection politely and briefly, and points to the list as the text version', async () => {
    const index = await loadIndex();
    const el = await fixture<StTimeline>(html`<st-timeline .index=${index} .events=${index.events}></st-timeline>`);
    await el.ready;
    const status = el.shadowRoot!.querySelector('.visually-hidden[role="status"]')!;
    expect(status.textContent.trim()).to.equal('');
    el.selectedId = 'syrsky-briefing-2024-10-25';
    await el.updateComplete;
    expect(status.textContent.trim()).to.equal('Selected: Syrsky briefs Zelensky on North Korean troops');
    expect(el.shadowRoot!.querySelector('#timeline-help')!.textContent).to.contain(
      'The List view gives the same events',
    );
    // The keys the canvas answers are announced with it, as the overview strip's are.
    const keys = el.shadowRoot!.querySelector('.canvas')!.getAttribute('aria-keyshortcuts')!.split(' ');
    expect(keys).to.include.members(['ArrowLeft', 'ArrowRight', '+', '-', 'Home', 'End', 'Enter']);
  });
});
