/**
 * The printed handout in words: what is included, the filters in a sentence, and each event and
 * article as plain text ready for a template. Pure; `st-handout` lays it out.
 */
import { forecastNote } from './as-of.js';
import {
  articleDateText,
  eventDateText,
  groupLabel,
  groupsNoun,
  isStored,
  kindLabel,
  sourceNoun,
  type DatasetIndex,
} from './dataset-index.js';
import { isEmpty, type FilterState } from './filters.js';
import { statusText } from './labels.js';
import { eventSourcingView, viaText, type EditorNoteView } from './sourcing-view.js';
import type { Article, Source, TimelineEvent } from './types.js';
import { webUrl } from './web-url.js';
import { msg, str } from '@lit/localize';
import { numberText, plural } from '../i18n/plural.js';
import { listText } from '../i18n/words.js';

/** One excerpt and the line that says where it comes from. */
export interface HandoutExcerpt {
  /** The id of the article (or link) quoted. */
  article: string;
  /** The words quoted; none for a link given without a quote. */
  quote: string | undefined;
  /** Whether the quote was checked against a stored text, or is quoted from a linked page (not checked here). */
  checked: boolean;
  /** The linked page's address, printed as text (only http or https). */
  url: string | undefined;
  /** Title of the article, or its id when the dataset lacks it. */
  title: string;
  /** "The Daily Record, 22 Oct 2024 (uncertain)": outlet (when named) and publication date. */
  details: string;
  /** The outlet, when named (dataset text), and the publication date in words: the parts of `details`. */
  outlet?: string | undefined;
  published?: string | undefined;
  /** "Attributed to The Chief, via The Outlet", when the excerpt has a chain of sourcing. */
  via: string | undefined;
}

/** An event as printed. */
export interface HandoutEvent {
  id: string;
  title: string;
  /** "22 October 2024", "about October 2024", "27–28 October 2024". */
  date: string;
  dateBasis: string;
  /** "Forecast". */
  status: string;
  /** "expected, not yet happened when reported". */
  statusMeaning: string;
  /** Well before the period the dataset is about. */
  background: boolean;
  summary: string | undefined;
  /** The dataset marks it as having no source. */
  unsourced: boolean;
  /** The actors' names, joined: "Miltiades, Datis". */
  actors: string;
  excerpts: HandoutExcerpt[];
  /** A forecast whose outcome was not reported (by the day shown): said in words. */
  outcome?: string;
  /** "Reported in 3 articles, 1 original source: …"; empty without sources. */
  sourcing: string;
  /** Why the event rests on a single source, when it does. */
  singleSource: string | undefined;
  /** Why its date rests on one article, when it does. */
  singleDate: string | undefined;
  /** The editors' notes, from outside the sources. */
  editorNotes: EditorNoteView[];
}

/** An article as listed at the end of the handout. */
export interface HandoutArticle {
  id: string;
  title: string;
  /** The title is the project's description, the article having none. */
  descriptive: boolean;
  outlet: string | undefined;
  published: string;
  /** Only an http(s) address, printed as text. */
  url: string | undefined;
  /** The editors' note on the article, from outside the sources. */
  editorNote: string | undefined;
}

const quoted = (text: string): string => `“${text}”`;

/** An English noun's plural, for the dataset's word for its groups: "party" → "parties", "side" → "sides". */
function englishPlural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** One filtered facet in words: `status: Forecast`, `party: Athens or Sparta`. */
export interface FilterPart {
  /** The facet's name: the interface's word, or the dataset's own word for its groups (`nameIsData`). */
  name: string;
  nameIsData: boolean;
  /** The values chosen, alternatives to each other: dataset text (`valuesAreData`) or the interface's words. */
  values: string[];
  valuesAreData: boolean;
  /** Said after the values: "(only events no other article reports)". */
  note: string;
}

/** The filters facet by facet, and the search (blank when none), or `undefined` when nothing is filtered. */
export function filterParts(
  index: DatasetIndex,
  filters: FilterState,
): { parts: FilterPart[]; query: string } | undefined {
  if (isEmpty(filters)) return undefined;
  const articleNoun = sourceNoun(index);
  const articles = filters.articles.map((id) => quoted(index.article.get(id)?.title ?? id));
  const only = !filters.onlyArticles
    ? ''
    : articleNoun === 'article'
      ? msg('(only events no other article reports)')
      : msg('(only events no other source reports)');
  const noun = groupsNoun(index).toLowerCase();
  const many = (n: number, one: string, more: string) => (n === 1 ? one : more);
  const facet = (
    name: string,
    values: string[],
    valuesAreData: boolean,
    nameIsData = false,
    note = '',
  ): FilterPart => ({
    name,
    nameIsData,
    values,
    valuesAreData,
    note,
  });
  const { groups, actors, kinds, statuses } = filters;
  const parts = [
    facet(
      many(groups.length, noun, englishPlural(noun)),
      groups.map((id) => groupLabel(index, id)),
      true,
      true,
    ),
    facet(
      many(actors.length, msg('actor'), msg('actors')),
      actors.map((id) => index.actor.get(id)?.name ?? id),
      true,
    ),
    facet(
      many(kinds.length, msg('kind'), msg('kinds')),
      kinds.map((id) => kindLabel(index, id)),
      true,
    ),
    facet(
      many(statuses.length, msg('status'), msg('statuses')),
      statuses.map((s) => statusText(s).label),
      false,
    ),
    facet(
      articleNoun === 'article'
        ? many(articles.length, msg('article'), msg('articles'))
        : many(articles.length, msg('source'), msg('sources')),
      articles,
      true,
      false,
      only === '' ? '' : ` ${only}`,
    ),
  ].filter((part) => part.values.length > 0);
  return { parts, query: filters.query.trim() };
}

