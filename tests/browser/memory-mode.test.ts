// Inside another site's page (`<sourced-timeline>`, `state-in="memory"`): the host page's address is never read or
// written, whatever it says; attribute changes are applied in place, keeping the dataset and the reader's filters.
import { expect, fixture, html } from '@open-wc/testing';
import type { StApp } from '../../src/app/st-app.js';
import '../../src/app/st-app.js';
import '../../src/entries/sourced-timeline.js';
import { until } from '../support/dataset.js';
import { deep, text } from '../support/dom.js';

const start = window.location.href;
afterEach(() => window.history.replaceState(null, '', start));

/** What a third-party page's own address might say, meant for its own purposes or crafted against the element. */
const HOST_ADDRESS =
  '?embed=1&title=INJECTED&view=claims&event=no-such-event&data=/tests/fixtures/mini/events.json&party=russia';

describe("an app inside another site's page", () => {
  it("ignores the host page's address: no embed mode, no injected title, its own dataset and view", async () => {
    window.history.replaceState(null, '', HOST_ADDRESS);
    const el = await fixture<StApp>(
      html`<st-app state-in="memory" query="view=list" src="/data/events.json"></st-app>`,
    );
    await until(() => deep(el, 'st-event-list') !== null, 'the list');
    expect(el.hasAttribute('embed'), 'not in embed mode').to.equal(false);
    expect(el.shadowRoot!.textContent).to.not.contain('INJECTED');
    expect(deep(el, 'st-filter-bar'), 'its filters').to.not.equal(null);
    expect(text(deep(el, 'h1'))).to.contain('North Korean troops');
    expect(deep(el, '.notice'), 'no unknown event from the host page').to.equal(null);
    expect(deep(el, 'st-filter-bar')!.shadowRoot!.querySelector('.chip'), 'no filter from the host page').to.equal(
      null,
    );
    // The reader's changes stay in the element: the host page's address is not written.
    deep(el, '#tab-sources')!.click();
    await until(() => deep(el, 'st-sources-view') !== null, 'the sources');
    expect(window.location.search).to.equal(HOST_ADDRESS);
  });

  it("<sourced-timeline> applies a new view in place: the same dataset, the reader's filters kept", async () => {
    const el = await fixture<HTMLElement>(
      html`<sourced-timeline src="/tests/fixtures/mini/events.json" view="list"></sourced-timeline>`,
    );
    const app = () => deep(el, 'st-app') as StApp;
    await until(() => deep(el, 'st-app', 'st-event-list') !== null, 'the list');
    const first = app();
    // The reader filters by status.
    const bar = deep(el, 'st-app', 'st-filter-bar')!;
    bar.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!.click();
    await (bar as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const status = [...bar.shadowRoot!.querySelectorAll<HTMLInputElement>('details.statuses input')][0]!;
    status.click();
    await until(() => bar.shadowRoot!.querySelector('.chip') !== null, 'the chip');
    const fetched = () =>
      performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/tests/fixtures/mini/events.json'))
        .length;
    const before = fetched();
    el.setAttribute('view', 'sources');
    await until(() => deep(el, 'st-app', 'st-sources-view') !== null, 'the sources view');
    expect(app(), 'the same app, not a new one').to.equal(first);
    expect(deep(el, 'st-app', 'st-filter-bar')!.shadowRoot!.querySelector('.chip'), 'the filter kept').to.not.equal(
      null,
    );
    expect(fetched(), 'not fetched again').to.equal(before);
    expect(window.location.href).to.equal(start);
  });
});
