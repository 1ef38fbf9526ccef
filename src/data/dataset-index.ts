/**
 * A validated dataset indexed for the views: lookups by id, parsed dates and the
 * chronological order every view shares. Pure; built once per load.
 */
import { formatDateSpan, parseEdtf, type DateSpan } from './dates.js';
import type { Actor, Article, Claim, Dataset, Party, TimelineEvent } from './types.js';

export interface DatasetIndex {
  readonly dataset: Dataset;
  /** Events in chronological order (start, then end, then title). */
  readonly events: readonly TimelineEvent[];
  readonly event: ReadonlyMap<string, TimelineEvent>;
  readonly article: ReadonlyMap<string, Article>;
  readonly actor: ReadonlyMap<string, Actor>;
  /** Parsed date of each event and article, by id. */
  readonly date: ReadonlyMap<string, DateSpan>;
  /** Claims made in each event, by event id. */
  readonly claimsByEvent: ReadonlyMap<string, readonly Claim[]>;
  /** Article texts by article id. */
  readonly texts: ReadonlyMap<string, string>;
}

export const PARTY_LABELS: Readonly<Record<Party, string>> = {
  ukraine: 'Ukraine',
  russia: 'Russia',
  'north-korea': 'North Korea',
  'south-korea': 'South Korea',
  'nato-us-other': 'NATO, US and others',
};

function mustParse(input: string): DateSpan {
  const parsed = parseEdtf(input);
  // The validator has already refused invalid dates; this guards against unvalidated input.
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

/** Indexes a dataset that has passed `validateDataset`. */
export function indexDataset(dataset: Dataset, texts: ReadonlyMap<string, string> = new Map()): DatasetIndex {
  const date = new Map<string, DateSpan>();
  for (const event of dataset.events) date.set(event.id, mustParse(event.date));
  for (const article of dataset.articles) date.set(`article:${article.id}`, mustParse(article.published));
  const span = (event: TimelineEvent): DateSpan => date.get(event.id) ?? mustParse(event.date);
  const events = [...dataset.events].sort(
    (a, b) => span(a).start - span(b).start || span(a).end - span(b).end || a.title.localeCompare(b.title),
  );
  const claimsByEvent = new Map<string, Claim[]>();
  for (const claim of dataset.claims) {
    const list = claimsByEvent.get(claim.event) ?? [];
    list.push(claim);
    claimsByEvent.set(claim.event, list);
  }
  return {
    dataset,
    events,
    event: new Map(dataset.events.map((e) => [e.id, e])),
    article: new Map(dataset.articles.map((a) => [a.id, a])),
    actor: new Map(dataset.actors.map((a) => [a.id, a])),
    date,
    claimsByEvent,
    texts,
  };
}

/** The date of an event. */
export function eventDate(index: DatasetIndex, event: TimelineEvent): DateSpan {
  return index.date.get(event.id) ?? mustParse(event.date);
}

/** The publication date of an article. */
export function articleDate(index: DatasetIndex, article: Article): DateSpan {
  return index.date.get(`article:${article.id}`) ?? mustParse(article.published);
}

/** The lane of an event: its own `party`, else its first actor's. */
export function eventParty(index: DatasetIndex, event: TimelineEvent): Party {
  const first = event.actors[0];
  return event.party ?? (first === undefined ? undefined : index.actor.get(first)?.party) ?? 'nato-us-other';
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
