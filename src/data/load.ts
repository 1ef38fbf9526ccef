/**
 * Loads a dataset and its article texts through a reader (fetch in the browser, the
 * file system in `check-data`), then validates everything. Never throws on any input:
 * failures come back as problems, each with the JSON path it concerns. The one
 * rejection is the caller's own: when its signal aborts, the load stops and rejects
 * with the signal's reason (an `AbortError`), which a superseded task ignores.
 *
 * Every read has a time-out and a size limit (see `limits.ts`), and article files are
 * read a few at a time.
 */
import {
  ARTICLE_CONCURRENCY,
  ARTICLE_TIMEOUT_MS,
  DATASET_TIMEOUT_MS,
  MAX_ARTICLE_BYTES,
  MAX_DATASET_BYTES,
  MAX_DEPTH,
  deepNestingAt,
  overLimitMessage,
  tooLargeMessage,
  utf8Length,
} from './limits.js';
import { primeDates, yieldToPage } from './prime-dates.js';
import { checkQuotes } from './quotes.js';
import type { Dataset, Problem } from './types.js';
import { limitProblems, printable, validateDataset, validateInTurns } from './validate.js';

export interface ReadOptions {
  /** Refuse a file of more bytes than this, without reading all of it if possible. */
  maxBytes?: number;
  /** Told the bytes read so far each time more arrive (fetchText only). */
  onProgress?: (bytes: number) => void;
}

/** Reads the text at an absolute URL. Rejects with a readable message on failure. */
export type TextReader = (url: string, signal?: AbortSignal, options?: ReadOptions) => Promise<string>;

export interface LoadedDataset {
  dataset: Dataset;
  /** Article texts by article id. */
  texts: ReadonlyMap<string, string>;
}

export type LoadResult = ({ ok: true } & LoadedDataset) | { ok: false; problems: Problem[] };

/** A file refused for a limit (too large, too slow); the message names the file and the limit. */
export class LimitError extends Error {
  override name = 'LimitError';
}

function reason(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}

/**
 * A reader that uses `fetch`, treating HTTP errors as failures. It refuses a file larger than
 * `maxBytes` (by default the dataset limit) from its `Content-Length` before reading it, and
 * otherwise counts the bytes as they arrive and stops reading past the limit.
 */
export const fetchText: TextReader = async (url, signal, { maxBytes = MAX_DATASET_BYTES, onProgress } = {}) => {
  const response = await fetch(url, { signal });
  const drop = () => response.body?.cancel().catch(() => undefined);
  if (!response.ok) {
    void drop();
    throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    void drop();
    throw new LimitError(tooLargeMessage(url, declared, maxBytes));
  }
  if (response.body === null) return '';
  // `Content-Length` may be missing or wrong (it counts compressed bytes): count what arrives.
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) throw new LimitError(overLimitMessage(url, maxBytes));
      text += decoder.decode(value, { stream: true });
      onProgress?.(bytes);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  return text + decoder.decode();
};

/** A signal that aborts when any of `signals` does (`AbortSignal.any` where there is one: Chromium 116, Node 20.3). */
function anySignal(signals: AbortSignal[]): { signal: AbortSignal; dispose: () => void } {
  if (typeof AbortSignal.any === 'function') return { signal: AbortSignal.any(signals), dispose: () => undefined };
  const controller = new AbortController();
  const listeners = signals.map((signal) => {
    const abort = () => controller.abort(signal.reason);
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
    return () => signal.removeEventListener('abort', abort);
  });
  return { signal: controller.signal, dispose: () => listeners.forEach((remove) => remove()) };
}

interface Bounds {
  maxBytes: number;
  timeoutMs: number;
}

/**
 * Reads `url` within the bounds: rejects with a `LimitError` after `timeoutMs` (whether or not the reader
 * heeds the signal) or if the text is larger than `maxBytes`, and with the caller's reason if `signal` aborts.
 */
