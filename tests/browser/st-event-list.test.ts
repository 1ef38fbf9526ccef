import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/st-event-list.js';
import type { StEventList } from '../../src/components/st-event-list.js';
import type { DatasetIndex } from '../../src/data/dataset-index.js';
import type { TimelineEvent } from '../../src/data/types.js';
import type { OpenArticleDetail, SelectDetail } from '../../src/events.js';
import { HOSTILE, hostileIndex } from '../support/build-index.js';
import { loadIndex, until } from '../support/dataset.js';
import { forecastStory } from '../support/forecast-story.js';
import {
  accessibleText,
  all,
  button,
  describeElement,
  entryId,
  focused,
  one,
  press,
  record,
  text,
} from '../support/dom.js';

const small: DatasetIndex = forecastStory();

interface Options {
  events?: readonly TimelineEvent[];
  selectedId?: string;
  terms?: readonly string[];
}

const entries = (el: Element) => all(el, 'article');

/** The list once it has drawn its first page (its first frame draws only the first entries). */
async function drawn(el: StEventList): Promise<StEventList> {
  const page = Math.min(el.events.length, 100);
  await until(() => entries(el).length === page, `the first ${page} entries`);
  return el;
}

const list = async (data: DatasetIndex = small, options: Options = {}) =>
  drawn(
    await fixture<StEventList>(
      html`<st-event-list
        .index=${data}
        .events=${options.events ?? data.events}
        .selectedId=${options.selectedId}
        .terms=${options.terms ?? []}
      ></st-event-list>`,
    ),
  );
const entry = (el: Element, id: string) => one(el, `article[data-id="${id}"]`);

/** The text of the elements an ARIA id-reference attribute points to. */
const referenced = (el: Element, target: Element, attribute: string) =>
  (target.getAttribute(attribute) ?? '')
    .split(' ')
    .map((id) => text(el.shadowRoot?.getElementById(id)))
    .join(' | ');

