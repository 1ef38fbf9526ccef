import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/st-claims-view.js';
import type { StClaimsView } from '../../src/components/st-claims-view.js';
import type { DatasetIndex } from '../../src/data/dataset-index.js';
import type { TimelineEvent } from '../../src/data/types.js';
import type { OpenArticleDetail, SelectDetail } from '../../src/events.js';
import { loadIndex, until } from '../support/dataset.js';
import {
  accessibleText,
  all,
  button,
  claimId,
  clickLink,
  describeElement,
  focused,
  one,
  record,
  text,
} from '../support/dom.js';

let index: DatasetIndex;
before(async () => {
  index = await loadIndex();
});
afterEach(async () => {
  await resetMouse();
  await setViewport({ width: 800, height: 600 });
});

async function view(events?: readonly TimelineEvent[]): Promise<StClaimsView> {
  const el = await fixture<StClaimsView>(html`<st-claims-view .index=${index} .events=${events}></st-claims-view>`);
  if (index.dataset.claims.some((c) => !events || events.some((e) => e.id === c.event))) {
    await until(() => all(el, 'a.claim').length > 0, 'the claim marks');
  }
  return el;
}

const marks = (el: StClaimsView) => all<SVGAElement>(el, 'a.claim');
const mark = (el: StClaimsView, id: string) => {
  const found = marks(el).find((a) => claimId(a) === id);
  if (!found) throw new Error(`no mark for claim ${id}`);
  return found;
};
/** The full wording of a mark, its accessible description. */
const description = (a: Element) => text(a.querySelector('desc'));
const centre = (a: Element): [number, number] => {
  const box = a.querySelector('.mark')!.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
};
const intersects = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('st-claims-view', () => {
  it('is accessible, with the chart and when filters leave no claims', async () => {
    await expect(await view()).to.be.accessible();
    await expect(await view(index.events.filter((e) => !index.claimsByEvent.has(e.id)).slice(0, 3))).to.be.accessible();
  });

  it('draws every troop-number claim, each with its value and its claimant’s name', async () => {
    const el = await view();
    expect(text(one(el, 'h2'))).to.equal('Claims in numbers');
    const expected: [string, string][] = [
      ['about 10,000 soldiers', 'Volodymyr Zelensky'],
      ['11,000 soldiers', 'Kyrylo Budanov'],
      ['12,000 soldiers', 'National Intelligence Service (NIS)'],
      ['about 12,000 soldiers', 'Main Directorate of Intelligence (HUR)'],
      ['about 2,600 soldiers', 'Kyrylo Budanov'],
      ['2,600 soldiers', 'Main Directorate of Intelligence (HUR)'],
      ['1,500 soldiers', 'National Intelligence Service (NIS)'],
      ['about 1,500 soldiers', 'National Intelligence Service (NIS)'],
      ['up to 3,000 soldiers', 'Main Directorate of Intelligence (HUR)'],
    ];
    for (const [value, claimant] of expected) {
      const found = marks(el).filter((a) => description(a).startsWith(`${value}, claimed by ${claimant},`));
      expect(found.length, `${value} by ${claimant}`).to.be.greaterThan(0);
    }
    expect(marks(el)).to.have.length(21);
    // The visible label says the same in short.
    expect(text(mark(el, 'zelensky-10000-soldiers').querySelector('.label'))).to.equal(
      'about 10,000 · Zelensky · 17 Oct',
    );
  });

  it('clicking a mark fires st-select for its event and shows its quote, word for word', async () => {
    const el = await view();
    const seen = record<SelectDetail>(el, 'st-select');
    const before = location.href;
    await sendMouse({ type: 'click', position: centre(mark(el, 'budanov-11000-infantry')) });
    expect(seen.map((e) => e.detail)).to.deep.equal([{ id: 'budanov-11000-in-training-2024-10-17' }]);
    await el.updateComplete;
    const claim = index.dataset.claims.find((c) => c.id === 'budanov-11000-infantry')!;
    expect(text(one(el, '.claim-details blockquote'))).to.equal(claim.source.quote!.replace(/\s+/g, ' ').trim());
    expect(mark(el, 'budanov-11000-infantry').getAttribute('aria-current')).to.equal('true');
    expect(location.href, 'no navigation').to.equal(before);
  });

  it('Enter on a focused mark fires st-select once, and keeps the focus on the mark', async () => {
    const el = await view();
    const seen = record<SelectDetail>(el, 'st-select');
    const target = mark(el, 'nis-1500-special-forces-000');
    target.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Space' });
    expect(seen.map((e) => e.detail.id)).to.deep.equal([
      'nis-nk-deployment-2024-10-18',
      'nis-nk-deployment-2024-10-18',
    ]);
    expect(focused()).to.equal(describeElement(target));
  });

  it('"Show in article" fires st-open-article with the chosen claim’s article and quote', async () => {
    const el = await view();
    mark(el, 'hur-buryat-battalion-3000').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await el.updateComplete;
    const show = button(el, 'Show in article');
    expect(accessibleText(show)).to.match(/^Show in article: \S/);
    const opened = oneEvent(el, 'st-open-article');
    show.click();
    const claim = index.dataset.claims.find((c) => c.id === 'hur-buryat-battalion-3000')!;
    expect((await opened).detail).to.deep.equal({
      article: claim.source.article,
      quote: claim.source.quote,
    } satisfies OpenArticleDetail);
  });

  it('names each disagreement, with links to its events that fire st-select', async () => {
    const el = await view();
    expect(text(all(el, 'h3').find((h) => text(h).startsWith('Where')))).to.equal('Where the articles disagree');
    expect(all(el, '.disagreements h4').map(text)).to.deep.equal(index.dataset.disagreements.map((d) => d.topic));
    const link = all(el, '.disagreements a')[0]!;
    const id = new URLSearchParams(link.getAttribute('href')!).get('event');
    const selected = oneEvent(el, 'st-select');
    expect(clickLink(link), 'navigation prevented').to.equal(true);
    expect((await selected).detail).to.deep.equal({ id });
  });

  it('shows only the claims and disagreements of the events given', async () => {
    const el = await view(index.events.filter((e) => e.id === 'hur-12000-estimate'));
    expect(marks(el).map((a) => claimId(a))).to.deep.equal(['hur-12000-troops', 'hur-500-officers', 'hur-3-generals']);
    expect(all(el, '.disagreements h4').map(text)).to.deep.equal([
      'How many North Korean troops',
      'Who made the 12,000 and 2,600 claims',
    ]);
  });

  it('says so when the filters leave no numeric claims', async () => {
    const el = await view(index.events.filter((e) => !index.claimsByEvent.has(e.id)).slice(0, 3));
    expect(text(one(el, '.empty'))).to.equal(
      'No numeric claims among the 3 events shown. Clear filters to see all 21.',
    );
    expect(all(el, 'svg.st-claims')).to.have.length(0);
  });

  it('at 375 px, no label overlaps another and nothing overflows to the side', async () => {
    await setViewport({ width: 375, height: 800 });
    const el = await view();
    await until(() => Number(one(el, 'svg.st-claims').getAttribute('width')) <= 375, 'a chart at phone width');
    const labels = all(el, '.label, .row-title, .tick-label').map((t) => t.getBoundingClientRect());
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(intersects(a, b), 'two texts overlap').to.equal(false);
    }
    const host = el.getBoundingClientRect();
    for (const t of all(el, 'text')) {
      const box = t.getBoundingClientRect();
      expect(box.left, t.textContent).to.be.at.least(host.left - 0.5);
      expect(box.right, t.textContent).to.be.at.most(host.right + 0.5);
    }
    for (const size of all(el, 'text, tspan').map((t) => parseFloat(getComputedStyle(t).fontSize))) {
      expect(size).to.be.at.least(11);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(375);
  });
});
