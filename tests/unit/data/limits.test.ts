// The limits on a dataset (src/data/limits.ts): file sizes, time-outs, nesting depth, counts and string lengths.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../scripts/synthetic/generate.js';
import { indexDataset } from '../../../src/data/dataset-index.js';
import {
  ARTICLE_CONCURRENCY,
  MAX_ARTICLE_BYTES,
  MAX_DATASET_BYTES,
  MAX_DEPTH,
  MAX_ITEMS,
  MAX_PROBLEMS,
  MAX_QUOTES,
  MAX_SOURCES_PER_EVENT,
  MAX_STORY_STEPS,
  MAX_STRING_LENGTH,
  deepNestingAt,
  formatBytes,
  tooLargeMessage,
  utf8Length,
} from '../../../src/data/limits.js';
import { LimitError, fetchText, loadDataset, parseJson, type TextReader } from '../../../src/data/load.js';
import { formatProblem, validateDataset } from '../../../src/data/validate.js';
import { fixtureJson, fixtureText } from '../../support/fixtures.js';
import { PROPERTY_TEST, runs } from '../../support/properties.js';

const MB = 1024 * 1024;
const base = 'https://example.org/data/';
const datasetUrl = `${base}events.json`;
const a1 = fixtureText('mini/articles/a1.txt');

/** A reader over files in memory, by URL relative to `base`; anything else is not found. */
const memory =
  (files: Record<string, string>): TextReader =>
  (url) => {
    const text = files[url.slice(base.length)];
    return text === undefined ? Promise.reject(new Error('not found')) : Promise.resolve(text);
  };

const problemsOf = (input: unknown): string[] => {
  const result = validateDataset(input);
  return result.ok ? [] : result.problems.map(formatProblem);
};

/** `n` arrays, each holding the next. */
const nested = (n: number): unknown => {
  let value: unknown = [];
  for (let i = 1; i < n; i++) value = [value];
  return value;
};

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('sizes as people read them', () => {
  it('formats sizes in MB, kB or bytes', () => {
    expect(formatBytes(5 * MB)).toBe('5 MB');
    expect(formatBytes(7.2 * MB)).toBe('7.2 MB');
    expect(formatBytes(340 * 1024)).toBe('340 kB');
    expect(formatBytes(12)).toBe('12 bytes');
  });

  it('names the file, its size and the limit; in bytes when the sizes would read the same', () => {
    expect(tooLargeMessage('x/events.json', 7.2 * MB, 5 * MB)).toBe('"x/events.json" is 7.2 MB; the limit is 5 MB');
    expect(tooLargeMessage('x', 5 * MB + 1, 5 * MB)).toBe(
      '"x" is 5,242,881 bytes; the limit is 5 MB (5,242,880 bytes)',
    );
  });

  it('counts UTF-8 bytes as TextEncoder does, without encoding', () => {
    for (const text of ['', 'plain', 'é', '“quoted”', '😀 emoji', 'lone \ud800 surrogate', '\udc00', 'end \ud83d']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});

describe('fetchText', () => {
  /** A body that never ends, counting what was pulled from it and whether it was cancelled. */
  function endless(chunk = 64 * 1024) {
    const seen = { pulled: 0, cancelled: false };
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          seen.pulled += chunk;
          controller.enqueue(new Uint8Array(chunk).fill(0x20));
        },
        cancel() {
          seen.cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    return { stream, seen };
  }

  const serve = (response: Response) => {
    const fetch = vi.fn(() => Promise.resolve(response));
    vi.stubGlobal('fetch', fetch);
    return fetch;
  };

  it('reads a body within the limit, also when a character is split between chunks', async () => {
    const bytes = new TextEncoder().encode('{"quote": "“tomorrow”"}');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    serve(new Response(stream));
    await expect(fetchText(datasetUrl)).resolves.toBe('{"quote": "“tomorrow”"}');
  });

  it('tells the bytes read so far as each part arrives, the whole length last', async () => {
    const parts = ['{"title": ', '"a chronology", ', '"events": []}'].map((part) => new TextEncoder().encode(part));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) controller.enqueue(part);
        controller.close();
      },
    });
    serve(new Response(stream));
    const told: number[] = [];
    const text = await fetchText(datasetUrl, undefined, { onProgress: (bytes) => told.push(bytes) });
    let sum = 0;
    expect(told).toEqual(parts.map((part) => (sum += part.byteLength)));
    expect(told.at(-1)).toBe(new TextEncoder().encode(text).length);
  });

  it('refuses a file whose Content-Length is over the limit, without reading the body', async () => {
    const { stream, seen } = endless();
    serve(new Response(stream, { headers: { 'content-length': String(Math.round(30.5 * MB)) } }));
    const error = await fetchText(datasetUrl).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LimitError);
    expect((error as Error).message).toBe(`"${datasetUrl}" is 30.5 MB; the limit is 25 MB`);
    expect(seen.pulled).toBe(0);
  });

  it('applies the limit it is given (an article: 1 MB)', async () => {
    serve(new Response('x', { headers: { 'content-length': String(1.5 * MB) } }));
    await expect(fetchText(`${base}articles/a1.txt`, undefined, { maxBytes: MAX_ARTICLE_BYTES })).rejects.toThrow(
      `"${base}articles/a1.txt" is 1.5 MB; the limit is 1 MB`,
    );
  });

  it('stops reading a body without Content-Length once it passes the limit', async () => {
    const { stream, seen } = endless();
    serve(new Response(stream));
    await expect(fetchText(datasetUrl)).rejects.toThrow(`"${datasetUrl}" is larger than 25 MB, the limit`);
    expect(seen.pulled).toBeLessThanOrEqual(MAX_DATASET_BYTES + 64 * 1024);
    expect(seen.cancelled).toBe(true);
  });

  it('counts the bytes even when Content-Length understates them', async () => {
    const { stream, seen } = endless();
    serve(new Response(stream, { headers: { 'content-length': '100' } }));
    await expect(fetchText(datasetUrl)).rejects.toThrow('is larger than 25 MB, the limit');
    expect(seen.cancelled).toBe(true);
  });

  it('treats an HTTP error as a failure', async () => {
    serve(new Response('gone', { status: 404, statusText: 'Not Found' }));
    await expect(fetchText(datasetUrl)).rejects.toThrow('HTTP 404 Not Found');
  });
});

