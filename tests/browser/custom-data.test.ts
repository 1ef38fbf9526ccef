// Another dataset named in the address (`?data=`): shown with a banner when allowed, refused with a reason when not.
import { expect, fixture, html } from '@open-wc/testing';
import type { StApp } from '../../src/app/st-app.js';
import '../../src/app/st-app.js';
import { until } from '../support/dataset.js';
import { deep, text } from '../support/dom.js';

const start = window.location.href;
const title = document.title;
afterEach(() => {
  window.history.replaceState(null, '', start);
  document.title = title;
});

const MINI = '/tests/fixtures/mini/events.json';

/** The app with `query` in the address, once it shows the chronology or an error. */
async function appAt(query: string): Promise<StApp> {
  window.history.replaceState(null, '', query);
  const el = await fixture<StApp>(html`<st-app src="/data/events.json"></st-app>`);
  await until(() => deep(el, 'st-timeline, st-event-list, st-error-panel') !== null, 'the app to load');
  return el;
}

const banner = (el: StApp) => deep(el, '[role="note"]');
const panelText = (el: StApp) => text(deep(el, 'st-error-panel', '.panel'));

describe('a dataset named by ?data=', () => {
  it('on this site: shows it, under a banner naming its full address as text', async () => {
    const el = await appAt(`?data=${MINI}`);
    await until(() => deep(el, 'h1')?.textContent === 'Mini fixture', 'the custom dataset');
    const note = banner(el)!;
    expect(text(note)).to.contain(`${window.location.origin}${MINI}`);
    expect(text(note)).to.contain("not the project's curated dataset");
    expect(note.querySelector('a')).to.equal(null);
    // At the top, before the title; a note, not an alert.
    expect(el.shadowRoot!.firstElementChild).to.equal(note);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(document.title).to.equal('Mini fixture (custom dataset)');
  });

  it('keeps the parameter when the app writes the address', async () => {
    const el = await appAt(`?data=${MINI}`);
    await until(() => deep(el, 'h1')?.textContent === 'Mini fixture', 'the custom dataset');
    deep(el, '#tab-list')!.click();
    await until(() => new URLSearchParams(window.location.search).get('view') === 'list', 'the view in the address');
    expect(new URLSearchParams(window.location.search).get('data')).to.equal(MINI);
  });

  it('has no banner for the default dataset, even when named', async () => {
    const el = await appAt('?data=/data/events.json');
    await until(() => deep(el, 'h1')?.textContent.includes('North Korean troops') === true, 'the curated dataset');
    expect(banner(el)).to.equal(null);
    expect(document.title).to.equal(title);
  });

  it('refuses javascript:, saying why, and draws nothing else', async () => {
    const el = await appAt('?data=javascript:alert(1)');
    const panel = panelText(el);
    expect(panel).to.contain('This dataset is not allowed here');
    expect(panel).to.contain('javascript:alert(1)');
    expect(panel).to.contain('“javascript:” addresses are never loaded as datasets');
    expect(panel).to.contain('VITE_DATA_ORIGINS');
    expect(deep(el, 'st-timeline')).to.equal(null);
    expect(deep(el, 'st-event-list')).to.equal(null);
    expect(deep(el, 'nav')).to.equal(null);
    expect(deep(el, 'h1')).to.equal(null);
    expect(banner(el)).to.equal(null);
  });

  it('refuses another origin, saying how to allow it, without fetching it', async () => {
    const el = await appAt('?data=https://evil.example/x.json');
    const panel = panelText(el);
    expect(panel).to.contain('Datasets from https://evil.example are not allowed');
    expect(panel).to.contain(`this site (${window.location.origin})`);
    expect(panel).to.contain('VITE_DATA_ORIGINS=https://evil.example');
    expect(deep(el, 'st-timeline')).to.equal(null);
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.filter((url) => url.includes('evil.example'))).to.deep.equal([]);
  });

  it('refuses in embed mode too, with the error panel rather than a blank frame', async () => {
    const el = await appAt('?embed=1&data=data:application/json,{}');
    expect(el.embed).to.equal(true);
    expect(panelText(el)).to.contain('“data:” addresses are never loaded as datasets');
    expect(deep(el, 'st-timeline')).to.equal(null);
  });

  it('shows the banner in embed mode', async () => {
    const el = await appAt(`?embed=1&data=${MINI}`);
    await until(() => banner(el) !== null, 'the banner');
    expect(text(banner(el))).to.contain(`${window.location.origin}${MINI}`);
    const full = new URL(deep(el, '.attribution a')!.getAttribute('href')!);
    expect(full.searchParams.get('data')).to.equal(MINI);
  });

  it('is ignored inside another site’s page (state in memory): that page chose the dataset', async () => {
    window.history.replaceState(null, '', '?data=javascript:alert(1)');
    const el = await fixture<StApp>(html`<st-app state-in="memory" src="/data/events.json"></st-app>`);
    await until(() => deep(el, 'st-timeline, st-event-list, st-error-panel') !== null, 'the app to load');
    expect(deep(el, 'st-error-panel')).to.equal(null);
    expect(banner(el)).to.equal(null);
  });
});
