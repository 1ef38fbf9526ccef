// Filters over the curated dataset; expected sets are computed from the raw data, not through the module.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/data/dataset-index.js';
import * as filtersModule from '../../../src/data/filters.js';
import { buildSearchIndex } from '../../../src/data/search.js';
import type { TimelineEvent } from '../../../src/data/types.js';
import { validateDataset } from '../../../src/data/validate.js';

const { EMPTY_FILTERS, FACETS, FILTER_PARAMS, applyFilters, facetCounts, filtersFromParams, filtersToParams, isEmpty } =
  filtersModule;
type FilterState = filtersModule.FilterState;

const json: unknown = JSON.parse(readFileSync(new URL('../../../data/events.json', import.meta.url), 'utf8'));
const result = validateDataset(json);
if (!result.ok) throw new Error('data/events.json is invalid; run npm run check-data');
const dataset = result.dataset;
const index = indexDataset(dataset);
const search = buildSearchIndex(index);

const A000 = '000_86e4041502c26ab1';
const A004 = '004_c0cbded3428b979b';

const filters = (fields: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTERS, ...fields });
/** Ids of the matching events, in the order returned. */
const matching = (fields: Partial<FilterState>) => applyFilters(index, filters(fields), search).map((e) => e.id);
/** Ids of the raw events that pass `test`, in chronological order. */
const expected = (test: (e: TimelineEvent) => boolean) => index.events.filter(test).map((e) => e.id);
const partyOf = (actor: string) => dataset.actors.find((a) => a.id === actor)?.group;
const articlesOf = (e: TimelineEvent) => new Set(e.sources.map((s) => s.article));

describe('filters', () => {
  it('exports the filter API and nothing else', () => {
    expect(Object.keys(filtersModule).sort()).toEqual([
      'EMPTY_FILTERS',
      'FACETS',
      'FILTER_PARAMS',
      'applyFilters',
      'facetCounts',
      'facetOptions',
      'filtersFromParams',
      'filtersToParams',
      'isEmpty',
    ]);
  });

  it('FILTER_PARAMS names every parameter filtersToParams writes, and `party`, which older links use for groups', () => {
    const all = filters({
      groups: ['ukraine'],
      actors: ['budanov'],
      kinds: ['statement'],
      statuses: ['expected'],
      articles: ['a'],
      onlyArticles: true,
      query: 'q',
    });
    expect([...new Set(filtersToParams(all).keys()), 'party'].sort()).toEqual([...FILTER_PARAMS].sort());
  });

  it('isEmpty(f) is true for EMPTY_FILTERS, a blank query and "only" without articles', () => {
    expect(isEmpty(EMPTY_FILTERS)).toBe(true);
    expect(isEmpty(filters({ query: '  ', onlyArticles: true }))).toBe(true);
    for (const facet of FACETS) expect(isEmpty(filters({ [facet]: ['x'] })), facet).toBe(false);
    expect(isEmpty(filters({ query: 'budanov' }))).toBe(false);
  });

  it('applyFilters(index, EMPTY_FILTERS) returns every event in chronological order', () => {
    expect(applyFilters(index, EMPTY_FILTERS)).toEqual(index.events);
    expect(applyFilters(index, EMPTY_FILTERS)).not.toBe(index.events);
  });

  it('party: an event matches when any of its actors belongs to the party', () => {
    const north = matching({ groups: ['north-korea'] });
    expect(north).toEqual(expected((e) => e.actors.some((a) => partyOf(a) === 'north-korea')));
    // Drawn in Ukraine's lane (Budanov is its first actor), and about Russia and North Korea too.
    expect(north).toContain('budanov-nuclear-technology-claim-2024-10-22');
    expect(matching({ groups: ['russia'] })).toContain('budanov-nuclear-technology-claim-2024-10-22');
  });

  it('party: several parties combine with OR', () => {
    expect(matching({ groups: ['south-korea', 'nato-us-other'] })).toEqual(
      expected((e) => e.actors.some((a) => ['south-korea', 'nato-us-other'].includes(partyOf(a) ?? ''))),
    );
  });

  it('actor, kind and status each match with OR within the facet', () => {
    expect(matching({ actors: ['budanov'] })).toEqual(expected((e) => e.actors.includes('budanov')));
    expect(matching({ actors: ['syrsky', 'rutte'] })).toEqual(
      expected((e) => e.actors.includes('syrsky') || e.actors.includes('rutte')),
    );
    expect(matching({ kinds: ['forecast', 'denial'] })).toEqual(
      expected((e) => e.kind === 'forecast' || e.kind === 'denial'),
    );
    expect(matching({ statuses: ['expected'] })).toEqual(expected((e) => e.status === 'expected'));
    expect([...matching({ statuses: ['denied'] })].sort()).toEqual([
      'nk-denial-groundless-rumours',
      'nk-un-denial-2024-10-21',
    ]);
  });

  it('article: events cited by any of the chosen articles', () => {
    expect(matching({ articles: [A004] })).toEqual(expected((e) => articlesOf(e).has(A004)));
    expect(matching({ articles: [A000, A004] })).toEqual(
      expected((e) => articlesOf(e).has(A000) || articlesOf(e).has(A004)),
    );
  });

  it('only: everything that only article 004 reports', () => {
    const only004 = expected((e) => articlesOf(e).size === 1 && articlesOf(e).has(A004));
    expect(only004).toContain('south-korea-nsc-meeting-2024-10-22');
    expect(only004).not.toContain('russia-nk-defence-pact-2024-06-18');
    expect(matching({ articles: [A004], onlyArticles: true })).toEqual(only004);
    expect(matching({ articles: [A000, A004], onlyArticles: true })).toEqual(
      expected((e) => [...articlesOf(e)].every((a) => a === A000 || a === A004)),
    );
  });

  it('only: has no effect without articles', () => {
    expect(matching({ onlyArticles: true })).toEqual(index.events.map((e) => e.id));
  });

  it('query: the events search finds, kept in chronological order', () => {
    const found = new Set(search.search('Budanov')!.ids);
    expect(matching({ query: 'Budanov' })).toEqual(expected((e) => found.has(e.id)));
    expect(matching({ query: 'xqzvwk' })).toEqual([]);
    expect(matching({ query: '   ' })).toHaveLength(index.events.length);
  });

  it('query: searches with an index of its own when none is given', () => {
    expect(applyFilters(index, filters({ query: 'GUR' })).map((e) => e.id)).toEqual(
      expected((e) => e.actors.includes('hur')),
    );
  });

  it('combines facets with AND', () => {
    expect(matching({ actors: ['budanov'], statuses: ['expected'], kinds: ['forecast'] })).toEqual(
      expected((e) => e.actors.includes('budanov') && e.status === 'expected' && e.kind === 'forecast'),
    );
    expect(matching({ groups: ['russia'], articles: [A004], onlyArticles: true })).toEqual([
      'putin-bill-strategic-partnership-2024-10-21',
    ]);
    expect(matching({ query: 'Budanov', statuses: ['denied'] })).toEqual([]);
  });

  it('does not change the filters it is given', () => {
    const state = filters({ actors: ['budanov'], query: 'troops' });
    const copy = structuredClone(state);
    applyFilters(index, state, search);
    facetCounts(index, state, search);
    expect(state).toEqual(copy);
  });
});

