// The whole app in print media: only the handout is shown, on white paper whatever the theme.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { StApp } from '../../src/app/st-app.js';
import '../../src/app/st-app.js';
import themeCss from '../../src/styles/theme.css?inline';
import { until } from '../support/dataset.js';
import { describeElement } from '../support/dom.js';

const start = window.location.href;
// Adopted rather than imported: a plain CSS import would load Vite's HMR client, which has no server here.
const theme = new CSSStyleSheet();
before(() => {
  theme.replaceSync(themeCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, theme];
});
after(() => {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== theme);
});
afterEach(async () => {
  window.history.replaceState(null, '', start);
  document.documentElement.removeAttribute('data-theme');
  await emulateMedia({ media: 'screen' });
});

async function app(query = '?view=timeline'): Promise<StApp> {
  window.history.replaceState(null, '', query);
  const el = await fixture<StApp>(html`<st-app src="/data/events.json"></st-app>`);
  await until(() => el.shadowRoot?.querySelector('st-handout')?.shadowRoot?.querySelector('h1') != null, 'the app');
  return el;
}

/** Rendered at all: neither it nor an ancestor (across shadow roots) is display: none. */
const shown = (el: Element | null | undefined) => el?.checkVisibility() === true && el.getClientRects().length > 0;

/** Every element named, in the app's shadow root, that is still shown. */
function stillShown(el: StApp, selector: string): string[] {
  return [...el.shadowRoot!.querySelectorAll(selector)].filter(shown).map(describeElement);
}

const CHROME = '[role="tablist"], [role="tab"], nav, st-filter-bar, st-timeline, st-overview, aside, main, header';

describe('printing the app', () => {
  it('on screen, shows the app and hides the handout', async () => {
    const el = await app();
    await emulateMedia({ media: 'screen' });
    expect(shown(el.shadowRoot!.querySelector('st-handout'))).to.equal(false);
    for (const selector of ['[role="tablist"]', 'st-filter-bar', 'st-timeline']) {
      expect(shown(el.shadowRoot!.querySelector(selector)), selector).to.equal(true);
    }
  });

  it('in print, shows the handout and none of the controls or interactive views', async () => {
    const el = await app();
    await emulateMedia({ media: 'print' });
    const handout = el.shadowRoot!.querySelector('st-handout')!;
    expect(shown(handout)).to.equal(true);
    expect(handout.getBoundingClientRect().height).to.be.greaterThan(1000);
    expect(stillShown(el, CHROME)).to.deep.equal([]);
    expect(stillShown(el, 'button, input, select, a')).to.deep.equal([]);
    // The handout starts at the top-left of the page: the app's padding is gone.
    const box = handout.getBoundingClientRect();
    expect([box.top, box.left]).to.deep.equal([0, 0]);
  });

  it('in print, hides the article viewer even while it is open', async () => {
    const el = await app('?view=list');
    await emulateMedia({ media: 'print' });
    void el.shadowRoot!.querySelector('st-article-viewer')!.open('000_86e4041502c26ab1');
    const dialog = () => el.shadowRoot!.querySelector('st-article-viewer')?.shadowRoot?.querySelector('dialog');
    await until(() => dialog()?.open === true, 'the viewer open');
    expect(shown(dialog())).to.equal(false);
    dialog()!.close();
  });

  it('in print, shows the handout, not the presentation, while presenting', async () => {
    const el = await app('?view=list&present=1');
    await until(() => el.shadowRoot!.querySelector('st-presentation') !== null, 'the presentation');
    await emulateMedia({ media: 'print' });
    expect(shown(el.shadowRoot!.querySelector('st-handout'))).to.equal(true);
    expect(stillShown(el, 'st-presentation')).to.deep.equal([]);
    const handout = el.shadowRoot!.querySelector('st-handout')!;
    expect(getComputedStyle(handout).visibility).to.equal('visible');
  });

  it('in print, prints the events the filters leave, and says so', async () => {
    const el = await app('?view=list&status=expected');
    await emulateMedia({ media: 'print' });
    const handout = el.shadowRoot!.querySelector('st-handout')!;
    const events = [...handout.shadowRoot!.querySelectorAll('article.event')];
    expect(events.length).to.be.greaterThan(0);
    for (const event of events) expect(event.querySelector('.status')?.textContent).to.equal('Forecast');
    expect(handout.shadowRoot!.querySelector('.scope')?.textContent).to.contain('status: Forecast');
  });

  it('in print, prints dark text on white paper even with the dark theme', async () => {
    document.documentElement.dataset.theme = 'dark';
    const el = await app();
    const handout = el.shadowRoot!.querySelector('st-handout')!;
    const title = handout.shadowRoot!.querySelector('h1')!;
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(title).color).to.equal('rgb(27, 31, 36)');
    expect(getComputedStyle(handout).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});
