import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/st-sources-view.js';
import type { StSourcesView } from '../../src/components/st-sources-view.js';
import type { FilterArticleDetail } from '../../src/events.js';
import type { DatasetIndex } from '../../src/data/dataset-index.js';
import type { TimelineEvent } from '../../src/data/types.js';
import type { OpenArticleDetail } from '../../src/events.js';
import { HOSTILE, article, buildIndex, timelineEvent } from '../support/build-index.js';
import { loadIndex } from '../support/dataset.js';
import { accessibleText, all, button, one, text } from '../support/dom.js';

/** The dataset as stored, read without the app's loader, to count independently of the element. */
interface RawDataset {
  articles: { id: string; title: string }[];
  events: { id: string; status: string; sources: { article: string }[] }[];
}
const raw = async (): Promise<RawDataset> => (await (await fetch('/data/events.json')).json()) as RawDataset;

const view = (index: DatasetIndex | undefined, events: readonly TimelineEvent[] = index?.events ?? []) =>
  fixture<StSourcesView>(html`<st-sources-view .index=${index} .events=${events}></st-sources-view>`);

const cards = (el: Element) => all(el, '.card');
const card = (el: Element, title: string) => {
  const found = cards(el).find((c) => text(c.querySelector('h3')).startsWith(title));
  if (!found) throw new Error(`no card "${title}"`);
  return found;
};
/** The `<dd>` of the fact labelled `label` in a card. */
const fact = (c: Element, label: string) =>
  text(
    [...c.querySelectorAll('.facts > div')].find((row) => text(row.querySelector('dt')) === label)?.lastElementChild,
  );

const TEXT = 'An article text long enough to quote from.';
const withUrl = (url: string | null) =>
  buildIndex({
    articles: [article('a', { url, title: 'Linked article', language: 'en', notes: ['First note.', 'Second note.'] })],
    texts: { a: TEXT },
    events: [timelineEvent('e', { sources: [{ article: 'a', quote: 'An article text' }] })],
  });