describe('facetCounts(index, filters, search)', () => {
  const states: Partial<FilterState>[] = [
    {},
    { statuses: ['expected'] },
    { actors: ['budanov', 'hur'], kinds: ['forecast'] },
    { articles: [A000, A004], onlyArticles: true, groups: ['ukraine'] },
    { query: 'troops', groups: ['north-korea'] },
  ];

  it.each(states)('counts, for each option, the events it would show chosen alone in its facet: %o', (state) => {
    const counts = facetCounts(index, filters(state), search);
    for (const facet of FACETS) {
      for (const [value, count] of counts[facet]) {
        expect(count, `${facet}=${value}`).toBe(matching({ ...state, [facet]: [value] }).length);
      }
    }
  });

  it('lists every option, zero counts included', () => {
    const counts = facetCounts(index, filters({ statuses: ['denied'] }), search);
    expect([...counts.actors.keys()]).toEqual(dataset.actors.map((a) => a.id));
    expect([...counts.articles.keys()]).toEqual(dataset.articles.map((a) => a.id));
    expect(counts.groups.size).toBe(5);
    expect(counts.kinds.get('denial')).toBe(2);
    expect(counts.kinds.get('forecast')).toBe(0);
  });

  it('without filters, counts how many events have each value', () => {
    const counts = facetCounts(index, EMPTY_FILTERS);
    expect(counts.statuses.get('expected')).toBe(dataset.events.filter((e) => e.status === 'expected').length);
    expect(counts.actors.get('budanov')).toBe(dataset.events.filter((e) => e.actors.includes('budanov')).length);
  });
});

describe('filtersToParams / filtersFromParams', () => {
  const full: FilterState = {
    groups: ['ukraine', 'russia'],
    actors: ['budanov'],
    kinds: ['forecast'],
    statuses: ['expected'],
    articles: [A004],
    onlyArticles: true,
    query: 'budanov troops',
  };

  it('writes one parameter per value, and nothing for empty filters', () => {
    expect(filtersToParams(full).toString()).toBe(
      `group=ukraine&group=russia&actor=budanov&kind=forecast&status=expected&article=${A004}&only=1&q=budanov+troops`,
    );
    expect(filtersToParams(EMPTY_FILTERS).toString()).toBe('');
    expect(filtersToParams(filters({ query: '  ' })).toString()).toBe('');
  });

  it('round-trips', () => {
    expect(filtersFromParams(filtersToParams(full), index)).toEqual(full);
    expect(filtersFromParams(filtersToParams(full))).toEqual(full);
    expect(filtersFromParams(filtersToParams(EMPTY_FILTERS), index)).toEqual(EMPTY_FILTERS);
  });

  it('reads comma lists and repeated parameters alike, without duplicates', () => {
    const params = new URLSearchParams('party=ukraine,russia&party=ukraine&actor=budanov&kind=forecast&only=true&q=x');
    expect(filtersFromParams(params, index)).toEqual(
      filters({
        groups: ['ukraine', 'russia'],
        actors: ['budanov'],
        kinds: ['forecast'],
        onlyArticles: true,
        query: 'x',
      }),
    );
    expect(filtersFromParams(new URLSearchParams('only=0&party=,'))).toEqual(EMPTY_FILTERS);
  });

  it('drops unknown values: statuses always; groups, kinds, actors and articles when an index is given', () => {
    const params = new URLSearchParams(
      'party=mars,ukraine&kind=gossip&status=rumoured&actor=budanov,nobody&article=999,' + A000,
    );
    expect(filtersFromParams(params, index)).toEqual(
      filters({ groups: ['ukraine'], actors: ['budanov'], articles: [A000] }),
    );
    expect(filtersFromParams(params)).toEqual(
      filters({
        groups: ['mars', 'ukraine'],
        kinds: ['gossip'],
        actors: ['budanov', 'nobody'],
        articles: ['999', A000],
      }),
    );
  });
});
