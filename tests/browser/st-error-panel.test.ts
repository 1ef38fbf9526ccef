import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/st-error-panel.js';
import type { StErrorPanel } from '../../src/components/st-error-panel.js';
import type { Problem } from '../../src/data/types.js';
import { HOSTILE } from '../support/build-index.js';
import { all, one, text } from '../support/dom.js';

const problems = (n: number): Problem[] =>
  Array.from({ length: n }, (_, i) => ({ path: `events[${i}].date`, message: `invalid date "2024-13-${i}"` }));

const panel = (list: Problem[], source = 'data/events.json') =>
  fixture<StErrorPanel>(html`<st-error-panel .problems=${list} source=${source}></st-error-panel>`);

describe('st-error-panel', () => {
  it('is accessible', async () => {
    await expect(await panel(problems(3))).to.be.accessible();
  });

  it('is an alert with the default heading and the dataset it is about', async () => {
    const el = await panel(problems(3));
    const alert = one(el, '[role="alert"]');
    expect(text(alert.querySelector('h2'))).to.equal('This timeline could not be loaded');
    expect(text(alert.querySelector('p'))).to.equal(
      'The data at data/events.json has 3 problems to fix before the timeline can be shown.',
    );
    expect(text(alert.querySelector('p code'))).to.equal('data/events.json');
  });

  it('takes its heading from the heading attribute', async () => {
    const el = await fixture<StErrorPanel>(html`<st-error-panel heading="Nothing to show"></st-error-panel>`);
    expect(text(one(el, 'h2'))).to.equal('Nothing to show');
    expect(text(one(el, 'p'))).to.equal('The data could not be read.');
  });

  it('lists each problem as its message and JSON path', async () => {
    const el = await panel([
      { path: 'events[4].date', message: 'invalid date "2024-13-01": not a valid EDTF date' },
      { path: '', message: 'could not load "x.json": HTTP 404' },
    ]);
    expect(all(el, 'li').map(text)).to.deep.equal([
      'invalid date "2024-13-01": not a valid EDTF date at events[4].date',
      'could not load "x.json": HTTP 404',
    ]);
    expect(all(el, 'li code').map(text)).to.deep.equal(['events[4].date']);
    expect(text(one(el, 'p'))).to.contain('has 2 problems');
  });

  it('lists the first 20 of 25 problems and says "and 5 more"', async () => {
    const el = await panel(problems(25));
    const items = all(el, 'li');
    expect(items.length).to.equal(20);
    expect(text(items[19])).to.equal('invalid date "2024-13-19" at events[19].date');
    expect(text(one(el, '[role="alert"]'))).to.contain('… and 5 more problems.');
  });

  it('lists all of exactly 20 problems and counts one more in the singular', async () => {
    const twenty = await panel(problems(20));
    expect(all(twenty, 'li').length).to.equal(20);
    expect(text(twenty.shadowRoot)).to.not.contain('more problem');
    expect(text((await panel(problems(21))).shadowRoot)).to.contain('… and 1 more problem.');
  });

  it('renders data strings as text, never as HTML', async () => {
    const el = await panel([{ path: HOSTILE, message: HOSTILE }], HOSTILE);
    expect(all(el, 'img').length).to.equal(0);
    expect(text(one(el, 'li'))).to.equal(`${HOSTILE} at ${HOSTILE}`);
  });
});