describe('st-sources-view', () => {
  it('is accessible, with and without data', async () => {
    await expect(await view(await loadIndex())).to.be.accessible();
    await expect(await view(undefined)).to.be.accessible();
  });

  it('shows a Sources heading and one card per article, in dataset order', async () => {
    const data = await raw();
    const el = await view(await loadIndex());
    expect(text(one(el, 'h2'))).to.equal('Sources');
    expect(cards(el)).to.have.length(5);
    expect(all(el, '.card h3').map((h) => accessibleText(h).replace(' (descriptive title)', ''))).to.deep.equal(
      data.articles.map((a) => a.title),
    );
  });

  it('counts the events each article supports, in all and among those shown, and those only it reports', async () => {
    const data = await raw();
    const index = await loadIndex();
    const shown = index.events.filter((e) => e.status === 'claimed');
    const el = await view(index, shown);
    const expected = data.articles.map((a) => {
      const cites = (e: RawDataset['events'][number]) => e.sources.some((s) => s.article === a.id);
      const supports = data.events.filter(cites);
      const only = data.events.filter((e) => e.sources.every((s) => s.article === a.id)).length;
      const inView = supports.filter((e) => e.status === 'claimed').length;
      return `Supports ${supports.length} events (${inView} shown). ${
        only === 0 ? 'No event rests on it alone.' : `The only source for ${only} event${only === 1 ? '' : 's'}.`
      }`;
    });
    expect(all(el, '.counts').map(text)).to.deep.equal(expected);
  });

  it('article 004 is the only source for the events that cite nothing else', async () => {
    const data = await raw();
    const id = '004_c0cbded3428b979b';
    const only = data.events.filter((e) => e.sources.length > 0 && e.sources.every((s) => s.article === id)).length;
    expect(only, 'the dataset has such events').to.be.greaterThan(0);
    const el = await view(await loadIndex());
    const c = card(el, data.articles.find((a) => a.id === id)!.title);
    expect(text(c.querySelector('.counts'))).to.contain(`The only source for ${only} events.`);
  });

  it('shows the outlet or says it is not named, the long publication date with its basis, and the language', async () => {
    const index = await loadIndex();
    const el = await view(index);
    const kp = card(el, 'Budanov expects North Korean troops');
    expect(text(kp.querySelector('h3'))).to.match(/\(descriptive title\)$/);
    expect(fact(kp, 'Outlet')).to.equal('Kyiv Post');
    expect(fact(kp, 'Published')).to.equal('22 October 2024 (uncertain)');
    expect(fact(kp, 'Language')).to.equal('English');
    expect(text(kp.querySelector('details'))).to.contain(index.dataset.articles[0]!.publishedBasis);
    const economist = card(el, 'Ukraine’s Intelligence Chief');
    expect(text(economist.querySelector('h3'))).not.to.contain('descriptive');
    expect(fact(economist, 'Outlet')).to.equal('outlet not named');
    expect(fact(economist, 'Published')).to.equal('22 – 31 October 2024');
  });

  it('lists the notes of an article', async () => {
    const el = await view(withUrl(null));
    expect(all(el, '.notes li').map(text)).to.deep.equal(['First note.', 'Second note.']);
  });

  it('"Read the article" sends st-open-article with the article only, from the button', async () => {
    const el = await view(withUrl(null));
    const read = button(el, 'Read the article');
    expect(accessibleText(read)).to.equal('Read the article: Linked article');
    let origin: EventTarget | undefined;
    el.addEventListener('st-open-article', (e) => (origin = e.composedPath()[0]));
    const opened = oneEvent(el, 'st-open-article');
    read.click();
    expect((await opened).detail).to.deep.equal({ article: 'a' } satisfies OpenArticleDetail);
    expect(origin === read, 'sent from the button').to.equal(true);
  });

  it('"Show its events" sends st-filter-article with the article', async () => {
    const el = await view(withUrl(null));
    const filtered = oneEvent(el, 'st-filter-article');
    button(el, 'Show its events').click();
    const event = await filtered;
    expect(event.detail).to.deep.equal({ article: 'a', only: false } satisfies FilterArticleDetail);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('"Show what only it reports" sends st-filter-article with only, and is offered only when there is such an event', async () => {
    const index = await loadIndex();
    const el = await view(index);
    const card = all(el, '.card').find((c) => text(c.querySelector('h3')).startsWith('Black Intelligence Chief'))!;
    const only = [...card.querySelectorAll('button')].find((b) => text(b).startsWith('Show what only it reports'))!;
    const filtered = oneEvent(el, 'st-filter-article');
    only.click();
    expect((await filtered).detail).to.deep.equal({ article: '004_c0cbded3428b979b', only: true });
    const none = all(el, '.card').filter((c) => text(c).includes('No event rests on it alone.'));
    for (const c of none) expect(text(c)).to.not.contain('Show what only it reports');
  });

  it('links an http(s) address in a new tab, and never anything else', async () => {
    const linked = await view(withUrl('https://example.org/story?id=1'));
    const link = one(linked, '.card a') as HTMLAnchorElement;
    expect([link.getAttribute('href'), link.target, link.rel]).to.deep.equal([
      'https://example.org/story?id=1',
      '_blank',
      'noopener noreferrer',
    ]);
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', null]) {
      const el = await view(withUrl(url));
      expect(all(el, 'a'), String(url)).to.have.length(0);
    }
  });

  it('renders data strings as text, never as HTML', async () => {
    const hostile = buildIndex({
      articles: [article('x', { title: HOSTILE, outlet: HOSTILE, publishedBasis: HOSTILE, notes: [HOSTILE] })],
      texts: { x: `Text with ${HOSTILE} inside.` },
      events: [timelineEvent('bad', { sources: [{ article: 'x', quote: HOSTILE }] })],
    });
    const el = await view(hostile);
    expect(all(el, 'img')).to.have.length(0);
    expect(text(one(el, 'h3'))).to.equal(HOSTILE);
    expect(fact(one(el, '.card'), 'Outlet')).to.equal(HOSTILE);
  });

  it('shows only the heading without data', async () => {
    const el = await view(undefined);
    expect(text(one(el, 'section'))).to.equal('Sources');
  });
});
