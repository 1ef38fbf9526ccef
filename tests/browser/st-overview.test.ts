import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/st-overview.js';
import type { StOverview } from '../../src/components/st-overview.js';
import type { DatasetIndex } from '../../src/data/dataset-index.js';
import type { TimeWindow } from '../../src/data/dates.js';
import type { TimeWindow as WindowRequestDetail } from '../../src/data/dates.js';
import { loadIndex, until } from '../support/dataset.js';
import { all, describeElement, focused, one, record, text } from '../support/dom.js';

let index: DatasetIndex;
before(async () => {
  index = await loadIndex();
});
afterEach(async () => {
  await resetMouse();
});

const DAY = 86_400_000;
const OCTOBER: TimeWindow = { start: new Date('2024-10-14T00:00:00Z'), end: new Date('2024-10-28T00:00:00Z') };

/** `<st-overview>` at `width` px showing `window` (null: none; undefined would take the default). */
async function overview(width = 800, window: TimeWindow | null = OCTOBER): Promise<StOverview> {
  const el = await fixture<StOverview>(
    html`<st-overview .index=${index} .window=${window ?? undefined} style=${`width: ${width}px`}></st-overview>`,
  );
  await until(() => all(el, '.week').length > 0, 'the weekly bars');
  return el;
}

const svg = (el: StOverview) => one(el, 'svg') as unknown as SVGSVGElement;
const selection = (el: StOverview) => one(el, '.selection').getBoundingClientRect();
const iso = (d: Date) => d.toISOString().slice(0, 10);
const days = (w: WindowRequestDetail) => (w.end.getTime() - w.start.getTime()) / DAY;

/** Viewport x of a date on the strip, from the week bars (each bar starts half a pixel after its Monday). */
function xOf(el: StOverview, monday: string): number {
  const bar = all(el, '.week').find((g) => g.dataset.start?.startsWith(monday));
  if (!bar) throw new Error(`no week ${monday}`);
  return (bar.querySelector('.dated') as SVGRectElement).getBoundingClientRect().left - 0.5;
}

