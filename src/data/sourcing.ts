/**
 * Where what an event says comes from: how many articles report it, and how many original sources they go back to.
 * An excerpt's `via` chain ends with its original source; without one, the excerpt is its article's own reporting.
 * An actor who `speaksFor` another (an agency's head) is folded into it: what the two say is not independent.
 * Pure; used by the views (the single-source mark, "3 articles, 1 original source") and by the checks.
 */
import type { Actor, TimelineEvent, Source } from './types.js';
import { msg, str } from '@lit/localize';
import { numberText, plural } from '../i18n/plural.js';
import { listText, sourceCount } from '../i18n/words.js';

/** One original source of an event, and the articles that go back to it. */
export interface Origin {
  /**
   * What makes two origins the same: an actor id (the one spoken for, when there is one), or `article:<id>` for an
   * article's own reporting.
   */
  key: string;
  /** The actors at the end of the chains, in the order first met; none for an article's own reporting. */
  speakers: string[];
  /** The articles that go back to this origin, in the order first met. */
  articles: string[];
}

export interface Sourcing {
  /** The distinct articles that report the event, in the order of its sources. */
  articles: string[];
  origins: Origin[];
  /** Only one article reports the event. */
  singleArticle: boolean;
  /** Several articles report it, and all of them go back to one original source. */
  singleOrigin: boolean;
  /** The one article the date rests on, when several report the event and only that one gives its date. */
  dateArticle: string | undefined;
}

const ARTICLE_KEY = 'article:';

/** The original source of an excerpt, as a key: equal keys are not independent of each other. */
export function originKey(source: Source, actors: ReadonlyMap<string, Pick<Actor, 'speaksFor'>>): string {
  const speaker = source.via?.at(-1);
  if (speaker === undefined) return `${ARTICLE_KEY}${source.article}`;
  return actors.get(speaker)?.speaksFor ?? speaker;
}

/** Whether an origin is an article's own reporting rather than an actor. */
export const isOwnReporting = (origin: Origin): boolean => origin.key.startsWith(ARTICLE_KEY);

/** The original sources of an event's excerpts, in the order first met. */
export function eventOrigins(
  event: Pick<TimelineEvent, 'sources'>,
  actors: ReadonlyMap<string, Pick<Actor, 'speaksFor'>>,
): Origin[] {
  const origins = new Map<string, Origin>();
  for (const source of event.sources) {
    const key = originKey(source, actors);
    const origin = origins.get(key) ?? { key, speakers: [], articles: [] };
    const speaker = source.via?.at(-1);
    if (speaker !== undefined && !origin.speakers.includes(speaker)) origin.speakers.push(speaker);
    if (!origin.articles.includes(source.article)) origin.articles.push(source.article);
    origins.set(key, origin);
  }
  return [...origins.values()];
}

/** How an event is sourced: articles, original sources and whether one source carries it or its date. */
export function eventSourcing(
  event: Pick<TimelineEvent, 'sources' | 'datedBy'>,
  actors: ReadonlyMap<string, Pick<Actor, 'speaksFor'>>,
): Sourcing {
  const articles = [...new Set(event.sources.map((source) => source.article))];
  const origins = eventOrigins(event, actors);
  const dated = event.datedBy ?? articles;
  return {
    articles,
    origins,
    singleArticle: articles.length === 1,
    singleOrigin: articles.length > 1 && origins.length === 1,
    dateArticle: articles.length > 1 && dated.length === 1 ? dated[0] : undefined,
  };
}

/**
 * The one original source two events share when each goes back to that source alone: then neither can confirm the
 * other, nor be the other's outcome. `undefined` when they are independent (or either has no source).
 */
export function sharedSingleOrigin(
  a: Pick<TimelineEvent, 'sources'>,
  b: Pick<TimelineEvent, 'sources'>,
  actors: ReadonlyMap<string, Pick<Actor, 'speaksFor'>>,
): string | undefined {
  const [first, ...more] = eventOrigins(a, actors);
  const [second, ...others] = eventOrigins(b, actors);
  if (!first || !second || more.length > 0 || others.length > 0) return undefined;
  return first.key === second.key ? first.key : undefined;
}

