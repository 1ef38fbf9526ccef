/**
 * What the importers take and give. An import turns a file (this app's JSON, a TimelineJS JSON or spreadsheet
 * CSV, or this app's CSV) into a dataset as it is written to `events.json`, or into a list of problems, one per
 * row that cannot be imported, each saying where it is.
 */
import type * as v from 'valibot';
import type { DatasetSchema } from '../schema.js';
import type { EventStatus } from '../types.js';

/** A dataset as written to `events.json` (fields with defaults may be left out): what `validateDataset` takes. */
export type DatasetFile = v.InferInput<typeof DatasetSchema>;
export type EventFile = DatasetFile['events'][number];
export type SourceFile = NonNullable<EventFile['sources']>[number];
export type ArticleFile = NonNullable<DatasetFile['articles']>[number];

/** An inline link source as written in `events.json`. */
export interface LinkSourceFile {
  url: string;
  title?: string;
  outlet?: string;
  published?: string;
  quote?: string;
  /**
   * The chain of sourcing (see `SourceSchema`): actor ids in a dataset; in a `Draft` and in an export, the actors'
   * names, which `assemble` turns into ids (declaring the actors).
   */
  via?: string[];
}

export type ImportFormat = 'ours' | 'timelinejs-json' | 'timelinejs-csv' | 'csv';

/** Something that stops a row (or the whole file) from being imported. */
export interface RowProblem {
  /** Where, as the file's author would look for it: `row 7` (spreadsheet rows, the header is row 1), `events[3]`. */
  where: string;
  message: string;
}

export interface ImportOptions {
  /** Import the rows that can be imported and list the others in `skipped`, instead of importing nothing. */
  skipInvalid?: boolean;
}

export type ImportResult =
  | {
      ok: true;
      format: ImportFormat;
      /** The dataset, ready for `JSON.stringify`; it passed `validateDataset` (quotes of stored articles aside). */
      dataset: DatasetFile;
      /** Rows left out (only with `skipInvalid`); the dataset's description says how many. */
      skipped: RowProblem[];
      /** Article texts the dataset refers to (`articles/<id>.txt`), relative to the imported file. */
      files: string[];
    }
  | { ok: false; format?: ImportFormat; problems: RowProblem[] };

/** An event read from a file, before ids are given out and the vocabulary is declared. */
export interface EventDraft {
  /** Where it was read: `events[3]`, `row 7`. */
  where: string;
  /** The id the file gives (`unique_id`, `id`), if any; made valid and unique later. */
  idHint?: string | undefined;
  title: string;
  date: string;
  dateBasis: string;
  summary?: string | undefined;
  status?: EventStatus | undefined;
  /** Names of the group, kind and actors as the file writes them; ids are made from them. */
  group?: string | undefined;
  kind?: string | undefined;
  actors?: string[] | undefined;
  sources: SourceFile[];
}

/** A named span read from a file (a TimelineJS era). */
export interface WindowDraft {
  where: string;
  label: string;
  date: string;
}

/** Everything read from a file, ready to be made into a dataset. */
export interface Draft {
  format: ImportFormat;
  /** The file's name, used for the title when the file gives none. */
  name: string;
  title?: string | undefined;
  description?: string | undefined;
  events: EventDraft[];
  windows: WindowDraft[];
  /** Stored articles the events cite (this app's CSV, `source_article`). */
  articles: ArticleFile[];
  /** Rows that could not be read; with `skipInvalid`, they are left out. */
  problems: RowProblem[];
  /** Problems with the file as a whole (not JSON, an unknown column, an unclosed quote): nothing is imported. */
  fatal: RowProblem[];
}
