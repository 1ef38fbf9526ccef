/**
 * "As known on": the chronology as it stood at the end of a day (UTC), from the articles published by then. Pure.
 *
 * An article is `published` by a day when the last day its date allows is that day or earlier, `later` when the
 * first day it allows comes after, and `possibly` published in between (a date spanning the day, or no date at
 * all). A date qualified `?` or `~` counts at its stated day: EDTF gives no other day to count it at, and an
 * article that may have appeared on either of two days says so with an interval. See
 * docs/decisions/0019-two-clocks-and-as-of.md.
 *
 * `indexAsOf` derives the dataset a reader saw by then: the events reported by then, each with only the excerpts of
 * articles published by then; relations, numbers claimed, disagreements, stories and windows among those. Articles
 * possibly published by then are kept, to be shown apart, and count only when the reader includes them.
 */
import { formatDay } from './dates.js';
import { indexDataset, type DatasetIndex } from './dataset-index.js';
import { publicationOf } from './first-report.js';
import { DAY_MS } from './time.js';
import type { Article, Dataset, Source, Story, StoryStep, TimelineEvent } from './types.js';
import { msg, str } from '@lit/localize';
import { sourceCount } from '../i18n/words.js';

/** Whether an article had appeared by the end of a day. */
export type ArticleState = 'published' | 'possibly' | 'later';

/** Whether an event had been reported by the end of a day: by an article published by then, or possibly. */
export type ReportState = 'reported' | 'possibly' | 'later';

/** What the reader asked for: the day, and whether articles possibly published by then count. */
export interface AsOfChoice {
  /** `YYYY-MM-DD`. */
  day: string;
  /** Articles possibly published by then are included (shown, marked, and counted). */
  possibly: boolean;
}

