import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset, openDataset, readArticles, type TextReader } from '../../../src/data/load.js';
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

describe('a bundle of article texts (articlesBundle)', () => {
  const bundleUrl = new URL('articles/bundle.json', datasetUrl).href;
  const a1 = () => readDisk(new URL('articles/a1.txt', datasetUrl).href);
  /** A reader of the fixture with a bundle: `bundle` is the bundle's text; it counts the requests by file. */
  const withBundle = (bundle: string) => {
    const json = fixtureJson();
    const requests: string[] = [];
    const read: TextReader = (url, signal) => {
      requests.push(url.slice(url.lastIndexOf('/') + 1));
      if (url === datasetUrl)
        return Promise.resolve(JSON.stringify({ ...json, articlesBundle: 'articles/bundle.json' }));
      if (url === bundleUrl) return Promise.resolve(bundle);
      return readDisk(url, signal);
    };
    return { read, requests };
  };

  it('a page reads the texts from the bundle in one request instead of the article files', async () => {
    const { read, requests } = withBundle(JSON.stringify({ a1: await a1() }));
    const opened = await openDataset(read, datasetUrl, undefined, false);
    if (!opened.ok) throw new Error('the fixture is invalid');
    const seen: string[] = [];
    const { texts, problems } = await readArticles(
      read,
      opened.dataset,
      datasetUrl,
      undefined,
      (id) => seen.push(id),
      new Set(),
      {
        bundled: true,
      },
    );
    expect(problems).toEqual([]);
    expect(texts.get('a1')).toBe(await a1());
    expect(seen).toEqual(['a1']);
    expect(requests).toEqual(['events.json', 'bundle.json']);
  });

  it('a page reads the article files when the bundle cannot be read or lacks an article', async () => {
    for (const bundle of ['not json', '{}', '["a1"]']) {
      const { read, requests } = withBundle(bundle);
      const opened = await openDataset(read, datasetUrl, undefined, false);
      if (!opened.ok) throw new Error('the fixture is invalid');
      const { texts } = await readArticles(read, opened.dataset, datasetUrl, undefined, undefined, new Set(), {
        bundled: true,
      });
      expect(texts.get('a1')).toBe(await a1());
      expect(requests).toContain('a1.txt');
    }
  });

  it('check-data (loadDataset) passes a bundle of exactly the article texts, and fails on any other', async () => {
    const text = await a1();
    expect((await loadDataset(withBundle(JSON.stringify({ a1: text })).read, datasetUrl)).ok).toBe(true);
    const problems = async (bundle: string) => {
      const result = await loadDataset(withBundle(bundle).read, datasetUrl);
      return result.ok ? [] : result.problems.map(formatProblem);
    };
    expect(await problems(JSON.stringify({ a1: `${text} ` }))).toEqual([
      'the text of "a1" in "articles/bundle.json" is not that of "articles/a1.txt" at articles[0]',
    ]);
    expect(await problems(JSON.stringify({ a1: text, other: 'x' }))).toEqual([
      '"articles/bundle.json" holds texts of no stored article: "other" at articlesBundle',
    ]);
    expect(await problems('[1]')).toEqual([
      'could not read "articles/bundle.json": "articles/bundle.json" is not an object of article texts by article id at articlesBundle',
    ]);
  });
});