describe('sizes in loadDataset', () => {
  /** The mini fixture's JSON padded with spaces to `bytes`. */
  const padded = (bytes: number): string => {
    const json = JSON.stringify(fixtureJson());
    return json + ' '.repeat(bytes - utf8Length(json));
  };

  it('accepts a dataset of exactly 25 MB and refuses one byte more, from readers that cannot count', async () => {
    const exact = await loadDataset(
      memory({ 'events.json': padded(MAX_DATASET_BYTES), 'articles/a1.txt': a1 }),
      datasetUrl,
    );
    expect(exact.ok).toBe(true);
    const over = await loadDataset(memory({ 'events.json': padded(MAX_DATASET_BYTES + 1) }), datasetUrl);
    expect(over.ok ? [] : over.problems).toEqual([
      { path: '', message: `"${datasetUrl}" is 26,214,401 bytes; the limit is 25 MB (26,214,400 bytes)` },
    ]);
    const large = await loadDataset(memory({ 'events.json': 'é'.repeat(15.25 * MB) }), datasetUrl);
    expect(large.ok ? [] : large.problems.map(formatProblem)).toEqual([
      `"${datasetUrl}" is 30.5 MB; the limit is 25 MB`,
    ]);
  });

  it('accepts an article of exactly 1 MB and refuses a larger one at the article', async () => {
    const events = JSON.stringify(fixtureJson());
    const text = (bytes: number) => a1 + ' '.repeat(bytes - utf8Length(a1));
    const exact = await loadDataset(
      memory({ 'events.json': events, 'articles/a1.txt': text(MAX_ARTICLE_BYTES) }),
      datasetUrl,
    );
    expect(exact.ok).toBe(true);
    const over = await loadDataset(memory({ 'events.json': events, 'articles/a1.txt': text(1.5 * MB) }), datasetUrl);
    expect(over.ok ? [] : over.problems.map(formatProblem)).toEqual([
      `"${base}articles/a1.txt" is 1.5 MB; the limit is 1 MB at articles[0].file`,
    ]);
  });

  it('tells fetchText the limit of each file', async () => {
    const limits: (number | undefined)[] = [];
    const files = memory({ 'events.json': JSON.stringify(fixtureJson()), 'articles/a1.txt': a1 });
    await loadDataset((url, signal, options) => (limits.push(options?.maxBytes), files(url, signal)), datasetUrl);
    expect(limits).toEqual([MAX_DATASET_BYTES, MAX_ARTICLE_BYTES]);
  });
});

