import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/st-event-details.js';
import type { StEventDetails } from '../../src/components/st-event-details.js';
import type { DatasetIndex } from '../../src/data/dataset-index.js';
import type { OpenArticleDetail, SelectDetail } from '../../src/events.js';
import { HOSTILE, hostileIndex } from '../support/build-index.js';
import { loadIndex } from '../support/dataset.js';
import { forecastStory } from '../support/forecast-story.js';
import {
  accessibleText,
  all,
  button,
  clickLink,
  describeElement,
  focused,
  one,
  press,
  record,
  text,
} from '../support/dom.js';

const index: DatasetIndex = forecastStory();

const details = (eventId?: string, data: DatasetIndex | undefined = index) =>
  fixture<StEventDetails>(html`<st-event-details .index=${data} .eventId=${eventId}></st-event-details>`);

/** The `<dd>` of the fact labelled `label`. */
const fact = (el: Element, label: string) =>
  text(
    all(el, '.facts > div')
      .find((row) => text(row.querySelector('dt')) === label)
      ?.querySelector('dd'),
  );

describe('st-event-details', () => {
  it('is accessible with an event and when empty', async () => {
    await expect(await details('arrival')).to.be.accessible();
    await expect(await details()).to.be.accessible();
  });

  it('renders the title as a focusable h2 that labels its section', async () => {
    const el = await details('arrival');
    const heading = one(el, 'h2');
    expect(text(heading)).to.equal('First units arrive in Kursk');
    expect(heading.tabIndex).to.equal(-1);
    expect(one(el, 'section').getAttribute('aria-labelledby')).to.equal(heading.id);
    el.focus();
    expect(focused()).to.equal(describeElement(heading));
  });

  it('shows the long date with its basis, the status in words, the kind and the actors', async () => {
    const el = await details('arrival');
    expect(fact(el, 'When')).to.equal('about 23 October 2024 Basis: “Wednesday” in the wire report.');
    expect(fact(el, 'Status')).to.equal('Claimed — asserted by a party, not confirmed');
    expect(fact(el, 'Kind')).to.equal('Deployment');
    expect(all(el, '.actors li').map(text)).to.deep.equal([
      'Alpha Person, head of intelligence (Ukraine)',
      'Beta Ministry (North Korea)',
    ]);
    expect(text(one(el, '.summary'))).to.equal('Officials say the first units arrived in Kursk.');
  });

  it('says that a forecast had not happened when it was reported', async () => {
    expect(fact(await details('forecast'), 'Status')).to.equal('Forecast — expected, not yet happened when reported');
  });

  it('lists the numbers claimed in the event with their claimant', async () => {
    const el = await details('arrival');
    expect(all(el, '.claims li').map(text)).to.deep.equal([
      'about 3,000 troops: units arriving in Kursk (claimed by Alpha Person)',
    ]);
    expect(all(await details('forecast'), '.claims li')).to.have.length(0);
  });

  it('renders every excerpt as a blockquote with its article, outlet and publication date', async () => {
    const el = await details('arrival');
    expect(all(el, 'blockquote').map(text)).to.deep.equal([
      '“the first units arrived in Kursk”',
      'Budanov said “the first units arrive tomorrow” in Kursk.',
    ]);
    expect(all(el, 'figure').map((f) => text(f.querySelector('figcaption')))).to.deep.equal([
      'Report on the arrival (descriptive title), outlet not named, 23 Oct 2024 (uncertain) (checked against the stored article)',
      'Budanov expects troops, Kyiv Post, 22 Oct 2024 (checked against the stored article)',
    ]);
    expect(all(el, 'figcaption cite').map(text)).to.deep.equal(['Report on the arrival', 'Budanov expects troops']);
  });

  it('"Show in article" sends st-open-article with the article and the quote', async () => {
    const el = await details('arrival');
    const buttons = all<HTMLButtonElement>(el, '.excerpts button');
    expect(buttons.map(accessibleText)).to.deep.equal([
      'Show in article: Report on the arrival',
      'Show in article: Budanov expects troops',
    ]);
    let origin: EventTarget | undefined;
    el.addEventListener('st-open-article', (e) => (origin = e.composedPath()[0]));
    const opened = oneEvent(el, 'st-open-article');
    buttons[1]!.click();
    const event = await opened;
    expect(event.detail).to.deep.equal({
      article: 'kp',
      quote: 'Budanov said “the first units arrive tomorrow” in Kursk.',
    } satisfies OpenArticleDetail);
    expect(event.composed && event.bubbles).to.equal(true);
    expect(origin === buttons[1], 'sent from the button, which names the opener').to.equal(true);
  });

  it('links related events with the relation in words, title and date', async () => {
    const el = await details('arrival');
    expect(all(el, '.related li').map(text)).to.deep.equal([
      'Forecast of this event: Budanov forecasts the first arrivals (22 Oct 2024)',
      'Contradicted by: Ministry denies the arrival (25 Oct 2024) The ministry calls it a rumour.',
    ]);
    expect(all<HTMLAnchorElement>(el, '.related a').map((a) => a.getAttribute('href'))).to.deep.equal([
      '?event=forecast',
      '?event=denial',
    ]);
    expect(text(all(await details('forecast'), '.related li')[0])).to.match(/^Outcome of this forecast: First units/);
  });

  it('a related link sends st-select and does not navigate', async () => {
    const el = await details('arrival');
    const before = location.href;
    const selected = oneEvent(el, 'st-select');
    expect(clickLink(one(el, '.related a')), 'navigation prevented').to.equal(true);
    expect((await selected).detail).to.deep.equal({ id: 'forecast' } satisfies SelectDetail);
    expect(location.href).to.equal(before);
  });

  it('moves focus to the title when a followed link is replaced by the next event', async () => {
    const el = await details('arrival');
    el.addEventListener('st-select', (e) => (el.eventId = e.detail.id));
    const link = one(el, '.related a');
    link.focus();
    clickLink(link);
    await el.updateComplete;
    expect(focused()).to.equal(describeElement(one(el, 'h2')));
    expect(text(one(el, 'h2'))).to.equal('Budanov forecasts the first arrivals');
  });

  it('Previous and Next name their target, show the position and send st-select', async () => {
    const el = await details('arrival');
    expect(text(one(el, '.position [aria-hidden]'))).to.equal('2 / 3');
    const previous = button(el, 'Previous');
    const next = button(el, 'Next');
    expect(accessibleText(previous)).to.equal('Previous: Budanov forecasts the first arrivals');
    expect(accessibleText(next)).to.equal('Next: Ministry denies the arrival');
    const seen = record<SelectDetail>(el, 'st-select');
    previous.click();
    next.click();
    expect(seen.map((e) => e.detail.id)).to.deep.equal(['forecast', 'denial']);
  });

  it('keeps a focused Next button, disabled for assistive technology, at the last event', async () => {
    const el = await details('arrival');
    el.addEventListener('st-select', (e) => (el.eventId = e.detail.id));
    const next = button(el, 'Next');
    next.focus();
    next.click();
    await el.updateComplete;
    expect(focused()).to.equal(describeElement(next));
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    const seen = record(el, 'st-select');
    next.click();
    expect(seen).to.have.length(0);
  });

  it('← and → inside the panel send st-select for the previous and next event', async () => {
    const el = await details('arrival');
    const seen = record<SelectDetail>(el, 'st-select');
    one(el, 'h2').focus();
    await sendKeys({ press: 'ArrowLeft' });
    button(el, 'Show in article').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(press(one(el, 'h2'), 'ArrowRight').defaultPrevented, 'the key is consumed').to.equal(true);
    expect(seen.map((e) => e.detail)).to.deep.equal([{ id: 'forecast' }, { id: 'denial' }, { id: 'denial' }]);
  });

  it('ignores ←/→ with modifier keys, outside the panel, and past either end', async () => {
    const el = await details('forecast');
    const seen = record(el, 'st-select');
    const body = record(document.body, 'st-select');
    for (const modifier of ['altKey', 'ctrlKey', 'metaKey', 'shiftKey']) {
      press(one(el, 'h2'), 'ArrowRight', { [modifier]: true });
    }
    press(document.body, 'ArrowRight');
    expect(press(one(el, 'h2'), 'ArrowLeft').defaultPrevented).to.equal(false);
    expect([seen.length, body.length]).to.deep.equal([0, 0]);
  });

  it('shows a hint, not a blank box, when no event is selected', async () => {
    const el = await details();
    expect(text(one(el, 'h2'))).to.equal('Event details');
    expect(text(one(el, 'section'))).to.contain('Select an event (on the timeline, in the list or from a figure)');
    expect(all(el, 'blockquote')).to.have.length(0);
    expect(text(one(await details('nope'), 'section'))).to.contain('There is no event “nope” in this timeline.');
    const unloaded = await fixture<StEventDetails>(html`<st-event-details event-id="arrival"></st-event-details>`);
    expect(text(one(unloaded, 'section'))).to.contain('Select an event');
  });

  it('renders data strings as text, never as HTML', async () => {
    const el = await details('bad', hostileIndex());
    expect(all(el, 'img').length).to.equal(0);
    expect(text(one(el, 'h2'))).to.equal(HOSTILE);
    expect(text(one(el, 'blockquote'))).to.equal(HOSTILE);
    expect(text(one(el, 'cite'))).to.equal(HOSTILE);
  });

  it('shows the mini fixture loaded and validated as the app loads it', async () => {
    const el = await details('alpha-says', await loadIndex('/tests/fixtures/mini/events.json'));
    expect(text(one(el, 'h2'))).to.equal('Alpha forecasts arrival');
    expect(text(one(el, 'blockquote'))).to.equal('“the units arrive tomorrow,”');
    expect(text(one(el, 'figcaption'))).to.equal(
      'A test article (descriptive title), outlet not named, 22 Oct 2024 (uncertain) (checked against the stored article)',
    );
  });

  describe('how the curated events are sourced', () => {
    it('counts articles and original sources, marks one source repeated, and gives each excerpt its chain', async () => {
      const el = await details('nk-first-units-expected-kursk-2024-10-23', await loadIndex());
      expect(text(one(el, '.sourcing-line'))).to.match(
        /^Reported in 4 articles, 1 original source: Kyrylo Budanov, for Main Directorate of Intelligence \(HUR\)\.$/,
      );
      expect(text(one(el, '.meta .single-source'))).to.equal('Single source');
      expect(text(one(el, '.single-source-why'))).to.contain('All 4 articles go back to one original source');
      expect(all(el, '.excerpts .via').map(text)).to.include('Attributed to Kyrylo Budanov, via The War Zone.');
      expect(all(el, '.related li').map(text).join('\n')).to.contain('Another version (both can be true):');
    });

    it('shows an editor’s note apart, labelled as coming from outside the articles', async () => {
      const el = await details('south-korea-nsc-meeting-2024-10-22', await loadIndex());
      const note = one(el, 'aside.editor-note');
      expect(note.getAttribute('aria-label')).to.equal('Editor’s note, from outside the articles, about Shen Yuanxi');
      expect(text(note)).to.match(/^Editor’s note, from outside the articles \(about Shen Yuanxi\)/);
      expect(text(note)).to.contain('Shin Won-sik');
      expect(text(one(el, '.summary'))).not.to.contain('Shin Won-sik');
      await expect(el).to.be.accessible();
    });

    it('says when the date rests on one article', async () => {
      const el = await details('russia-nk-defence-pact-2024-06-18', await loadIndex());
      expect(text(one(el, '.single-date'))).to.match(/^Only one article \(“Zelensky says/);
      expect(el.shadowRoot!.querySelector('.meta .single-source')).to.equal(null);
    });
  });
});
