import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type FilterState } from '../../../src/data/filters.js';
import * as handoutModule from '../../../src/data/handout.js';
import { article, buildIndex, timelineEvent } from '../../support/build-index.js';

const { describeFilters, eventCountText, handoutArticle, handoutEvent, handoutExcerpt } = handoutModule;

const KP = 'Budanov said “the first units arrive tomorrow” in an interview.';
const WIRE = 'Officials said “the first units arrived in Kursk” on Wednesday.';

const index = buildIndex({
  articles: [
    article('kp', { title: 'Budanov expects troops', outlet: 'Kyiv Post', published: '2024-10-22', url: null }),
    article('wire', {
      title: 'Report on the arrival',
      titleIsDescriptive: true,
      outlet: null,
      published: '2024-10-23?',
      url: 'https://example.org/wire',
    }),
    article('odd', { title: 'Odd link', url: 'ftp://example.org/odd', published: '2024-10~' }),
  ],
  texts: { kp: KP, wire: WIRE, odd: 'Nothing quoted from this one.' },
  events: [
    timelineEvent('forecast', {
      title: 'Budanov forecasts the first arrivals',
      date: '2024-10-22',
      dateBasis: 'Stated in the interview.',
      kind: 'forecast',
      status: 'expected',
      actors: ['alpha'],
      summary: 'Budanov expects the first units.',
      sources: [{ article: 'kp', quote: '“the first units arrive tomorrow”' }],
    }),
    timelineEvent('arrival', {
      title: 'First units arrive in Kursk',
      date: '2024-10-23~',
      status: 'claimed',
      kind: 'deployment',
      actors: ['alpha', 'beta'],
      background: true,
      sources: [
        { article: 'wire', quote: '“the first units arrived in Kursk”' },
        { article: 'kp', quote: 'Budanov said “the first units arrive tomorrow”' },
      ],
    }),
  ],
});

const filters = (fields: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTERS, ...fields });

describe('handout', () => {
  it('exports the handout helpers and nothing else', () => {
    expect(Object.keys(handoutModule).sort()).toEqual([
      'describeFilters',
      'eventCountText',
      'filterParts',
      'handoutArticle',
      'handoutEvent',
      'handoutExcerpt',
      'searchWord',
    ]);
  });

  it('describeFilters(index, filters) is undefined when nothing is filtered, blank search included', () => {
    expect(describeFilters(index, EMPTY_FILTERS)).toBeUndefined();
    expect(describeFilters(index, filters({ query: '   ' }))).toBeUndefined();
    // "Only these articles" without articles filters nothing.
    expect(describeFilters(index, filters({ onlyArticles: true }))).toBeUndefined();
  });

  it('describeFilters(index, filters) names each facet in readers’ words, values as alternatives', () => {
    expect(describeFilters(index, filters({ statuses: ['expected'] }))).toBe('status: Forecast');
    expect(describeFilters(index, filters({ groups: ['ukraine', 'north-korea'] }))).toBe(
      'parties: Ukraine or North Korea',
    );
    expect(describeFilters(index, filters({ kinds: ['deployment', 'forecast', 'denial'] }))).toBe(
      'kinds: Deployment, Forecast or Denial',
    );
    expect(describeFilters(index, filters({ actors: ['alpha'] }))).toBe('actor: Alpha Person');
    expect(describeFilters(index, filters({ articles: ['kp', 'wire'] }))).toBe(
      'articles: “Budanov expects troops” or “Report on the arrival”',
    );
  });

  it('describeFilters(index, filters) joins facets in a fixed order, with "only" and the search last', () => {
    const all = filters({
      query: ' budanov ',
      statuses: ['claimed', 'happened'],
      articles: ['wire'],
      onlyArticles: true,
      actors: ['beta', 'alpha'],
      groups: ['russia'],
      kinds: ['statement'],
    });
    expect(describeFilters(index, all)).toBe(
      'party: Russia; actors: Beta Ministry or Alpha Person; kind: Statement; statuses: Claimed or Happened; ' +
        'article: “Report on the arrival” (only events no other article reports); search: “budanov”',
    );
  });

  it('describeFilters(index, filters) falls back to the id of an actor or article the index lacks', () => {
    expect(describeFilters(index, filters({ actors: ['gamma'], articles: ['gone'] }))).toBe(
      'actor: gamma; article: “gone”',
    );
  });

  it('eventCountText(shown, total) says how many of how many, in date order', () => {
    expect(eventCountText(44, 44)).toBe('All 44 events, in date order.');
    expect(eventCountText(5, 44)).toBe('5 of 44 events, in date order.');
    expect(eventCountText(0, 44)).toBe('0 of 44 events, in date order.');
    expect(eventCountText(1, 44)).toBe('1 of 44 events, in date order.');
    expect(eventCountText(1, 1)).toBe('The one event.');
    expect(eventCountText(0, 1)).toBe('No event.');
  });

  it('handoutEvent(index, event) gives the long date with its qualifiers, status in words and every excerpt', () => {
    const arrival = handoutEvent(index, index.event.get('arrival')!);
    expect(arrival).toEqual({
      id: 'arrival',
      title: 'First units arrive in Kursk',
      date: 'about 23 October 2024',
      dateBasis: 'Stated in the article.',
      status: 'Claimed',
      statusMeaning: 'asserted by a party, not confirmed',
      background: true,
      summary: 'Summary of arrival.',
      unsourced: false,
      actors: 'Alpha Person, Beta Ministry',
      excerpts: [
        {
          article: 'wire',
          outlet: undefined,
          published: '23 Oct 2024 (uncertain)',
          quote: '“the first units arrived in Kursk”',
          checked: true,
          url: undefined,
          title: 'Report on the arrival',
          details: '23 Oct 2024 (uncertain)',
          via: undefined,
        },
        {
          article: 'kp',
          outlet: 'Kyiv Post',
          published: '22 Oct 2024',
          quote: 'Budanov said “the first units arrive tomorrow”',
          checked: true,
          url: undefined,
          title: 'Budanov expects troops',
          details: 'Kyiv Post, 22 Oct 2024',
          via: undefined,
        },
      ],
      sourcing: 'Reported in 2 articles, 2 original sources',
      singleSource: undefined,
      singleDate: undefined,
      editorNotes: [],
    });
    const forecast = handoutEvent(index, index.event.get('forecast')!);
    expect([forecast.date, forecast.status, forecast.background]).toEqual(['22 October 2024', 'Forecast', false]);
  });

  it('handoutExcerpt(index, source) names the article by id when the index lacks it', () => {
    expect(handoutExcerpt(index, { article: 'gone', quote: 'a quote from nowhere' })).toEqual({
      article: 'gone',
      quote: 'a quote from nowhere',
      checked: false,
      url: undefined,
      title: 'gone',
      details: '',
      via: undefined,
    });
  });

  it('handoutArticle(index, article) keeps only web addresses, to print as text', () => {
    const [kp, wire, odd] = index.dataset.articles.map((a) => handoutArticle(index, a));
    expect(kp).toEqual({
      id: 'kp',
      title: 'Budanov expects troops',
      descriptive: false,
      outlet: 'Kyiv Post',
      published: '22 Oct 2024',
      url: undefined,
      editorNote: undefined,
    });
    expect(wire).toMatchObject({ descriptive: true, outlet: undefined, url: 'https://example.org/wire' });
    expect(wire?.published).toBe('23 Oct 2024 (uncertain)');
    expect(odd).toMatchObject({ url: undefined, published: 'about Oct 2024' });
  });
});