describe('st-event-list', () => {
  it('is accessible with events and when empty', async () => {
    await expect(await list()).to.be.accessible();
    await expect(await list(small, { events: [] })).to.be.accessible();
  });

  it('is a named feed whose articles carry their position, set size, name and description', async () => {
    const index = await loadIndex();
    const el = await list(index);
    const feed = one(el, '[role="feed"]');
    expect(feed.getAttribute('aria-busy')).to.equal('false');
    expect(feed.getAttribute('aria-label')).to.equal('Events, in date order');
    const articles = entries(el);
    const n = index.events.length;
    expect(articles.map((a) => entryId(a))).to.deep.equal(index.events.map((e) => e.id));
    expect(articles.map((a) => a.getAttribute('aria-posinset'))).to.deep.equal(
      Array.from({ length: n }, (_, i) => String(i + 1)),
    );
    expect(articles.map((a) => a.getAttribute('aria-setsize'))).to.deep.equal(Array(n).fill(String(n)));
    expect(articles.every((a) => a.tabIndex === 0 && a.parentElement === feed)).to.equal(true);
    expect(referenced(el, articles[0]!, 'aria-labelledby')).to.equal(index.events[0]!.title);
    expect(referenced(el, articles[0]!, 'aria-describedby')).to.contain(index.events[0]!.summary);
  });

  it('shows the long date, the status and group, the title and summary; the quotes, basis and actors a click away', async () => {
    const el = await list();
    const arrival = entry(el, 'arrival');
    expect(text(arrival.querySelector('.when'))).to.equal('about 23 October 2024 Claimed Party: Ukraine');
    expect(text(arrival.querySelector('h3'))).to.equal('First units arrive in Kursk');
    expect(text(arrival.querySelector('.summary'))).to.equal('Officials say the first units arrived in Kursk.');
    const sources = arrival.querySelector<HTMLDetailsElement>('details.sources')!;
    expect(sources.open, 'closed until asked for').to.equal(false);
    expect(text(arrival.querySelector('.count'))).to.equal(
      'Reported in 2 articles, 2 original sources: quotes, date basis',
    );
    expect(text(entry(el, 'denial').querySelector('.count'))).to.equal('Reported in 1 article: quotes, date basis');
    // What one article alone reports is marked, and the mark says why to a screen reader too.
    expect(arrival.querySelector('.single-source')).to.equal(null);
    expect(text(entry(el, 'denial').querySelector('.when .single-source'))).to.match(
      /^Single source: Only one article reports this event\./,
    );
    expect([...arrival.querySelectorAll('.facts > div')].map(text)).to.deep.equal([
      'How the date is known “Wednesday” in the wire report.',
      'Who Alpha Person, Beta Ministry',
    ]);
    expect(text(entry(el, 'forecast').querySelector('.badge'))).to.equal('Forecast');
  });

  it('quotes every excerpt with its article, outlet and publication date', async () => {
    const arrival = entry(await list(), 'arrival');
    expect([...arrival.querySelectorAll('blockquote')].map(text)).to.deep.equal([
      '“the first units arrived in Kursk”',
      'Budanov said “the first units arrive tomorrow” in Kursk.',
    ]);
    expect([...arrival.querySelectorAll('figcaption')].map(text)).to.deep.equal([
      'Report on the arrival (descriptive title), outlet not named, 23 Oct 2024 (uncertain) (checked against the stored article)',
      'Budanov expects troops, Kyiv Post, 22 Oct 2024 (checked against the stored article)',
    ]);
  });

  it('"Show in article" sends st-open-article with the article and the quote, from the button', async () => {
    const el = await list();
    const show = entry(el, 'arrival').querySelectorAll('button')[2]!;
    expect(accessibleText(show)).to.equal('Show in article: Budanov expects troops');
    let origin: EventTarget | undefined;
    el.addEventListener('st-open-article', (e) => (origin = e.composedPath()[0]));
    const opened = oneEvent(el, 'st-open-article');
    show.click();
    expect((await opened).detail).to.deep.equal({
      article: 'kp',
      quote: 'Budanov said “the first units arrive tomorrow” in Kursk.',
    } satisfies OpenArticleDetail);
    expect(origin === show, 'sent from the button').to.equal(true);
  });

  it('Page Down and Page Up move focus to the next and previous entry', async () => {
    const el = await list();
    const [first, second, third] = entries(el);
    first!.focus();
    await sendKeys({ press: 'PageDown' });
    expect(focused()).to.equal(describeElement(second));
    second!.querySelector('button')!.focus();
    await sendKeys({ press: 'PageDown' });
    expect(focused()).to.equal(describeElement(third));
    await sendKeys({ press: 'PageDown' });
    expect(focused(), 'stays on the last').to.equal(describeElement(third));
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'PageUp' });
    expect(focused()).to.equal(describeElement(first));
    expect(press(first!, 'PageUp').defaultPrevented, 'nothing before the first').to.equal(false);
    expect(press(first!, 'PageDown', { ctrlKey: true }).defaultPrevented, 'modifiers left alone').to.equal(false);
  });

  it('Enter on an entry and a click on its title send st-select', async () => {
    const el = await list();
    const seen = record<SelectDetail>(el, 'st-select');
    entry(el, 'denial').focus();
    await sendKeys({ press: 'Enter' });
    one(el, 'article[data-id="forecast"] h3 button').click();
    expect(seen.map((e) => e.detail.id)).to.deep.equal(['denial', 'forecast']);
    expect(seen.every((e) => e.bubbles && e.composed)).to.equal(true);
  });

  it('Enter on a button inside an entry does what the button does, not select', async () => {
    const el = await list();
    const seen = record(el, 'st-select');
    const opened = record(el, 'st-open-article');
    for (const details of all<HTMLDetailsElement>(el, 'details.sources')) details.open = true;
    button(el, 'Show in article').focus();
    await sendKeys({ press: 'Enter' });
    expect([seen.length, opened.length]).to.deep.equal([0, 1]);
  });

  it('marks the selected entry with aria-current', async () => {
    const el = await list(small, { selectedId: 'arrival' });
    expect(entries(el).map((a) => a.getAttribute('aria-current'))).to.deep.equal(['false', 'true', 'false']);
    expect(all(el, '.current').map((tag) => entryId(tag.closest('article')!))).to.deep.equal(['arrival']);
    el.selectedId = 'denial';
    await el.updateComplete;
    expect(entries(el).map((a) => a.getAttribute('aria-current'))).to.deep.equal(['false', 'false', 'true']);
  });

  describe('scrolling', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    const scroller = async (index: DatasetIndex) => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="height: 300px; overflow: auto">
          <button type="button">Elsewhere</button>
          <st-event-list .index=${index} .events=${index.events}></st-event-list>
        </div>`,
      );
      const el = box.querySelector('st-event-list')!;
      await drawn(el);
      return { box, el };
    };
    const inView = (box: Element, target: Element) => {
      const outer = box.getBoundingClientRect();
      const inner = target.getBoundingClientRect();
      return inner.top >= outer.top - 1 && inner.top < outer.bottom;
    };

    it('a selection from outside scrolls its entry into view, at once under reduced motion, keeping focus', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const index = await loadIndex();
      const { box, el } = await scroller(index);
      const outside = box.querySelector('button')!;
      outside.focus();
      const last = index.events.at(-1)!.id;
      expect(inView(box, entry(el, last))).to.equal(false);
      el.selectedId = last;
      await el.updateComplete;
      expect(inView(box, entry(el, last)), 'in view without waiting').to.equal(true);
      expect(focused()).to.equal(describeElement(outside));
    });

    it('draws and scrolls to a selection that comes before the rest of the first page is drawn', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const index = await loadIndex();
      const box = await fixture<HTMLDivElement>(
        html`<div style="height: 300px; overflow: auto">
          <st-event-list .index=${index} .events=${index.events}></st-event-list>
        </div>`,
      );
      const el = box.querySelector('st-event-list')!;
      expect(entries(el).length).to.be.below(index.events.length);
      const last = index.events.at(-1)!.id;
      el.selectedId = last;
      await el.updateComplete;
      expect(inView(box, entry(el, last))).to.equal(true);
      expect(entries(el)).to.have.length(index.events.length);
    });

    it('scrolls smoothly into view otherwise', async () => {
      const index = await loadIndex();
      const { box, el } = await scroller(index);
      const target = index.events[30]!.id;
      el.selectedId = target;
      await el.updateComplete;
      for (let frame = 0; frame < 180 && !inView(box, entry(el, target)); frame++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      expect(inView(box, entry(el, target))).to.equal(true);
    });

    it('a selection made in the list does not scroll it', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const index = await loadIndex();
      const { box, el } = await scroller(index);
      el.addEventListener('st-select', (e) => (el.selectedId = e.detail.id));
      const second = entry(el, index.events[1]!.id);
      box.scrollTop = second.offsetTop - box.offsetTop - 250;
      const before = box.scrollTop;
      second.querySelector<HTMLElement>('h3 button')!.click();
      await el.updateComplete;
      expect(second.getAttribute('aria-current')).to.equal('true');
      expect(box.scrollTop).to.equal(before);
    });
  });

  it('marks search terms in titles, summaries and excerpts, keeping the text as written', async () => {
    const el = await list(small, { terms: ['kursk', 'UNITS'] });
    const arrival = entry(el, 'arrival');
    const marks = (selector: string) => [...arrival.querySelectorAll(`${selector} mark`)].map(text);
    expect(marks('h3')).to.deep.equal(['units', 'Kursk']);
    expect(marks('.summary')).to.deep.equal(['units', 'Kursk']);
    expect(marks('blockquote')).to.deep.equal(['units', 'Kursk', 'units', 'Kursk']);
    expect(text(arrival.querySelector('h3'))).to.equal('First units arrive in Kursk');
    expect(all(await list(), 'mark')).to.have.length(0);
  });

  it('renders data strings as text, never as HTML, even with terms marked', async () => {
    const hostile = hostileIndex();
    for (const terms of [[], ['img', 'onerror']]) {
      const el = await list(hostile, { terms });
      expect(all(el, 'img')).to.have.length(0);
      expect(text(one(el, 'h3'))).to.equal(HOSTILE);
      expect(text(one(el, 'blockquote'))).to.equal(HOSTILE);
      expect(text(one(el, 'cite'))).to.equal(HOSTILE);
    }
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('says so, with a hint, when no event matches', async () => {
    const el = await list(small, { events: [] });
    expect(all(el, '[role="feed"], article')).to.have.length(0);
    expect(text(one(el, '.empty'))).to.match(/^No events match these filters\. \S.+/);
  });
});

describe('st-event-list with thousands of events', () => {
  let big: DatasetIndex;
  before(async () => {
    const { generateDataset } = await import('../../scripts/synthetic/generate.js');
    const { validateDataset } = await import('../../src/data/validate.js');
    const { indexDataset } = await import('../../src/data/dataset-index.js');
    const { dataset } = generateDataset({ events: 2000, seed: 4 });
    const result = validateDataset(dataset);
    if (!result.ok) throw new Error(result.problems[0]?.message);
    big = indexDataset(result.dataset);
  });

  it('draws its first entries in its first frame, and the rest of the page a few at a time', async () => {
    const counts: number[] = [];
    const el = await fixture<StEventList>(html`<st-event-list .index=${big} .events=${big.events}></st-event-list>`);
    // The first frame: what the window can show, and no more than 12.
    const first = all(el, 'article');
    expect(first.length).to.be.within(4, 12);
    expect(first.at(-1)!.getBoundingClientRect().bottom).to.be.greaterThan(innerHeight);
    expect(el.shadowRoot?.querySelector('.more')).to.equal(null);
    // Each drawing in turn is one update, seen here once it is in the tree.
    const watch = new MutationObserver(() => counts.push(all(el, 'article').length));
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await drawn(el);
    watch.disconnect();
    expect(all(el, 'article').map((a) => entryId(a))).to.deep.equal(big.events.slice(0, 100).map((e) => e.id));
    const steps = [first.length, ...new Set(counts)].map((count, i, seen) => count - (seen[i - 1] ?? 0)).slice(1);
    expect(steps.length, `drawn in ${steps.length} turns: ${steps.join(', ')}`).to.be.greaterThan(6);
    for (const step of steps) expect(step).to.be.within(1, 12);
    // The button to show more comes once the page is whole.
    expect(one(el, '.more button')).to.not.equal(null);
  });

  it('draws a page at a time, the rest on request, and never more than asked for', async () => {
    const el = await drawn(
      await fixture<StEventList>(html`<st-event-list .index=${big} .events=${big.events}></st-event-list>`),
    );
    expect(all(el, 'article')).to.have.length(100);
    expect(one(el, 'article').getAttribute('aria-setsize')).to.equal('2000');
    button(el, 'Show 100 more').click();
    await el.updateComplete;
    expect(all(el, 'article')).to.have.length(200);
    expect(accessibleText(one(el, '.more button'))).to.equal('Show 100 more (200 of 2000 shown)');
    // The button moved focus to the first new entry.
    expect(focused()).to.equal(describeElement(all(el, 'article')[100]));
  });

  it('goes on into the next page with Page Down from the last entry drawn', async () => {
    const el = await drawn(
      await fixture<StEventList>(html`<st-event-list .index=${big} .events=${big.events}></st-event-list>`),
    );
    const last = all(el, 'article')[99]!;
    last.focus();
    press(last, 'PageDown');
    await el.updateComplete;
    expect(all(el, 'article').length).to.be.at.least(200);
    expect(focused()).to.equal(describeElement(all(el, 'article')[100]));
    expect(entryId(all(el, 'article')[100]!)).to.equal(big.events[100]?.id);
  });

  it('draws the selected event however far down it is, and adds more as the end scrolls into view', async () => {
    const far = big.events[1234]!.id;
    const el = await fixture<StEventList>(
      html`<div style="height: 400px; overflow: auto">
        <st-event-list .index=${big} .events=${big.events} .selectedId=${far}></st-event-list>
      </div>`,
    );
    const list = el.querySelector('st-event-list')!;
    await list.updateComplete;
    expect(all(list, 'article').some((a) => entryId(a) === far)).to.equal(true);
    const count = all(list, 'article').length;
    expect(count).to.be.below(1400);
    one(list, '.more').scrollIntoView();
    await until(() => all(list, 'article').length > count, 'a page added as the end came into view');
  });
});
