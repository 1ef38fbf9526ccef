/**
 * Import and export of datasets: the entry point, loaded on demand when a reader opens a file. Pure (no DOM, no
 * Node APIs), so the command line (`npm run import`, `npm run export`) and the browser share it.
 *
 * `importText(name, text)` recognises the format by content (and the file name's extension):
 * - a dataset of this app (JSON with `events` that have `date`s), passed through unchanged once it validates;
 * - a TimelineJS 3 JSON file (`title` slide, `events` with `start_date`, `eras`);
 * - the TimelineJS spreadsheet template as CSV (header `Year, Month, Day, …, Headline, Text, …`);
 * - this app's CSV (header with `date` and `title`, see docs/import-export.md).
 */
import { assemble } from './assemble.js';
import { readCsv } from './csv.js';
import { MAX_DATASET_BYTES, formatBytes } from '../limits.js';
import { parseJson } from '../load.js';
import { validateDataset } from '../validate.js';
import { isOurHeader, readOurCsv } from './our-csv.js';
import { isTimelineJsHeader, readTimelineJsCsv } from './timelinejs-csv.js';
import { isTimelineJsJson, readTimelineJsJson } from './timelinejs-json.js';
import type { DatasetFile, ImportOptions, ImportResult } from './types.js';

export { toCsv } from './export-csv.js';
export { toIcs, type IcsOptions, type IcsResult } from './export-ics.js';
export { toTimelineJs, type TimelineJsFile } from './export-timelinejs.js';
export type { DatasetFile, ImportFormat, ImportOptions, ImportResult, RowProblem } from './types.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a file's text as a dataset of this app. Never throws; `name` is the file's name, for messages. */
export function importText(name: string, text: string, options: ImportOptions = {}): ImportResult {
  const fail = (message: string): ImportResult => ({ ok: false, problems: [{ where: name, message }] });
  // Characters, not bytes: a file at the limit in bytes is at most this long in characters.
  if (text.length > MAX_DATASET_BYTES) return fail(`is larger than ${formatBytes(MAX_DATASET_BYTES)}, the limit`);
  const content = text.replace(/^\uFEFF/, '');
  const json = /\.json$/i.test(name) || (!/\.csv$/i.test(name) && /^\s*[{[]/.test(content));
  return json ? importJson(name, content, options) : importCsv(name, content, options);
}

function importJson(name: string, text: string, options: ImportOptions): ImportResult {
  const parsed = parseJson(text, name);
  if (!parsed.ok) return { ok: false, problems: [{ where: name, message: parsed.problem.message }] };
  const value = parsed.value;
  if (!isRecord(value) || !Array.isArray(value['events'])) {
    return {
      ok: false,
      problems: [{ where: name, message: 'is neither a dataset of this app nor a TimelineJS file (no "events" list)' }],
    };
  }
  // A file with no sign of this app's format (a description, events with a `date`) is read as TimelineJS, whose
  // reader says what each entry lacks.
  const ours =
    typeof value['description'] === 'string' ||
    value['events'].some((event) => isRecord(event) && ('date' in event || 'dateBasis' in event));
  if (isTimelineJsJson(value) || !ours) return assemble(readTimelineJsJson(value, name), options);
  // Our own format passes through unchanged: it is the file, once it validates.
  const checked = validateDataset(value);
  if (!checked.ok) {
    const problems = checked.problems.map((problem) => ({ where: problem.path || name, message: problem.message }));
    return { ok: false, format: 'ours', problems };
  }
  const files = checked.dataset.articles.flatMap((article) => (article.file === undefined ? [] : [article.file]));
  // It validated against the schema, so it is a dataset file as written.
  return { ok: true, format: 'ours', dataset: value as DatasetFile, skipped: [], files };
}

function importCsv(name: string, text: string, options: ImportOptions): ImportResult {
  const table = readCsv(text);
  if (table.header.length === 0) {
    return { ok: false, problems: [...table.problems, { where: name, message: 'is empty: no header row' }] };
  }
  if (isTimelineJsHeader(table.header)) return assemble(readTimelineJsCsv(table, name), options);
  if (isOurHeader(table.header)) return assemble(readOurCsv(table, name), options);
  const found = table.header.filter((column) => column !== '').slice(0, 20);
  return {
    ok: false,
    problems: [
      {
        where: 'row 1',
        message:
          `the header matches no format this app reads: the TimelineJS template has Year, Month, Day, …, Headline, ` +
          `Text; this app's CSV has date, title, …; this file has ${found.map((column) => `"${column}"`).join(', ')}`,
      },
    ],
  };
}