async function readWithin(read: TextReader, url: string, bounds: Bounds, signal?: AbortSignal): Promise<string> {
  signal?.throwIfAborted();
  const timeout = new AbortController();
  const combined = signal ? anySignal([signal, timeout.signal]) : { signal: timeout.signal, dispose: () => undefined };
  const timedOut = () => new LimitError(`timed out after ${bounds.timeoutMs / 1000} s loading "${url}"`);
  let stop: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    // The caller's reason, if it aborted, is rethrown below.
    stop = () => reject(timedOut());
    combined.signal.addEventListener('abort', stop, { once: true });
  });
  const timer = setTimeout(() => timeout.abort(new DOMException('timed out', 'TimeoutError')), bounds.timeoutMs);
  try {
    const text = await Promise.race([read(url, combined.signal, { maxBytes: bounds.maxBytes }), stopped]);
    if (typeof text !== 'string') throw new Error('no text');
    // Readers that cannot count as they read (the file system) are checked afterwards.
    if (text.length * 3 > bounds.maxBytes) {
      const bytes = utf8Length(text);
      if (bytes > bounds.maxBytes) throw new LimitError(tooLargeMessage(url, bytes, bounds.maxBytes));
    }
    return text;
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timeout.signal.aborted) throw timedOut();
    throw error;
  } finally {
    clearTimeout(timer);
    if (stop) combined.signal.removeEventListener('abort', stop);
    combined.dispose();
  }
}

/** Parses JSON, turning a syntax error, or nesting too deep to parse safely, into a problem. */
export function parseJson(text: string, name: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const deep = deepNestingAt(text);
  if (deep >= 0) {
    const message = `"${name}" nests arrays and objects more than ${MAX_DEPTH} levels deep (at character ${deep + 1})`;
    return { ok: false, problem: { path: '', message } };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problem: { path: '', message: `"${name}" is not valid JSON: ${reason(error)}` } };
  }
}

/**
 * Loads the dataset at `datasetUrl` (absolute) and the article files it names
 * (relative to it), and validates both.
 */
export async function loadDataset(read: TextReader, datasetUrl: string, signal?: AbortSignal): Promise<LoadResult> {
  try {
    return await load(read, datasetUrl, signal);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return { ok: false, problems: [{ path: '', message: printable(`internal error: ${reason(error)}`) }] };
  }
}

async function load(read: TextReader, datasetUrl: string, signal?: AbortSignal): Promise<LoadResult> {
  const opened = await openDataset(read, datasetUrl, signal, false);
  if (!opened.ok) return opened;
  const { dataset } = opened;
  const { texts, problems } = await readArticles(read, dataset, datasetUrl, signal);
  if (dataset.articlesBundle !== undefined)
    problems.push(...(await checkBundle(read, dataset, datasetUrl, texts, signal)));
  // The shape and references passed above; only the quotes remain to check, now that the texts are here.
  problems.push(...checkQuotes(dataset, texts));
  if (problems.length > 0) return failed(problems);
  return { ok: true, dataset, texts };
}

/** Problems sorted by path (a collator made when needed: not while the page's modules load). */
const failed = (problems: Problem[]): { ok: false; problems: Problem[] } => {
  const { compare } = new Intl.Collator('en', { numeric: true });
  return { ok: false, problems: limitProblems([...problems].sort((a, b) => compare(a.path, b.path))) };
};

/**
 * The first half of `loadDataset`: reads the dataset and checks its shape and references, not yet its quotes (whose
 * article texts `readArticles` reads). With `sliced` (in a page), its dates are parsed first in slices that yield
 * to the page (see prime-dates.ts), and it is validated in turns (`validateInTurns`), so that no single task takes
 * long however hard or large the dataset is.
 */
export async function openDataset(
  read: TextReader,
  datasetUrl: string,
  signal?: AbortSignal,
  sliced = true,
): Promise<{ ok: true; dataset: Dataset } | { ok: false; problems: Problem[] }> {
  let text: string;
  try {
    text = await readWithin(read, datasetUrl, { maxBytes: MAX_DATASET_BYTES, timeoutMs: DATASET_TIMEOUT_MS }, signal);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    const message = error instanceof LimitError ? error.message : `could not load "${datasetUrl}": ${reason(error)}`;
    return failed([{ path: '', message }]);
  }
  const json = parseJson(text, datasetUrl);
  if (!json.ok) return failed([json.problem]);
  if (!sliced) return validateDataset(json.value);
  // Parsing (50 ms or more for a hard dataset of 5,000 dates on this project's bench) and priming the dates are
  // turns of their own.
  await yieldToPage();
  signal?.throwIfAborted();
  await primeDates(json.value, signal);
  await yieldToPage();
  signal?.throwIfAborted();
  return validateInTurns(json.value, async () => {
    await yieldToPage();
    signal?.throwIfAborted();
  });
}

/** The texts of a bundle of articles (`articlesBundle`), by article id; throws on a file that is not one. */
async function readBundle(read: TextReader, file: string, datasetUrl: string, signal?: AbortSignal) {
  const url = new URL(file, datasetUrl).href;
  const text = await readWithin(read, url, { maxBytes: MAX_DATASET_BYTES, timeoutMs: DATASET_TIMEOUT_MS }, signal);
  const json = parseJson(text, url);
  if (!json.ok) throw new Error(json.problem.message);
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`"${file}" is not an object of article texts by article id`);
  }
  const texts = new Map<string, string>();
  for (const [id, entry] of Object.entries(value)) if (typeof entry === 'string') texts.set(id, entry);
  return texts;
}

