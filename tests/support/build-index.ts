// Builds small, validated datasets in code for the browser tests of the elements.
import { indexDataset, type DatasetIndex } from '../../src/data/dataset-index.js';
import type { Actor, Article, Claim, Dataset, TimelineEvent } from '../../src/data/types.js';
import { formatProblem, validateDataset } from '../../src/data/validate.js';

export function article(id: string, fields: Partial<Article> = {}): Article {
  return {
    id,
    title: `Article ${id}`,
    titleIsDescriptive: false,
    outlet: 'Test Outlet',
    published: '2024-10-22',
    publishedBasis: 'Dateline of the article.',
    file: `articles/${id}.txt`,
    url: null,
    notes: [],
    ...fields,
  };
}

export function timelineEvent(id: string, fields: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title: `Event ${id}`,
    date: '2024-10-22',
    dateBasis: 'Stated in the article.',
    kind: 'statement',
    status: 'happened',
    actors: ['alpha'],
    summary: `Summary of ${id}.`,
    sources: [],
    related: [],
    ...fields,
  };
}

export const ACTORS: Actor[] = [
  { id: 'alpha', name: 'Alpha Person', aliases: [], party: 'ukraine', role: 'head of intelligence' },
  { id: 'beta', name: 'Beta Ministry', aliases: [], party: 'north-korea' },
];

export interface Parts {
  articles: Article[];
  events: TimelineEvent[];
  claims?: Claim[];
  actors?: Actor[];
  /** Article texts by article id. */
  texts: Record<string, string>;
}

/** Validates the parts as a dataset (so fixtures cannot drift from the schema) and indexes them. */
export function buildIndex(parts: Parts): DatasetIndex {
  const dataset: Dataset = {
    title: 'Test dataset',
    description: 'Built in a test.',
    articles: parts.articles,
    actors: parts.actors ?? ACTORS,
    events: parts.events,
    claims: parts.claims ?? [],
    disagreements: [],
  };
  const texts = new Map(Object.entries(parts.texts));
  const result = validateDataset(dataset, { articleTexts: texts });
  if (!result.ok) throw new Error(`invalid test dataset:\n${result.problems.map(formatProblem).join('\n')}`);
  return indexDataset(result.dataset, texts);
}

/** Text that becomes an image element if it is ever parsed as HTML. */
export const HOSTILE = '<img src=x onerror="window.__pwned = true">';
