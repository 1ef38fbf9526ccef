import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/st-handout.js';
import type { StHandout } from '../../src/components/st-handout.js';
import { eventDateText, type DatasetIndex } from '../../src/data/dataset-index.js';
import { EMPTY_FILTERS, applyFilters, type FilterState } from '../../src/data/filters.js';
import { statusText } from '../../src/data/labels.js';
import type { TimelineEvent } from '../../src/data/types.js';
import { HOSTILE, article, buildIndex, timelineEvent } from '../support/build-index.js';
import { loadIndex } from '../support/dataset.js';
import { all, one, text } from '../support/dom.js';

/** Text with runs of white space made single spaces, as `text` reads the page. */
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

let index: DatasetIndex;
before(async () => {
  index = await loadIndex();
});

async function handout(
  events: readonly TimelineEvent[] = index.events,
  filters: FilterState = EMPTY_FILTERS,
  data: DatasetIndex = index,
): Promise<StHandout> {
  return fixture<StHandout>(html`<st-handout .index=${data} .events=${events} .filters=${filters}></st-handout>`);
}

describe('st-handout', () => {
  it('is accessible', async () => {
    await expect(await handout()).to.be.accessible();
  });

  it('renders nothing without a dataset', async () => {
    const el = await fixture<StHandout>(html`<st-handout></st-handout>`);
    expect(text(el.shadowRoot)).to.equal('');
  });

  it('opens with the title, the description and how many events it holds, unfiltered', async () => {
    const el = await handout();
    expect(text(one(el, 'h1'))).to.equal(index.dataset.title);
    expect(text(one(el, '.description'))).to.equal(index.dataset.description);
    expect(text(one(el, '.scope'))).to.equal(`All ${index.events.length} events, in date order.`);
  });

  it('prints every event in date order with its date, basis, status, summary and every excerpt with its source', async () => {
    const el = await handout();
    const printed = all(el, 'article.event');
    expect(printed.map((a) => text(a.querySelector('h3')))).to.deep.equal(index.events.map((e) => e.title));
    index.events.forEach((event, position) => {
      const entry = printed[position]!;
      const when = text(entry.querySelector('.when'));
      const expected = `${eventDateText(index, event, 'long')} · ${statusText(event.status).label} (${statusText(event.status).meaning})`;
      expect(when.startsWith(expected), `${event.id}: ${when}`).to.equal(true);
      expect(text(entry.querySelector('.basis')), event.id).to.equal(`Date basis: ${event.dateBasis}`);
      expect(text(entry.querySelector('.summary')), event.id).to.equal(event.summary);
      const excerpts = [...entry.querySelectorAll('figure')];
      expect(excerpts.length, event.id).to.equal(event.sources.length);
      event.sources.forEach((source, i) => {
        expect(text(excerpts[i]!.querySelector('blockquote')), event.id).to.equal(squash(source.quote!));
        expect(text(excerpts[i]!.querySelector('cite')), event.id).to.equal(index.article.get(source.article)!.title);
      });
    });
  });

  it('gives dates with their qualifiers and statuses in words', async () => {
    const el = await handout();
    const whenOf = (id: string) => {
      const position = index.events.findIndex((e) => e.id === id);
      return text(all(el, 'article.event')[position]!.querySelector('.when'));
    };
    expect(whenOf('syrsky-briefing-2024-10-25')).to.equal(
      '25 October 2024 · Happened (reported as having taken place)',
    );
    const forecast = index.events.find((e) => e.status === 'expected')!;
    expect(whenOf(forecast.id)).to.contain('(expected, not yet happened when reported)');
    const approximate = index.events.find((e) => e.date.endsWith('~'))!;
    expect(whenOf(approximate.id)).to.match(/^about /);
  });

  it('lists every article with its outlet and publication date', async () => {
    const el = await handout();
    const items = all(el, '.articles li');
    expect(items.map((li) => text(li.querySelector('cite')))).to.deep.equal(index.dataset.articles.map((a) => a.title));
    index.dataset.articles.forEach((a, i) => {
      expect(text(items[i]), a.id).to.contain(a.outlet ?? 'Outlet not named');
      expect(text(items[i]), a.id).to.contain('published');
    });
  });

  it('has nothing to click or fill in', async () => {
    const el = await handout();
    expect(all(el, 'button, input, select, textarea, a, [tabindex], [contenteditable]')).to.have.length(0);
  });

  it('says that it is filtered, and by what, and prints only the events given', async () => {
    const filters: FilterState = { ...EMPTY_FILTERS, statuses: ['expected'], query: 'Budanov' };
    const events = applyFilters(index, filters);
    expect(events.length).to.be.within(1, index.events.length - 1);
    const el = await handout(events, filters);
    expect(text(one(el, '.scope'))).to.equal(
      `${events.length} of ${index.events.length} events, in date order. Filtered by status: Forecast; search: “Budanov”.`,
    );
    expect(all(el, 'article.event h3').map((h) => text(h))).to.deep.equal(events.map((e) => e.title));
    // Every article is still listed: the list is the handout's bibliography.
    expect(all(el, '.articles li')).to.have.length(index.dataset.articles.length);
  });

  it('says when no event matches', async () => {
    const el = await handout([], { ...EMPTY_FILTERS, query: 'nothing-matches-this' });
    expect(all(el, 'article.event')).to.have.length(0);
    expect(text(one(el, 'section'))).to.contain('No event matches the filters.');
  });

  it('prints data as text, and only web addresses, as text', async () => {
    const hostile = buildIndex({
      articles: [
        article('web', { title: HOSTILE, url: 'https://example.org/story' }),
        article('script', { title: 'Scripted', url: 'javascript:alert(1)', outlet: HOSTILE }),
      ],
      texts: { web: `He said ${HOSTILE} today.`, script: 'Nothing.' },
      events: [timelineEvent('e', { title: HOSTILE, summary: HOSTILE, sources: [{ article: 'web', quote: HOSTILE }] })],
    });
    const el = await handout(hostile.events, EMPTY_FILTERS, hostile);
    expect(all(el, 'img')).to.have.length(0);
    expect(text(one(el, 'h3'))).to.equal(HOSTILE);
    expect(text(one(el, 'blockquote'))).to.equal(HOSTILE);
    const [web, script] = all(el, '.articles li');
    expect(text(web!.querySelector('.url'))).to.equal('https://example.org/story');
    expect(script!.querySelector('.url')).to.equal(null);
    expect(text(el.shadowRoot)).not.to.contain('javascript:');
  });
});

describe('st-handout with thousands of events', () => {
  it('draws long handouts only when printing, and all of them then', async () => {
    const { generateDataset } = await import('../../scripts/synthetic/generate.js');
    const { validateDataset } = await import('../../src/data/validate.js');
    const { indexDataset } = await import('../../src/data/dataset-index.js');
    const result = validateDataset(generateDataset({ events: 1200, seed: 2 }).dataset);
    if (!result.ok) throw new Error('synthetic dataset is invalid');
    const big = indexDataset(result.dataset);
    const el = await handout(big.events, EMPTY_FILTERS, big);
    expect(all(el, 'article.event')).to.have.length(0);
    expect(text(el.shadowRoot)).to.contain('set out when the page is printed');
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(all(el, 'article.event')).to.have.length(1200);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(all(el, 'article.event')).to.have.length(0);
  });
});