/** Problems of a dataset's bundle of articles: it must hold exactly the texts of its article files (`texts`). */
async function checkBundle(
  read: TextReader,
  dataset: Dataset,
  datasetUrl: string,
  texts: ReadonlyMap<string, string>,
  signal?: AbortSignal,
): Promise<Problem[]> {
  const file = dataset.articlesBundle ?? '';
  let bundle: Map<string, string>;
  try {
    bundle = await readBundle(read, file, datasetUrl, signal);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    const message = error instanceof LimitError ? error.message : `could not read "${file}": ${reason(error)}`;
    return [{ path: 'articlesBundle', message }];
  }
  const stored = new Set(dataset.articles.flatMap((article) => (article.file === undefined ? [] : [article.id])));
  const problems: Problem[] = [];
  dataset.articles.forEach((article, i) => {
    if (article.file === undefined || !texts.has(article.id)) return;
    if (bundle.get(article.id) !== texts.get(article.id)) {
      problems.push({
        path: `articles[${i}]`,
        message: `the text of "${article.id}" in "${file}" is not that of "${article.file}"`,
      });
    }
  });
  const extra = [...bundle.keys()].filter((id) => !stored.has(id));
  if (extra.length > 0) {
    const named = extra.slice(0, 5).map((id) => `"${id}"`);
    const more = extra.length > 5 ? ` and ${extra.length - 5} more` : '';
    problems.push({
      path: 'articlesBundle',
      message: `"${file}" holds texts of no stored article: ${named.join(', ')}${more}`,
    });
  }
  return problems;
}

/**
 * Reads the texts of the dataset's stored articles (linked pages have none: their quotes are not checked here), a
 * few at a time, those named in `first` first, calling `onText` as each arrives; a file that cannot be read is a
 * problem of its article.
 */
export async function readArticles(
  read: TextReader,
  dataset: Dataset,
  datasetUrl: string,
  signal?: AbortSignal,
  onText?: (article: string, text: string) => void,
  first: ReadonlySet<string> = new Set(),
  { bundled = false }: { bundled?: boolean } = {},
): Promise<{ texts: Map<string, string>; problems: Problem[] }> {
  const problems: Problem[] = [];
  const texts = new Map<string, string>();
  const bounds = { maxBytes: MAX_ARTICLE_BYTES, timeoutMs: ARTICLE_TIMEOUT_MS };
  // With `bundled`, the dataset's bundle (one request) gives what it holds, within the limit of an article each;
  // whatever it lacks, or all if it cannot be read, is read from the article files.
  const fromBundle = new Set<string>();
  if (bundled && dataset.articlesBundle !== undefined) {
    const bundle = await readBundle(read, dataset.articlesBundle, datasetUrl, signal).catch(() => {
      if (signal?.aborted) throw signal.reason;
      return new Map<string, string>();
    });
    for (const article of dataset.articles) {
      const text = bundle.get(article.id);
      if (article.file === undefined || text === undefined || utf8Length(text) > MAX_ARTICLE_BYTES) continue;
      texts.set(article.id, text);
      fromBundle.add(article.id);
      onText?.(article.id, text);
    }
  }
  // The articles in `first` (those the reader sees quoted first) are read first.
  const stored = dataset.articles
    .flatMap((article, i) => (article.file === undefined || fromBundle.has(article.id) ? [] : [{ article, i }]))
    .sort((a, b) => Number(!first.has(a.article.id)) - Number(!first.has(b.article.id)));
  let next = 0;
  // A few workers take the articles in turn, so that a thousand files are not requested at once.
  const worker = async (): Promise<void> => {
    for (;;) {
      const item = stored[next++];
      if (item === undefined) return;
      const { article, i } = item;
      const file = article.file ?? '';
      signal?.throwIfAborted();
      try {
        const text = await readWithin(read, new URL(file, datasetUrl).href, bounds, signal);
        texts.set(article.id, text);
        onText?.(article.id, text);
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        problems.push({
          path: `articles[${i}].file`,
          message:
            error instanceof LimitError ? error.message : `could not read article file "${file}": ${reason(error)}`,
        });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(ARTICLE_CONCURRENCY, stored.length) }, worker));
  return { texts, problems };
}
