/**
 * A validated dataset indexed for the views: lookups by id, parsed dates and the
 * chronological order every view shares. Pure; built once per load.
 */
import type { AsOfInfo } from './as-of.js';
import { formatDateSpan, parseEdtf, type DateSpan } from './dates.js';
import { DEFAULT_KINDS } from './schema.js';
import { QuoteChecks } from './quote-checks.js';
import type { Actor, Article, Claim, Dataset, Group, Kind, TimelineEvent } from './types.js';

export interface DatasetIndex {
  readonly dataset: Dataset;
  /** Events in chronological order (start, then end; the dataset's order for the same span). */
  readonly events: readonly TimelineEvent[];
  readonly event: ReadonlyMap<string, TimelineEvent>;
  readonly article: ReadonlyMap<string, Article>;
  readonly actor: ReadonlyMap<string, Actor>;
  /** The lanes, in the dataset's order, with one more for events in no group when there are any. */
  readonly groups: readonly Group[];
  readonly group: ReadonlyMap<string, Group>;
  /** The dataset's kinds, or the default ones when it declares none. */
  readonly kinds: readonly Kind[];
  readonly kind: ReadonlyMap<string, Kind>;
  /** The lane of each event, by id: its own group, else its first actor's that has one, else `NO_GROUP`. */
  readonly laneOf: ReadonlyMap<string, string>;
  /** Parsed date of each event and article, by id. */
  readonly date: ReadonlyMap<string, DateSpan>;
  /** Claims made in each event, by event id. */
  readonly claimsByEvent: ReadonlyMap<string, readonly Claim[]>;
  /** Article texts by article id (filled as they arrive when the quotes are checked after the dataset is shown). */
  readonly texts: ReadonlyMap<string, string>;
  /** Set on an index of the chronology as known at the end of a day (`indexAsOf` in `as-of.ts`). */
  readonly asOf?: AsOfInfo;
  /** Where the check of each quote stands (all found when the texts were checked before indexing). */
  readonly checks: QuoteChecks;
}

/**
 * The lane of events that belong to no group, when a dataset has groups but some events are in none of them.
 * Not a valid id, so it cannot clash with a group's.
 */
export const NO_GROUP = '-none';
const NO_GROUP_LANE: Group = { id: NO_GROUP, label: 'Other' };

