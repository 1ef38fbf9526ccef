// A dataset is shown before its quotes are checked (issue 17); each excerpt then says how its check came out, and a
// quote that is not in its article is marked on its event, in words. (check-data still refuses such a dataset:
// tests/unit/app/quote-checking.test.ts.)
import { expect, fixture, html } from '@open-wc/testing';
import type { StApp } from '../../src/app/st-app.js';
import '../../src/app/st-app.js';
import { until } from '../support/dataset.js';
import { deep, text } from '../support/dom.js';

const start = window.location.href;
afterEach(() => window.history.replaceState(null, '', start));

async function appAt(query: string): Promise<StApp> {
  window.history.replaceState(null, '', query);
  const el = await fixture<StApp>(html`<st-app src="/data/events.json"></st-app>`);
  await until(() => deep(el, 'st-event-details') !== null || deep(el, 'st-error-panel') !== null, 'the app to load');
  return el;
}

const excerpt = (el: StApp) => deep(el, 'st-event-details', '.excerpts li');

describe('quotes checked after the dataset is shown', () => {
  it('marks a quote that is not in its article on its event, and shows the dataset all the same', async () => {
    const el = await appAt('?data=/tests/fixtures/mismatch/events.json&view=list&event=beta-denies');
    expect(deep(el, 'st-error-panel')).to.equal(null);
    await until(() => excerpt(el)?.classList.contains('mismatch') === true, 'the mismatch to be marked');
    const shown = text(excerpt(el));
    expect(shown).to.contain('Not found word for word in the stored article');
    expect(shown).to.contain('it differs after "calling it a “groundless rumor"');
    expect(deep(el, 'st-event-details', '.excerpts li strong.mismatch')).not.to.equal(null);
  });

  it('says a quote that is in its article was checked against it', async () => {
    const el = await appAt('?data=/tests/fixtures/mismatch/events.json&view=list&event=alpha-says');
    await until(() => text(excerpt(el)).includes('(checked against the stored article)'), 'the check to be shown');
    expect(excerpt(el)?.classList.contains('mismatch')).to.equal(false);
  });

  it('says a quote could not be checked when its article cannot be read', async () => {
    const missing = await appAt('?data=/tests/fixtures/mismatch-unread/events.json&view=list&event=alpha-says');
    await until(() => text(excerpt(missing)).includes('could not be read'), 'the unread article to be said');
    expect(excerpt(missing)?.classList.contains('mismatch')).to.equal(true);
  });
});
