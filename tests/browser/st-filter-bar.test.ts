import FakeTimers from '@sinonjs/fake-timers';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/st-filter-bar.js';
import { QUERY_DELAY_MS, type StFilterBar } from '../../src/components/st-filter-bar.js';
import type { SearchSubmitDetail } from '../../src/events.js';
import type { DatasetIndex } from '../../src/data/dataset-index.js';
import { EMPTY_FILTERS, applyFilters, type FilterState } from '../../src/data/filters.js';
import { HOSTILE, article, buildIndex, timelineEvent } from '../support/build-index.js';
import { loadIndex, until } from '../support/dataset.js';
import { buildSearchIndex } from '../../src/data/search.js';
import { accessibleText, all, button, describeElement, focused, one, record, text } from '../support/dom.js';

const A004 = '004_c0cbded3428b979b';

let index: DatasetIndex;
before(async () => {
  index = await loadIndex();
});

/**
 * A fake clock for the search box's debounce (setTimeout and clearTimeout only: lit's updates, animation frames and
 * the test runner's messages keep real time). Typing then takes no time on the debounce's clock however busy the
 * machine, and "after the pause" is a tick, not a sleep. Uninstalled after each test.
 */
let clock: FakeTimers.Clock | undefined;
afterEach(() => {
  clock?.uninstall();
  clock = undefined;
});
function fakeTimeouts(): FakeTimers.Clock {
  clock = FakeTimers.install({ toFake: ['setTimeout', 'clearTimeout'] });
  return clock;
}

const filters = (fields: Partial<FilterState> = {}): FilterState => Object.freeze({ ...EMPTY_FILTERS, ...fields });

const bar = (state: FilterState = EMPTY_FILTERS, data: DatasetIndex = index) =>
  fixture<StFilterBar>(
    html`<st-filter-bar
      .index=${data}
      .filters=${state}
      .matching=${applyFilters(data, state).length}
      .total=${data.events.length}
    ></st-filter-bar>`,
  );

/** Makes the element follow its own changes, as the app does. */
const follow = (el: StFilterBar) => el.addEventListener('st-filters-change', (e) => (el.filters = e.detail));

const searchBox = (el: Element) => one(el, 'input[type="search"]') as HTMLInputElement;
const summary = (el: Element, name: string) => {
  const found = all(el, 'summary').find((s) => accessibleText(s).startsWith(name));
  if (!found) throw new Error(`no disclosure "${name}"`);
  return found;
};
const checkbox = (el: Element, name: string) => {
  const found = all<HTMLInputElement>(el, 'input[type="checkbox"]').find((box) =>
    accessibleText(box.closest('label')!).startsWith(name),
  );
  if (!found) throw new Error(`no checkbox "${name}"`);
  return found;
};
const openAll = async (el: StFilterBar) => {
  const toggle = one(el, 'button.filters-toggle');
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await el.updateComplete;
  for (const details of all<HTMLDetailsElement>(el, 'details')) details.open = true;
  await el.updateComplete;
};

afterEach(() => setViewport({ width: 800, height: 600 }));

