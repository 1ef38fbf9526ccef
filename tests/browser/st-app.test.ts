// The whole app, loading real files over HTTP as it does in production.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { StApp } from '../../src/app/st-app.js';
import { StEventDetails } from '../../src/components/st-event-details.js';
import '../../src/app/st-app.js';
import { until } from '../support/dataset.js';
import { deep } from '../support/dom.js';
import { appFixture, restorePageAfterEach } from '../support/app.js';

restorePageAfterEach();

const app = (src?: string) =>
  appFixture((el) => deep(el, 'st-timeline, st-error-panel') !== null, 'the app to load', src);

const eventInUrl = () => new URLSearchParams(window.location.search).get('event');
const label = (el: StApp, id: string) => deep(el, 'st-timeline', `.st-label[data-id="${id}"]`);
const detailsTitle = (el: StApp) => deep(el, 'st-event-details', 'h2')?.textContent.trim();
/** The first button whose text starts with `name` (visually hidden text may follow). */
const buttonNamed = (root: Element, name: string) =>
  [...(root.shadowRoot ?? root).querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(name));

describe('st-app', () => {
  it('shows a loading state, then the chronology', async () => {
    const el = await fixture<StApp>(html`<st-app src="/data/events.json"></st-app>`);
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.contain('Loading');
    await until(() => deep(el, 'st-timeline') !== null, 'the timeline');
    expect(deep(el, 'h1')!.textContent).to.contain('North Korean troops');
  });

  it('opens the Syrsky briefing and its excerpt in the article in three actions', async () => {
    // A desktop screen: at 800x600 the week's titles share a timeline of a few hundred pixels with "+N more".
    await setViewport({ width: 1280, height: 800 });
    const el = await app();
    // 1. Jump to the week of 21 October.
    buttonNamed(deep(el, 'st-timeline')!, 'Week of 21 Oct')!.click();
    await until(() => label(el, 'syrsky-briefing-2024-10-25')?.isConnected === true, 'the briefing drawn');
    // 2. Open the briefing.
    label(el, 'syrsky-briefing-2024-10-25')!.click();
    await until(() => detailsTitle(el) === 'Syrsky briefs Zelensky on North Korean troops', 'details');
    const quote = deep(el, 'st-event-details', 'blockquote')!.textContent;
    expect(quote).to.contain('Oleksandr Syrsky');
    // 3. Show it in the article.
    buttonNamed(deep(el, 'st-event-details')!, 'Show in article')!.click();
    await until(
      () => (deep(el, 'st-article-viewer', 'dialog') as HTMLDialogElement | null)?.open === true,
      'the viewer',
    );
    const mark = deep(el, 'st-article-viewer', 'mark.active')!;
    expect(quote).to.contain(mark.textContent);
    expect(eventInUrl()).to.equal('syrsky-briefing-2024-10-25');
  });

  it('puts the selection in the URL, and selects the event named in the URL on load', async () => {
    window.history.replaceState(null, '', '?event=zelensky-address-2024-10-17');
    const el = await app();
    await until(() => detailsTitle(el)?.startsWith('Zelensky evening address') === true, 'details from URL');
    await until(() => label(el, 'zelensky-address-2024-10-17')?.hasAttribute('aria-current') === true, 'selected');
    await until(() => label(el, 'budanov-war-zone-interview-2024-10-22')?.isConnected === true, 'another event');
    label(el, 'budanov-war-zone-interview-2024-10-22')!.click();
    await until(() => eventInUrl() === 'budanov-war-zone-interview-2024-10-22', 'URL updated');
  });

  it('once removed, never writes the address again (late events from its parts)', async () => {
    const el = await app();
    const details = deep(el, 'st-event-details')!;
    el.remove();
    const before = window.location.href;
    details.dispatchEvent(
      new CustomEvent('st-select', { detail: { id: 'syrsky-briefing-2024-10-25' }, bubbles: true, composed: true }),
    );
    // The address is written while handling the event or in the app's next update (no timer in between): once
    // both updates are done, a write would have happened.
    if (!(details instanceof StEventDetails)) throw new Error('no st-event-details');
    await details.updateComplete;
    await el.updateComplete;
    expect(window.location.href).to.equal(before);
  });

  it('on a phone, opens on the list view', async () => {
    await setViewport({ width: 375, height: 812 });
    try {
      const el = await fixture<StApp>(html`<st-app src="/data/events.json"></st-app>`);
      await until(() => deep(el, 'st-event-list') !== null, 'the list view');
      expect(deep(el, '[role="tab"][aria-selected="true"]')!.textContent.trim()).to.equal('List');
      expect(document.documentElement.scrollWidth).to.be.at.most(375);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('gives the timeline the rest of the screen, and keeps it so when a part above it changes size', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await app();
    const timeline = deep(el, 'st-timeline')!;
    const fitted = () => {
      const box = timeline.getBoundingClientRect();
      return box.bottom <= window.innerHeight && box.bottom >= window.innerHeight - 24;
    };
    await until(fitted, 'the timeline to reach the bottom of the screen');
    // A part above grows without the app rendering again (as a filter bar's chips or a late font would).
    const bar = deep(el, 'st-filter-bar')!;
    const before = timeline.getBoundingClientRect().height;
    bar.style.paddingBottom = '80px';
    await until(() => timeline.getBoundingClientRect().height <= before - 70, 'the timeline to give up the room');
    expect(fitted(), 'still ends at the bottom of the screen').to.equal(true);
  });

  it('keeps the selected event in sight when the details open beside the timeline and narrow it', async () => {
    await setViewport({ width: 1280, height: 800 });
    // At the end of the opening window (16-28 October): the details take a third of the width from the timeline.
    const id = 'nk-troops-combat-use-expected-2024-10-27';
    window.history.replaceState(null, '', `?event=${id}`);
    const el = await app();
    const timeline = deep(el, 'st-timeline')!;
    await until(() => deep(el, 'aside')!.getBoundingClientRect().width > 0, 'the details beside the timeline');
    const inSight = () => {
      const title = label(el, id);
      const panel = timeline.shadowRoot!.querySelector('.vis-panel.vis-center');
      if (!title || !panel) return false;
      const box = title.getBoundingClientRect();
      const view = panel.getBoundingClientRect();
      return (
        box.left >= view.left - 1 && box.right <= view.right + 1 && box.top >= view.top && box.bottom <= view.bottom
      );
    };
    await until(inSight, 'the selected title wholly inside the drawing');
  });

  it('on a phone, keeps the standfirst behind "About this timeline", whole when shown; on a desktop, shows its first line and "More"', async () => {
    await setViewport({ width: 375, height: 812 });
    const el = await fixture<StApp>(html`<st-app src="/data/events.json"></st-app>`);
    await until(() => deep(el, 'st-event-list') !== null, 'the list view');
    const toggle = deep(el, 'button.about-toggle') as HTMLButtonElement;
    const standfirst = deep(el, '.description')!;
    expect(standfirst.checkVisibility(), 'hidden at first').to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(standfirst.id);
    toggle.click();
    await until(() => standfirst.checkVisibility(), 'the standfirst shown');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(standfirst.scrollHeight, 'never cut off').to.be.at.most(standfirst.clientHeight + 1);
    expect(standfirst.textContent).to.contain('verbatim quotes');
    await setViewport({ width: 1280, height: 800 });
    // Still whole, as the reader opened it; closed, its first line stays in view and "More" opens it again.
    expect(standfirst.checkVisibility()).to.equal(true);
    expect(standfirst.scrollHeight, 'whole while open').to.be.at.most(standfirst.clientHeight + 1);
    expect(toggle.checkVisibility()).to.equal(true);
    expect(toggle.innerText.trim(), 'its visible name on a desktop').to.equal('More');
    toggle.click();
    await until(() => standfirst.scrollHeight > standfirst.clientHeight + 1, 'cut to its first line');
    expect(standfirst.checkVisibility()).to.equal(true);
    await until(() => toggle.checkVisibility(), '"More" beside the cut line');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('on a phone, opens the details as a sheet from the bottom on selection, the timeline staying where it is', async () => {
    await setViewport({ width: 375, height: 812 });
    window.history.replaceState(null, '', '?view=timeline');
    try {
      const el = await app();
      const aside = () => deep(el, 'aside')!;
      expect(getComputedStyle(aside()).display, 'no sheet before a selection').to.equal('none');
      const top = deep(el, 'st-timeline')!.getBoundingClientRect().top;
      await until(
        () => el.shadowRoot!.querySelector('st-timeline')!.shadowRoot!.querySelector('.st-label') !== null,
        'an event',
      );
      const first = deep(el, 'st-timeline', '.st-label')!;
      first.click();
      await until(() => getComputedStyle(aside()).display !== 'none', 'the sheet');
      const sheet = aside().getBoundingClientRect();
      expect(sheet.bottom).to.be.closeTo(window.innerHeight, 1);
      expect(sheet.top).to.be.greaterThan(window.innerHeight * 0.4);
      expect(detailsTitle(el)).to.equal(first.querySelector('.st-title')!.textContent);
      expect(deep(el, 'st-timeline')!.getBoundingClientRect().top, 'the timeline did not move').to.equal(top);
      // The sheet closes with its button, and the selection goes with it.
      deep(el, 'button.close-details')!.click();
      await until(() => getComputedStyle(aside()).display === 'none', 'the sheet closed');
      expect(eventInUrl()).to.equal(null);
      expect(document.documentElement.scrollWidth).to.be.at.most(375);
    } finally {
      await setViewport({ width: 800, height: 600 });
      window.scrollTo(0, 0);
    }
  });

  it('keeps the overview brush and the timeline window in step, both ways', async () => {
    window.history.replaceState(null, '', '?view=timeline');
    const el = await app();
    const overview = deep(el, 'st-overview') as HTMLElement & { window?: { start: Date; end: Date } };
    const timeline = deep(el, 'st-timeline')!;
    const status = () => timeline.shadowRoot!.querySelector('#timeline-status')!.textContent;
    // Brushing the overview asks for a window; the timeline shows it and the address records it.
    overview.dispatchEvent(
      new CustomEvent('st-window-request', {
        detail: { start: new Date(Date.UTC(2024, 5, 1)), end: new Date(Date.UTC(2024, 6, 1)) },
        bubbles: true,
        composed: true,
      }),
    );
    await until(
      // The window's end is exclusive: 1 June to 1 July is the month of June.
      () => status().includes('Showing 1 – 30 June 2024') || status().includes('1 – 30 Jun 2024'),
      'window',
    );
    await until(() => new URLSearchParams(window.location.search).get('from') === '2024-06-01', 'from in the URL');
    // Zooming the timeline moves the brush.
    buttonNamed(timeline, '+')!.click();
    await until(() => (overview.window?.start.getTime() ?? 0) > Date.UTC(2024, 5, 1), 'the brush to follow');
  });

  it('says so when the URL names an unknown event', async () => {
    window.history.replaceState(null, '', '?event=no-such-event');
    const el = await app();
    const notice = el.shadowRoot!.querySelector('.notice')!;
    expect(notice.textContent.replace(/\s+/g, ' ')).to.contain('The link asks for an event this dataset does not have');
    // The id is shown as what the link asked, not as the site's own words.
    expect(notice.querySelector('code')!.textContent).to.equal('no-such-event');
  });

  it('repeats what a crafted link says only cleaned and cut short, as its input: no bidi overrides, no essay', async () => {
    // U+202E turns what follows around; a closing quote mark would make the rest read as the site's own words.
    const crafted = `x\u202E”. The site confirms: ${'all of this is true. '.repeat(20)}`;
    window.history.replaceState(null, '', `?event=${encodeURIComponent(crafted)}`);
    const el = await app();
    const code = el.shadowRoot!.querySelector('.notice code')!.textContent;
    expect(code).to.not.match(/[\u202A-\u202E\u2066-\u2069]/u);
    expect(Array.from(code).length).to.be.at.most(60);
    expect(code.endsWith('…')).to.equal(true);
    el.remove();

    window.history.replaceState(
      null,
      '',
      `?embed=1&title=${encodeURIComponent(`My title\u202Eevil${'!'.repeat(300)}`)}`,
    );
    const embedded = await app();
    const heading = embedded.shadowRoot!.querySelector('header.embed-header h1')!.textContent;
    expect(heading.startsWith('My title evil')).to.equal(true);
    expect(Array.from(heading).length).to.be.at.most(200);
  });

  it('steps through events with ← and → in the details panel', async () => {
    window.history.replaceState(null, '', '?event=syrsky-briefing-2024-10-25');
    const el = await app();
    await until(() => detailsTitle(el) !== undefined, 'details');
    deep(el, 'st-event-details', 'h2')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => eventInUrl() !== 'syrsky-briefing-2024-10-25', 'next event');
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => eventInUrl() === 'syrsky-briefing-2024-10-25', 'back again');
  });

  it('can be used with the keyboard alone: every control is reached, an event opened, its article read', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await app();
    const focused = () => {
      let node: Element | null = document.activeElement;
      while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
      return node as HTMLElement | null;
    };
    const describe = (node: HTMLElement | null) =>
      node ? (node.getAttribute('aria-label') ?? node.textContent.trim().replace(/\s+/g, ' ')) : 'nothing';
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) {
      await sendKeys({ press: 'Tab' });
      const node = focused();
      seen.push(describe(node));
      if (node?.classList.contains('st-label')) break;
    }
    for (const control of [
      'Zoom in',
      'Zoom out',
      'Fit all',
      'Earlier',
      'Later',
      'Week of 21 Oct',
      'June pact',
      'Lanes by party',
    ]) {
      expect(seen, `Tab reaches ${control}`).to.include(control);
    }
    expect(seen.some((name) => name.startsWith('Timeline'))).to.equal(true);
    // Exactly one event is a tab stop; the arrow keys move between events.
    const first = focused()!;
    expect(first.classList.contains('st-label')).to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await until(() => focused() !== first && focused()?.classList.contains('st-label') === true, 'next event');
    const id = focused()!.dataset.id!;
    await sendKeys({ press: 'Enter' });
    await until(() => eventInUrl() === id, 'the event opened');
    // Into the details panel: its first "Show in article" button.
    for (let i = 0; i < 40 && !describe(focused()).startsWith('Show in article'); i++) await sendKeys({ press: 'Tab' });
    const show = focused()!;
    expect(describe(show)).to.match(/^Show in article/);
    await sendKeys({ press: 'Enter' });
    const dialog = () => (deep(el, 'st-article-viewer', 'dialog') as HTMLDialogElement | null)!;
    await until(() => dialog().open, 'the article viewer');
    expect(deep(el, 'st-article-viewer', 'mark.active')).to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog().open, 'the viewer closed');
    await until(() => focused() === show, 'focus back on the button that opened it');
  });

  it('shows a readable error panel for invalid data, never a blank page', async () => {
    const el = await app('/tests/fixtures/broken/events.json');
    const panel = deep(el, 'st-error-panel')!;
    const text = panel.shadowRoot!.textContent;
    expect(text).to.contain('missing required field "date"');
    expect(text).to.contain('events[0]');
    expect(deep(el, 'st-timeline')).to.equal(null);
  });

  it('shows an error panel when the dataset cannot be fetched', async () => {
    const el = await app('/no/such/events.json');
    expect(deep(el, 'st-error-panel')!.shadowRoot!.textContent).to.contain('HTTP 404');
  });
});
