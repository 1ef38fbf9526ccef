/**
 * Where the app's dataset comes from, and loading it: the site's own (`src`), another one named by the page's
 * address (`?data=`, under the rules of `datasetSource`), or files the reader opened from their own disk (read in
 * the page, never sent anywhere). Loaded datasets are kept by address, so an app created again for the same
 * dataset (a `<sourced-timeline>` whose attributes change, a second element on the page) neither fetches nor
 * validates it twice.
 */
import { indexDataset, type DatasetIndex } from '../data/dataset-index.js';
import { prepareDateFormatting } from '../data/dates.js';
import { prepareGroupStyles } from '../styles/group-styles.js';
import { datasetSource, parseOrigins, refusedFile } from '../data/dataset-source.js';
import { MAX_DATASET_BYTES, tooLargeMessage } from '../data/limits.js';
import { fetchText, loadDataset, openDataset, type LoadResult, type TextReader } from '../data/load.js';
import { yieldToPage } from '../data/prime-dates.js';
import { QuoteChecks } from '../data/quote-checks.js';
import { buildSearchIndex, type EventSearch } from '../data/search.js';
import type { Problem } from '../data/types.js';
import { initialWindow, prepareInitialWindow } from '../timeline/items.js';
import { checkQuotesInBackground } from './quote-checking.js';
import { eventsInWindow } from '../timeline/events-in-window.js';
import { takeEarlyRead } from '../data/early-read.js';

/** Events whose articles are read and checked first: those of the opening window, as many as a reader sees. */
const FIRST_CHECKED = 50;

/** Where a dataset came from: the site's own, another address, or the reader's files. */
export type DatasetOrigin =
  | { kind: 'site'; url: string }
  | { kind: 'address'; url: string }
  /** `json`: the dataset as opened or imported, for "Download as events.json". */
  | { kind: 'file'; name: string; format: string; json: string; skipped: number };

export type Loaded =
  | { ok: true; index: DatasetIndex; search: EventSearch; origin: DatasetOrigin }
  /** `source`: what was asked for, as shown in the error panel; `refused`: by the rules, not broken. */
  | { ok: false; problems: Problem[]; source: string; refused: boolean; file: boolean };

/**
 * Other origins `?data=` may load datasets from, set when the site is built (`VITE_DATA_ORIGINS`); the build
 * refuses entries that are not origins and writes these into the page's security policy too.
 */
const DATA_ORIGINS = parseOrigins(import.meta.env.VITE_DATA_ORIGINS).origins;

/** Datasets loaded by address, newest last; a few, so that memory stays bounded. */
const cache = new Map<string, Extract<Loaded, { ok: true }>>();
const CACHE_SIZE = 4;

function remember(url: string, loaded: Extract<Loaded, { ok: true }>): void {
  cache.delete(url);
  cache.set(url, loaded);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
}

function indexed(result: Extract<LoadResult, { ok: true }>, origin: DatasetOrigin): Extract<Loaded, { ok: true }> {
  const index = indexDataset(result.dataset, result.texts);
  return { ok: true, index, search: buildSearchIndex(index), origin };
}

