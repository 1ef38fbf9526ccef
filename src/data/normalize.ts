/**
 * Turns a dataset as written (`DatasetInput`) into the form every view reads (`Dataset`): each inline link source
 * (`{url, title, quote}`) becomes a reference to an article of its own, without a stored text, shared by every
 * source that links to the same page. Pure; the input is not changed.
 */
import type { Article, Dataset, DatasetInput, LinkSourceInput, Problem, Source, SourceInput } from './types.js';

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable id for a page's address. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The address without its fragment: two links to one page, at two passages, are one source. */
function pageOf(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

/** The id of the article a link source becomes: `link-` and a hash of the page's address. */
export function linkArticleId(url: string): string {
  return `link-${hash(pageOf(url))}`;
}

const isLink = (source: SourceInput): source is LinkSourceInput => 'url' in source;

export interface Normalized {
  dataset: Dataset;
  /** Generated ids that collide with an article the dataset declares. */
  problems: Problem[];
}

/** The dataset with inline links made articles; never throws on a dataset that passed the schema. */
export function normalizeDataset(input: DatasetInput): Normalized {
  const problems: Problem[] = [];
  const declared = new Set(input.articles.map((article) => article.id));
  const linked = new Map<string, Article>();

  const toSource = (source: SourceInput, path: string): Source => {
    if (!isLink(source)) {
      const { quote, ...rest } = source;
      return quote === undefined ? rest : source;
    }
    const id = linkArticleId(source.url);
    if (declared.has(id)) {
      problems.push({ path: `${path}.url`, message: `the id "${id}" made for this link is taken by an article` });
    }
    const known = linkedArticle(linked.get(id), id, source);
    linked.set(id, known);
    return {
      article: id,
      ...(source.quote === undefined ? {} : { quote: source.quote }),
      ...(source.via === undefined ? {} : { via: source.via }),
    };
  };

  const events = input.events.map((event, i) => ({
    ...event,
    sources: event.sources.map((source, j) => toSource(source, `events[${i}].sources[${j}]`)),
  }));
  const claims = input.claims.map((claim, i) => ({ ...claim, source: toSource(claim.source, `claims[${i}].source`) }));
  return {
    dataset: { ...input, articles: [...input.articles, ...linked.values()], events, claims },
    problems,
  };
}

/** The article a link stands for; the first source to give a title, outlet or date gives it. */
function linkedArticle(known: Article | undefined, id: string, source: LinkSourceInput): Article {
  const url = pageOf(source.url);
  // A title of its own, once one source gives it; until then the address stands in (and says it is ours).
  const titled = known !== undefined && !known.titleIsDescriptive;
  const title = titled ? known.title : (source.title ?? url);
  const published = known?.published ?? source.published;
  return {
    id,
    title,
    titleIsDescriptive: !titled && source.title === undefined,
    outlet: known?.outlet ?? source.outlet ?? null,
    ...(published === undefined ? {} : { published }),
    url,
    notes: [],
  };
}
