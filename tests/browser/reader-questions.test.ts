// The questions readers come with (issue 4), each answered in the UI in a few actions.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StApp } from '../../src/app/st-app.js';
import '../../src/app/st-app.js';
import type { DatasetIndex } from '../../src/data/dataset-index.js';
import { loadIndex, until, lazyViewsReady } from '../support/dataset.js';
import { claimId, deep, entryId } from '../support/dom.js';

const start = window.location.href;
afterEach(() => window.history.replaceState(null, '', start));

let index: DatasetIndex;
before(async () => {
  index = await loadIndex();
});

/** The first element matching each selector in turn, through shadow roots. */
function deepAll(root: Element, host: string, selector: string): HTMLElement[] {
  return [...(deep(root, host)?.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
}
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const param = (name: string) => new URLSearchParams(window.location.search).getAll(name);

async function app(): Promise<StApp> {
  const el = await fixture<StApp>(html`<st-app src="/data/events.json"></st-app>`);
  await until(() => deep(el, 'st-filter-bar') !== null, 'the app');
  return el;
}

/** Clicks the tab of a view. */
async function openView(el: StApp, name: string): Promise<void> {
  const tab = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => text(t) === name)!;
  tab.click();
  await until(() => tab.getAttribute('aria-selected') === 'true', `the ${name} view`);
}

/** Opens the Filters panel and a facet in it, and ticks the option whose label starts with `option`. */
async function tick(el: StApp, facet: string, option: string): Promise<void> {
  const bar = deep(el, 'st-filter-bar')! as HTMLElement & { updateComplete: Promise<boolean> };
  const toggle = bar.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await bar.updateComplete;
  const summary = [...bar.shadowRoot!.querySelectorAll('summary')].find((s) => text(s).startsWith(facet))!;
  summary.click();
  const label = [...bar.shadowRoot!.querySelectorAll('label')].find((l) => text(l).startsWith(option))!;
  label.querySelector('input')!.click();
}

const listIds = (el: StApp) => deepAll(el, 'st-event-list', 'article[data-id]').map(entryId);

describe('reader questions', () => {
  it('every statement by Kyrylo Budanov: List, Actor → Kyrylo Budanov', async () => {
    const el = await app();
    await openView(el, 'List');
    await tick(el, 'Actor', 'Kyrylo Budanov');
    const expected = index.events.filter((e) => e.actors.includes('budanov')).map((e) => e.id);
    await until(() => listIds(el).length === expected.length, 'Budanov’s events listed');
    expect(listIds(el)).to.deep.equal(expected);
    expect(param('actor')).to.deep.equal(['budanov']);
  });

  it('every forecast and whether it came true: List, Status → Forecast', async () => {
    const el = await app();
    await openView(el, 'List');
    await tick(el, 'Status', 'Forecast');
    const forecasts = index.events.filter((e) => e.status === 'expected');
    await until(() => listIds(el).length === forecasts.length, 'the forecasts listed');
    for (const forecast of forecasts) {
      const entry = deepAll(el, 'st-event-list', `article[data-id="${forecast.id}"]`)[0]!;
      const outcome = forecast.related.find((r) => r.type === 'outcome');
      if (outcome) {
        expect(text(entry.querySelector('.related')), forecast.id).to.contain(
          `Outcome of this forecast: ${index.event.get(outcome.event)!.title}`,
        );
      } else {
        expect(text(entry.querySelector('.related')), forecast.id).to.contain(
          'Outcome: not reported independently in these articles.',
        );
      }
    }
  });

  it('every claim about troop numbers, with its source: Claims, then a figure', async () => {
    const el = await app();
    await openView(el, 'Claims');
    const marks = () => deepAll(el, 'st-claims-view', 'a.claim');
    await until(() => marks().length === index.dataset.claims.length, 'one mark per claim');
    const troops = index.dataset.claims.filter((c) => c.unit === 'soldiers');
    for (const claim of troops) {
      const mark = marks().find((m) => claimId(m) === claim.id)!;
      const name = index.actor.get(claim.claimant)!.name.split(' ').at(-1)!;
      expect(text(mark), claim.id).to.match(new RegExp(claim.value.toLocaleString('en-GB').replace(',', '[,\\s]?')));
      expect(text(mark) + (mark.querySelector('desc')?.textContent ?? ''), claim.id).to.contain(name);
    }
    // Choosing a figure shows its verbatim source.
    const first = troops[0]!;
    marks()
      .find((m) => claimId(m) === first.id)!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    await until(
      () => text(deep(el, 'st-claims-view', '.claim-details blockquote')) === first.source.quote,
      'the quote',
    );
    expect(text(deep(el, 'st-claims-view', '.claim-details figcaption'))).to.contain(
      index.article.get(first.source.article)!.title,
    );
  });

  it('everything that only article 004 reports: Sources, then "Show what only it reports"', async () => {
    const el = await app();
    await openView(el, 'Sources');
    const card = deepAll(el, 'st-sources-view', '.card').find((c) => text(c).startsWith('Black Intelligence Chief'))!;
    [...card.querySelectorAll('button')].find((b) => text(b).startsWith('Show what only it reports'))!.click();
    const a004 = '004_c0cbded3428b979b';
    const expected = index.events.filter((e) => e.sources.every((s) => s.article === a004)).map((e) => e.id);
    await until(() => deep(el, 'st-event-list') !== null && listIds(el).length === expected.length, 'the list');
    expect(listIds(el)).to.deep.equal(expected);
    expect([param('article'), param('only')]).to.deep.equal([[a004], ['1']]);
  });

  it('search: "GUR" finds HUR’s events, and Enter opens the first result', async () => {
    const el = await app();
    await openView(el, 'List');
    const box = deep(el, 'st-filter-bar', 'input[type="search"]') as HTMLInputElement;
    box.focus();
    await sendKeys({ type: 'Syrsky' });
    await sendKeys({ press: 'Enter' });
    await until(() => param('event')[0] === 'syrsky-briefing-2024-10-25', 'the first result selected');
    await until(() => text(deep(el, 'st-event-details', 'h2')).startsWith('Syrsky briefs'), 'its details');
    expect(deepAll(el, 'st-event-list', 'mark').some((m) => text(m).toLowerCase() === 'syrsky')).to.equal(true);
    box.select();
    await sendKeys({ type: 'GUR' });
    const hur = index.events.filter((e) => e.actors.includes('hur')).map((e) => e.id);
    await until(() => param('q')[0] === 'GUR', 'the search in the address');
    expect(hur.length).to.be.greaterThan(0);
    expect(listIds(el)).to.include.members(hur);
  });

  it('"Copy link" copies the address, or says where to find it', async () => {
    const el = await app();
    const copy = [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Copy link')!;
    copy.click();
    await until(() => text(el.shadowRoot!.querySelector('.copied')) !== '', 'a message');
    expect(text(el.shadowRoot!.querySelector('.copied'))).to.match(
      /^(Link copied\.|Copy the address from the address bar)/,
    );
  });

  it('a shared link reproduces the exact state after a reload', async () => {
    const first = await app();
    await openView(first, 'List');
    await tick(first, 'Status', 'Forecast');
    await until(() => listIds(first).length > 0, 'forecasts');
    deepAll(first, 'st-event-list', 'article[data-id] h3 button')[1]!.click();
    await until(() => param('event').length === 1, 'a selection');
    const title = index.event.get(param('event')[0]!)!.title;
    await until(() => text(deep(first, 'st-event-details', 'h2')) === title, 'the event open');
    const shared = window.location.href;
    const listed = listIds(first);
    first.remove();

    window.history.replaceState(null, '', shared);
    const second = await app();
    await until(() => deep(second, 'st-event-list') !== null && listIds(second).length > 0, 'the list again');
    expect(listIds(second)).to.deep.equal(listed);
    expect(text(deep(second, '[role="tab"][aria-selected="true"]'))).to.equal('List');
    await until(() => text(deep(second, 'st-event-details', 'h2')) === title, 'the same event open');
    expect(text(deep(second, 'st-filter-bar', '[role="status"]'))).to.contain(`${listed.length} of`);
  });

  it('a shared timeline link restores the visible window', async () => {
    window.history.replaceState(null, '', '?view=timeline&from=2024-10-20&to=2024-10-24T12:00Z');
    const el = await app();
    await lazyViewsReady(el);
    const timeline = deep(el, 'st-timeline')!;
    const status = () => text(timeline.shadowRoot!.querySelector('#timeline-status'));
    expect(status()).to.contain('Showing 20 – 24 Oct 2024');
  });

  it('back and forward restore the view and the filters', async () => {
    const el = await app();
    await openView(el, 'List');
    await tick(el, 'Actor', 'Kyrylo Budanov');
    await until(() => param('actor').length === 1, 'the filter in the address');
    await openView(el, 'Sources');
    window.history.back();
    await until(() => text(deep(el, '[role="tab"][aria-selected="true"]')) === 'List', 'back to the list');
    expect(param('actor')).to.deep.equal(['budanov']);
    window.history.back();
    await until(() => param('actor').length === 0, 'back before the filter');
    await until(() => listIds(el).length === index.events.length, 'all events again');
    window.history.forward();
    await until(() => param('actor').length === 1, 'forward to the filter');
  });
});
