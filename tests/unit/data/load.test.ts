import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset, type TextReader } from '../../../src/data/load.js';
import { formatProblem } from '../../../src/data/validate.js';
import { fixtureJson, fixtureUrl } from '../../support/fixtures.js';

const readDisk: TextReader = (url) => readFile(fileURLToPath(url), 'utf8');
const datasetUrl = fixtureUrl('mini/events.json').href;

/** A reader that serves `events.json` from memory and everything else from disk. */
const withDataset =
  (json: string): TextReader =>
  (url, signal) =>
    url === datasetUrl ? Promise.resolve(json) : readDisk(url, signal);

describe('loadDataset', () => {
  it('loads the dataset and the texts of its articles', async () => {
    const result = await loadDataset(readDisk, datasetUrl);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.events).toHaveLength(2);
      expect(result.texts.get('a1')).toContain('groundless rumor');
    }
  });

  it('reports a file that cannot be read', async () => {
    const result = await loadDataset(() => Promise.reject(new Error('HTTP 404')), 'https://example.org/e.json');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'could not load "https://example.org/e.json": HTTP 404',
    ]);
  });

  it('reports a file that is not JSON', async () => {
    const result = await loadDataset(withDataset('{"title": '), datasetUrl);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/is not valid JSON/);
  });

  it('reports a missing article file at the article that names it', async () => {
    const data = fixtureJson();
    data.articles[0]!.id = 'a2';
    data.articles[0]!.file = 'articles/a2.txt';
    for (const event of data.events) for (const source of event.sources) source.article = 'a2';
    data.claims[0]!.source.article = 'a2';
    const result = await loadDataset(withDataset(JSON.stringify(data)), datasetUrl);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^could not read article file "articles\/a2.txt": .* at articles\[0\]\.file$/),
    ]);
  });

  it('checks quotes against the loaded texts', async () => {
    const data = fixtureJson();
    data.events[1]!.sources[0]!.quote = 'calling it a groundless rumor';
    const result = await loadDataset(withDataset(JSON.stringify(data)), datasetUrl);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['events[1].sources[0].quote']);
  });
});
