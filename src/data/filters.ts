/**
 * The reader's filters: which events to show, how many each option would give, and how the
 * filters live in the address. Pure.
 *
 * Within a facet the chosen values combine with OR, across facets with AND. An event belongs to
 * a group when its lane or any of its actors does (a joint event of two sides shows under
 * both). With `onlyArticles`, an event must be reported by the chosen articles and by no other.
 * Groups and kinds are the dataset's own vocabulary; statuses are fixed.
 */
import { eventGroup, type DatasetIndex } from './dataset-index.js';
import { EVENT_STATUSES } from './schema.js';
import { MAX_QUERY_CHARS, buildSearchIndex, type EventSearch } from './search.js';
import type { EventStatus, TimelineEvent } from './types.js';

/** What the reader chose. Arrays are read-only: a change is a new state, never an edit. */
export interface FilterState {
  /** Group ids. */
  groups: readonly string[];
  /** Actor ids. */
  actors: readonly string[];
  /** Kind ids. */
  kinds: readonly string[];
  statuses: readonly EventStatus[];
  /** Article ids. */
  articles: readonly string[];
  /** Only events that no article outside `articles` reports; no effect without articles. */
  onlyArticles: boolean;
  /** Words to search for; blank searches nothing. */
  query: string;
}

/** The facets shown as lists of options. */
export type Facet = 'groups' | 'actors' | 'kinds' | 'statuses' | 'articles';

export const FACETS: readonly Facet[] = ['groups', 'actors', 'kinds', 'statuses', 'articles'];

/** For each option, how many events match the other facets and have that option. */
export type FacetCounts = Readonly<Record<Facet, ReadonlyMap<string, number>>>;

/** No filter at all; frozen, arrays included. */
export const EMPTY_FILTERS: Readonly<FilterState> = Object.freeze({
  groups: Object.freeze([]),
  actors: Object.freeze([]),
  kinds: Object.freeze([]),
  statuses: Object.freeze([]),
  articles: Object.freeze([]),
  onlyArticles: false,
  query: '',
});

/** True when the filters leave every event in. */
export function isEmpty(filters: FilterState): boolean {
  return FACETS.every((facet) => filters[facet].length === 0) && filters.query.trim() === '';
}

/** The groups an event belongs to: its lane's and its actors'. */
function groupsOf(index: DatasetIndex, event: TimelineEvent): Set<string> {
  const groups = new Set<string>([eventGroup(index, event)]);
  for (const id of event.actors) {
    const group = index.actor.get(id)?.group;
    if (group) groups.add(group);
  }
  return groups;
}

type Test = (event: TimelineEvent) => boolean;

/** Whether an event has one of `values` in `facet`. */
function facetTest(index: DatasetIndex, facet: Facet, values: readonly string[], onlyArticles: boolean): Test {
  const chosen = new Set(values);
  switch (facet) {
    case 'groups':
      return (e) => [...groupsOf(index, e)].some((g) => chosen.has(g));
    case 'actors':
      return (e) => e.actors.some((a) => chosen.has(a));
    case 'kinds':
      return (e) => e.kind !== undefined && chosen.has(e.kind);
    case 'statuses':
      return (e) => chosen.has(e.status);
    case 'articles':
      return onlyArticles
        ? (e) => e.sources.every((s) => chosen.has(s.article))
        : (e) => e.sources.some((s) => chosen.has(s.article));
  }
}

/** The tests the filters make, by facet; facets with nothing chosen test nothing. */
function tests(index: DatasetIndex, filters: FilterState, search: EventSearch | undefined): Map<Facet | 'query', Test> {
  const result = new Map<Facet | 'query', Test>();
  for (const facet of FACETS) {
    if (filters[facet].length > 0) result.set(facet, facetTest(index, facet, filters[facet], filters.onlyArticles));
  }
  // Built here only when a caller without an index of its own searches.
  const found = filters.query.trim() === '' ? null : (search ?? buildSearchIndex(index)).search(filters.query);
  if (found) {
    const ids = new Set(found.ids);
    result.set('query', (e) => ids.has(e.id));
  }
  return result;
}

/** The events that pass every filter, in chronological order. */
export function applyFilters(index: DatasetIndex, filters: FilterState, search?: EventSearch): TimelineEvent[] {
  const all = [...tests(index, filters, search).values()];
  return index.events.filter((e) => all.every((test) => test(e)));
}