/** The name of the search in the description of the filters: "search". */
export const searchWord = (): string => msg('search');

/**
 * The filters in words, facet by facet (`group: Athens or Sparta; status: Forecast; search: “marathon”`),
 * or `undefined` when nothing is filtered. Values within a facet are alternatives, facets all apply.
 */
export function describeFilters(index: DatasetIndex, filters: FilterState): string | undefined {
  const described = filterParts(index, filters);
  if (!described) return undefined;
  const parts = described.parts.map(({ name, values, note }) => `${name}: ${listText(values, 'disjunction')}${note}`);
  if (described.query !== '') parts.push(`${searchWord()}: ${quoted(described.query)}`);
  return parts.join('; ');
}

/** "All 44 events, in date order." or "12 of 44 events, in date order." */
export function eventCountText(shown: number, total: number): string {
  if (total === 1) return shown === 1 ? msg('The one event.') : msg('No event.');
  const [n, all] = [numberText(shown), numberText(total)];
  return shown === total
    ? plural(total, {
        one: msg(str`All ${all} events, in date order.`, { id: 'all-n-events.one' }),
        few: msg(str`All ${all} events, in date order.`, { id: 'all-n-events.few' }),
        many: msg(str`All ${all} events, in date order.`, { id: 'all-n-events.many' }),
        other: msg(str`All ${all} events, in date order.`, { id: 'all-n-events.other' }),
      })
    : plural(total, {
        one: msg(str`${n} of ${all} events, in date order.`, { id: 'n-of-all-events.one' }),
        few: msg(str`${n} of ${all} events, in date order.`, { id: 'n-of-all-events.few' }),
        many: msg(str`${n} of ${all} events, in date order.`, { id: 'n-of-all-events.many' }),
        other: msg(str`${n} of ${all} events, in date order.`, { id: 'n-of-all-events.other' }),
      });
}

/** Outlet (when named) and publication date: "The Daily Record, 22 Oct 2024 (uncertain)". */
function articleDetails(index: DatasetIndex, article: Article): string {
  const published = articleDateText(index, article);
  return article.outlet === null ? published : `${article.outlet}, ${published}`;
}

export function handoutExcerpt(index: DatasetIndex, source: Source): HandoutExcerpt {
  const article = index.article.get(source.article);
  const via = viaText(index, source);
  if (!article) {
    return {
      article: source.article,
      quote: source.quote,
      checked: false,
      url: undefined,
      title: source.article,
      details: '',
      via,
    };
  }
  return {
    article: article.id,
    outlet: article.outlet ?? undefined,
    published: articleDateText(index, article),
    quote: source.quote,
    checked: isStored(article),
    url: isStored(article) ? undefined : webUrl(article.url),
    title: article.title,
    details: articleDetails(index, article),
    via,
  };
}

function outcomeOf(index: DatasetIndex, event: TimelineEvent): { outcome?: string } {
  const outcome = forecastNote(index, event, sourceNoun(index));
  return outcome === undefined ? {} : { outcome };
}

export function handoutEvent(index: DatasetIndex, event: TimelineEvent): HandoutEvent {
  const status = statusText(event.status);
  const sourcing = eventSourcingView(index, event);
  return {
    id: event.id,
    title: event.title,
    date: eventDateText(index, event, 'long'),
    dateBasis: event.dateBasis,
    status: status.label,
    statusMeaning: status.meaning,
    background: event.background === true,
    summary: event.summary,
    unsourced: event.unsourced === true,
    actors: event.actors.map((id) => index.actor.get(id)?.name ?? id).join(', '),
    excerpts: event.sources.map((source) => handoutExcerpt(index, source)),
    ...outcomeOf(index, event),
    sourcing: sourcing.line,
    singleSource: sourcing.single,
    singleDate: sourcing.date,
    editorNotes: sourcing.notes,
  };
}

export function handoutArticle(index: DatasetIndex, article: Article): HandoutArticle {
  return {
    id: article.id,
    title: article.title,
    descriptive: article.titleIsDescriptive,
    outlet: article.outlet ?? undefined,
    published: articleDateText(index, article),
    url: webUrl(article.url),
    editorNote: article.editorNote,
  };
}