/** The dataset at `src` (relative to `base`), or the one `data` names; from the cache when loaded before. */
export async function loadFromAddress(
  src: string,
  data: string | null,
  base: string,
  signal: AbortSignal,
): Promise<Loaded> {
  const source = datasetSource(data, { page: base, fallback: new URL(src, base).href, allowedOrigins: DATA_ORIGINS });
  if (!source.ok) {
    return {
      ok: false,
      problems: [{ path: '', message: source.message }],
      source: source.given,
      refused: true,
      file: false,
    };
  }
  const known = cache.get(source.url);
  if (known) return known;
  // A dataset named by the address reads its files under the same rule as itself.
  const read: TextReader =
    data === null
      ? fetchText
      : (url, fileSignal, options) => {
          const refused = refusedFile(url, { page: base, allowedOrigins: DATA_ORIGINS });
          if (refused !== undefined) return Promise.reject(new Error(refused));
          // The page's early screen may have read the dataset already (decision 0055): that read, not another.
          return (url === source.url ? takeEarlyRead(url) : undefined) ?? fetchText(url, fileSignal, options);
        };
  // Shown once its shape is valid; its quotes are checked while the reader reads (see quote-checking.ts).
  const result = await openDataset(read, source.url, signal);
  if (!result.ok) return { ...result, source: source.url, refused: false, file: false };
  // Indexing, and finding the opening window, are turns of their own (each up to 150 ms for 10,000 events); so are
  // making the first date formatter, which loads ICU's data, and the groups' colours.
  await yieldToPage();
  signal.throwIfAborted();
  prepareDateFormatting();
  await yieldToPage();
  signal.throwIfAborted();
  const index = indexDataset(result.dataset, new Map(), new QuoteChecks());
  await yieldToPage();
  signal.throwIfAborted();
  prepareGroupStyles(index);
  await yieldToPage();
  signal.throwIfAborted();
  const origin: DatasetOrigin = source.custom
    ? { kind: 'address', url: source.url }
    : { kind: 'site', url: source.url };
  const loaded: Extract<Loaded, { ok: true }> = { ok: true, index, search: buildSearchIndex(index), origin };
  remember(source.url, loaded);
  // The opening window is found here, once per dataset (`initialWindow` keeps it), in turns before the first frame.
  try {
    await prepareInitialWindow(index, async () => {
      await yieldToPage();
      signal.throwIfAborted();
    });
  } catch (error) {
    if (cache.get(source.url) === loaded) cache.delete(source.url);
    throw error;
  }
  // The quotes are checked from the next turn on: the first frame is drawn in a task of its own, without the
  // articles' requests and the checks' set-up (decision 0057).
  yieldToPage()
    .then(() => {
      signal.throwIfAborted();
      const first = eventsInWindow(index, index.events, initialWindow(index), FIRST_CHECKED).shown;
      return checkQuotesInBackground(read, index, source.url, signal, first);
    })
    .catch(() => {
      // Stopped (another dataset was asked for): a later app must not meet checks that will never finish.
      if (cache.get(source.url) === loaded) cache.delete(source.url);
    });
  return loaded;
}

/** A file as the reader chose it: its name, its size in bytes and its text (empty if too large to read). */
export interface OpenedFile {
  name: string;
  size: number;
  text: string;
}

/** The base the reader's files are read under: never fetched, only a key to match names. */
const LOCAL = 'https://local.invalid/';

/**
 * A dataset from the reader's files: our own `events.json` (with the article texts it names, chosen with it), a
 * TimelineJS JSON file, the TimelineJS spreadsheet as CSV, or a CSV in our template. The importer (a separate
 * chunk, fetched on first use) turns the others into our format; then it is validated like any dataset.
 */
export async function loadFromFiles(files: readonly OpenedFile[], signal: AbortSignal): Promise<Loaded> {
  const failed = (message: string, name = 'the chosen files'): Loaded => ({
    ok: false,
    problems: [{ path: '', message }],
    source: name,
    refused: false,
    file: true,
  });
  const main = files.find((file) => /\.(json|csv)$/i.test(file.name)) ?? files[0];
  if (!main) return failed('No file was chosen.');
  const tooLarge = files.find((file) => file.size > MAX_DATASET_BYTES);
  if (tooLarge) return failed(tooLargeMessage(tooLarge.name, tooLarge.size, MAX_DATASET_BYTES), tooLarge.name);
  const { importText } = await import('../data/import/index.js');
  const imported = importText(main.name, main.text);
  if (!imported.ok) {
    return {
      ok: false,
      problems: imported.problems.map((p) => ({ path: p.where, message: p.message })),
      source: main.name,
      refused: false,
      file: true,
    };
  }
  const json = JSON.stringify(imported.dataset, null, 2);
  // Article texts are matched by file name (`articles/<id>.txt` or just `<id>.txt`), among the files chosen.
  const texts = new Map(files.map((file) => [file.name.replace(/^.*[\\/]/, ''), file.text]));
  const read: TextReader = (url) => {
    if (url === `${LOCAL}events.json`) return Promise.resolve(json);
    const name = url.slice(url.lastIndexOf('/') + 1);
    const text = texts.get(decodeURIComponent(name));
    return text === undefined
      ? Promise.reject(new Error(`choose the article file "${decodeURIComponent(name)}" together with the dataset`))
      : Promise.resolve(text);
  };
  const result = await loadDataset(read, `${LOCAL}events.json`, signal);
  if (!result.ok) return { ...result, source: main.name, refused: false, file: true };
  return indexed(result, {
    kind: 'file',
    name: main.name,
    format: imported.format,
    json,
    skipped: imported.skipped.length,
  });
}
