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
 * Search over every event of the dataset. The index is built on the first search, not before: most readers
 * never search, and 10,000 events take a few hundred milliseconds to index.
 */
export function buildSearchIndex(index: DatasetIndex): EventSearch {
  let engine: MiniSearch<SearchDocument> | undefined;
  const built = (): MiniSearch<SearchDocument> => {
    if (!engine) {
      engine = new MiniSearch<SearchDocument>({ fields: [...FIELDS], searchOptions: OPTIONS });
      engine.addAll(index.events.map((event) => toDocument(index, event)));
    }
    return engine;
  };
  return {
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
