/**
 * This app's CSV (see docs/import-export.md): one row per event, with its first source; a row that repeats an
 * event's `id` and fills only source columns adds another source. Columns are found by name, in any order and
 * case; an unknown column stops the import, so that a misspelt one is not silently lost.
 */
import { cell, type CsvRow, type CsvTable } from './csv.js';
import { parseEdtf } from '../dates.js';
import { EVENT_STATUSES, ID_PATTERN } from '../schema.js';
import { webUrl } from '../web-url.js';
import type { ArticleFile, Draft, EventDraft, SourceFile } from './types.js';

export const OUR_COLUMNS = [
  'date',
  'title',
  'summary',
  'date_basis',
  'status',
  'group',
  'kind',
  'actors',
  'source_url',
  'source_title',
  'source_outlet',
  'source_published',
  'quote',
  'source_via',
  'source_article',
  'id',
] as const;
type Column = (typeof OUR_COLUMNS)[number];

/** The columns of the event itself; a row that only adds a source leaves them empty. */
const EVENT_COLUMNS: readonly Column[] = OUR_COLUMNS.slice(0, OUR_COLUMNS.indexOf('source_url'));

/** Columns of free text, which the export protects from spreadsheet formulas with a leading apostrophe. */
export const TEXT_COLUMNS: ReadonlySet<Column> = new Set<Column>([
  'title',
  'summary',
  'date_basis',
  'group',
  'kind',
  'actors',
  'source_title',
  'source_outlet',
  'quote',
  'source_via',
]);

/** A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, return at the start). */
export const FORMULA_START = /^[=+\-@\t\r]/;

const normalise = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

export function isOurHeader(header: readonly string[]): boolean {
  const names = new Set(header.map(normalise));
  return names.has('date') && names.has('title');
}

/** Reads a CSV whose header `isOurHeader` recognised. Never throws. */
export function readOurCsv(table: CsvTable, name: string): Draft {
  const draft: Draft = {
    format: 'csv',
    name,
    description: `Imported from "${name}", a CSV in this app's format.`,
    events: [],
    windows: [],
    articles: [],
    problems: [],
    fatal: [...table.problems],
  };
  const columns = new Map<Column, string>();
  for (const header of table.header) {
    if (header === '') continue;
    const column = OUR_COLUMNS.find((known) => known === normalise(header));
    if (column === undefined) {
      draft.fatal.push({
        where: 'row 1',
        message: `unknown column "${header}" (the columns are: ${OUR_COLUMNS.join(', ')})`,
      });
    } else if (columns.has(column))
      draft.fatal.push({ where: 'row 1', message: `the column "${header}" appears twice` });
    else columns.set(column, header);
  }
  if (draft.fatal.length > 0) return draft;

  const get = (row: CsvRow, column: Column): string => {
    const header = columns.get(column);
    const value = header === undefined ? '' : cell(row, header);
    return TEXT_COLUMNS.has(column) && /^'/.test(value) && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
  };
  const articles = new Map<string, { article: ArticleFile; row: number }>();
  const byId = new Map<string, { row: number; event?: EventDraft; values: Map<Column, string> }>();

  for (const row of table.rows) {
    const where = `row ${row.row}`;
    const messages: string[] = [];
    const problem = (message: string) => messages.push(message);
    if (row.extra > 0) problem(`has ${row.extra} more cell${row.extra === 1 ? '' : 's'} than the header has columns`);
    const id = get(row, 'id');
    const source = readSource(row, get, problem);
    const article = source && 'article' in source ? articleOf(row, get, source.article) : undefined;
    if (article) {
      const known = articles.get(article.id);
      if (known && JSON.stringify(known.article) !== JSON.stringify(article)) {
        problem(`describes the article "${article.id}" differently from row ${known.row}`);
      }
    }
    const first = id === '' ? undefined : byId.get(id);
    if (first) {
      // A row that repeats an id adds a source to the event above it.
      for (const column of EVENT_COLUMNS) {
        const value = get(row, column);
        if (value !== '' && value !== first.values.get(column)) {
          problem(`its ${column} differs from row ${first.row}; a row that repeats an id only adds a source`);
        }
      }
      if (!source) problem(`repeats the id "${id}" of row ${first.row} without a source to add`);
      if (!first.event) problem(`adds a source to the event of row ${first.row}, which could not be imported`);
      if (messages.length === 0 && first.event && source) first.event.sources.push(source);
    } else {
      const event = readEvent(row, get, problem, name);
      if (messages.length === 0 && event) {
        if (source) event.sources.push(source);
        draft.events.push(event);
      }
      if (id !== '') {
        const values = new Map(EVENT_COLUMNS.map((column) => [column, get(row, column)]));
        byId.set(id, { row: row.row, values, ...(messages.length === 0 && event ? { event } : {}) });
      }
    }
    if (messages.length === 0 && article && !articles.has(article.id))
      articles.set(article.id, { article, row: row.row });
    draft.problems.push(...messages.map((message) => ({ where, message })));
  }
  draft.articles = [...articles.values()].map(({ article }) => article);
  return draft;
}

