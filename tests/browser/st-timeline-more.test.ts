// "+N more": where a lane has no room for every title, a marker gathers the rest where they are; it is a button that
// opens the list of its events (click, Enter, Space), each entry selecting its event; Esc, or a click outside on
// nothing focusable, closes the list and gives focus back to the marker.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StTimeline } from '../../src/timeline/st-timeline.js';
import '../../src/timeline/st-timeline.js';
import { article, buildIndex, timelineEvent } from '../support/build-index.js';
import { nextEvent, until } from '../support/dataset.js';
import { accessibleText } from '../support/dom.js';

/** Twelve events on one day in one lane: more than two rows of a low drawing can title. */
const crowded = buildIndex({
  articles: [article('a1')],
  events: Array.from({ length: 12 }, (_, i) =>
    timelineEvent(`e${String(i).padStart(2, '0')}`, {
      title: `Crowded event number ${i + 1}`,
      date: '2024-10-22',
      unsourced: true,
    }),
  ),
  texts: { a1: 'Text of a1.' },
});

async function timeline(): Promise<StTimeline> {
  const el = await fixture<StTimeline>(
    html`<st-timeline .index=${crowded} style="width: 900px; --st-timeline-height: 12rem"></st-timeline>`,
  );
  await el.ready;
  await until(() => markers(el).length > 0, 'a marker');
  return el;
}

const root = (el: StTimeline) => el.shadowRoot!;
const markers = (el: StTimeline) => [...root(el).querySelectorAll<HTMLElement>('.st-more-label')];
const labels = (el: StTimeline) => [...root(el).querySelectorAll<HTMLElement>('.st-label')];
const popup = (el: StTimeline) => root(el).querySelector<HTMLElement>('.more-popup');
const entries = (el: StTimeline) => [...(popup(el)?.querySelectorAll<HTMLButtonElement>('li button') ?? [])];
const active = (el: StTimeline) => root(el).activeElement;

describe('st-timeline "+N more"', () => {
  it('titles what fits and gathers the rest into one marker, named with its count, period and lane', async () => {
    const el = await timeline();
    const [marker] = markers(el);
    const titled = labels(el).length;
    expect(titled).to.be.greaterThan(0);
    expect(markers(el)).to.have.length(1);
    expect(marker!.getAttribute('role')).to.equal('button');
    expect(marker!.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(marker!.getAttribute('aria-expanded')).to.equal('false');
    expect(marker!.getAttribute('aria-label')).to.equal(`${12 - titled} more events, 22 October 2024, Ukraine`);
    expect(marker!.textContent).to.equal(`+${12 - titled} more`);
    // One tab stop among the titles, one among the markers.
    expect(labels(el).filter((l) => l.tabIndex === 0)).to.have.length(1);
    expect(marker!.tabIndex).to.equal(0);
  });

  it('opens the list of its events on click; an entry selects its event, which is then titled and focused', async () => {
    const el = await timeline();
    const marker = markers(el)[0]!;
    marker.click();
    await until(() => popup(el) !== null, 'the list');
    expect(popup(el)!.getAttribute('role')).to.equal('dialog');
    expect(accessibleText(root(el).querySelector('#more-heading')!)).to.equal(marker.getAttribute('aria-label'));
    expect(marker.getAttribute('aria-expanded')).to.equal('true');
    const titled = new Set(labels(el).map((l) => l.dataset.id));
    const listed = entries(el).map((entry) => accessibleText(entry));
    expect(listed).to.have.length(12 - titled.size);
    expect(listed.every((text) => /^22 Oct 2024 Crowded event number \d+$/.test(text))).to.equal(true);
    await expect(el).to.be.accessible();
    const id = crowded.events.find((event) => !titled.has(event.id))!.id;
    const chosen = entries(el).find((entry) => accessibleText(entry).endsWith(crowded.event.get(id)!.title))!;
    const selected = nextEvent(el, 'st-select');
    chosen.click();
    expect((await selected).detail.id).to.equal(id);
    expect(popup(el)).to.equal(null);
    await until(() => active(el)?.getAttribute('data-id') === id, 'the chosen event titled and focused');
  });

  it('opens with Enter and with Space, moves with the arrow keys, and Esc gives focus back to the marker', async () => {
    const el = await timeline();
    for (const key of ['Enter', 'Space']) {
      const marker = markers(el)[0]!;
      marker.focus();
      await sendKeys({ press: key });
      await until(() => popup(el) !== null, `the list opened with ${key}`);
      await until(() => active(el) === entries(el)[0], 'focus on the first entry');
      await sendKeys({ press: 'ArrowDown' });
      expect(active(el)).to.equal(entries(el)[1]);
      await sendKeys({ press: 'Escape' });
      await until(() => popup(el) === null, 'the list closed');
      expect(active(el)).to.equal(marker);
      expect(marker.getAttribute('aria-expanded')).to.equal('false');
    }
  });

  it('selects with Enter on an entry, and closes when Tab leaves the list', async () => {
    const el = await timeline();
    markers(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => active(el) === entries(el)[0], 'focus on the first entry');
    const selected = nextEvent(el, 'st-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.match(/^e\d\d$/);
    await until(() => popup(el) === null, 'closed after choosing');

    markers(el)[0]!.focus();
    await sendKeys({ press: 'Space' });
    await until(() => active(el) === entries(el)[0], 'open again');
    for (let i = 0; i < entries(el).length; i++) await sendKeys({ press: 'Tab' });
    await until(() => popup(el) === null, 'closed when Tab left it');
  });

  it('closes on a click outside it, focus going back to the marker', async () => {
    const el = await timeline();
    const marker = markers(el)[0]!;
    marker.click();
    await until(() => popup(el) !== null, 'the list');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await until(() => popup(el) === null, 'closed');
    expect(active(el)).to.equal(marker);
  });

  it('lists the events of a marker with their dates, and leaves the drawing to the canvas keys', async () => {
    const el = await timeline();
    const marker = markers(el)[0]!;
    marker.click();
    await until(() => popup(el) !== null, 'the list');
    // The list is beside the canvas, not in it: the arrow keys move in the list and never pan the timeline.
    const canvas = root(el).querySelector('.canvas')!;
    expect(canvas.contains(popup(el))).to.equal(false);
    let panned = false;
    el.addEventListener('st-window-change', () => (panned = true));
    entries(el)[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowRight' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(panned).to.equal(false);
    expect(popup(el)).to.not.equal(null);
  });
});