describe('st-overview', () => {
  it('is accessible', async () => {
    await expect(await overview()).to.be.accessible();
  });

  it('draws a bar per week at the width of the element, and draws again when resized', async () => {
    const el = await overview();
    expect(svg(el).getAttribute('width')).to.equal('800');
    expect(all(el, '.week')).to.have.length(27);
    const busiest = all(el, '.week').reduce((a, b) => (Number(b.dataset.dated) > Number(a.dataset.dated) ? b : a));
    expect(busiest.dataset.start).to.equal('2024-10-21T00:00:00.000Z');
    expect(svg(el).getAttribute('aria-label')).to.match(
      /^Event density, June to November 2024: 42 events, busiest week 21–27 Oct/,
    );
    el.style.width = '375px';
    await until(() => svg(el).getAttribute('width') === '375', 'a redraw at 375 px');
    expect(all(el, '.week')).to.have.length(27);
  });

  it('dragging the brush fires st-window-request with the brushed window, in whole days', async () => {
    const el = await overview(800, null);
    const seen = record<WindowRequestDetail>(el, 'st-window-request');
    const y = Math.round(one(el, '.overlay').getBoundingClientRect().top + 20);
    await sendMouse({ type: 'move', position: [Math.round(xOf(el, '2024-09-02')), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(xOf(el, '2024-09-30')), y] });
    await sendMouse({ type: 'up' });
    expect(seen).to.have.length(1);
    const { start, end } = seen[0]!.detail;
    expect([iso(start), iso(end)]).to.deep.equal(['2024-09-02', '2024-09-30']);
    expect(start.getTime() % DAY).to.equal(0);
  });

  it('a click on the strip centres the window on the clicked day, keeping its length', async () => {
    const el = await overview();
    const seen = record<WindowRequestDetail>(el, 'st-window-request');
    const y = Math.round(one(el, '.overlay').getBoundingClientRect().top + 20);
    // Midday of Wednesday 24 July.
    const x = Math.round(xOf(el, '2024-07-22') + 2.5 * ((xOf(el, '2024-07-29') - xOf(el, '2024-07-22')) / 7));
    await sendMouse({ type: 'click', position: [x, y] });
    expect(seen).to.have.length(1);
    expect(days(seen[0]!.detail)).to.equal(14);
    expect(iso(seen[0]!.detail.start)).to.equal('2024-07-17');
  });

  it('← → move the window by a week, + and − narrow and widen it, on the focused strip', async () => {
    const el = await overview();
    const seen = record<WindowRequestDetail>(el, 'st-window-request');
    const strip = one(el, '.strip');
    strip.focus();
    expect(focused()).to.equal(describeElement(strip));
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: '-' });
    await sendKeys({ press: '+' });
    expect(seen.map((e) => `${iso(e.detail.start)}/${iso(e.detail.end)}`)).to.deep.equal([
      '2024-10-21/2024-11-04',
      '2024-10-14/2024-10-28',
      '2024-10-07/2024-10-21',
      '2024-09-30/2024-10-28',
      '2024-10-07/2024-10-21',
    ]);
    // The brush follows the keys even before the window comes back down.
    expect(Math.round(selection(el).left)).to.equal(Math.round(xOf(el, '2024-10-07')));
    expect(getComputedStyle(strip).outlineStyle).to.equal('solid');
  });

  it('Home and End move the window to either end of the strip, keeping its length', async () => {
    const el = await overview();
    const seen = record<WindowRequestDetail>(el, 'st-window-request');
    one(el, '.strip').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Home' });
    expect(seen.map((e) => `${iso(e.detail.start)}/${iso(e.detail.end)}`)).to.deep.equal([
      '2024-11-18/2024-12-02',
      '2024-05-27/2024-06-10',
    ]);
  });

  it('says which keys work and what the window is', async () => {
    const el = await overview();
    const strip = one(el, '.strip');
    const described = (strip.getAttribute('aria-describedby') ?? '').split(' ').map((id) => one(el, `#${id}`));
    const description = described.map((d) => d.textContent.trim()).join(' ');
    expect(description).to.contain('Window: 14 – 27 Oct 2024.');
    // The curated dataset is one autumn: its strip counts weeks, and says so as it always has.
    expect(text(one(el, '#keys'))).to.equal(
      'Drag or click to choose the weeks shown. Keys on the strip: ← → move a week, + − narrow or widen.',
    );
    expect(strip.getAttribute('aria-label')).to.equal('Overview: events per week');
    expect(strip.getAttribute('aria-keyshortcuts')).to.contain('ArrowLeft');
  });

  it('setting window moves the brush without firing st-window-request', async () => {
    const el = await overview();
    const seen = record(el, 'st-window-request');
    const before = selection(el).left;
    el.window = { start: new Date('2024-08-05T00:00:00Z'), end: new Date('2024-08-19T00:00:00Z') };
    await el.updateComplete;
    expect(Math.round(selection(el).left)).to.equal(Math.round(xOf(el, '2024-08-05')));
    expect(selection(el).left).to.be.lessThan(before);
    el.window = undefined;
    await el.updateComplete;
    expect(getComputedStyle(one(el, '.selection')).display).to.equal('none');
    expect(seen).to.have.length(0);
  });

  it('counts only the events given, on the scale of the whole dataset', async () => {
    const el = await overview();
    el.events = index.events.filter((e) => e.date.startsWith('2024-06'));
    await el.updateComplete;
    expect(all(el, '.week')).to.have.length(27);
    expect(all(el, '.week').reduce((n, w) => n + Number(w.dataset.dated), 0)).to.equal(1);
    expect(all(el, '.earlier-event')).to.have.length(0);
    expect(all(el, '.earlier-label')).to.have.length(1);
  });
});
