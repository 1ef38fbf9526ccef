/**
 * Full-text search over events, with MiniSearch. Pure; built once per dataset.
 *
 * Indexed per event: title, summary, every quote, and the names and aliases of its actors (so
 * an alias finds the events of the actor it names). Left out: actors' roles, which are curators'
 * notes that may name other people ("publisher of … someone's remarks"), and article titles and
 * outlets, since article titles often name a person, so every event those articles cite would
 * match him; the Article filter already answers "what does this article report".
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { DatasetIndex } from './dataset-index.js';
import { inTurns, type Slicing } from './prime-dates.js';
import type { TimelineEvent } from './types.js';

export interface SearchResult {
  /** Ids of the matching events, most relevant first. */
  ids: string[];
  /** The indexed words that matched (lower case, prefixes and near spellings included), for `markTerms`. */
  terms: string[];
}

export interface EventSearch {
  /**
   * Events matching every word of `query` (a word may be the start of an indexed word, or one
   * letter off in words of four letters or more). `null` when the query has no word to search
   * for (empty, blank or punctuation only): nothing is filtered out.
   */
  search(query: string): SearchResult | null;
  /** True once the index is built: a search answers at once. */
  readonly ready: boolean;
  /**
   * Builds the index in turns of at most `SLICE_MS` that yield to the page (a search asked before it is done
   * builds the rest at once). Resolves when it is built; stops with the signal's reason when it aborts.
   */
  prepare(signal?: AbortSignal, slicing?: Slicing): Promise<void>;
}

interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  quotes: string;
  actors: string;
}

const FIELDS = ['title', 'summary', 'quotes', 'actors'] as const;

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

const OPTIONS: SearchOptions = {
  combineWith: 'AND',
  prefix: true,
  // One edit for words of 4 to 7 letters, two from 8: "rumor" finds "rumours", "Themistocles" finds "Themistokles".
  fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
  boost: { title: 3, actors: 2, summary: 1.5 },
};

/** The most of a search that is read: longer ones are cut (the work of a search grows with its words). */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_TERMS = 12;

/** `query` within the bounds above: its first `MAX_QUERY_TERMS` words, of its first `MAX_QUERY_CHARS` characters. */
export function boundedQuery(query: string): string {
  const words = query
    .slice(0, MAX_QUERY_CHARS)
    .split(/\s+/)
    .filter((word) => word !== '');
  return words.slice(0, MAX_QUERY_TERMS).join(' ');
}

function toDocument(index: DatasetIndex, event: TimelineEvent): SearchDocument {
  const actors = event.actors.flatMap((id) => {
    const actor = index.actor.get(id);
    return actor ? [actor.name, ...actor.aliases] : [id];
  });
  return {
    id: event.id,
    title: event.title,
    summary: event.summary ?? '',
    quotes: event.sources.flatMap((s) => s.quote ?? []).join('\n'),
    actors: actors.join('\n'),
  };
}

/**
 * Search over every event of the dataset. The index is built on the first search, or in turns by `prepare`, not
 * before: most readers never search, and 10,000 events take a few hundred milliseconds to index (a second and more
 * on a slow machine), which in one task would freeze the page.
 */
export function buildSearchIndex(index: DatasetIndex): EventSearch {
  const engine = new MiniSearch<SearchDocument>({ fields: [...FIELDS], searchOptions: OPTIONS });
  /** Events indexed so far, in the index's order. */
  let added = 0;
  const addNext = () => engine.add(toDocument(index, index.events[added++] as TimelineEvent));
  const built = (): MiniSearch<SearchDocument> => {
    while (added < index.events.length) addNext();
    return engine;
  };
  let preparing: Promise<void> | undefined;
  return {
    get ready() {
      return added >= index.events.length;
    },
    prepare(signal, slicing = {}) {
      // A stopped build is taken up again by the next call (what was added stays).
      preparing ??= inTurns(Infinity, () => added < index.events.length && (addNext(), true), signal, slicing).catch(
        (error: unknown) => {
          preparing = undefined;
          throw error;
        },
      );
      return preparing;
    },
    search(text: string): SearchResult | null {
      const query = boundedQuery(text);
      if (tokenize(query).every((token) => token.trim() === '')) return null;
      const results = built().search(query);
      return {
        ids: results.map((r) => String(r.id)),
        terms: [...new Set(results.flatMap((r) => r.terms))],
      };
    },
  };
}
