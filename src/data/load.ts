/**
 * Loads a dataset and its article texts through a reader (fetch in the browser, the
 * file system in `check-data`), then validates everything. Never throws: failures come
 * back as problems, each with the JSON path it concerns.
 */
import type { Dataset, Problem } from './types.js';
import { validateDataset } from './validate.js';

/** Reads the text at an absolute URL. Rejects with a readable message on failure. */
export type TextReader = (url: string, signal?: AbortSignal) => Promise<string>;

export interface LoadedDataset {
  dataset: Dataset;
  /** Article texts by article id. */
  texts: ReadonlyMap<string, string>;
}

export type LoadResult = ({ ok: true } & LoadedDataset) | { ok: false; problems: Problem[] };

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A reader that uses `fetch`, treating HTTP errors as failures. */
export const fetchText: TextReader = async (url, signal) => {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  return response.text();
};

/** Parses JSON, turning a syntax error into a problem. */
export function parseJson(text: string, name: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
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
  let text: string;
  try {
    text = await read(datasetUrl, signal);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `could not load "${datasetUrl}": ${reason(error)}` }] };
  }
  const json = parseJson(text, datasetUrl);
  if (!json.ok) return { ok: false, problems: [json.problem] };

  const shape = validateDataset(json.value);
  if (!shape.ok) return shape;

  const problems: Problem[] = [];
  const texts = new Map<string, string>();
  await Promise.all(
    shape.dataset.articles.map(async (article, i) => {
      try {
        texts.set(article.id, await read(new URL(article.file, datasetUrl).href, signal));
      } catch (error) {
        problems.push({
          path: `articles[${i}].file`,
          message: `could not read article file "${article.file}": ${reason(error)}`,
        });
      }
    }),
  );
  const full = validateDataset(json.value, { articleTexts: texts });
  problems.push(...full.problems);
  if (problems.length > 0) {
    problems.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
    return { ok: false, problems };
  }
  return { ok: true, dataset: shape.dataset, texts };
}
