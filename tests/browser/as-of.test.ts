// "As known on": the control, the address round trip, every view as of a day, and the presentation's replay.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { StApp } from '../../src/app/st-app.js';
import '../../src/app/st-app.js';
import '../../src/entries/sourced-timeline.js';
import { until } from '../support/dataset.js';
import { deep } from '../support/dom.js';
import { appFixture, restorePageAfterEach } from '../support/app.js';

const SYRSKY = 'syrsky-briefing-2024-10-25';
const ARRIVAL = 'nk-first-units-expected-kursk-2024-10-23';

restorePageAfterEach();

function all(root: Element, ...selectors: string[]): HTMLElement[] {
  const last = selectors.pop() ?? '';
  const parent = selectors.length ? deep(root, ...selectors) : root;
  return [...((parent?.shadowRoot ?? parent)?.querySelectorAll<HTMLElement>(last) ?? [])];
}

const app = () => appFixture((el) => deep(el, 'st-as-of', 'input[type="range"]') !== null, 'the as-of control');

const param = (name: string) => new URLSearchParams(window.location.search).get(name);
const listIds = (el: StApp) => all(el, 'st-event-list', '[data-id]').map((item) => item.dataset.id);
const slider = (el: StApp) => deep(el, 'st-as-of', 'input[type="range"]') as HTMLInputElement;
const dateField = (el: StApp) => deep(el, 'st-as-of', 'input[type="date"]') as HTMLInputElement;