describe('st-filter-bar', () => {
  it('is accessible, empty and with filters chosen and every facet open', async () => {
    await expect(await bar()).to.be.accessible();
    const el = await bar(filters({ actors: ['budanov'], articles: [A004], onlyArticles: true, query: 'troops' }));
    await openAll(el);
    await expect(el).to.be.accessible();
  });

  it('is a named search landmark with a labelled search box', async () => {
    const el = await bar();
    expect(one(el, 'form').getAttribute('role')).to.equal('search');
    expect(one(el, 'form').getAttribute('aria-label')).to.equal('Search and filter events');
    expect(text(searchBox(el).labels?.[0])).to.equal('Search events, quotes and people');
    expect(searchBox(el).placeholder).to.equal('Search events');
    // The facets are drawn when the panel opens (the first frame does without them).
    expect(all(el, 'summary')).to.have.length(0);
    one(el, '.filters-toggle').click();
    await el.updateComplete;
    expect(all(el, 'summary').map(accessibleText)).to.deep.equal(['Party', 'Actor', 'Kind', 'Status', 'Article']);
  });

  it('keeps the facets in a panel the Filters button opens and closes, Esc and Done giving focus back', async () => {
    const el = await bar(filters({ actors: ['budanov'], statuses: ['expected'] }));
    const toggle = one(el, 'button.filters-toggle');
    const panel = one(el, '#filter-panel');
    expect(accessibleText(toggle)).to.equal('Filters, 2 chosen');
    expect([toggle.getAttribute('aria-expanded'), toggle.getAttribute('aria-controls')]).to.deep.equal([
      'false',
      'filter-panel',
    ]);
    expect(panel.hidden).to.equal(true);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect([toggle.getAttribute('aria-expanded'), panel.hidden]).to.deep.equal(['true', false]);
    summary(el, 'Actor').focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect([toggle.getAttribute('aria-expanded'), panel.hidden]).to.deep.equal(['false', true]);
    expect(focused()).to.equal(describeElement(toggle));
    toggle.click();
    await el.updateComplete;
    button(el, 'Done').click();
    await el.updateComplete;
    expect(panel.hidden).to.equal(true);
    expect(focused()).to.equal(describeElement(toggle));
  });

  it('says how many events match, politely', async () => {
    const el = await bar(filters({ actors: ['budanov'] }));
    const status = one(el, '[role="status"]');
    expect(text(status)).to.equal('12 of 45 events');
    el.matching = 3;
    await el.updateComplete;
    expect(text(status)).to.equal('3 of 45 events');
  });

  it('opens a facet and checks an option with the keyboard, sending st-filters-change with it', async () => {
    const el = await bar(filters({ statuses: ['expected'] }));
    const seen = record<FilterState>(el, 'st-filters-change');
    searchBox(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(describeElement(one(el, 'button.filters-toggle')));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The panel comes next in the tab order, before the chips.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(describeElement(summary(el, 'Actor')));
    expect(getComputedStyle(summary(el, 'Actor')).outlineStyle, 'visible focus').to.equal('solid');
    await sendKeys({ press: 'Enter' });
    expect((summary(el, 'Actor').parentElement as HTMLDetailsElement).open).to.equal(true);
    checkbox(el, 'Kyrylo Budanov').focus();
    await sendKeys({ press: 'Space' });
    expect(seen.map((e) => e.detail)).to.deep.equal([filters({ statuses: ['expected'], actors: ['budanov'] })]);
    expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
  });

  it('adds to the options already chosen, and unchecking removes one', async () => {
    const el = await bar(filters({ kinds: ['forecast'], query: 'troops' }));
    const seen = record<FilterState>(el, 'st-filters-change');
    await openAll(el);
    checkbox(el, 'Denial').click();
    checkbox(el, 'Forecast').click();
    expect(seen.map((e) => e.detail)).to.deep.equal([
      filters({ kinds: ['forecast', 'denial'], query: 'troops' }),
      filters({ query: 'troops' }),
    ]);
  });

  it('shows, next to each option, how many events choosing it would show', async () => {
    const el = await bar(filters({ actors: ['budanov'] }));
    await openAll(el);
    const forecasts = applyFilters(index, filters({ actors: ['budanov'], statuses: ['expected'] })).length;
    expect(forecasts).to.be.greaterThan(0);
    expect(accessibleText(checkbox(el, 'Forecast').closest('label')!)).to.equal(`Forecast ${forecasts} events`);
    expect(text(summary(el, 'Actor'))).to.equal('Actor, 1 chosen');
    expect(checkbox(el, 'Kyrylo Budanov').checked).to.equal(true);
  });

  it('"Only events no other article reports" sends onlyArticles', async () => {
    const el = await bar(filters({ articles: [A004] }));
    const seen = record<FilterState>(el, 'st-filters-change');
    await openAll(el);
    checkbox(el, 'Only events no other article reports').click();
    expect(seen.map((e) => e.detail)).to.deep.equal([filters({ articles: [A004], onlyArticles: true })]);
  });

  it('sends what is typed once typing pauses, not on every key', async () => {
    const el = await bar();
    const seen = record<FilterState>(el, 'st-filters-change');
    const time = fakeTimeouts();
    searchBox(el).focus();
    await sendKeys({ type: 'budanov' });
    time.tick(QUERY_DELAY_MS - 1);
    expect(seen, 'nothing while typing pauses for less than the delay').to.deep.equal([]);
    time.tick(1);
    expect(seen.map((e) => e.detail)).to.deep.equal([filters({ query: 'budanov' })]);
    time.tick(10 * QUERY_DELAY_MS);
    expect(seen).to.have.length(1);
  });

  it('sends the typed query along with a facet chosen before the pause, once', async () => {
    const el = await bar();
    const seen = record<FilterState>(el, 'st-filters-change');
    const time = fakeTimeouts();
    searchBox(el).focus();
    await sendKeys({ type: 'troops' });
    await openAll(el);
    checkbox(el, 'Forecast').click();
    time.tick(10 * QUERY_DELAY_MS);
    expect(seen.map((e) => e.detail)).to.deep.equal([filters({ kinds: ['forecast'], query: 'troops' })]);
  });

  it('Enter sends the query at once, then st-search-submit', async () => {
    const el = await bar(filters({ statuses: ['happened'] }));
    const order: string[] = [];
    const changes = record<FilterState>(el, 'st-filters-change');
    const submits = record<SearchSubmitDetail>(el, 'st-search-submit');
    for (const type of ['st-filters-change', 'st-search-submit']) el.addEventListener(type, () => order.push(type));
    const time = fakeTimeouts();
    searchBox(el).focus();
    await sendKeys({ type: 'Syrsky' });
    await sendKeys({ press: 'Enter' });
    const sent = filters({ statuses: ['happened'], query: 'Syrsky' });
    expect(order).to.deep.equal(['st-filters-change', 'st-search-submit']);
    expect(submits[0]!.detail).to.deep.equal({ query: 'Syrsky', filters: sent });
    time.tick(10 * QUERY_DELAY_MS);
    expect(
      changes.map((e) => e.detail),
      'nothing more after the pause',
    ).to.deep.equal([sent]);
  });

  it('"Clear all" sends the empty filters and keeps focus in the bar; absent with nothing to clear', async () => {
    expect(all(await bar(), 'button.clear')).to.have.length(0);
    expect(button(await bar(filters({ onlyArticles: true })), 'Clear all').disabled).to.equal(false);
    const el = await bar(filters({ groups: ['russia'], actors: ['putin'], articles: [A004], query: 'bill' }));
    const seen = record<FilterState>(el, 'st-filters-change');
    follow(el);
    button(el, 'Clear all').focus();
    await sendKeys({ press: 'Enter' });
    expect(seen.map((e) => e.detail)).to.deep.equal([EMPTY_FILTERS]);
    await el.updateComplete;
    expect(all(el, 'button.clear')).to.have.length(0);
    expect(focused()).to.equal(describeElement(searchBox(el)));
    expect(searchBox(el).value).to.equal('');
  });

  it('lists active filters as chips that each remove one filter', async () => {
    const state = filters({
      actors: ['budanov', 'hur'],
      statuses: ['expected'],
      articles: [A004],
      onlyArticles: true,
      query: 'troops',
    });
    const el = await bar(state);
    expect(one(el, '.chips').getAttribute('aria-label')).to.equal('Active filters');
    expect(all(el, '.chip').map(accessibleText)).to.deep.equal([
      'Remove filter: Actor Kyrylo Budanov',
      'Remove filter: Actor Main Directorate of Intelligence (HUR)',
      'Remove filter: Status Forecast',
      `Remove filter: Article ${index.article.get(A004)!.title}`,
      'Remove filter: Only events no other article reports',
      'Remove filter: Search “troops”',
    ]);
    const seen = record<FilterState>(el, 'st-filters-change');
    follow(el);
    button(el, 'Remove filter: Actor Kyrylo').click();
    button(el, 'Remove filter: Search').click();
    expect(seen.map((e) => e.detail)).to.deep.equal([
      { ...state, actors: ['hur'] },
      { ...state, actors: ['hur'], query: '' },
    ]);
    expect(all(await bar(), '.chip')).to.have.length(0);
  });

  it('moves focus to the next chip when one is removed, and to the search box after the last', async () => {
    const el = await bar(filters({ actors: ['budanov'], statuses: ['expected'] }));
    follow(el);
    button(el, 'Remove filter: Actor').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused()).to.equal(describeElement(button(el, 'Remove filter: Status Forecast')));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused()).to.equal(describeElement(searchBox(el)));
  });

  it('never changes the filters it is given', async () => {
    const state = filters({ actors: ['budanov'], query: 'troops' });
    const el = await bar(state);
    await openAll(el);
    checkbox(el, 'Ukraine').click();
    button(el, 'Remove filter: Actor').click();
    button(el, 'Clear all').click();
    expect(el.filters).to.equal(state);
    expect(state).to.deep.equal(filters({ actors: ['budanov'], query: 'troops' }));
  });

  it('shows only the search box and the count without a dataset', async () => {
    const el = await fixture<StFilterBar>(html`<st-filter-bar></st-filter-bar>`);
    expect(all(el, 'details')).to.have.length(0);
    expect(text(one(el, '[role="status"]'))).to.equal('0 of 0 events');
  });

  it('fits 320 px: facets wrap to the full width, nothing scrolls sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await bar(filters({ articles: [A004], actors: ['south-korea-government'], query: 'a long query' }));
    await openAll(el);
    const width = one(el, '.facets').clientWidth;
    for (const details of all(el, 'details')) expect(details.offsetWidth, details.className).to.equal(width);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('renders data strings as text, never as HTML', async () => {
    const hostile = buildIndex({
      articles: [article('x', { title: HOSTILE, outlet: HOSTILE })],
      actors: [{ id: 'alpha', name: HOSTILE, aliases: [HOSTILE], group: 'russia' }],
      texts: { x: `Text with ${HOSTILE} inside.` },
      events: [timelineEvent('bad', { title: HOSTILE, sources: [{ article: 'x', quote: HOSTILE }] })],
    });
    const el = await bar(filters({ actors: ['alpha'], articles: ['x'], query: HOSTILE }), hostile);
    await openAll(el);
    expect(all(el, 'img')).to.have.length(0);
    expect(accessibleText(checkbox(el, HOSTILE).closest('label')!)).to.equal(`${HOSTILE} 1 event`);
    expect(all(el, '.chip').map(accessibleText)).to.include(`Remove filter: Actor ${HOSTILE}`);
  });
});

describe('st-filter-bar: a search longer than a search reads (issue 17)', () => {
  it('says that only its first words are searched, and says nothing for a query within the bounds', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const el = await bar(filters({ query: long }));
    const status = one(el, '.matching');
    expect(text(status)).to.match(/only its first 12 words, at most 200 characters, are searched/);
    el.filters = filters({ query: '  Budanov   statement ' });
    await el.updateComplete;
    expect(text(status)).not.to.match(/searched/);
  });

  it('builds its search index in turns once the reader comes to the search field', async () => {
    const el = await bar();
    const search = buildSearchIndex(index);
    el.search = search;
    await el.updateComplete;
    expect(search.ready).to.equal(false);
    searchBox(el).focus();
    await until(() => search.ready);
    expect(search.search('Budanov')?.ids.length).to.be.greaterThan(0);
  });
});
