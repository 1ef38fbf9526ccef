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

/** One excerpt and the line that says where it comes from. */
export interface HandoutExcerpt {
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

/** "Athens", "Athens or Sparta", "Athens, Sparta or Persia". */
function either(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values.at(-1) ?? ''}`;
}

const quoted = (text: string): string => `“${text}”`;

/** An English noun's plural, for the dataset's word for its groups: "party" → "parties", "side" → "sides". */
function plural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/**
 * The filters in words, facet by facet (`group: Athens or Sparta; status: Forecast; search: “marathon”`),
 * or `undefined` when nothing is filtered. Values within a facet are alternatives, facets all apply.
 */
export function describeFilters(index: DatasetIndex, filters: FilterState): string | undefined {
  if (isEmpty(filters)) return undefined;
  const articles = filters.articles.map((id) => quoted(index.article.get(id)?.title ?? id));
  const only = filters.onlyArticles ? ` (only events no other ${sourceNoun(index)} reports)` : '';
  const noun = groupsNoun(index).toLowerCase();
  const facets: [one: string, many: string, values: readonly string[], note?: string][] = [
    [noun, plural(noun), filters.groups.map((id) => groupLabel(index, id))],
    ['actor', 'actors', filters.actors.map((id) => index.actor.get(id)?.name ?? id)],
    ['kind', 'kinds', filters.kinds.map((id) => kindLabel(index, id))],
    ['status', 'statuses', filters.statuses.map((s) => statusText(s).label)],
    [sourceNoun(index), `${sourceNoun(index)}s`, articles, only],
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

/** Outlet (when named) and publication date: "The Daily Record, 22 Oct 2024 (uncertain)". */
function articleDetails(index: DatasetIndex, article: Article): string {
  const published = articleDateText(index, article);
  return article.outlet === null ? published : `${article.outlet}, ${published}`;
}

export function handoutExcerpt(index: DatasetIndex, source: Source): HandoutExcerpt {
  const article = index.article.get(source.article);
  const via = viaText(index, source);
  if (!article) return { quote: source.quote, checked: false, url: undefined, title: source.article, details: '', via };
  return {
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