/** Names of things, for the words below: an actor's name, an article's short label. */
export interface SourcingNames {
  actor: (id: string) => string;
  /** "article" or "source", as the dataset's sources are called. */
  noun: 'article' | 'source';
}

/** An original source in words: "The Minister", "The Chief, for The Agency", "the article's own reporting". */
export function originText(origin: Origin, names: SourcingNames): string {
  if (isOwnReporting(origin)) {
    return names.noun === 'article' ? msg('the article’s own reporting') : msg('the source’s own reporting');
  }
  const body = names.actor(origin.key);
  const others = origin.speakers.filter((speaker) => speaker !== origin.key).map(names.actor);
  if (others.length === 0) return body;
  const who = listText(others);
  return origin.speakers.includes(origin.key)
    ? others.length === 1
      ? msg(str`${body} and ${who}, who speaks for it`)
      : msg(str`${body} and ${who}, who speak for it`)
    : msg(str`${who}, for ${body}`);
}

/**
 * How many articles report an event and how many original sources they go back to, in words:
 * "Reported in 3 articles, 1 original source: The Minister". Empty for an event without sources.
 */
export function sourcingText(sourcing: Sourcing, names: SourcingNames): string {
  const counted = sourcingCountText(sourcing, names.noun);
  const [only, ...more] = sourcing.origins;
  return sourcing.articles.length > 1 && only && more.length === 0 ? `${counted}: ${originText(only, names)}` : counted;
}

/** The counts alone: "Reported in 3 articles, 1 original source", "Reported in 1 article"; empty without sources. */
export function sourcingCountText(sourcing: Sourcing, noun: SourcingNames['noun']): string {
  const counts = sourcingCounts(sourcing, noun);
  return counts === '' ? '' : msg(str`Reported in ${counts}`);
}

/** The counts without a verb: "3 articles, 1 original source", "1 article"; empty without sources. */
export function sourcingCounts(sourcing: Sourcing, noun: SourcingNames['noun']): string {
  const { articles, origins } = sourcing;
  if (articles.length === 0) return '';
  const reported = sourceCount(articles.length, noun);
  if (articles.length === 1) return reported;
  const n = numberText(origins.length);
  const original = plural(origins.length, {
    one: msg(str`${n} original source`, { id: 'n-original-sources.one' }),
    few: msg(str`${n} original sources`, { id: 'n-original-sources.few' }),
    many: msg(str`${n} original sources`, { id: 'n-original-sources.many' }),
    other: msg(str`${n} original sources`, { id: 'n-original-sources.other' }),
  });
  return msg(str`${reported}, ${original}`);
}

/** Why the single-source mark is shown, for readers and screen readers alike. */
export const SINGLE_SOURCE_TEXT = {
  get label() {
    return msg('Single source');
  },
  article: (noun: SourcingNames['noun']) =>
    noun === 'article'
      ? msg(
          'Only one article reports this event. Nothing else in these articles corroborates it; treat it with more caution.',
        )
      : msg(
          'Only one source reports this event. Nothing else in these sources corroborates it; treat it with more caution.',
        ),
  origin: (noun: SourcingNames['noun'], count: number) => {
    const all = numberText(count);
    return noun === 'article'
      ? msg(str`All ${all} articles go back to one original source, so they repeat it rather than corroborate it.`)
      : msg(str`All ${all} sources go back to one original source, so they repeat it rather than corroborate it.`);
  },
  date: (noun: SourcingNames['noun'], article: string) =>
    noun === 'article'
      ? msg(str`Only one article (${article}) gives this date; the others report the event without it.`)
      : msg(str`Only one source (${article}) gives this date; the others report the event without it.`),
};
