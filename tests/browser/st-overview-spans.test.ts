// <st-overview> on a dataset of seventy years before the common era: bins, labels and keys in years, not weeks.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/st-overview.js';
import type { StOverview } from '../../src/components/st-overview.js';
import type { DatasetIndex } from '../../src/data/dataset-index.js';
import type { TimeWindow } from '../../src/data/dates.js';
import { loadIndex, until } from '../support/dataset.js';
import { all, one, record, text } from '../support/dom.js';

let index: DatasetIndex;
before(async () => {
  index = await loadIndex('/data/examples/persian-wars/events.json');
});

/** 1 January of an astronomical year: year -480 is 481 BCE. */
function yearStart(year: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return date;
}

/** 481 to 479 BCE: Xerxes's invasion. */
const INVASION: TimeWindow = { start: yearStart(-480), end: yearStart(-478) };

/** `<st-overview>` at `width` px with the Persian wars, showing `window` (null: none). */
async function overview(width: number, window: TimeWindow | null = INVASION): Promise<StOverview> {
  const el = await fixture<StOverview>(
    html`<st-overview .index=${index} .window=${window ?? undefined} style=${`width: ${width}px`}></st-overview>`,
  );
  // Groups with a start date are the bins, whatever their unit.
  await until(() => all(el, '[data-start]').length > 0, 'the bars');
  return el;
}

const labels = (el: StOverview) => all<SVGTextElement>(el, '.x-axis text, .earlier text');
const boxes = (el: StOverview) => labels(el).map((t) => ({ text: text(t), box: t.getBoundingClientRect() }));
const selection = (el: StOverview) => one(el, '.selection').getBoundingClientRect();

describe('st-overview over seventy years BCE', () => {
  it('is accessible', async () => {
    await expect(await overview(800)).to.be.accessible();
  });

  for (const width of [800, 375]) {
    it(`draws readable bars, one per year, at ${width} px`, async () => {
      const el = await overview(width);
      const bins = all(el, '[data-start]');
      expect(bins.length).to.be.within(12, 120);
      const drawn = all<SVGRectElement>(el, '[data-start] rect').filter((r) => {
        const box = r.getBoundingClientRect();
        return box.height > 0 && box.width >= 1;
      });
      expect(drawn.length).to.be.greaterThan(5);
    });

    it(`labels the axis with years BCE, never negative years, without overlaps, at ${width} px`, async () => {
      const el = await overview(width);
      const shown = boxes(el);
      expect(shown.length).to.be.at.least(3);
      for (const { text: label } of shown) {
        expect(label).not.to.match(/-\d/);
        expect(label).to.match(/BCE$/);
      }
      const chart = one(el, 'svg').getBoundingClientRect();
      for (const [i, a] of shown.entries()) {
        expect(a.box.left, `"${a.text}" inside the strip`).to.be.at.least(chart.left - 0.5);
        expect(a.box.right, `"${a.text}" inside the strip`).to.be.at.most(chart.right + 0.5);
        for (const b of shown.slice(i + 1)) {
          const apart =
            a.box.right <= b.box.left ||
            b.box.right <= a.box.left ||
            a.box.bottom <= b.box.top ||
            b.box.bottom <= a.box.top;
          expect(apart, `"${a.text}" and "${b.text}" overlap`).to.equal(true);
        }
      }
    });
  }

  it('names the unit in the help line, the group and the summary', async () => {
    const el = await overview(800);
    expect(text(one(el, '#keys'))).to.equal(
      'Drag or click to choose the years shown. Keys on the strip: ← → move a year, + − narrow or widen.',
    );
    expect(one(el, '.strip').getAttribute('aria-label')).to.equal('Overview: events per year');
    const summary = one(el, 'svg').getAttribute('aria-label') ?? '';
    expect(summary).to.match(/^Event density, 499 to 430 BCE: 25 events, busiest year \d+ BCE with \d+ events/);
    expect(summary).not.to.match(/-\d/);
  });

  it('a click without a window chooses a year around the clicked day', async () => {
    const el = await overview(800, null);
    const seen = record<TimeWindow>(el, 'st-window-request');
    const bar = all(el, '[data-start]').find((g) => g.dataset.start === yearStart(-479).toISOString());
    const box = (bar?.querySelector('rect') as SVGRectElement).getBoundingClientRect();
    const y = Math.round(one(el, '.overlay').getBoundingClientRect().top + 20);
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), y] });
    await resetMouse();
    expect(seen).to.have.length(1);
    const { start, end } = seen[0]!.detail;
    expect((end.getTime() - start.getTime()) / 86_400_000).to.be.within(365, 366);
    // Mid-480 BCE, give or take the width of a pixel (about 33 days here).
    const middle = (start.getTime() + end.getTime()) / 2;
    expect(Math.abs(middle - yearStart(-479).getTime() - 182.5 * 86_400_000)).to.be.below(40 * 86_400_000);
  });

  it('← → move the brush by a year and request the window; + − narrow and widen it, never under a year', async () => {
    const el = await overview(800);
    const seen = record<TimeWindow>(el, 'st-window-request');
    const before = selection(el);
    one(el, '.strip').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(seen).to.have.length(1);
    expect(seen[0]!.detail.start.toISOString()).to.equal(yearStart(-479).toISOString());
    expect(seen[0]!.detail.end.toISOString()).to.equal(yearStart(-477).toISOString());
    // The brush moves by one bar: seventy years over the strip's 784 px.
    const after = selection(el);
    expect(after.left - before.left).to.be.closeTo(784 / 70, 1.5);
    expect(after.width).to.be.closeTo(before.width, 1);
    await sendKeys({ press: 'ArrowLeft' });
    expect(seen[1]!.detail.start.toISOString()).to.equal(yearStart(-480).toISOString());
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    const narrowest = seen.at(-1)!.detail;
    expect(narrowest.end.getTime() - narrowest.start.getTime()).to.be.at.least(365 * 86_400_000);
    await sendKeys({ press: '-' });
    const wider = seen.at(-1)!.detail;
    expect(wider.end.getTime() - wider.start.getTime()).to.be.greaterThan(
      narrowest.end.getTime() - narrowest.start.getTime(),
    );
  });
});
