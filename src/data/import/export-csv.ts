/**
 * A dataset as this app's CSV (see docs/import-export.md): one row per event with its first source, and one more
 * row per further source (the event's `id` and the source columns only). Groups, kinds and actors are written by
 * their labels and names, as a person would type them. Free text that a spreadsheet would run as a formula
 * (`=…`, `+…`, `-…`, `@…`) gets a leading apostrophe, which the import removes again.
 */
import Papa from 'papaparse';
import { DEFAULT_KINDS } from '../schema.js';
import type { Dataset } from '../types.js';
import { laneOf, sourcesOf, type ExportSource } from './export-shared.js';
import { FORMULA_START, OUR_COLUMNS, TEXT_COLUMNS } from './our-csv.js';

type Column = (typeof OUR_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

function sourceColumns(source: ExportSource | undefined): Row {
  if (source === undefined) return {};
  // A link and a stored excerpt fill the same columns; only a stored one names its article.
  const { url, title, outlet, published, quote, via } = 'link' in source ? source.link : source.stored;
  return {
    source_article: 'stored' in source ? source.stored.article : undefined,
    source_url: url,
    source_title: title,
    source_outlet: outlet,
    source_published: published,
    quote,
    source_via: via?.join('; '),
  };
}

const safe = (column: Column, value: string | undefined): string => {
  const text = value ?? '';
  return TEXT_COLUMNS.has(column) && FORMULA_START.test(text) ? `'${text}` : text;
};

/** The dataset as CSV text, header first. Pure; takes a dataset that passed `validateDataset`. */
export function toCsv(dataset: Dataset): string {
  const kinds = new Map((dataset.kinds ?? DEFAULT_KINDS).map((kind) => [kind.id, kind.label]));
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor.name]));
  const rows: Row[] = dataset.events.flatMap((event) => {
    const [first, ...more] = sourcesOf(dataset, event);
    const row: Row = {
      id: event.id,
      date: event.date,
      title: event.title,
      summary: event.summary,
      date_basis: event.dateBasis,
      status: event.status,
      group: laneOf(dataset, event)?.label,
      kind: event.kind === undefined ? undefined : (kinds.get(event.kind) ?? event.kind),
      actors: event.actors.map((actor) => actors.get(actor) ?? actor).join('; '),
      ...sourceColumns(first),
    };
    return [row, ...more.map((source) => ({ id: event.id, ...sourceColumns(source) }))];
  });
  const data = rows.map((row) => OUR_COLUMNS.map((column) => safe(column, row[column])));
  return Papa.unparse({ fields: [...OUR_COLUMNS], data }, { newline: '\n' });
}
