/**
 * The printed handout in words: what is included, the filters in a sentence, and each event and
 * article as plain text ready for a template. Pure; `st-handout` lays it out.
 */
import { PARTY_LABELS, articleDate, eventDateText, type DatasetIndex } from './dataset-index.js';
import { formatDateSpan } from './dates.js';
import { isEmpty, type FilterState } from './filters.js';
import { KIND_TEXT, STATUS_TEXT } from './labels.js';
import type { Article, Source, TimelineEvent } from './types.js';
import { webUrl } from './web-url.js';

/** One excerpt and the line that says where it comes from. */
export interface HandoutExcerpt {
  quote: string;
  /** Title of the article, or its id when the dataset lacks it. */
  title: string;
  /** "Kyiv Post, 22 Oct 2024 (uncertain)": outlet (when named) and publication date. */
  details: string;
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
  summary: string;
  /** "Kyrylo Budanov, Mark Rutte". */
  actors: string;
  excerpts: HandoutExcerpt[];
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
}

/** "Ukraine", "Ukraine or Russia", "Ukraine, Russia or North Korea". */
function either(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values.at(-1) ?? ''}`;
}

const quoted = (text: string): string => `“${text}”`;

/**
 * The filters in words, facet by facet (`party: Ukraine or Russia; status: Forecast; search: “budanov”`),
 * or `undefined` when nothing is filtered. Values within a facet are alternatives, facets all apply.
 */
export function describeFilters(index: DatasetIndex, filters: FilterState): string | undefined {
  if (isEmpty(filters)) return undefined;
  const articles = filters.articles.map((id) => quoted(index.article.get(id)?.title ?? id));
  const only = filters.onlyArticles ? ' (only events no other article reports)' : '';
  const facets: [one: string, many: string, values: readonly string[], note?: string][] = [
    ['party', 'parties', filters.parties.map((p) => PARTY_LABELS[p])],
    ['actor', 'actors', filters.actors.map((id) => index.actor.get(id)?.name ?? id)],
    ['kind', 'kinds', filters.kinds.map((k) => KIND_TEXT[k])],
    ['status', 'statuses', filters.statuses.map((s) => STATUS_TEXT[s].label)],
    ['article', 'articles', articles, only],
  ];
  const parts = facets
    .filter(([, , values]) => values.length > 0)
    .map(([one, many, values, note = '']) => `${values.length === 1 ? one : many}: ${either(values)}${note}`);
  const query = filters.query.trim();
  if (query !== '') parts.push(`search: ${quoted(query)}`);
  return parts.join('; ');
}

/** "All 44 events, in date order." or "12 of 44 events, in date order." */
export function eventCountText(shown: number, total: number): string {
  if (total === 1) return shown === 1 ? 'The one event.' : 'No event.';
  return shown === total ? `All ${total} events, in date order.` : `${shown} of ${total} events, in date order.`;
}

/** Outlet (when named) and publication date: "Kyiv Post, 22 Oct 2024 (uncertain)". */
function articleDetails(index: DatasetIndex, article: Article): string {
  const published = formatDateSpan(articleDate(index, article));
  return article.outlet === null ? published : `${article.outlet}, ${published}`;
}

export function handoutExcerpt(index: DatasetIndex, source: Source): HandoutExcerpt {
  const article = index.article.get(source.article);
  return article
    ? { quote: source.quote, title: article.title, details: articleDetails(index, article) }
    : { quote: source.quote, title: source.article, details: '' };
}

export function handoutEvent(index: DatasetIndex, event: TimelineEvent): HandoutEvent {
  const status = STATUS_TEXT[event.status];
  return {
    id: event.id,
    title: event.title,
    date: eventDateText(index, event, 'long'),
    dateBasis: event.dateBasis,
    status: status.label,
    statusMeaning: status.meaning,
    background: event.background === true,
    summary: event.summary,
    actors: event.actors.map((id) => index.actor.get(id)?.name ?? id).join(', '),
    excerpts: event.sources.map((source) => handoutExcerpt(index, source)),
  };
}

export function handoutArticle(index: DatasetIndex, article: Article): HandoutArticle {
  return {
    id: article.id,
    title: article.title,
    descriptive: article.titleIsDescriptive,
    outlet: article.outlet ?? undefined,
    published: formatDateSpan(articleDate(index, article)),
    url: webUrl(article.url),
  };
}
