/**
 * The site's own dataset as the build steps read it (the share card, the first screen): read and validated once per
 * version of the file, however many steps and page transforms ask (the dev server transforms the page on every load).
 */
import { stat, readFile } from 'node:fs/promises';
import type { Dataset } from '../src/data/types.js';
import { validateDataset } from '../src/data/validate.js';

const cache = new Map<string, { modified: number; dataset: Promise<Dataset | undefined> }>();

/** The dataset at `path` if it validates, else undefined (`npm run check-data` says why). */
export async function siteDataset(path: string): Promise<Dataset | undefined> {
  const modified = (await stat(path)).mtimeMs;
  const known = cache.get(path);
  if (known?.modified === modified) return known.dataset;
  const dataset = readFile(path, 'utf8').then((text) => {
    const checked = validateDataset(JSON.parse(text));
    return checked.ok ? checked.dataset : undefined;
  });
  cache.set(path, { modified, dataset });
  return dataset;
}