describe('time-outs and cancelling', () => {
  const never = (): Promise<string> => new Promise(() => undefined);

  /** The mini fixture with `n` articles (a1 and `extra-2`…), each with its file. */
  const withArticles = (n: number): string => {
    const data = fixtureJson();
    for (let i = 2; i <= n; i++)
      data.articles.push({ ...data.articles[0], id: `extra-${i}`, file: `articles/extra-${i}.txt` });
    return JSON.stringify(data);
  };

  it('gives up on a dataset that has not arrived after 20 s, and tells the reader to stop', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    let settled = false;
    const result = loadDataset((_, s) => ((signal = s), never()), datasetUrl).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(19_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toEqual({
      ok: false,
      problems: [{ path: '', message: `timed out after 20 s loading "${datasetUrl}"` }],
    });
    expect(signal?.aborted).toBe(true);
  });

  it('gives each article 20 s from when its request starts', async () => {
    vi.useFakeTimers();
    const files = memory({ 'events.json': withArticles(ARTICLE_CONCURRENCY + 1) });
    const read: TextReader = (url, signal) => (url.endsWith('.json') ? files(url, signal) : never());
    let settled = false;
    const result = loadDataset(read, datasetUrl).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(20_000);
    // The ninth article was waiting for a free slot: its own 20 s started when the first eight timed out.
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(20_000);
    const problems = (await result).ok
      ? []
      : ((await result) as { problems: { path: string; message: string }[] }).problems;
    expect(problems).toHaveLength(ARTICLE_CONCURRENCY + 1);
    expect(problems[0]).toEqual({
      path: 'articles[0].file',
      message: `timed out after 20 s loading "${base}articles/a1.txt"`,
    });
  });

  it('stops at once with an AbortError when the caller aborts, not a time-out', async () => {
    const controller = new AbortController();
    const result = loadDataset(never, datasetUrl, controller.signal);
    controller.abort();
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    await expect(loadDataset(never, datasetUrl, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('starts no more article reads once aborted', async () => {
    const controller = new AbortController();
    const files = memory({ 'events.json': withArticles(30) });
    const started: string[] = [];
    const read: TextReader = (url, signal) => {
      if (url.endsWith('.json')) return files(url, signal);
      started.push(url);
      if (started.length === 3) controller.abort();
      return never();
    };
    await expect(loadDataset(read, datasetUrl, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    // Once every pending promise job has run (setImmediate comes after them): any read still to start has started.
    await new Promise((resolve) => setImmediate(resolve));
    expect(started.length).toBeLessThanOrEqual(ARTICLE_CONCURRENCY);
  });

  it(`reads at most ${ARTICLE_CONCURRENCY} article files at a time, and all of them`, async () => {
    const files = memory({ 'events.json': withArticles(30) });
    let open = 0;
    let most = 0;
    const read: TextReader = async (url, signal) => {
      if (url.endsWith('.json')) return files(url, signal);
      most = Math.max(most, ++open);
      // A read that ends in a later task, after the loader has started every read it will start at once.
      await new Promise((resolve) => setImmediate(resolve));
      open--;
      return a1;
    };
    const result = await loadDataset(read, datasetUrl);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.texts.size).toBe(30);
    expect(most).toBe(ARTICLE_CONCURRENCY);
  });
});

describe('nesting depth', () => {
  it('finds the first bracket past the limit, ignoring brackets in strings', () => {
    expect(deepNestingAt('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH))).toBe(-1);
    expect(deepNestingAt('['.repeat(MAX_DEPTH + 1))).toBe(MAX_DEPTH);
    expect(deepNestingAt(`["${'['.repeat(100)}", "\\"${'{'.repeat(100)}"]`)).toBe(-1);
    expect(deepNestingAt('{"a":{"b":[{}]}}', 3)).toBe(11);
  });

  it(
    'finds what a scan of every character finds, in any text of brackets, quotes and backslashes',
    PROPERTY_TEST,
    () => {
      // The scan as it was written first, a character at a time: the reference the faster one must agree with.
      const reference = (text: string, max: number): number => {
        let depth = 0;
        let inString = false;
        for (let i = 0; i < text.length; i++) {
          const c = text[i];
          if (inString) {
            if (c === '\\') i++;
            else if (c === '"') inString = false;
          } else if (c === '"') inString = true;
          else if (c === '[' || c === '{') {
            if (++depth > max) return i;
          } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
        }
        return -1;
      };
      const text = fc
        // Quotes and backslashes weighted up: escaped and unescaped closing quotes are what a fast scan may get wrong.
        .array(fc.constantFrom('[', ']', '{', '}', '"', '"', '\\', '\\', 'a', ':'), { minLength: 10, maxLength: 120 })
        .map((chars) => chars.join(''));
      fc.assert(
        fc.property(
          text,
          fc.integer({ min: 0, max: 4 }),
          (json, max) => deepNestingAt(json, max) === reference(json, max),
        ),
        runs(2_000),
      );
    },
  );

  it('refuses JSON text nested too deeply before parsing it', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    expect(parseJson(deep, 'x.json')).toEqual({
      ok: false,
      problem: { path: '', message: `"x.json" nests arrays and objects more than 32 levels deep (at character 33)` },
    });
    expect(parseJson('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH), 'x.json').ok).toBe(true);
  });

  it('refuses a value nested too deeply at the path where it goes too deep, without overflowing the stack', () => {
    expect(problemsOf(nested(100_000))).toEqual([
      `arrays and objects are nested more than 32 levels deep at ${'[0]'.repeat(MAX_DEPTH)}`,
    ]);
    const data = fixtureJson();
    // events (2), an event (3), then 29 more arrays: the deepest at level 32, within the limit.
    data.events[0]!.extra = nested(MAX_DEPTH - 3);
    expect(problemsOf(data)).toEqual(['unknown field "extra" at events[0].extra']);
    data.events[0]!.extra = nested(MAX_DEPTH - 2);
    expect(problemsOf(data)).toEqual([
      `arrays and objects are nested more than 32 levels deep at events[0].extra${'[0]'.repeat(MAX_DEPTH - 3)}`,
    ]);
  });

  it('walks a value that contains itself or shares parts without looping', () => {
    const data: Record<string, unknown> = fixtureJson();
    data.self = data;
    const shared = [[[[1]]]];
    data.many = Array.from({ length: 100 }, () => shared);
    expect(problemsOf(data)).toEqual(['unknown field "self" at self']);
  });
});

describe('numbers of items', () => {
  const article = (i: number) => ({
    id: `a${i}`,
    title: 'A',
    titleIsDescriptive: true,
    outlet: null,
    published: '2024-10-01',
    publishedBasis: 'B',
    file: `articles/a${i}.txt`,
    url: null,
    notes: [],
  });
  const source = { article: 'a0', quote: 'a quote of some length' };
  const make = {
    groups: (i: number) => ({ id: i === 0 ? 'ukraine' : `g${i}`, label: 'G' }),
    kinds: (i: number) => ({ id: i === 0 ? 'report' : `k${i}`, label: 'K' }),
    articles: article,
    actors: (i: number) => ({ id: `p${i}`, name: 'P', aliases: [], group: 'ukraine' }),
    events: (i: number) => ({
      id: `e${i}`,
      title: 'E',
      date: '2024-10-01',
      dateBasis: 'B',
      kind: 'report',
      status: 'happened',
      actors: ['p0'],
      summary: 'S',
      sources: [source],
      related: [],
    }),
    claims: (i: number) => ({
      id: `c${i}`,
      measure: 'm',
      counts: 'troops',
      value: i,
      qualifier: 'exact',
      unit: 'troops',
      claimant: 'p0',
      event: 'e0',
      source,
    }),
    disagreements: (i: number) => ({ id: `d${i}`, topic: 'T', description: 'D', events: ['e0', 'e1'], claims: [] }),
    windows: (i: number) => ({ id: `w${i}`, label: 'W', date: '2024-10' }),
    stories: (i: number) => ({ id: `s${i}`, title: 'S', steps: [{ event: 'e0' }] }),
  };
  const full = () => {
    const data: Record<string, unknown> = { title: 'Full', description: 'Every collection at its limit.' };
    for (const [key, max] of Object.entries(MAX_ITEMS)) {
      data[key] = Array.from({ length: max }, (_, i) => make[key as keyof typeof make](i));
    }
    (data.stories as { steps: unknown[] }[])[0]!.steps = Array.from({ length: MAX_STORY_STEPS }, () => ({
      event: 'e1',
    }));
    return data;
  };

  it(
    'accepts every collection at exactly its limit, and refuses one more item at the collection',
    { timeout: 30_000 },
    () => {
      const data = full();
      expect(problemsOf(data)).toEqual([]);
      for (const [key, max] of Object.entries(MAX_ITEMS)) {
        const items = data[key] as unknown[];
        items.push(make[key as keyof typeof make](max));
        expect(problemsOf(data), key).toEqual([`${max + 1} ${key}; the limit is ${max} at ${key}`]);
        items.pop();
      }
      const steps = (data.stories as { steps: unknown[] }[])[0]!.steps;
      steps.push({ event: 'e0' });
      expect(problemsOf(data)).toEqual([`501 steps; the limit is 500 at stories[0].steps`]);
    },
  );

  it(`refuses more than ${MAX_SOURCES_PER_EVENT} sources on one event, and more than ${MAX_QUOTES} in all`, () => {
    const data = fixtureJson();
    const source = data.events[0]!.sources[0]!;
    data.events[0]!.sources = Array.from({ length: MAX_SOURCES_PER_EVENT + 1 }, () => source);
    expect(problemsOf(data)).toEqual([
      `${MAX_SOURCES_PER_EVENT + 1} sources; the limit is ${MAX_SOURCES_PER_EVENT} per event at events[0].sources`,
    ]);
    data.events = Array.from({ length: MAX_QUOTES / 50 + 1 }, () => ({
      ...data.events[1]!,
      sources: Array(50).fill(source),
    }));
    const problems = problemsOf(data);
    expect(problems).toContain(
      `${(MAX_QUOTES / 50 + 1) * 50 + data.claims.length} sources in all (with the claims'); the limit is ${MAX_QUOTES} at events`,
    );
  });

  it('checks a thousand quotes that almost match a 1 MB article, saying where each differs', async () => {
    // The adversarial review's dataset: 202 kB of JSON that froze the page for about 10 s while quotes were
    // searched one by one. Now one pass over the article (src/data/quote-matcher.ts); its time is in the bench.
    const data = fixtureJson();
    const quoted = { ...data.events[0]!, sources: [{ article: 'a1', quote: 'aaaaaaab' }] };
    data.events = Array.from({ length: 1_000 }, (_, i) => ({ ...quoted, id: `e${i}`, related: [] }));
    data.claims = [];
    data.disagreements = [];
    const result = await loadDataset(
      memory({ 'events.json': JSON.stringify(data), 'articles/a1.txt': 'a'.repeat(MB - 1) }),
      datasetUrl,
    );
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(1_000);
    expect(problems[0]).toEqual({
      path: 'events[0].sources[0].quote',
      message: 'quote not found verbatim in article "a1" (it differs after "aaaaaaa")',
    });
  });

  it('refuses a million events at once, without validating each', () => {
    const data = fixtureJson();
    // Events that each have problems: had any been validated, its problems would be listed (not a timing, which a
    // busy machine would make fail).
    data.events = Array.from({ length: 1_000_000 }, () => ({ id: 42 }) as unknown as (typeof data.events)[number]);
    expect(problemsOf(data)).toEqual(['1000000 events; the limit is 10000 at events']);
  });

  /** Article texts by article id, from the generator's texts by file. */
  const byId = (texts: Map<string, string>) =>
    new Map([...texts].map(([file, text]) => [file.replace(/^articles\/(.*)\.txt$/, '$1'), text]));

  it('validates and indexes 10,000 events quoting 1,000 articles', { timeout: 60_000 }, () => {
    const { dataset, texts } = generateDataset({ events: MAX_ITEMS.events, articles: MAX_ITEMS.articles, seed: 5 });
    const result = validateDataset(dataset, { articleTexts: byId(texts) });
    expect(result.problems).toEqual([]);
    if (result.ok) expect(indexDataset(result.dataset, byId(texts)).events).toHaveLength(MAX_ITEMS.events);
  });

  it('loads a dataset with 1,000 article files', { timeout: 30_000 }, async () => {
    const { dataset, texts } = generateDataset({ events: 2000, articles: MAX_ITEMS.articles, seed: 5 });
    const files = Object.fromEntries(texts);
    const result = await loadDataset(memory({ ...files, 'events.json': JSON.stringify(dataset) }), datasetUrl);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (result.ok) expect(result.texts.size).toBe(MAX_ITEMS.articles);
  });
});

describe('string lengths', () => {
  it(`accepts a string of ${MAX_STRING_LENGTH} characters and refuses a longer one at its path`, () => {
    const data = fixtureJson();
    data.events[1]!.summary = 'x'.repeat(MAX_STRING_LENGTH);
    expect(problemsOf(data)).toEqual([]);
    data.events[1]!.summary = 'x'.repeat(MAX_STRING_LENGTH + 1);
    expect(problemsOf(data)).toEqual(['a string of 100001 characters; the limit is 100000 at events[1].summary']);
    expect(problemsOf('x'.repeat(MAX_STRING_LENGTH + 1))).toEqual([
      'a string of 100001 characters; the limit is 100000',
    ]);
  });

  it('refuses a long field name at the object that has it', () => {
    const data = fixtureJson();
    data.actors[1]!['k'.repeat(MAX_STRING_LENGTH + 1)] = 1;
    expect(problemsOf(data)).toEqual(['a field name of 100001 characters; the limit is 100000 at actors[1]']);
  });

  it('reports a long date once, without repeating it', () => {
    const data = fixtureJson();
    data.events[0]!.date = '2'.repeat(5000);
    expect(problemsOf(data)).toEqual([
      `"${'2'.repeat(40)}…" is too long for a date (at most 64 characters) at events[0].date`,
    ]);
  });
});

describe('problems', () => {
  it(`lists at most ${MAX_PROBLEMS} problems and counts the rest`, () => {
    const data = fixtureJson();
    data.claims = Array.from({ length: 5000 }, () => ({ ...data.claims[0]!, value: -1 }));
    const result = validateDataset(data);
    expect(result.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(result.problems.at(-1)).toEqual({ path: '', message: '… and 4000 more problems, not listed' });
  });

  it('writes control and direction characters in paths and messages as escapes', () => {
    const data = fixtureJson();
    data.events[0]!['a.b\u202e\n'] = 1;
    expect(problemsOf(data)).toEqual(['unknown field "a.b\\u202e\\u000a" at events[0]["a.b\\u202e\\n"]']);
  });

  it('never throws, even on a value whose getters or proxies throw', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(validateDataset(hostile)).toEqual({ ok: false, problems: [{ path: '', message: 'internal error: boom' }] });
  });

  it('loadDataset never throws either, whatever the reader gives', async () => {
    const odd: TextReader = () => Promise.resolve(42 as unknown as string);
    expect(await loadDataset(odd, datasetUrl)).toEqual({
      ok: false,
      problems: [{ path: '', message: `could not load "${datasetUrl}": no text` }],
    });
    const throwing: TextReader = () => {
      throw new Error('synchronously');
    };
    expect(await loadDataset(throwing, datasetUrl)).toEqual({
      ok: false,
      problems: [{ path: '', message: `could not load "${datasetUrl}": synchronously` }],
    });
  });
});

describe('limits raised at build time (VITE_MAX_EVENTS, VITE_MAX_DATASET_MB, VITE_MAX_QUOTES)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('takes a whole number at least the default, and refuses anything else (the build fails on it)', async () => {
    const { parseRaisedLimit } = await import('../../../src/data/limits.js');
    expect(parseRaisedLimit(undefined, 10_000)).toBe(10_000);
    expect(parseRaisedLimit(' ', 10_000)).toBe(10_000);
    expect(parseRaisedLimit('100000', 10_000)).toBe(100_000);
    expect(parseRaisedLimit(' 10000 ', 10_000)).toBe(10_000);
    for (const bad of ['5', '9999', '-1', '1.5', 'many', '1e400', 'Infinity']) {
      expect(parseRaisedLimit(bad, 10_000)).toBeUndefined();
    }
  });

  it("reads them from the build's settings, and keeps the defaults without them", async () => {
    vi.stubEnv('VITE_MAX_EVENTS', '100000');
    vi.stubEnv('VITE_MAX_DATASET_MB', '100');
    vi.stubEnv('VITE_MAX_QUOTES', '250000');
    vi.resetModules();
    const raised = await import('../../../src/data/limits.js');
    expect(raised.MAX_ITEMS.events).toBe(100_000);
    expect(raised.MAX_DATASET_BYTES).toBe(100 * MB);
    expect(raised.MAX_QUOTES).toBe(250_000);
    vi.unstubAllEnvs();
    vi.resetModules();
    const plain = await import('../../../src/data/limits.js');
    expect([plain.MAX_ITEMS.events, plain.MAX_DATASET_BYTES, plain.MAX_QUOTES]).toEqual([10_000, 25 * MB, 60_000]);
  });

  it('lets a dataset over the default count of events validate once raised', async () => {
    vi.stubEnv('VITE_MAX_EVENTS', '20000');
    vi.resetModules();
    const { validateDataset: validateRaised } = await import('../../../src/data/validate.js');
    const { dataset } = generateDataset({ events: 10_001, seed: 3 });
    expect(validateDataset(dataset).ok).toBe(false);
    expect(validateRaised(dataset).ok).toBe(true);
  }, 60_000);
});