/** Every option of each facet: the dataset's groups, actors, kinds and articles, and the fixed statuses. */
export function facetOptions(index: DatasetIndex): Readonly<Record<Facet, readonly string[]>> {
  return {
    groups: index.groups.map((g) => g.id),
    actors: index.dataset.actors.map((a) => a.id),
    kinds: index.kinds.map((k) => k.id),
    statuses: EVENT_STATUSES,
    articles: index.dataset.articles.map((a) => a.id),
  };
}

/**
 * For each option of each facet, the number of events that would match if that option were the
 * only one chosen in its facet, the other facets (and the search) as they are: what choosing it
 * alone would show. With `onlyArticles`, an article's count is of the events only it reports.
 */
export function facetCounts(index: DatasetIndex, filters: FilterState, search?: EventSearch): FacetCounts {
  const all = tests(index, filters, search);
  const options = facetOptions(index);
  // One pass over the events per facet (not one per option): 1,000 articles by 10,000 events stay cheap.
  const count = (facet: Facet): Map<string, number> => {
    const others = [...all].filter(([name]) => name !== facet).map(([, test]) => test);
    const counts = new Map(options[facet].map((value) => [value, 0]));
    for (const event of index.events) {
      if (!others.every((test) => test(event))) continue;
      for (const value of facetValues(index, facet, event, filters.onlyArticles)) {
        counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }
    return counts;
  };
  return {
    groups: count('groups'),
    actors: count('actors'),
    kinds: count('kinds'),
    statuses: count('statuses'),
    articles: count('articles'),
  };
}

/**
 * The options of a facet an event has: those that, chosen alone, let it through. With `onlyArticles`, an
 * event has an article only when no other article reports it.
 */
function facetValues(index: DatasetIndex, facet: Facet, event: TimelineEvent, onlyArticles: boolean): Set<string> {
  switch (facet) {
    case 'groups':
      return groupsOf(index, event);
    case 'actors':
      return new Set(event.actors);
    case 'kinds':
      return new Set(event.kind === undefined ? [] : [event.kind]);
    case 'statuses':
      return new Set([event.status]);
    case 'articles': {
      const articles = new Set(event.sources.map((s) => s.article));
      return onlyArticles && articles.size > 1 ? new Set() : articles;
    }
  }
}

const PARAM: Readonly<Record<Facet, string>> = {
  groups: 'group',
  actors: 'actor',
  kinds: 'kind',
  statuses: 'status',
  articles: 'article',
};

/** Every address parameter the filters read and write. */
export const FILTER_PARAMS: readonly string[] = [...Object.values(PARAM), 'party', 'only', 'q'];

/**
 * The filters as address parameters: one repeated parameter per chosen value
 * (`group=a&group=b&actor=c&only=1&q=word`); nothing for the empty filters.
 */
export function filtersToParams(filters: FilterState): URLSearchParams {
  const params = new URLSearchParams();
  for (const facet of FACETS) for (const value of filters[facet]) params.append(PARAM[facet], value);
  if (filters.onlyArticles) params.set('only', '1');
  const query = filters.query.trim();
  if (query !== '') params.set('q', query);
  return params;
}

/**
 * Filters read from address parameters, repeated (`group=a&group=b`) or as comma lists (`group=a,b`); links made
 * before groups were the dataset's own say `party=`, read as `group=`. Statuses outside the four are dropped, and
 * groups, kinds, actors and articles the index does not have, when one is given. Never throws.
 */
export function filtersFromParams(params: URLSearchParams, index?: DatasetIndex): FilterState {
  const read = (facet: Facet): string[] => {
    const names = facet === 'groups' ? [PARAM[facet], 'party'] : [PARAM[facet]];
    const values = names.flatMap((name) => params.getAll(name)).flatMap((v) => v.split(','));
    return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
  };
  const among = <T extends string>(vocabulary: readonly T[], values: string[]): T[] =>
    values.filter((v): v is T => (vocabulary as readonly string[]).includes(v));
  const known = (map: ReadonlyMap<string, unknown> | undefined, values: string[]) =>
    map ? values.filter((v) => map.has(v)) : values;
  return {
    groups: known(index?.group, read('groups')),
    actors: known(index?.actor, read('actors')),
    kinds: known(index?.kind, read('kinds')),
    statuses: among(EVENT_STATUSES, read('statuses')),
    articles: known(index?.article, read('articles')),
    onlyArticles: ['1', 'true'].includes(params.get('only') ?? ''),
    // A search longer than is ever read is cut where it is read, not kept whole in the state and the address.
    query: (params.get('q') ?? '').slice(0, MAX_QUERY_CHARS),
  };
}