describe('as known on', () => {
  it('as of 22 October: no Syrsky briefing, and the 23 October arrival shown as a forecast; as of 26 October the briefing', async () => {
    window.history.replaceState(null, '', '?view=list&asof=2024-10-22');
    const el = await app();
    await until(() => listIds(el).length > 0, 'the list');
    expect(listIds(el)).not.to.include(SYRSKY);
    expect(listIds(el)).to.include(ARRIVAL);
    const arrival = deep(el, 'st-event-list', `[data-id="${ARRIVAL}"]`)!;
    expect(arrival.querySelector('.badge')?.textContent).to.equal('Forecast');
    expect(arrival.textContent).to.contain('Still to come at the end of 22 October 2024; no outcome reported by then.');
    // Every excerpt shown comes from an article published by then: none of 25–26 October's.
    expect(deep(el, 'st-event-list')!.shadowRoot!.textContent).not.to.contain('Zelensky says Russia will use');

    // Step forward with the date field: the briefing arrives.
    const field = dateField(el);
    field.value = '2024-10-26';
    field.dispatchEvent(new Event('change'));
    await until(() => listIds(el).includes(SYRSKY), 'the briefing as of 26 October');
    expect(param('asof')).to.equal('2024-10-26');
  });

  it('is named and keyboard-operable: the slider steps through publication days, and the last stop is everything', async () => {
    window.history.replaceState(null, '', '?view=list');
    const el = await app();
    const range = slider(el);
    expect(range.getAttribute('aria-labelledby')).to.equal('as-of-label');
    expect(deep(el, 'st-as-of', '#as-of-label')!.textContent).to.equal('As known on');
    expect(deep(el, 'st-as-of', 'label[for="as-of-day"]')).to.not.equal(null);
    expect(range.getAttribute('aria-valuetext')).to.equal('everything reported');
    const everything = listIds(el).length;
    range.focus();
    await sendKeys({ press: 'Home' });
    await until(() => param('asof') === '2024-10-22', 'the first publication day');
    expect(slider(el).getAttribute('aria-valuetext')).to.match(/^22 October 2024 \(publication day 1 of \d+\)$/);
    await until(() => listIds(el).length > 0 && listIds(el).length < everything, 'fewer events');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => (param('asof') ?? '') > '2024-10-22', 'the next publication day');
    // "All reporting" clears the day.
    (deep(el, 'st-as-of', 'button.all') as HTMLButtonElement).click();
    await until(() => param('asof') === null && listIds(el).length === everything, 'everything again');
  });

  it('on a phone, waits as one line beside "About this timeline" and opens to the same control', async () => {
    await setViewport({ width: 375, height: 812 });
    window.history.replaceState(null, '', '?view=list');
    const el = await app();
    // Beside "About this timeline", not in a line of its own under the search.
    expect(deep(el, '.about-line st-as-of')).to.not.equal(null);
    expect(deep(el, '.tools st-as-of')).to.equal(null);
    const toggle = () => deep(el, 'st-as-of', 'button.toggle') as HTMLButtonElement;
    const shown = (element: HTMLElement | null) => element !== null && element.getClientRects().length > 0;
    expect(toggle().getAttribute('aria-expanded')).to.equal('false');
    expect(toggle().textContent.replace(/\s+/g, ' ').trim()).to.equal('As known on all reporting');
    expect(shown(slider(el))).to.equal(false);
    toggle().click();
    await until(() => shown(slider(el)), 'the fields, opened');
    expect(toggle().getAttribute('aria-expanded')).to.equal('true');
    expect(slider(el).getAttribute('aria-labelledby')).to.equal('as-of-label');
    expect(deep(el, 'st-as-of', '#as-of-label')!.textContent).to.equal('As known on');
    slider(el).focus();
    await sendKeys({ press: 'Home' });
    await until(() => param('asof') === '2024-10-22', 'the first publication day');
    // Closed again, the line says the day, how many events it shows, and keeps "All reporting" in reach.
    toggle().click();
    await until(() => !shown(slider(el)), 'the fields, closed');
    expect(toggle().textContent).to.contain('22 October 2024');
    expect(shown(deep(el, 'st-as-of', '.status'))).to.equal(true);
    expect(deep(el, 'st-as-of', '.status')!.textContent).to.match(/ of 45 events by then/);
    (deep(el, 'st-as-of', 'button.all') as HTMLButtonElement).click();
    await until(() => param('asof') === null, 'everything again');
  });

  it('round-trips through the address: back and forward, Copy link and the embed snippet keep it', async () => {
    window.history.replaceState(null, '', '?view=list&asof=2024-10-23&possibly=1');
    const el = await app();
    expect((deep(el, 'st-as-of', '.possibly input') as HTMLInputElement).checked).to.equal(true);
    // Articles possibly published by then: shown, and marked as such.
    await until(() => all(el, 'st-event-list', '.possibly-mark').length > 0, 'possibly marks');
    const withPossibly = listIds(el).length;
    (deep(el, 'st-as-of', '.possibly input') as HTMLInputElement).click();
    await until(() => param('possibly') === null && listIds(el).length < withPossibly, 'left out of the counts');
    expect(deep(el, 'st-as-of', '.status')!.textContent).to.match(/more possibly/);
    window.history.back();
    await until(() => param('possibly') === '1' && listIds(el).length === withPossibly, 'back restores it');
    // The embed dialog's snippet keeps the day.
    const embed = deep(el, 'st-embed-dialog')!;
    await (embed as unknown as { open(): Promise<void> }).open();
    await until(
      () => (deep(embed, 'textarea') as HTMLTextAreaElement | null)?.value.includes('asof=2024-10-23') === true,
      'snippet',
    );
    expect((deep(embed, 'textarea') as HTMLTextAreaElement).value).to.contain('possibly=1');
  });

  it('replays the presentation as it unfolded, one step per publication day, the outcome arriving after its forecast', async () => {
    window.history.replaceState(null, '', '?present=1&story=as-it-unfolded');
    const el = await fixture<StApp>(html`<st-app src="/data/events.json"></st-app>`);
    await until(() => deep(el, 'st-presentation', '.slide .day') !== null, 'the first day');
    const presentation = deep(el, 'st-presentation')!;
    const dayText = () => deep(presentation, '.slide .day')?.textContent ?? '';
    expect(dayText()).to.contain('Known by the end of 22 October 2024');
    const text = () => deep(presentation, '.slide')?.textContent ?? '';
    expect(text()).not.to.contain('Syrsky briefs Zelensky');
    // The forecast is still one on its first day.
    expect(text()).to.contain('First North Korean units expected in Kursk');
    const days = [dayText()];
    for (let step = 0; step < 8 && !text().includes('Syrsky briefs Zelensky'); step++) {
      (deep(presentation, '.next') as HTMLButtonElement).click();
      await until(() => dayText() !== days.at(-1), 'the next day');
      days.push(dayText());
      expect(param('step')).to.equal(String(days.length));
    }
    expect(text()).to.contain('Syrsky briefs Zelensky');
    expect(new Set(days).size).to.equal(days.length);
  });

  it('<sourced-timeline asof> shows the chronology as of that day, and never touches the address', async () => {
    const before = window.location.href;
    const host = await fixture(
      html`<sourced-timeline src="/data/events.json" view="list" asof="2024-10-22"></sourced-timeline>`,
    );
    const inner = () => host.shadowRoot?.querySelector('st-app') ?? null;
    await until(() => inner() !== null && listIds(inner()!).length > 0, 'the element');
    expect(listIds(inner()!)).not.to.include(SYRSKY);
    host.setAttribute('asof', '2024-10-26');
    await until(() => listIds(inner()!).includes(SYRSKY), 'a new day from the attribute');
    expect(window.location.href).to.equal(before);
  });

  it('draws each titled event’s first report on the timeline when asked, and lists in Sources what each article reported first', async () => {
    await setViewport({ width: 1280, height: 800 });
    window.history.replaceState(null, '', '?view=timeline&from=2024-10-14&to=2024-10-30');
    const el = await app();
    const timeline = deep(el, 'st-timeline')!;
    await until(() => all(el, 'st-timeline', '.st-label[data-id]').length > 0, 'titled events');
    const toggle = deep(timeline, '.first-reports-toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(deep(timeline, 'svg.first-reports')).to.equal(null);
    toggle.click();
    await until(() => all(timeline, 'svg.first-reports', '.tick').length > 0, 'ticks');
    await until(() => toggle.getAttribute('aria-pressed') === 'true', 'the toggle pressed');
    // One tick per titled event with a dated source.
    const titled = all(timeline, '.vis-center .st-label[data-id]').length;
    expect(all(timeline, 'svg.first-reports', '.tick').length).to.be.within(1, titled);
    expect(deep(timeline, '#timeline-status')!.textContent).to.contain('first reported');
    toggle.click();
    await until(() => deep(timeline, 'svg.first-reports') === null, 'ticks gone');

    window.history.replaceState(null, '', '?view=sources');
    const sources = await app();
    const cards = all(sources, 'st-sources-view', '.card');
    expect(cards.length).to.equal(5);
    const summaries = cards.map(
      (card) => card.querySelector('.reported-first summary, .first-none')?.textContent.replace(/\s+/g, ' ') ?? '',
    );
    expect(summaries.filter((text) => !/Reported (first|nothing first)/.test(text))).to.deep.equal([]);
    expect(summaries.some((text) => /Reported first: \d+ event/.test(text))).to.equal(true);
  });
});
