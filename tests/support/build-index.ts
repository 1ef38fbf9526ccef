// Builds small, validated datasets in code for the browser tests of the elements.
import { indexDataset, type DatasetIndex } from '../../src/data/dataset-index.js';
import type { Actor, Article, Claim, Dataset, Group, Kind, TimelineEvent } from '../../src/data/types.js';
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

/** The groups of the test datasets: those of the curated one, so the tests read like its lanes. */
export const GROUPS: Group[] = [
  { id: 'ukraine', label: 'Ukraine', color: '#0b57d0' },
  { id: 'russia', label: 'Russia', color: '#b3261e' },
  { id: 'north-korea', label: 'North Korea', color: '#7b2cbf' },
  { id: 'south-korea', label: 'South Korea', color: '#00695c' },
  { id: 'nato-us-other', label: 'NATO, US and others', color: '#5d4037' },
];

/** The kinds of the test datasets, as the curated one declares them. */
export const KINDS: Kind[] = ['agreement', 'deployment', 'denial', 'forecast', 'report', 'statement'].map((id) => ({
  id,
  label: id[0]!.toUpperCase() + id.slice(1),
}));

export const ACTORS: Actor[] = [
  { id: 'alpha', name: 'Alpha Person', aliases: [], group: 'ukraine', role: 'head of intelligence' },
  { id: 'beta', name: 'Beta Ministry', aliases: [], group: 'north-korea' },
];

export interface Parts {
  articles: Article[];
  events: TimelineEvent[];
  claims?: Claim[];
  actors?: Actor[];
  /** The lanes; the curated dataset's by default. */
  groups?: Group[];
  /** Article texts by article id. */
  texts: Record<string, string>;
}

/** Validates the parts as a dataset (so fixtures cannot drift from the schema) and indexes them. */
export function buildIndex(parts: Parts): DatasetIndex {
  const dataset: Dataset = {
    title: 'Test dataset',
    description: 'Built in a test.',
    groupsLabel: 'Party',
    groups: parts.groups ?? GROUPS,
    kinds: KINDS,
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

/** One event, `bad`, whose every string (title, basis, summary, quote, article, outlet, actor, role) is `HOSTILE`. */
export function hostileIndex(): DatasetIndex {
  return buildIndex({
    articles: [article('x', { title: HOSTILE, outlet: HOSTILE })],
    actors: [{ id: 'alpha', name: HOSTILE, aliases: [], group: 'russia', role: HOSTILE }],
    texts: { x: `Text with ${HOSTILE} inside.` },
    events: [
      timelineEvent('bad', {
        title: HOSTILE,
        dateBasis: HOSTILE,
        summary: HOSTILE,
        sources: [{ article: 'x', quote: HOSTILE }],
      }),
    ],
  });
}