/** What an index made by `indexAsOf` knows of the day it shows. */
export interface AsOfInfo {
  /** `YYYY-MM-DD`. */
  readonly day: string;
  /** The last millisecond of that day (UTC). */
  readonly cutoff: number;
  /** Articles possibly published by then are included. */
  readonly possibly: boolean;
  /** The state of every article of the whole dataset by then. */
  readonly articles: ReadonlyMap<string, ArticleState>;
  /** The state of every event of the whole dataset by then. */
  readonly events: ReadonlyMap<string, ReportState>;
  /** Events shown that were not shown as of the day before: what that day brought. */
  readonly arrived: ReadonlySet<string>;
  /** The whole dataset. */
  readonly full: DatasetIndex;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day as the address and the date field write it (`2024-10-22`), or undefined if it is not a calendar day. */
export function parseAsOfDay(text: string | null | undefined): string | undefined {
  const match = DAY_PATTERN.exec(text ?? '');
  if (!match || text === null || text === undefined) return undefined;
  const time = Date.parse(`${text}T00:00:00Z`);
  // `2024-02-30` parses in some engines as 1 March: the day must survive the round trip.
  return Number.isFinite(time) && dayOf(time) === text ? text : undefined;
}

/** The day (UTC) a moment falls on, as `YYYY-MM-DD`; undefined outside the years 0–9999. */
export function dayOf(time: number): string | undefined {
  const year = new Date(time).getUTCFullYear();
  return Number.isFinite(time) && year >= 0 && year <= 9999 ? new Date(time).toISOString().slice(0, 10) : undefined;
}

/** The first millisecond of a day given as `YYYY-MM-DD`. */
export const startOfDay = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** The last millisecond of a day given as `YYYY-MM-DD`: "as of" means at the end of that day. */
export const endOfDay = (day: string): number => startOfDay(day) + DAY_MS - 1;

/** The day in words: "22 October 2024". */
export const dayText = (day: string, style: 'short' | 'long' = 'long'): string => formatDay(startOfDay(day), { style });

/** Whether an article had appeared by `cutoff` (a millisecond). */
export function articleState(article: Pick<Article, 'published'>, cutoff: number): ArticleState {
  const { earliest, latest } = publicationOf(article);
  if (latest <= cutoff) return 'published';
  return earliest > cutoff ? 'later' : 'possibly';
}

const days = new WeakMap<Dataset, readonly string[]>();

/**
 * The days on which what could be known changed: each article's first possible day of publication and the day by
 * which it had certainly appeared, in order. The as-of control's stops, and the steps of a replay.
 */
export function publicationDays(index: DatasetIndex): readonly string[] {
  const dataset = (index.asOf?.full ?? index).dataset;
  const known = days.get(dataset);
  if (known) return known;
  const found = new Set<string>();
  for (const article of dataset.articles) {
    const { earliest, latest } = publicationOf(article);
    for (const time of [earliest, latest]) {
      const day = Number.isFinite(time) ? dayOf(time) : undefined;
      if (day) found.add(day);
    }
  }
  const sorted = [...found].sort();
  days.set(dataset, sorted);
  return sorted;
}

/** The state of each event by `cutoff`, from the states of its articles. */
function reportStates(dataset: Dataset, articles: ReadonlyMap<string, ArticleState>): Map<string, ReportState> {
  const states = new Map<string, ReportState>();
  for (const event of dataset.events) {
    let state: ReportState = event.sources.length === 0 ? 'possibly' : 'later';
    for (const source of event.sources) {
      const article = articles.get(source.article) ?? 'possibly';
      if (article === 'published') {
        state = 'reported';
        break;
      }
      if (article === 'possibly') state = 'possibly';
    }
    states.set(event.id, state);
  }
  return states;
}

function articleStates(dataset: Dataset, cutoff: number): Map<string, ArticleState> {
  return new Map(dataset.articles.map((article) => [article.id, articleState(article, cutoff)]));
}

/** The events shown: reported by then, and with `possibly`, possibly reported too. */
function shownIds(states: ReadonlyMap<string, ReportState>, possibly: boolean): Set<string> {
  const shown = new Set<string>();
  for (const [id, state] of states) if (state === 'reported' || (possibly && state === 'possibly')) shown.add(id);
  return shown;
}

/** A story's steps among the events shown, each step's key excerpt still pointing at the same excerpt. */
function storyAsOf(
  story: Story,
  events: ReadonlyMap<string, TimelineEvent>,
  original: ReadonlyMap<string, TimelineEvent>,
) {
  const steps = story.steps.flatMap((step) => {
    const event = events.get(step.event);
    if (!event) return [];
    const chosen: Source | undefined = original.get(step.event)?.sources[step.source ?? 0];
    const at = chosen ? event.sources.indexOf(chosen) : -1;
    const kept: StoryStep = { ...step };
    if (at > 0) kept.source = at;
    else delete kept.source;
    return [kept];
  });
  return { ...story, steps };
}

/** The dataset as it stood at `cutoff`, given which articles count. */
function datasetAsOf(
  dataset: Dataset,
  articles: ReadonlyMap<string, ArticleState>,
  shown: ReadonlySet<string>,
  possibly: boolean,
): Dataset {
  const counts = (id: string) => {
    const state = articles.get(id) ?? 'possibly';
    return state === 'published' || (possibly && state === 'possibly');
  };
  const original = new Map(dataset.events.map((event) => [event.id, event]));
  const events = dataset.events
    .filter((event) => shown.has(event.id))
    .map((event) => ({
      ...event,
      sources: event.sources.filter((source) => counts(source.article)),
      related: event.related.filter((relation) => shown.has(relation.event)),
    }));
  const byId = new Map(events.map((event) => [event.id, event]));
  const claims = dataset.claims.filter((claim) => shown.has(claim.event) && counts(claim.source.article));
  const claimIds = new Set(claims.map((claim) => claim.id));
  const disagreements = dataset.disagreements.flatMap((disagreement) => {
    const kept = {
      ...disagreement,
      events: disagreement.events.filter((id) => shown.has(id)),
      claims: disagreement.claims.filter((id) => claimIds.has(id)),
    };
    // A disagreement needs two versions known by then.
    return kept.events.length >= 2 || kept.claims.length >= 2 ? [kept] : [];
  });
  return {
    ...dataset,
    articles: dataset.articles.filter((article) => articles.get(article.id) !== 'later'),
    events,
    claims,
    disagreements,
    ...(dataset.windows
      ? {
          windows: dataset.windows.map(({ event, ...window }) =>
            event !== undefined && shown.has(event) ? { ...window, event } : window,
          ),
        }
      : {}),
    ...(dataset.stories
      ? { stories: dataset.stories.map((story) => storyAsOf(story, byId, original)).filter((s) => s.steps.length > 0) }
      : {}),
  };
}

/** Indexes made by `indexAsOf`, a few per dataset: a reader steps back and forth between days. */
const made = new WeakMap<DatasetIndex, Map<string, DatasetIndex>>();
const KEPT_PER_DATASET = 8;

/**
 * The chronology as known at the end of `choice.day`: an index of what had been reported by then (see the module
 * comment), with `asOf` saying what it is. Built once per dataset, day and choice, for the last few asked.
 */
export function indexAsOf(index: DatasetIndex, choice: AsOfChoice): DatasetIndex {
  const full = index.asOf?.full ?? index;
  const key = `${choice.day}|${choice.possibly ? 1 : 0}`;
  let cache = made.get(full);
  if (!cache) {
    cache = new Map();
    made.set(full, cache);
  }
  const known = cache.get(key);
  if (known) {
    // Most recently used last.
    cache.delete(key);
    cache.set(key, known);
    return known;
  }
  const cutoff = endOfDay(choice.day);
  const articles = articleStates(full.dataset, cutoff);
  const events = reportStates(full.dataset, articles);
  const shown = shownIds(events, choice.possibly);
  const before = shownIds(reportStates(full.dataset, articleStates(full.dataset, cutoff - DAY_MS)), choice.possibly);
  const arrived = new Set([...shown].filter((id) => !before.has(id)));
  const dataset = datasetAsOf(full.dataset, articles, shown, choice.possibly);
  const asOf: AsOfInfo = { day: choice.day, cutoff, possibly: choice.possibly, articles, events, arrived, full };
  // The same checks: the sources kept are the same objects, and their checks go on arriving.
  const result: DatasetIndex = { ...indexDataset(dataset, full.texts, full.checks), asOf };
  cache.set(key, result);
  while (cache.size > KEPT_PER_DATASET) cache.delete(cache.keys().next().value ?? '');
  return result;
}

/** How many events had been reported by then, how many possibly, and how many there are in all. */
export function asOfCounts(info: AsOfInfo): { reported: number; possibly: number; total: number } {
  let reported = 0;
  let possibly = 0;
  for (const state of info.events.values()) {
    if (state === 'reported') reported++;
    else if (state === 'possibly') possibly++;
  }
  return { reported, possibly, total: info.events.size };
}

/** Whether an event or an article is shown only because the reader counts articles possibly published by then. */
export function isPossibly(index: DatasetIndex, kind: 'event' | 'article', id: string): boolean {
  const info = index.asOf;
  if (!info) return false;
  return (kind === 'event' ? info.events.get(id) : info.articles.get(id)) === 'possibly';
}

/**
 * What a forecast without an outcome says of it: as of a day, whether it was still to come then and that no outcome
 * had been reported by then; otherwise that the sources report none. Undefined for other events, or when an
 * outcome is known (the relation says so).
 */
export function forecastNote(index: DatasetIndex, event: TimelineEvent, noun: string): string | undefined {
  if (event.status !== 'expected' || event.related.some((relation) => relation.type === 'outcome')) return undefined;
  const info = index.asOf;
  // An outcome counts only from a source independent of the forecast (decision 0021).
  if (!info) {
    return noun === 'article'
      ? msg('Outcome: not reported independently in these articles.')
      : msg('Outcome: not reported independently in these sources.');
  }
  const date = index.date.get(event.id);
  const day = dayText(info.day);
  if (date && date.start > info.cutoff)
    return msg(str`Still to come at the end of ${day}; no outcome reported by then.`);
  return msg(str`Outcome: not reported by the end of ${day}.`);
}

/**
 * The day shown, in a sentence for the handout and the embed: "As known at the end of 22 October 2024: only what
 * the articles published by then reported (1 article possibly published by then is not counted)."
 */
export function asOfSentence(info: AsOfInfo, noun: string): string {
  const possible = [...info.articles.values()].filter((state) => state === 'possibly').length;
  const some = sourceCount(possible, noun === 'article' ? 'article' : 'source');
  const apart =
    possible === 0
      ? ''
      : info.possibly
        ? msg(str` (including ${some} possibly published by then, marked)`)
        : possible === 1
          ? msg(str` (${some} possibly published by then is not counted)`)
          : msg(str` (${some} possibly published by then are not counted)`);
  const day = dayText(info.day);
  const sentence =
    noun === 'article'
      ? msg(str`As known at the end of ${day}: only what the articles published by then reported`)
      : msg(str`As known at the end of ${day}: only what the sources published by then reported`);
  return `${sentence}${apart}.`;
}