function mustParse(input: string): DateSpan {
  const parsed = parseEdtf(input);
  // The validator has already refused invalid dates; this guards against unvalidated input.
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

/** Indexes a dataset that has passed `validateDataset`. */
export function indexDataset(
  dataset: Dataset,
  texts: ReadonlyMap<string, string> = new Map(),
  checks = new QuoteChecks(true),
): DatasetIndex {
  const date = new Map<string, DateSpan>();
  for (const event of dataset.events) date.set(event.id, mustParse(event.date));
  for (const article of dataset.articles) {
    if (article.published !== undefined) date.set(`article:${article.id}`, mustParse(article.published));
  }
  const span = (event: TimelineEvent): DateSpan => date.get(event.id) ?? mustParse(event.date);
  // Events of the same span keep the dataset's order (the sort is stable): its author's, and no collation to load
  // (comparing titles by language loads the locale's collation data, 6 to 45 ms, while the page first draws).
  const events = [...dataset.events].sort((a, b) => span(a).start - span(b).start || span(a).end - span(b).end);
  const claimsByEvent = new Map<string, Claim[]>();
  for (const claim of dataset.claims) {
    const list = claimsByEvent.get(claim.event) ?? [];
    list.push(claim);
    claimsByEvent.set(claim.event, list);
  }
  const actor = new Map(dataset.actors.map((a) => [a.id, a]));
  const laneOf = new Map<string, string>();
  for (const event of dataset.events) {
    const first = event.actors.map((id) => actor.get(id)?.group).find((group) => group !== undefined);
    laneOf.set(event.id, event.group ?? first ?? NO_GROUP);
  }
  const grouped = [...laneOf.values()].some((lane) => lane === NO_GROUP);
  const groups = dataset.groups.length > 0 && grouped ? [...dataset.groups, NO_GROUP_LANE] : dataset.groups;
  const kinds = dataset.kinds ?? DEFAULT_KINDS;
  return {
    dataset,
    events,
    event: new Map(dataset.events.map((e) => [e.id, e])),
    article: new Map(dataset.articles.map((a) => [a.id, a])),
    actor,
    groups,
    group: new Map(groups.map((g) => [g.id, g])),
    kinds,
    kind: new Map(kinds.map((k) => [k.id, k])),
    laneOf,
    date,
    claimsByEvent,
    texts,
    checks,
  };
}

/** The date of an event. */
export function eventDate(index: DatasetIndex, event: TimelineEvent): DateSpan {
  return index.date.get(event.id) ?? mustParse(event.date);
}

/** The publication date of an article, when it is known. */
export function articleDate(index: DatasetIndex, article: Article): DateSpan | undefined {
  const known = index.date.get(`article:${article.id}`);
  if (known || article.published === undefined) return known;
  return mustParse(article.published);
}

/** The publication date of an article in words, or "date not given". */
export function articleDateText(index: DatasetIndex, article: Article, style: 'short' | 'long' = 'short'): string {
  const date = articleDate(index, article);
  return date ? formatDateSpan(date, { style }) : 'date not given';
}

/** The lane (group id) of an event; `NO_GROUP` when it is in none. */
export function eventGroup(index: DatasetIndex, event: TimelineEvent): string {
  return index.laneOf.get(event.id) ?? event.group ?? NO_GROUP;
}

/** The label of a group, e.g. for a lane or a filter chip. */
export function groupLabel(index: DatasetIndex, id: string | undefined): string {
  return (id === undefined ? undefined : index.group.get(id)?.label) ?? NO_GROUP_LANE.label;
}

/** What a group is, in a word, capitalised: the dataset's `groupsLabel` ("Party"), else "Group". */
export function groupsNoun(index: DatasetIndex): string {
  return index.dataset.groupsLabel ?? 'Group';
}

/**
 * What the sources are, in a word: "article" when every one is a stored article (as in a dataset of news
 * reports), else "source".
 */
export function sourceNoun(index: DatasetIndex): 'article' | 'source' {
  return index.dataset.articles.every((article) => article.file !== undefined) ? 'article' : 'source';
}

/** The language of the dataset's own text (`language`, else English), for its `lang` attributes. */
export function datasetLang(index: DatasetIndex): string {
  return index.dataset.language ?? 'en';
}

/** The language of an article's text and quotes: its own `language`, else the dataset's. */
export function articleLang(index: DatasetIndex, articleId: string | undefined): string {
  return (articleId === undefined ? undefined : index.article.get(articleId)?.language) ?? datasetLang(index);
}

/** The label of a kind; an undeclared one (only in unvalidated data) as its id. */
export function kindLabel(index: DatasetIndex, id: string): string {
  return index.kind.get(id)?.label ?? id;
}

/** Whether an article's text is stored with the dataset (its quotes are checked), or it is a linked page. */
export function isStored(article: Article): boolean {
  return article.file !== undefined;
}

/** Readable date of an event, e.g. "about Oct 2024". */
export function eventDateText(index: DatasetIndex, event: TimelineEvent, style: 'short' | 'long' = 'short'): string {
  return formatDateSpan(eventDate(index, event), { style });
}

/** Distinct articles that back an event. */
export function sourceCount(event: TimelineEvent): number {
  return new Set(event.sources.map((s) => s.article)).size;
}

/** Previous and next events in chronological order. */
export function neighbours(
  index: DatasetIndex,
  id: string,
): { previous: TimelineEvent | undefined; next: TimelineEvent | undefined; position: number } {
  const position = index.events.findIndex((e) => e.id === id);
  return {
    previous: position > 0 ? index.events[position - 1] : undefined,
    next: position >= 0 ? index.events[position + 1] : undefined,
    position,
  };
}