type Get = (row: CsvRow, column: Column) => string;

function readEvent(row: CsvRow, get: Get, problem: (message: string) => void, name: string): EventDraft | undefined {
  const date = get(row, 'date');
  const title = get(row, 'title');
  const status = get(row, 'status').toLowerCase();
  if (date === '') problem('no date (the date column is empty)');
  else {
    const parsed = parseEdtf(date);
    if (!parsed.ok) problem(parsed.message);
  }
  if (title === '') problem('no title (the title column is empty)');
  const known = EVENT_STATUSES.find((item) => item === status);
  if (status !== '' && !known) problem(`status "${status}" is not one of ${EVENT_STATUSES.join(', ')}`);
  if (date === '' || title === '') return undefined;
  const text = (column: Column) => get(row, column) || undefined;
  const actors = get(row, 'actors')
    .split(';')
    .map((actor) => actor.trim())
    .filter((actor) => actor !== '');
  return {
    where: `row ${row.row}`,
    idHint: text('id'),
    title,
    date,
    dateBasis: get(row, 'date_basis') || `From the CSV "${name}", row ${row.row}.`,
    summary: text('summary'),
    status: known,
    group: text('group'),
    kind: text('kind'),
    actors: actors.length > 0 ? actors : undefined,
    sources: [],
  };
}

/** The row's source: a link (`source_url`) or an excerpt of a stored article (`source_article`). */
function readSource(row: CsvRow, get: Get, problem: (message: string) => void): SourceFile | undefined {
  const [url, article, quote, published] = (['source_url', 'source_article', 'quote', 'source_published'] as const).map(
    (column) => get(row, column),
  ) as [string, string, string, string];
  const given = [
    'source_url',
    'source_article',
    'source_title',
    'source_outlet',
    'source_published',
    'quote',
    'source_via',
  ] as const;
  if (given.every((column) => get(row, column) === '')) return undefined;
  // Actors' names, as in `actors`; `assemble` makes them ids.
  const names = get(row, 'source_via')
    .split(';')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const via = names.length > 0 ? { via: names } : {};
  if (url !== '' && webUrl(url) === undefined) {
    problem(`source_url "${url.slice(0, 60)}" is not a web address (http or https, no user name or password)`);
  }
  if (published !== '') {
    const parsed = parseEdtf(published);
    if (!parsed.ok) problem(`source_published: ${parsed.message}`);
  }
  if (article !== '') {
    if (!ID_PATTERN.test(article)) problem(`source_article "${article.slice(0, 60)}" is not an article id`);
    if (quote === '') problem('a source in a stored article needs its quote, which is checked against the text');
    if (get(row, 'source_title') === '') problem(`the stored article "${article}" needs its source_title`);
    return quote === '' ? { article, ...via } : { article, quote, ...via };
  }
  if (url === '') {
    problem('source columns are filled but source_url is empty (give the address of the page, or source_article)');
    return undefined;
  }
  const optional = (key: string, value: string) => (value === '' ? {} : { [key]: value });
  return {
    url,
    ...optional('title', get(row, 'source_title')),
    ...optional('outlet', get(row, 'source_outlet')),
    ...optional('published', published),
    ...optional('quote', quote),
    ...via,
  };
}

/** The stored article a row's `source_article` names, as the dataset declares it. */
function articleOf(row: CsvRow, get: Get, id: string): ArticleFile {
  const optional = (key: string, value: string) => (value === '' ? {} : { [key]: value });
  return {
    id,
    title: get(row, 'source_title'),
    ...optional('outlet', get(row, 'source_outlet')),
    ...optional('published', get(row, 'source_published')),
    ...optional('url', get(row, 'source_url')),
    file: `articles/${id}.txt`,
  };
}
